import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createSeedlightStore,
  DEFAULT_BRIEFINGS,
  DEFAULT_SETTINGS,
  keepPageIndexCurrent,
  PAGE_INDEX_KEY,
  resolvePageConfig,
  watchPageConfig,
  type PageConfig,
} from '../../../src/settings';
import { makeKb } from './fixtures';

const bundled = [
  makeKb('seed', [
    { id: 'xi-jinping', name: 'Xi Jinping' },
    { id: 'china', name: 'China', type: 'place' },
  ]),
];
const mine = makeKb('mine', [{ id: 'ada-lovelace', name: 'Ada Lovelace' }]);

beforeEach(() => {
  fakeBrowser.reset();
});

const entityIds = (config: { knowledgeBases: { entities: { id: string }[] }[] } | undefined) =>
  config?.knowledgeBases.flatMap((kb) => kb.entities.map((e) => e.id));
const indexIds = (config: PageConfig | undefined) => config?.index?.entities.map((e) => e.id);

test.each([
  ['on', DEFAULT_SETTINGS, 'https://example.com/', ['xi-jinping', 'china']],
  ['site off', { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }, 'https://example.com/', []],
  [
    'places hidden',
    { ...DEFAULT_SETTINGS, shownTypes: ['person' as const] },
    'https://example.com/',
    ['xi-jinping'],
  ],
])('resolvePageConfig: %s', (_name, settings, url, ids) => {
  const config = resolvePageConfig(settings, DEFAULT_BRIEFINGS, bundled, url);
  expect(entityIds(config)).toEqual(ids);
  expect(config.status.enabled).toBe(ids.length > 0);
});

test('an open page follows settings and briefings as they change, until it stops', async () => {
  const store = createSeedlightStore();
  // The background keeps the page index current; the page reads only settings and the index.
  const background = keepPageIndexCurrent(store, bundled);
  const rebuilds: number[] = [];
  const configs: PageConfig[] = [];
  const controller = new AbortController();
  watchPageConfig({
    settings: store.settings,
    url: () => 'https://news.example.com/story',
    rebuildIndex: () => (rebuilds.push(1), background.rebuild()),
    onChange: (config) => configs.push(config),
    signal: controller.signal,
  });
  // No index yet: the page asks for one.
  await vi.waitFor(() => expect(indexIds(configs.at(-1))).toEqual(['xi-jinping', 'china']));
  expect(rebuilds).toHaveLength(1);

  // Another extension page (the options) adds a briefing.
  const options = createSeedlightStore();
  await options.briefings.setValue({
    user: [{ kb: mine, enabled: true, addedAt: 1 }],
    disabledBundled: [],
  });
  await vi.waitFor(() =>
    expect(indexIds(configs.at(-1))).toEqual(['xi-jinping', 'china', 'ada-lovelace']),
  );

  // Muting makes the index stale: the page never delivers it, only the rebuilt one.
  const seenBeforeMute = configs.length;
  await options.settings.update((s) => ({
    ...s,
    muted: [{ kbId: 'seed', entityId: 'china', name: 'China' }],
  }));
  await vi.waitFor(() => expect(indexIds(configs.at(-1))).toEqual(['xi-jinping', 'ada-lovelace']));
  expect(configs.slice(seenBeforeMute).map(indexIds)).not.toContainEqual([
    'xi-jinping',
    'china',
    'ada-lovelace',
  ]);

  await options.settings.update((s) => ({ ...s, deny: ['*.example.com'] }));
  await vi.waitFor(() =>
    expect(configs.at(-1)?.status).toEqual({
      enabled: false,
      reason: 'denied',
      pattern: '*.example.com',
    }),
  );
  expect(configs.at(-1)?.index).toBeNull();

  controller.abort();
  background.stop();
  const seen = configs.length;
  await options.settings.update((s) => ({ ...s, deny: [] }));
  await options.settings.getValue();
  expect(configs).toHaveLength(seen);
});

test.each<[string, unknown]>([
  ['damaged', { version: 3, packed: 7 }],
  ['of an older version', { version: 2, stamp: '0', entities: [] }],
])('a page that finds the index %s has it rebuilt, and gets the rebuilt one', async (_, bad) => {
  const store = createSeedlightStore();
  const background = keepPageIndexCurrent(store, bundled);
  await fakeBrowser.storage.local.set({ [PAGE_INDEX_KEY.replace(/^local:/, '')]: bad });
  const configs: PageConfig[] = [];
  const controller = new AbortController();
  watchPageConfig({
    settings: store.settings,
    url: () => 'https://news.example.com/story',
    rebuildIndex: () => background.rebuild(),
    onChange: (config) => configs.push(config),
    signal: controller.signal,
  });
  await vi.waitFor(() => expect(indexIds(configs.at(-1))).toEqual(['xi-jinping', 'china']));
  expect(configs.map((c) => c.index)).not.toContain(null);
  controller.abort();
  background.stop();
});

test('a page whose background does not answer shows nothing, and says so by its config', async () => {
  const store = createSeedlightStore();
  const configs: PageConfig[] = [];
  const controller = new AbortController();
  watchPageConfig({
    settings: store.settings,
    url: () => 'https://news.example.com/story',
    rebuildIndex: () => Promise.reject(new Error('no background')),
    onChange: (config) => configs.push(config),
    signal: controller.signal,
  });
  await vi.waitFor(() => expect(configs).toHaveLength(1));
  expect(configs[0]?.status.enabled).toBe(true);
  expect(configs[0]?.index).toBeNull();
  controller.abort();
});

test.each([
  [
    'hides a doubted entity of the reader’s by default',
    false,
    ['xi-jinping', 'china', 'ada-lovelace'],
  ],
  ['shows it when the reader asks', true, ['xi-jinping', 'china', 'ada-lovelace', 'story']],
])('resolvePageConfig %s', (_name, highlightDoubtful, ids) => {
  const doubted = makeKb('doubted', [{ id: 'story', name: 'Story', type: 'other' }]).entities.map(
    (e) => ({
      ...e,
      evidence: {
        confidence: 0.1,
        mentions: 1,
        typeCue: 'none' as const,
        doubts: ['common-word' as const],
      },
    }),
  );
  const briefings = {
    user: [
      { kb: { ...mine, entities: [...mine.entities, ...doubted] }, enabled: true, addedAt: 1 },
    ],
    disabledBundled: [],
  };
  const config = resolvePageConfig(
    { ...DEFAULT_SETTINGS, highlightDoubtful },
    briefings,
    bundled,
    'https://example.com/',
  );
  expect(entityIds(config)).toEqual(ids);
});
