import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkSeedText, deriveKnowledgeBase, seedTitle } from '../../../src/derive/index';
import { validateKnowledgeBase } from '../../../src/kb/parse';

/** Pieces of real web text that broke derivation: names, glue, odd spacing, symbols, metadata. */
const FRAGMENTS = [
  'Volodymyr Zelensky',
  'Xi Jinping',
  'the Belt and Road Initiative (BRI)',
  'MR. KIRBY:',
  'Q',
  'said',
  'in Kyiv',
  'Ministry of Foreign Affairs',
  'U.S.',
  'the',
  '.',
  ',',
  ':',
  ' — ',
  '…',
  '@',
  '#',
  '&',
  '"',
  '“',
  '”',
  "'s",
  ' ',
  '   ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u200b',
  '---\n',
  'title: x\n',
  'https://example.org/a-b/c',
  '😀',
  'e\u0301',
  '2024',
];

const fragmentText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    minLength: 1,
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

/** Sentences that name someone, each ending in a run of symbols and white space. */
const NAMES = ['Volodymyr Zelensky', 'Xi Jinping', 'Ann Lee', 'the United Nations', 'Kyiv'];
const TAILS = [
  '.',
  '. ',
  '\n@\n',
  ' … \n',
  '\n---\n \n',
  ' \u00a0\n',
  '\r\n\r\n',
  ' #\t',
  '”\n \n',
  '  ',
];
const sentences = fc
  .array(
    fc
      .tuple(
        fc.constantFrom(...NAMES),
        fc.constantFrom('said', 'met', 'visited', 'spoke in'),
        fc.constantFrom(...NAMES),
        fc.array(fc.constantFrom(...TAILS), { minLength: 1, maxLength: 3 }),
      )
      .map(([a, verb, b, tail]) => `${a} ${verb} ${b}${tail.join('')}`),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const unicodeText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 });

const longLine = fc
  .array(fc.constantFrom('Ann Lee', 'met', 'Oslo', 'and', 'the', 'Arctic', ','), {
    minLength: 500,
    maxLength: 900,
  })
  .map((words) => words.join(' '));

function deriveAndValidate(text: string): void {
  if (checkSeedText(text) !== null) return;
  const { kb } = deriveKnowledgeBase({ id: 'prop', title: seedTitle(text), text });
  const checked = validateKnowledgeBase(JSON.parse(JSON.stringify(kb)));
  expect(checked).toMatchObject({ ok: true });
  for (const entity of kb.entities) {
    for (const s of entity.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.trim()).toBe(s.text);
    }
  }
}

describe('any text that passes the input checks derives to a valid knowledge base', () => {
  test('news-like fragments with odd spacing, symbols and metadata', () => {
    fc.assert(fc.property(fragmentText, deriveAndValidate), { numRuns: 150 });
  });

  test('sentences ending in symbols and white space', () => {
    fc.assert(fc.property(sentences, deriveAndValidate), { numRuns: 150 });
  });

  test('random Unicode text', () => {
    fc.assert(fc.property(unicodeText, deriveAndValidate), { numRuns: 150 });
  });

  test('front matter before a body', () => {
    const withFront = fc
      .tuple(fc.string({ maxLength: 40 }), fragmentText)
      .map(([title, body]) => `---\ntitle: "${title.replace(/["\\\n]/g, '')}"\n---\n${body}`);
    fc.assert(fc.property(withFront, deriveAndValidate), { numRuns: 60 });
  });

  test('very long lines', () => {
    fc.assert(fc.property(longLine, deriveAndValidate), { numRuns: 5 });
  });
});
