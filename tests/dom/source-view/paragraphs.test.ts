import { expect, test } from 'vitest';
import { splitParagraphs } from '../../../src/source-view/paragraphs';

/** Paragraphs as strings with [brackets] around the marked pieces. */
const show = (text: string, start: number, end: number): string[] =>
  splitParagraphs(text, start, end).map((p) =>
    p.pieces.map((piece) => (piece.marked ? `[${piece.text}]` : piece.text)).join(''),
  );

test.each([
  ['One. Two.', 5, 9, ['One. [Two.]']],
  ['Title\n\nFirst para.\n\nSecond para.', 7, 18, ['Title', '[First para.]', 'Second para.']],
  ['A b.\n\nC d.', 2, 7, ['A [b.]', '[C] d.']],
  ['  Lead \n \n\n Tail. ', 2, 6, ['[Lead]', 'Tail.']],
  ['Line one\nline two.\n\nNext.', 5, 13, ['Line [one\nline] two.', 'Next.']],
  ['Only text.', 0, 10, ['[Only text.]']],
  ['\n\n\n', 0, 1, []],
] as const)('splitParagraphs(%j, %i, %i) is %j', (text, start, end, expected) => {
  expect(show(text, start, end)).toEqual(expected);
});

test('paragraph offsets point into the source text', () => {
  const text = 'Title\n\nFirst para.  \n\nSecond para.\n';
  for (const p of splitParagraphs(text, 0, 1)) {
    expect(text.slice(p.start, p.end)).toBe(p.pieces.map((piece) => piece.text).join(''));
  }
});
