import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Entity, KnowledgeBase } from '../../../src/kb/schema';
import { compileMatcher, keepSupported, toMatchEntity, type MatchEntity } from '../../../src/match';
import { unifyEntities } from '../../../src/kb/unify';
import {
  buildPageIndex,
  DEFAULT_BRIEFINGS,
  DEFAULT_SETTINGS,
  PAGE_INDEX_VERSION,
  packPageIndex,
  pageIndexStamp,
  readPageIndex,
  resolvePageConfig,
  type BriefingsState,
} from '../../../src/settings';
import { ENTITIES } from '../match/fixtures';

const CORPUS = process.env.SEEDLIGHT_CORPUS ?? path.resolve('../shared/corpus');

function pageText(file: string): string {
  return readFileSync(path.join(CORPUS, file), 'utf8')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

/** A valid knowledge base holding the match fixtures' entities, with their relations. */
function kbOf(id: string, entities: readonly MatchEntity[]): KnowledgeBase {
  const ids = new Set(entities.map((e) => e.id));
  const text = entities.map((e) => `${e.name} was here.`).join(' ');
  let at = 0;
  const made: Entity[] = entities.map((e) => {
    const sentence = `${e.name} was here.`;
    const start = text.indexOf(sentence, at);
    at = start + sentence.length;
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      sentences: [{ source: id, start, end: start + sentence.length, text: sentence }],
      related: e.related.filter((r) => ids.has(r)).map((r) => ({ id: r, weight: 1 })),
      sources: [id],
    };
  });
  return {
    version: 2,
    id,
    title: `Briefing ${id}`,
    sources: [{ id, title: id, text }],
    entities: made,
  };
}

const half = Math.ceil(ENTITIES.length / 2);
const bundled = [kbOf('seed', ENTITIES.slice(0, half))];
const mine = kbOf('mine', ENTITIES.slice(half - 2));
const briefings: BriefingsState = {
  ...DEFAULT_BRIEFINGS,
  user: [{ kb: mine, enabled: true, addedAt: 1 }],
};
const settings = DEFAULT_SETTINGS;

const WITH_NAMES =
  'scrapinghub-article-extraction-benchmark__washingtonexaminer-2019-why-beijing-will-bring-slaughter-to-hong-kong.html';
const PAGES = [
  WITH_NAMES,
  'flairNLP-fundus__id-MediaIndonesia_2026_01_20.html',
  'adbar-trafilatura__leukefeld-handball-de.html',
  'AndyTheFactory-newspaper4k__cnn-international-homepage-2014-07-24.html',
  'AndyTheFactory-newspaper4k__sott-net-american-friends-adelson-assange.html',
];

function mentions(entities: readonly MatchEntity[], text: string) {
  const matcher = compileMatcher(entities);
  return keepSupported(matcher, matcher.findSpans(text));
}

describe('the page index', () => {
  const stamp = pageIndexStamp(bundled, briefings, settings);
  // As the content script gets it: through storage's structured clone, then read back.
  const stored: unknown = JSON.parse(
    JSON.stringify(packPageIndex(buildPageIndex(bundled, briefings, settings).index)),
  );

  test.each(PAGES)('gives the same mentions as the briefings themselves on %s', (file) => {
    const index = readPageIndex(stored, stamp);
    expect(index).not.toBeNull();
    const direct = unifyEntities(
      resolvePageConfig(settings, briefings, bundled, 'https://example.com/').knowledgeBases,
    ).map(toMatchEntity);
    const text = pageText(file);
    const expected = mentions(direct, text);
    expect(mentions(index?.entities ?? [], text)).toEqual(expected);
  });

  test('finds mentions at all on the page with the briefing names', () => {
    expect(
      mentions(readPageIndex(stored, stamp)?.entities ?? [], pageText(WITH_NAMES)).length,
    ).toBeGreaterThan(0);
  });

  test.each<[string, (index: Record<string, unknown>) => unknown]>([
    ['an older version', (index) => ({ ...index, version: PAGE_INDEX_VERSION - 1 })],
    ['another stamp', (index) => ({ ...index, stamp: 'deadbeef' })],
    ['a damaged entity', (index) => ({ ...index, packed: 'x\u0001' })],
    [
      'an entity with a field too many',
      (index) => ({ ...index, packed: `${String(index['packed'])}\u0001x` }),
    ],
    ['an unknown type', (index) => ({ ...index, packed: 'x\u0001X\u0001alien\u0001\u0001' })],
    ['entities that are not packed', (index) => ({ ...index, packed: ENTITIES })],
    ['no index at all', () => undefined],
    ['a string', () => 'index'],
  ])('is not trusted with %s, and the rebuild is whole', (_, damage) => {
    expect(readPageIndex(damage(stored as Record<string, unknown>), stamp)).toBeNull();
    const rebuilt = packPageIndex(buildPageIndex(bundled, briefings, settings).index);
    expect(readPageIndex(rebuilt, stamp)).toEqual(readPageIndex(stored, stamp));
  });

  test.each<[string, BriefingsState, typeof settings]>([
    [
      'a briefing is turned off',
      { ...briefings, user: [{ kb: mine, enabled: false, addedAt: 1 }] },
      settings,
    ],
    [
      'a briefing is added',
      {
        ...briefings,
        user: [...briefings.user, { kb: { ...mine, id: 'more' }, enabled: true, addedAt: 2 }],
      },
      settings,
    ],
    ['a briefing is removed', DEFAULT_BRIEFINGS, settings],
    ['a bundled briefing is off', { ...briefings, disabledBundled: ['seed'] }, settings],
    [
      'an entity is muted',
      briefings,
      { ...settings, muted: [{ kbId: 'mine', entityId: 'china', name: 'China' }] },
    ],
    ['a type is hidden', briefings, { ...settings, shownTypes: ['person'] }],
  ])('is stale once %s', (_, changed, changedSettings) => {
    expect(readPageIndex(stored, pageIndexStamp(bundled, changed, changedSettings))).toBeNull();
  });
});

test('the packed index gives back every entity as built, separators in names dropped', () => {
  const built = buildPageIndex(bundled, briefings, settings).index;
  expect(readPageIndex(JSON.parse(JSON.stringify(packPageIndex(built))))?.entities).toEqual(
    built.entities,
  );
  const odd = {
    ...built,
    entities: [
      {
        id: 'a',
        name: 'A\u0001B',
        type: 'person' as const,
        aliases: ['A\u0003B', ''],
        related: [],
      },
      { id: '\u0002', name: 'Gone', type: 'place' as const, aliases: [], related: [] },
    ],
  };
  expect(readPageIndex(packPageIndex(odd))?.entities).toEqual([
    { id: 'a', name: 'AB', type: 'person', aliases: ['AB', ''], related: [] },
  ]);
});
