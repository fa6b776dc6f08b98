import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  buildPageIndex,
  CARD_BUCKET_SIZE,
  cardBucketOf,
  createSeedlightStore,
  keepPageIndexCurrent,
  loadCardBucket,
  loadPageIndex,
  DEFAULT_SETTINGS,
  ensurePageIndex,
  PAGE_INDEX_KEY,
  PAGE_INDEX_VERSION,
  packPageIndex,
  readPageIndex,
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
  ['damaged', (index) => ({ ...index, packed: 'garbage' })],
  ['of an older version', (index) => ({ ...index, version: 2 })],
])('is rebuilt from the briefings when %s, and the briefings are kept', async (_what, damage) => {
  const fresh = await ensurePageIndex(store, bundled);
  const briefingsBefore = await store.briefings.getValue();
  await fakeBrowser.storage.local.set({
    [key]: damage(packPageIndex(fresh) as unknown as Record<string, unknown>),
  });
  expect(await ensurePageIndex(store, bundled)).toEqual(fresh);
  expect(await stored()).toEqual(packPageIndex(fresh));
  expect(await store.briefings.getValue()).toEqual(briefingsBefore);
});

test('a current index is read, not rebuilt', async () => {
  const briefings = await store.briefings.getValue();
  const built = buildPageIndex(bundled, briefings, DEFAULT_SETTINGS).index;
  // Same stamp, different entities: only a read (no rebuild) would return these.
  const first = built.entities[0];
  if (!first) throw new Error('no entity');
  const planted = { ...built, entities: [{ ...first, aliases: ['Cathay'] }] };
  await fakeBrowser.storage.local.set({ [key]: packPageIndex(planted) });
  expect(await ensurePageIndex(store, bundled)).toEqual(planted);
});

test('is rebuilt when it was built before a briefing was removed', async () => {
  await ensurePageIndex(store, bundled);
  await store.briefings.setValue({ user: [], disabledBundled: [] });
  expect(ids(await ensurePageIndex(store, bundled))).toEqual(['china']);
  expect(readPageIndex(await stored())?.entities.map((e) => e.id)).toEqual(['china']);
});

test('stores the cards beside the index, and a smaller rebuild leaves no old bucket behind', async () => {
  const many = makeKb(
    'many',
    Array.from({ length: CARD_BUCKET_SIZE * 2 + 1 }, (_, i) => ({
      id: `person-${String(i)}`,
      name: `Person Number${String(i)}`,
    })),
  );
  await store.briefings.setValue({
    user: [{ kb: many, enabled: true, addedAt: 1 }],
    disabledBundled: [],
  });
  const big = await ensurePageIndex(store, bundled);
  expect(big.buckets).toBe(3);
  const bucket = await loadCardBucket(big, cardBucketOf('person-7', big.buckets));
  expect(bucket?.cards['person-7']?.name).toBe('Person Number7');
  expect(bucket?.cards['person-7']?.sentences[0]?.text).toContain('Person Number7');

  await store.briefings.setValue({ user: [], disabledBundled: [] });
  const small = await ensurePageIndex(store, bundled);
  expect(small.buckets).toBe(1);
  const keys = Object.keys(await fakeBrowser.storage.local.get(null));
  expect(keys.filter((k) => k.startsWith('page-index-cards-'))).toEqual(['page-index-cards-0']);
  // A bucket of another build is not trusted.
  expect(await loadCardBucket(big, 0)).toBeNull();
  expect((await loadCardBucket(small, 0))?.cards['china']?.name).toBe('China');
});

test('the background rebuilds the index when the briefings change, and a page loads it', async () => {
  const keeper = keepPageIndexCurrent(store, bundled);
  await keeper.rebuild();
  await store.briefings.setValue({ user: [], disabledBundled: [] });
  await vi.waitFor(async () =>
    expect((await loadPageIndex())?.entities.map((e) => e.id)).toEqual(['china']),
  );
  keeper.stop();
});
