import { tEnglish } from '../../../src/i18n/english';
import { problemText } from '../../../src/i18n/problem-text';
import type { Problem } from '../../../src/kb/problem';

/** A problem as the reader reads it in English. */
const say = (p: Problem | null) => (p ? problemText(p, tEnglish) : null);

import { problemForLog } from '../../../src/kb/problem';
import { describe, expect, test } from 'vitest';
import { serializeKnowledgeBase } from '../../../src/kb/parse';
import type { KnowledgeBase } from '../../../src/kb/schema';
import {
  activeKnowledgeBases,
  addBriefings,
  briefingId,
  checkStorageSize,
  conflictingIds,
  importBriefings,
  replaceBriefing,
  restoreBriefing,
  storedSize,
  takeBriefing,
  withoutDoubtful,
  DEFAULT_BRIEFINGS,
  parseBriefingsImport,
  removeBriefing,
  serializeBriefingsExport,
  setBriefingEnabled,
  shownKnowledgeBases,
  type BriefingsState,
} from '../../../src/settings';
import { makeKb, must } from './fixtures';

const bundled = [makeKb('seed', [{ id: 'xi-jinping', name: 'Xi Jinping' }])];
const mine = makeKb('mine', [
  { id: 'ada-lovelace', name: 'Ada Lovelace' },
  { id: 'london', name: 'London', type: 'place' },
]);
const other = makeKb('other', [{ id: 'acme', name: 'Acme', type: 'organization' }]);

function withMine(enabled = true): BriefingsState {
  const result = addBriefings(DEFAULT_BRIEFINGS, bundled, [{ kb: mine, enabled }], 5);
  if (!result.ok) throw new Error(problemForLog(result.error));
  return result.state;
}

describe('activeKnowledgeBases', () => {
  test.each([
    ['bundled only', DEFAULT_BRIEFINGS, ['seed']],
    ['bundled and mine', withMine(), ['seed', 'mine']],
    ['mine disabled', withMine(false), ['seed']],
    ['bundled disabled', setBriefingEnabled(withMine(), bundled, 'seed', false), ['mine']],
    [
      'bundled re-enabled',
      setBriefingEnabled(
        setBriefingEnabled(withMine(), bundled, 'seed', false),
        bundled,
        'seed',
        true,
      ),
      ['seed', 'mine'],
    ],
    ['mine removed', removeBriefing(withMine(), 'mine'), ['seed']],
  ])('%s', (_name, state, ids) => {
    expect(activeKnowledgeBases(bundled, state).map((kb) => kb.id)).toEqual(ids);
  });
});

test.each([
  [
    ['person', 'place'],
    ['ada-lovelace', 'london'],
  ],
  [['place'], ['london']],
  [[], []],
] as const)('shownKnowledgeBases keeps only %j', (types, ids) => {
  const [kb] = shownKnowledgeBases([mine], [...types]);
  expect(kb?.entities.map((e) => e.id)).toEqual(ids);
});

test.each([
  ['My Notes on China!', [], 'my-notes-on-china'],
  ['My Notes', ['my-notes'], 'my-notes-2'],
  ['My Notes', ['my-notes', 'my-notes-2'], 'my-notes-3'],
  ['Élysée Palace', [], 'elysee-palace'],
  ['Støre in Tromsø', [], 'store-in-tromso'],
  ['???', [], 'briefing'],
])('briefingId(%j) with %j taken', (title, taken, id) => {
  expect(briefingId(title, new Set(taken))).toBe(id);
});

describe('addBriefings', () => {
  test.each([
    [
      'an id of a bundled briefing',
      DEFAULT_BRIEFINGS,
      [must(bundled[0])],
      'a briefing with the id "seed" already exists',
    ],
    ['an id of my briefing', withMine(), [mine], 'a briefing with the id "mine" already exists'],
    ['the same id twice', DEFAULT_BRIEFINGS, [other, other], 'the id "other" appears twice'],
  ])('refuses %s and changes nothing', (_name, state, kbs, error) => {
    const before = structuredClone(state);
    const result = addBriefings(
      state,
      bundled,
      kbs.map((kb) => ({ kb, enabled: true })),
      1,
    );
    expect(result.ok || say(result.error)).toBe(error);
    expect(state).toEqual(before);
  });
});

describe('import and export', () => {
  test('an export reads back as the same briefings', () => {
    const state = addBriefings(withMine(false), bundled, [{ kb: other, enabled: true }], 9);
    if (!state.ok) throw new Error(problemForLog(state.error));
    const back = parseBriefingsImport(serializeBriefingsExport(state.state));
    expect(back).toEqual({
      ok: true,
      briefings: [
        { kb: mine, enabled: false },
        { kb: other, enabled: true },
      ],
    });
  });

  test('a single knowledge base file imports as one enabled briefing', () => {
    expect(parseBriefingsImport(serializeKnowledgeBase(other))).toEqual({
      ok: true,
      briefings: [{ kb: other, enabled: true }],
    });
  });

  const broken = { ...other, entities: [{ ...other.entities[0], type: 'animal' }] };
  test.each([
    ['not JSON', '{oops', /^the file is not valid JSON/],
    ['a JSON list', '[1,2]', /^not a Seedlight briefing: /],
    [
      'an entity of an unknown type',
      JSON.stringify(broken),
      /^not a Seedlight briefing: entities\.0\.type: /,
    ],
    [
      'a wrong export version',
      JSON.stringify({ format: 'seedlight-briefings', version: 7, briefings: [] }),
      /the version must be 1/,
    ],
    [
      'an empty export',
      JSON.stringify({ format: 'seedlight-briefings', version: 1, briefings: [] }),
      /holds no briefings/,
    ],
    [
      'an export with one bad briefing',
      JSON.stringify({
        format: 'seedlight-briefings',
        version: 1,
        briefings: [
          { enabled: true, kb: other },
          { enabled: true, kb: broken },
        ],
      }),
      /^briefing 2: entities\.0\.type: /,
    ],
  ])('refuses %s with a reason', (_name, text, reason) => {
    const result = parseBriefingsImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say(result.error)).toMatch(reason);
  });
});

