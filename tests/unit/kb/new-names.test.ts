import { describe, expect, test } from 'vitest';
import { knownNames, MAX_NEW_NAMES, newNamesOnPage } from '../../../src/kb/new-names';
import type { Doubt, KnowledgeBase } from '../../../src/kb/schema';
import { makeKb } from '../settings/fixtures';

/** A derived page: entities with their mention counts, doubts and first positions. */
function page(
  entities: {
    id: string;
    name: string;
    mentions: number;
    at?: number;
    doubts?: Doubt[];
    aliases?: string[];
  }[],
): KnowledgeBase {
  const kb = makeKb(
    'page',
    entities.map(({ id, name, aliases }) => ({ id, name, ...(aliases ? { aliases } : {}) })),
  );
  return {
    ...kb,
    entities: kb.entities.map((entity, i) => {
      const spec = entities[i];
      const sentence = entity.sentences[0];
      const at = spec?.at ?? 1000 + i;
      return {
        ...entity,
        // Positions stand in for where the article names it; the text is not read here.
        sentences: sentence ? [{ ...sentence, start: at, end: at + 5 }] : [],
        evidence: {
          confidence: 0.5,
          mentions: spec?.mentions ?? 1,
          typeCue: 'none',
          doubts: spec?.doubts ?? [],
        },
      };
    }),
  };
}

describe('new names on a page', () => {
  const known = knownNames([
    makeKb('seed', [{ id: 'xi', name: 'Xi Jinping', aliases: ['Xi', 'Xi Jinping'] }]),
  ]);

  test('leaves out what a briefing knows, by name or alias and in any case', () => {
    const names = newNamesOnPage(
      page([
        { id: 'xi', name: 'XI JINPING', mentions: 5 },
        { id: 'president-xi', name: 'President Xi', mentions: 2, aliases: ['Xi'] },
        { id: 'sharif', name: 'Shehbaz Sharif', mentions: 3 },
      ]),
      known,
    );
    expect(names.map((n) => n.name)).toEqual(['Shehbaz Sharif']);
  });

  test('leaves out page furniture and common words, keeps a name seen once', () => {
    const names = newNamesOnPage(
      page([
        { id: 'browse', name: 'Browse', mentions: 4, doubts: ['common-word'] },
        { id: 'faq', name: 'FAQ', mentions: 2, doubts: ['structure-only'] },
        { id: 'dar', name: 'Ishaq Dar', mentions: 1, doubts: ['seen-once'] },
      ]),
      known,
    );
    expect(names.map((n) => n.name)).toEqual(['Ishaq Dar']);
  });

  test('ranks by mentions, a name in the lead a little higher, then by first appearance', () => {
    const names = newNamesOnPage(
      page([
        { id: 'a', name: 'Late Many', mentions: 3, at: 5000 },
        { id: 'b', name: 'Lead Two', mentions: 2, at: 10 },
        { id: 'c', name: 'Late Two', mentions: 2, at: 4000 },
        { id: 'd', name: 'Early Two', mentions: 2, at: 3000 },
      ]),
      known,
    );
    // Lead Two scores 3 like Late Many, and comes first by position.
    expect(names.map((n) => n.name)).toEqual(['Lead Two', 'Late Many', 'Early Two', 'Late Two']);
    expect(names[0]).toMatchObject({ mentions: 2, sentence: { start: 10 } });
  });

  test(`offers at most ${MAX_NEW_NAMES}`, () => {
    const many = Array.from({ length: MAX_NEW_NAMES + 5 }, (_, i) => ({
      id: `n-${i}`,
      name: `Name Number${i}`,
      mentions: 1,
    }));
    expect(newNamesOnPage(page(many), known)).toHaveLength(MAX_NEW_NAMES);
  });
});
