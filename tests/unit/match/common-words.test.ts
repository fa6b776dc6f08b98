import { describe, expect, test } from 'vitest';
import { commonWords, isFrequentWord } from '../../../src/match/common-words';

describe('the common-word list', () => {
  const words = commonWords();

  test('is a few thousand lower-case words, sorted and unique', () => {
    expect(words.length).toBeGreaterThan(2000);
    expect(words.every((word) => /^[a-z]+$/.test(word))).toBe(true);
    expect([...words].sort()).toEqual(words);
    expect(new Set(words).size).toBe(words.length);
  });

  test.each([
    ['apple', true],
    ['turkey', true],
    ['bush', true],
    ['will', true],
    ['store', true],
    ['china', false],
    ['kirby', false],
    ['zelensky', false],
    ['kremlin', false],
    ['Apple', false],
  ])('%j is common: %s', (word, common) => {
    expect(isFrequentWord(word)).toBe(common);
  });
});