describe('the doubt filter of the reader’s briefings', () => {
  const doubted = (kb: KnowledgeBase, id: string): KnowledgeBase => ({
    ...kb,
    entities: kb.entities.map((e) =>
      e.id === id
        ? {
            ...e,
            evidence: { confidence: 0.2, mentions: 1, typeCue: 'none', doubts: ['seen-once'] },
          }
        : { ...e, evidence: { confidence: 0.9, mentions: 3, typeCue: 'lexicon', doubts: [] } },
    ),
  });
  const bundledDoubted = [doubted(must(bundled[0]), 'xi-jinping')];
  const state: BriefingsState = {
    user: [{ kb: doubted(mine, 'london'), enabled: true, addedAt: 1 }],
    disabledBundled: [],
  };
  const entityIds = (kbs: KnowledgeBase[]) => kbs.map((kb) => kb.entities.map((e) => e.id));

  test.each([
    ['doubtful entities hidden', false, [['xi-jinping'], ['ada-lovelace']]],
    ['doubtful entities shown', true, [['xi-jinping'], ['ada-lovelace', 'london']]],
    ['the default shows them', undefined, [['xi-jinping'], ['ada-lovelace', 'london']]],
  ])('%s (bundled briefings are exempt)', (_name, highlightDoubtful, ids) => {
    const kbs = activeKnowledgeBases(bundledDoubted, state, { highlightDoubtful });
    expect(entityIds(kbs)).toEqual(ids);
  });

  test('a kept entity (no doubts left) is highlighted', () => {
    const kept: BriefingsState = { ...state, user: [{ kb: mine, enabled: true, addedAt: 1 }] };
    expect(entityIds(activeKnowledgeBases(bundled, kept, { highlightDoubtful: false }))).toEqual([
      ['xi-jinping'],
      ['ada-lovelace', 'london'],
    ]);
  });

  test('withoutDoubtful returns the same knowledge base when nothing is doubted', () => {
    expect(withoutDoubtful(mine)).toBe(mine);
  });
});

describe('replacing, restoring and importing over an id in use', () => {
  const edited = { ...mine, title: 'Edited' };

  test('replaceBriefing swaps the reader’s briefing in place', () => {
    const state = addTwo();
    const replaced = replaceBriefing(state, edited);
    expect(replaced.ok && replaced.state.user.map((b) => [b.kb.id, b.kb.title])).toEqual([
      ['mine', 'Edited'],
      ['other', 'Briefing other'],
    ]);
    expect(replaceBriefing(state, { ...edited, id: 'nope' }).ok).toBe(false);
  });

  test('takeBriefing and restoreBriefing put it back where it stood', () => {
    const state = addTwo();
    const taken = takeBriefing(state, 'mine');
    expect(taken.state.user.map((b) => b.kb.id)).toEqual(['other']);
    const back = restoreBriefing(taken.state, bundled, must(taken.removed));
    expect(back.ok && back.state).toEqual(state);
    expect(takeBriefing(state, 'nope').removed).toBeNull();
  });

  test('restoreBriefing refuses when the id was taken meanwhile', () => {
    const state = addTwo();
    const taken = takeBriefing(state, 'mine');
    expect(restoreBriefing(state, bundled, must(taken.removed)).ok).toBe(false);
  });

  test.each([
    [
      'replace',
      [
        ['mine', 'Edited'],
        ['other', 'Briefing other'],
      ],
    ],
    [
      'keep-both',
      [
        ['mine', 'Briefing mine'],
        ['other', 'Briefing other'],
        ['edited', 'Edited'],
      ],
    ],
  ] as const)('importBriefings with %s', (choice, expected) => {
    const state = addTwo();
    expect(conflictingIds(state, bundled, [{ kb: edited, enabled: true }])).toEqual(['mine']);
    const done = importBriefings(state, bundled, [{ kb: edited, enabled: true }], 9, choice);
    expect(done.ok && done.state.user.map((b) => [b.kb.id, b.kb.title])).toEqual(expected);
  });

  test('a bundled id is never replaced: the import is kept beside it', () => {
    const copy = { ...must(bundled[0]), title: 'Seed copy' };
    const done = importBriefings(
      DEFAULT_BRIEFINGS,
      bundled,
      [{ kb: copy, enabled: true }],
      9,
      'replace',
    );
    expect(done.ok && done.state.user.map((b) => b.kb.id)).toEqual(['seed-copy']);
  });
});

test.each([
  ['fits', 1_000_000, true],
  ['too large', 100, false],
])('checkStorageSize: %s', (_name, limit, ok) => {
  const state = addTwo();
  expect(storedSize(state)).toBeGreaterThan(100);
  const checked = checkStorageSize(state, limit);
  expect(checked.ok).toBe(ok);
  if (!checked.ok)
    expect(say(checked.error)).toMatch(/MB, more than the 0\.0 MB the browser stores$/);
});

function addTwo(): BriefingsState {
  const added = addBriefings(
    DEFAULT_BRIEFINGS,
    bundled,
    [
      { kb: mine, enabled: true },
      { kb: other, enabled: false },
    ],
    5,
  );
  if (!added.ok) throw new Error(problemForLog(added.error));
  return added.state;
}
