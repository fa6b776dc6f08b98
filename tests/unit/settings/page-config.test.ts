import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createSeedlightStore,
  DEFAULT_BRIEFINGS,
  DEFAULT_SETTINGS,
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

const entityIds = (config: PageConfig | undefined) =>
  config?.knowledgeBases.flatMap((kb) => kb.entities.map((e) => e.id));

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
  const configs: PageConfig[] = [];
  const controller = new AbortController();
  watchPageConfig({
    store,
    bundled,
    url: () => 'https://news.example.com/story',
    onChange: (config) => configs.push(config),
    signal: controller.signal,
  });
  await vi.waitFor(() => expect(entityIds(configs.at(-1))).toEqual(['xi-jinping', 'china']));

  // Another extension page (the options) adds a briefing.
  const options = createSeedlightStore();
  await options.briefings.setValue({
    user: [{ kb: mine, enabled: true, addedAt: 1 }],
    disabledBundled: [],
  });
  await vi.waitFor(() =>
    expect(entityIds(configs.at(-1))).toEqual(['xi-jinping', 'china', 'ada-lovelace']),
  );

  await options.settings.update((s) => ({ ...s, deny: ['*.example.com'] }));
  await vi.waitFor(() =>
    expect(configs.at(-1)?.status).toEqual({
      enabled: false,
      reason: 'denied',
      pattern: '*.example.com',
    }),
  );
  expect(entityIds(configs.at(-1))).toEqual([]);

  controller.abort();
  const seen = configs.length;
  await options.settings.update((s) => ({ ...s, deny: [] }));
  await options.settings.getValue();
  expect(configs).toHaveLength(seen);
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
