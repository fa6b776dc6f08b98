import { tEnglish } from '../../../src/i18n/english';
import { problemText } from '../../../src/i18n/problem-text';
import type { Problem } from '../../../src/kb/problem';

/** A problem as the reader reads it in English. */
const say = (p: Problem | null) => (p ? problemText(p, tEnglish) : null);

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  checkSeedText,
  DeriveError,
  deriveKnowledgeBase,
  MAX_SEED_CHARS,
  seedTitle,
} from '../../../src/derive/index';
import {
  parseKnowledgeBase,
  serializeKnowledgeBase,
  validateKnowledgeBase,
} from '../../../src/kb/parse';

const SEEDS = [
  'seeds/zelensky-sends-offer-to-china.txt',
  'tests/fixtures/briefings/norway-gas-deal.txt',
  'tests/fixtures/briefings/timor-leste-asean.txt',
];

function derive(file: string) {
  const text = readFileSync(file, 'utf8');
  return deriveKnowledgeBase({ id: 'seed', title: seedTitle(text), text });
}

describe.each(SEEDS)('deriving %s', (file) => {
  test('is deterministic: twice gives byte-identical output', () => {
    expect(serializeKnowledgeBase(derive(file).kb)).toBe(serializeKnowledgeBase(derive(file).kb));
  });

  test('gives a valid knowledge base that round-trips through parse and serialize', () => {
    const json = serializeKnowledgeBase(derive(file).kb);
    const parsed = parseKnowledgeBase(json);
    expect(parsed).toMatchObject({ ok: true });
    if (parsed.ok) expect(serializeKnowledgeBase(parsed.kb)).toBe(json);
  });

  test('cites every sentence at its exact offsets in the source text', () => {
    const { kb } = derive(file);
    const source = kb.sources[0]?.text ?? '';
    const sentences = kb.entities.flatMap((e) => e.sentences);
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(source.slice(s.start, s.end)).toBe(s.text);
  });

  test('sorts aliases and ranks related entities by weight, then id', () => {
    for (const entity of derive(file).kb.entities) {
      expect(entity.aliases).toEqual([...entity.aliases].sort());
      const ranked = [...entity.related].sort(
        (a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1),
      );
      expect(entity.related).toEqual(ranked);
    }
  });
});

describe('bad input', () => {
  test.each([
    ['empty text', '', /empty/],
    ['white space only', ' \n\t\n ', /empty/],
    ['binary data', 'PK\u0003\u0004\u0000\u0000binary', /binary/],
    ['undecodable bytes', '\uFFFD'.repeat(50) + ' text', /binary/],
    ['a 10 MB text', 'a'.repeat(10 * 1024 * 1024), /too large/],
    ['punctuation only', '... --- !!!', /no words/],
  ])('refuses %s with a DeriveError that says why', (_, text, reason) => {
    const problem = checkSeedText(text);
    expect(say(problem)).toMatch(reason);
    expect(() => deriveKnowledgeBase({ id: 'bad', title: '', text })).toThrow(DeriveError);
    expect(() => deriveKnowledgeBase({ id: 'bad', title: '', text })).toThrow(
      expect.objectContaining({ id: 'bad', problem }),
    );
  });

  test('accepts a text of exactly the size limit', () => {
    expect(checkSeedText('a '.repeat(MAX_SEED_CHARS / 2))).toBeNull();
  });

  test('derives an empty knowledge base, with a warning, from text without entities', () => {
    const { kb, warnings } = deriveKnowledgeBase({
      id: 'plain',
      title: 'nothing here',
      text: 'nothing here\n\nthe weather was mild and the shops were open late on the weekend.',
    });
    expect(kb.entities).toEqual([]);
    expect(validateKnowledgeBase(kb)).toMatchObject({ ok: true });
    expect(warnings).toEqual([expect.stringMatching(/no named entities/)]);
  });

  test('warns, and does not crash, on text that is not English', () => {
    const text =
      'Der ukrainische Präsident Wolodymyr Selenskyj hat China erneut zu Gesprächen eingeladen. ' +
      'Die Regierung in Peking hat bisher nicht geantwortet, sagte ein Sprecher in Kiew am Montag. ' +
      'Auch die Europäische Union will mit Peking über den Krieg sprechen.';
    const { kb, warnings } = deriveKnowledgeBase({ id: 'de', title: 'Selenskyj', text });
    expect(validateKnowledgeBase(kb)).toMatchObject({ ok: true });
    expect(warnings).toEqual([expect.stringMatching(/does not look like English/)]);
  });
});
