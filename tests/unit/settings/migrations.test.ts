import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createSeedlightStore,
  DEFAULT_SETTINGS,
  migrateBriefingsV1toV2,
  migrateSettingsV1toV2,
  readRecovered,
  SETTINGS_VERSION,
} from '../../../src/settings';
import { KB_VERSION } from '../../../src/kb/schema';
import { makeKb } from './fixtures';

beforeEach(() => {
  fakeBrowser.reset();
});

test.each([
  [
    'underline, one site off',
    { enabled: true, highlightStyle: 'underline', disabledSites: ['example.com'] },
    { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] },
  ],
  [
    'background everywhere, switched off',
    { enabled: false, highlightStyle: 'background' },
    {
      ...DEFAULT_SETTINGS,
      enabled: false,
      highlightStyle: {
        person: 'background',
        place: 'background',
        organization: 'background',
        other: 'background',
      },
    },
  ],
])(
  'version 1 settings (%s) are migrated on load and stored as the current version',
  async (_name, v1, expected) => {
    // A version 1 value carries no version meta, as WXT stores it.
    await fakeBrowser.storage.local.set({ settings: v1 });
    const store = createSeedlightStore();
    expect(await store.settings.getValue()).toEqual(expected);
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).toEqual(expected);
    expect(raw.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(await readRecovered()).toEqual([]);
  },
);

test('a version 1 value of the wrong shape is recovered exactly as it was stored', async () => {
  const damaged = { enabled: 'sometimes', highlightStyle: 'neon' };
  await fakeBrowser.storage.local.set({ settings: damaged });
  expect(await createSeedlightStore().settings.getValue()).toEqual(DEFAULT_SETTINGS);
  expect((await readRecovered())[0]?.raw).toEqual(damaged);
});

test.each([[null], ['text'], [[1, 2]], [{ enabled: true }]])(
  'migrateSettingsV1toV2 leaves %j as it was',
  (value) => {
    expect(migrateSettingsV1toV2(value)).toEqual(value);
  },
);

test('current settings are not migrated again', async () => {
  const current = { ...DEFAULT_SETTINGS, allow: ['example.com'] };
  await fakeBrowser.storage.local.set({ settings: current, settings$: { v: SETTINGS_VERSION } });
  expect(await createSeedlightStore().settings.getValue()).toEqual(current);
});

test('version 1 briefings (knowledge bases of format 1) are migrated on load', async () => {
  const kb = makeKb('mine', [{ id: 'xi-jinping', name: 'Xi Jinping' }]);
  const v1 = {
    user: [{ kb: { ...kb, version: 1 }, enabled: true, addedAt: 5 }],
    disabledBundled: [],
  };
  await fakeBrowser.storage.local.set({ briefings: v1, briefings$: { v: 1 } });
  const store = createSeedlightStore();
  const state = await store.briefings.getValue();
  expect(state.user.map((b) => [b.kb.id, b.kb.version, b.kb.entities[0]?.name])).toEqual([
    ['mine', KB_VERSION, 'Xi Jinping'],
  ]);
  expect(await readRecovered()).toEqual([]);
});

test.each([[null], ['text'], [{ user: 'none' }], [{ user: [1, { kb: null }] }]])(
  'migrateBriefingsV1toV2 leaves %j as it was',
  (value) => {
    expect(migrateBriefingsV1toV2(value)).toEqual(value);
  },
);

test.each([
  [true, 'first'],
  [false, 'calm'],
])('version 2 settings with firstOnly %s get the density %s', async (firstOnly, density) => {
  const v2: Record<string, unknown> = { ...DEFAULT_SETTINGS, firstOnly, deny: ['example.com'] };
  delete v2.density;
  delete v2.highlightDoubtful;
  delete v2.muted;
  await fakeBrowser.storage.local.set({
    settings: v2,
    settings$: { v: 2 },
  });
  expect(await createSeedlightStore().settings.getValue()).toEqual({
    ...DEFAULT_SETTINGS,
    deny: ['example.com'],
    density,
    highlightDoubtful: false,
  });
  expect(await readRecovered()).toEqual([]);
});

test('version 3 settings get an empty list of muted entities', async () => {
  const v3: Record<string, unknown> = { ...DEFAULT_SETTINGS, density: 'every' };
  delete v3.muted;
  await fakeBrowser.storage.local.set({ settings: v3, settings$: { v: 3 } });
  expect(await createSeedlightStore().settings.getValue()).toEqual({
    ...DEFAULT_SETTINGS,
    density: 'every',
    muted: [],
  });
  expect(await readRecovered()).toEqual([]);
});
