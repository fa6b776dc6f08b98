import { tEnglish } from '../../../src/i18n/english';
import { problemText } from '../../../src/i18n/problem-text';
import type { Problem } from '../../../src/kb/problem';

/** A problem as the reader reads it in English. */
const say = (p: Problem | null) => (p ? problemText(p, tEnglish) : null);

import { describe, expect, test } from 'vitest';
import { migrateKnowledgeBase } from '../../../src/kb/migrate';
import { parseKnowledgeBase, validateKnowledgeBase } from '../../../src/kb/parse';
import { KB_VERSION } from '../../../src/kb/schema';
import { makeKb, must } from '../settings/fixtures';

describe('knowledge-base format versions', () => {
  test('a format 1 file is read as the current format, its entities unchanged', () => {
    const current = makeKb('mine', [{ id: 'xi-jinping', name: 'Xi Jinping' }]);
    const parsed = parseKnowledgeBase(JSON.stringify({ ...current, version: 1 }));
    expect(parsed).toEqual({ ok: true, kb: { ...current, version: KB_VERSION } });
  });

  test.each([[null], [3], ['kb'], [{ id: 'x' }], [{ version: 99 }]])(
    'migrateKnowledgeBase leaves %j as it was',
    (value) => {
      expect(migrateKnowledgeBase(value)).toEqual(value);
    },
  );

  test('an unknown future version is refused with the reason', () => {
    const kb = makeKb('mine', [{ id: 'a', name: 'Ann Lee' }]);
    const result = validateKnowledgeBase({ ...kb, version: 99 });
    expect(result.ok || say(result.error)).toBe(`version: the version must be ${KB_VERSION}`);
  });
});

describe('validation never rewrites what it checks', () => {
  test.each([
    ['trailing space and newline', 'Ann Lee spoke. \n'],
    ['leading newline', '\nAnn Lee spoke.'],
    ['a no-break space', 'Ann Lee spoke.\u00a0'],
  ])('a quote with %s is kept byte for byte', (_name, quote) => {
    const kb = makeKb('mine', [{ id: 'a', name: 'Ann Lee' }]);
    const text = `Intro. ${quote}`;
    const start = text.indexOf(quote);
    const entity = {
      ...must(kb.entities[0]),
      sentences: [{ source: 'mine', start, end: start + quote.length, text: quote }],
    };
    const result = validateKnowledgeBase({
      ...kb,
      sources: [{ id: 'mine', title: 'mine', text }],
      entities: [entity],
    });
    expect(result.ok && result.kb.entities[0]?.sentences[0]?.text).toBe(quote);
  });

  test.each([[''], ['   '], ['\n\t']])('a blank name %j is refused', (name) => {
    const kb = makeKb('mine', [{ id: 'a', name: 'Ann Lee' }]);
    const result = validateKnowledgeBase({ ...kb, entities: [{ ...must(kb.entities[0]), name }] });
    expect(result.ok || say(result.error)).toBe('entities.0.name: must not be empty');
  });
});
