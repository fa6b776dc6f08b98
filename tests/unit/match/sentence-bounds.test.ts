import { describe, expect, test } from 'vitest';
import { sentenceAround } from '../../../src/match/sentence-bounds';

/** The sentence around the first `name` in `text`, as text. */
const sentenceOf = (text: string, name: string): string => {
  const start = text.indexOf(name);
  const { start: from, end } = sentenceAround(text, { start, end: start + name.length });
  return text.slice(from, end);
};

describe('sentenceAround', () => {
  test.each([
    ['Xi Jinping spoke. Putin listened.', 'Xi Jinping', 'Xi Jinping spoke.'],
    ['Xi Jinping spoke. Putin listened.', 'Putin', 'Putin listened.'],
    [
      'First. Then Kirby, the spokesman, said no. Last.',
      'Kirby',
      'Then Kirby, the spokesman, said no.',
    ],
    ['  Kirby said so.  ', 'Kirby', 'Kirby said so.'],
    ['Did Xi snub North Korea? Nobody knows.', 'Xi', 'Did Xi snub North Korea?'],
    ['A heading without a stop', 'heading', 'A heading without a stop'],
    ['“We will,” Kirby said. Then he left.', 'Kirby', '“We will,” Kirby said.'],
    ['Xi arrived.\n\nPutin left.', 'Putin', 'Putin left.'],
  ])('in "%s", %s stands in "%s"', (text, name, expected) => {
    expect(sentenceOf(text, name)).toBe(expected);
  });

  test('a mention cut by a sentence break takes both sentences', () => {
    const text = 'He met the U.S. Secretary of State. Then he left.';
    const start = text.indexOf('U.S. Secretary');
    const bounds = sentenceAround(text, { start, end: start + 'U.S. Secretary'.length });
    expect(bounds.start).toBeLessThanOrEqual(start);
    expect(text.slice(bounds.start, bounds.end)).toContain('U.S. Secretary');
    expect(text.slice(bounds.start, bounds.end)).not.toContain('Then');
  });
});
