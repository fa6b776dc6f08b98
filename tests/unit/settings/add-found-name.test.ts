import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { KnowledgeBaseSchema, type KnowledgeBase } from '../../../src/kb/schema';
import { addFoundName } from '../../../src/settings/add-found-name';
import type { BriefingsState } from '../../../src/settings/schema';
import { makeKb, must } from './fixtures';

const URL = 'https://news.example.com/strikes';
/** What derivation makes of a page's article: one source cited to the page. */
const derived: KnowledgeBase = (() => {
  const kb = makeKb('page', [
    { id: 'shehbaz-sharif', name: 'Shehbaz Sharif', aliases: ['Shehbaz Sharif', 'Sharif'] },
    { id: 'ishaq-dar', name: 'Ishaq Dar' },
  ]);
  return {
    ...kb,
    title: 'India strikes Pakistan',
    sources: kb.sources.map((s) => ({
      ...s,
      title: 'India strikes Pakistan',
      page: { url: URL, readAt: 5 },
    })),
  };
})();
const bundled = [makeKb('seed', [{ id: 'xi-jinping', name: 'Xi Jinping' }])];
const mine = makeKb('mine', [{ id: 'shehbaz-sharif', name: 'Someone Else' }]);
const state: BriefingsState = {
  user: [{ kb: mine, enabled: true, addedAt: 1 }],
  disabledBundled: [],
};
const valid = (kb: KnowledgeBase | undefined) => v.safeParse(KnowledgeBaseSchema, kb).success;

describe('adding a name found on a page', () => {
  test('to a new briefing named after the page, the article its source, cited to the page', () => {
    const result = addFoundName(state, bundled, { derived, entityId: 'shehbaz-sharif' }, null, 9);
    if (!result.ok) throw new Error('refused');
    const kb = must(result.state.user.find((b) => b.kb.id === result.kbId)).kb;
    expect(kb.title).toBe('India strikes Pakistan');
    expect(kb.sources).toEqual([{ ...derived.sources[0], id: 'india-strikes-pakistan' }]);
    expect(kb.entities.map((e) => [e.id, e.name, e.aliases])).toEqual([
      ['shehbaz-sharif', 'Shehbaz Sharif', ['Shehbaz Sharif', 'Sharif']],
    ]);
    expect(kb.entities[0]?.evidence).toBeUndefined();
    expect(valid(kb)).toBe(true);
  });

  test('to a briefing of the reader’s: a fresh entity id, the page added once as a source', () => {
    const first = addFoundName(state, bundled, { derived, entityId: 'shehbaz-sharif' }, 'mine', 9);
    if (!first.ok) throw new Error('refused');
    const second = addFoundName(
      first.state,
      bundled,
      { derived, entityId: 'ishaq-dar' },
      'mine',
      9,
    );
    if (!second.ok) throw new Error('refused');
    const kb = must(second.state.user[0]).kb;
    expect(kb.entities.map((e) => e.id)).toEqual([
      'shehbaz-sharif',
      'shehbaz-sharif-2',
      'ishaq-dar',
    ]);
    expect(kb.sources.map((s) => s.page?.url ?? null)).toEqual([null, URL]);
    expect(valid(kb)).toBe(true);
    // Nothing else of the briefing changed.
    expect(kb.entities[0]).toEqual(mine.entities[0]);
  });

  test.each<[string, string | null, string]>([
    ['a bundled briefing', 'seed', 'no-such-briefing'],
    ['a briefing that is gone', 'gone', 'no-such-briefing'],
  ])('refuses %s, and changes nothing', (_, into, code) => {
    const result = addFoundName(state, bundled, { derived, entityId: 'shehbaz-sharif' }, into, 9);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  test('refuses a name the page did not give', () => {
    expect(addFoundName(state, bundled, { derived, entityId: 'nobody' }, null, 9)).toMatchObject({
      ok: false,
      error: { code: 'no-such-name' },
    });
  });
});
