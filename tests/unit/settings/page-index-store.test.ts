import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  buildPageIndex,
  createSeedlightStore,
  DEFAULT_SETTINGS,
  ensurePageIndex,
  PAGE_INDEX_KEY,
  PAGE_INDEX_VERSION,
  type SeedlightStore,
} from '../../../src/settings';
import { makeKb } from './fixtures';

const bundled = [makeKb('seed', [{ id: 'china', name: 'China', type: 'place' }])];
const mine = makeKb('mine', [{ id: 'ada-lovelace', name: 'Ada Lovelace' }]);
const key = PAGE_INDEX_KEY.replace(/^local:/, '');
let store: SeedlightStore;

beforeEach(async () => {
  fakeBrowser.reset();
  store = createSeedlightStore();
  await store.briefings.setValue({
    user: [{ kb: mine, enabled: true, addedAt: 1 }],
    disabledBundled: [],
  });
});

const stored = async (): Promise<unknown> => (await fakeBrowser.storage.local.get(key))[key];
const ids = (index: { entities: { id: string }[] }) => index.entities.map((e) => e.id);

test('is built and stored when there is none', async () => {
  expect(ids(await ensurePageIndex(store, bundled))).toEqual(['china', 'ada-lovelace']);
  await expect(stored()).resolves.toMatchObject({ version: PAGE_INDEX_VERSION });
});

test.each<[string, (index: Record<string, unknown>) => unknown]>([
  ['damaged', (index) => ({ ...index, entities: 'garbage' })],
  ['of an older version', (index) => ({ ...index, version: 0 })],
])('is rebuilt from the briefings when %s, and the briefings are kept', async (_what, damage) => {
  const fresh = await ensurePageIndex(store, bundled);
  const briefingsBefore = await store.briefings.getValue();
  await fakeBrowser.storage.local.set({
    [key]: damage(fresh as unknown as Record<string, unknown>),
  });
  expect(await ensurePageIndex(store, bundled)).toEqual(fresh);
  expect(await stored()).toEqual(fresh);
  expect(await store.briefings.getValue()).toEqual(briefingsBefore);
});

test('a current index is read, not rebuilt', async () => {
  const briefings = await store.briefings.getValue();
  const built = buildPageIndex(bundled, briefings, DEFAULT_SETTINGS);
  // Same stamp, different entities: only a read (no rebuild) would return these.
  const planted = { ...built, entities: [{ ...built.entities[0], aliases: ['Cathay'] }] };
  await fakeBrowser.storage.local.set({ [key]: planted });
  expect(await ensurePageIndex(store, bundled)).toEqual(planted);
});

test('is rebuilt when it was built before a briefing was removed', async () => {
  await ensurePageIndex(store, bundled);
  await store.briefings.setValue({ user: [], disabledBundled: [] });
  expect(ids(await ensurePageIndex(store, bundled))).toEqual(['china']);
  expect(ids((await stored()) as { entities: { id: string }[] })).toEqual(['china']);
});
