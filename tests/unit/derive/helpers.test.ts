import { describe, expect, test } from 'vitest';
import { seedTitle } from '../../../src/derive/title';
import { surnameKey, transliterationVariants } from '../../../src/derive/variants';

describe('transliteration variants', () => {
  test.each([
    ['Zelensky', ['Zelenskyy', 'Zelenskiy', 'Zelenskyi']],
    ['Zelenskyy', ['Zelensky', 'Zelenskiy', 'Zelenskyi']],
    ['Zelenska', []],
    ['Kirby', []],
  ])('%s -> %j', (word, variants) => {
    expect(transliterationVariants(word).sort()).toEqual([...variants].sort());
  });

  test.each([
    ['Zelenskyy', 'Zelensky', true],
    ['Zelenskiy', 'Zelensky', true],
    ['Zelenska', 'Zelensky', false],
  ])('%s and %s are one surname: %s', (a, b, same) => {
    expect(surnameKey(a) === surnameKey(b)).toBe(same);
  });
});

describe('seedTitle', () => {
  test.each([
    ['Zelensky Sends Offer To China\n\nDuring an interview', 'Zelensky Sends Offer To China'],
    ['\n\n  # A Markdown Briefing  \nText', 'A Markdown Briefing'],
    ['', ''],
  ])('%j -> %j', (text, title) => {
    expect(seedTitle(text)).toBe(title);
  });
});
