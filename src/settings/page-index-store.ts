import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { KnowledgeBase } from '../kb/schema';
import {
  buildPageIndex,
  packPageIndex,
  pageIndexStamp,
  readCardBucket,
  readPageIndex,
  type CardBucket,
  type PageIndex,
} from './page-index';
import { serialized } from './serialized';
import type { SeedlightStore } from './store';

/** The page index's own key: the briefings stay where they are, whatever happens to it. */
export const PAGE_INDEX_KEY: StorageItemKey = 'local:page-index';

/** The key of card bucket `i`. */
export function cardBucketKey(i: number): StorageItemKey {
  return `local:page-index-cards-${String(i)}`;
}

/**
 * The stored page index if it matches the current briefings and settings; otherwise rebuilds it
 * and its card buckets from them and stores them in one write, then removes buckets a larger
 * index left behind. Only the index's keys are ever written.
 */
export async function ensurePageIndex(
  store: SeedlightStore,
  bundled: readonly KnowledgeBase[],
): Promise<PageIndex> {
  const [settings, briefings, stored] = await Promise.all([
    store.settings.getValue(),
    store.briefings.getValue(),
    storage.getItem<unknown>(PAGE_INDEX_KEY),
  ]);
  const current = readPageIndex(stored, pageIndexStamp(bundled, briefings, settings));
  if (current) return current;
  const { index, buckets } = buildPageIndex(bundled, briefings, settings);
  // Buckets first in the same write: a page that sees the new index finds its cards.
  await storage.setItems([
    ...buckets.map((value, i) => ({ key: cardBucketKey(i), value })),
    { key: PAGE_INDEX_KEY, value: packPageIndex(index) },
  ]);
  const before = readPageIndex(stored);
  const left = before ? before.buckets : 0;
  if (left > buckets.length) {
    await storage.removeItems(
      Array.from({ length: left - buckets.length }, (_, i) => cardBucketKey(buckets.length + i)),
    );
  }
  return index;
}

/** The stored page index as a page reads it: null when missing, damaged or of another version. */
export async function loadPageIndex(): Promise<PageIndex | null> {
  return readPageIndex(await storage.getItem<unknown>(PAGE_INDEX_KEY));
}

/** Calls back whenever the stored page index is written; returns the function that stops. */
export function watchPageIndex(callback: () => void): () => void {
  return storage.watch<unknown>(PAGE_INDEX_KEY, () => callback());
}

/** Card bucket `i` of `index`, or null when it is missing or of another build. */
export async function loadCardBucket(index: PageIndex, i: number): Promise<CardBucket | null> {
  return readCardBucket(await storage.getItem<unknown>(cardBucketKey(i)), index.stamp);
}

export interface PageIndexKeeper {
  /** Rebuilds the index if it is not current; runs never overlap (see `serialized`). */
  rebuild(): Promise<PageIndex>;
  stop(): void;
}

/**
 * The background's side of the index: pages read the page index, never the briefings, so it is
 * rebuilt whenever what it is made of changes (the settings or briefings items), and when asked
 * (browser start, install or update, a page that found it missing or damaged).
 */
export function keepPageIndexCurrent(
  store: SeedlightStore,
  bundled: readonly KnowledgeBase[],
): PageIndexKeeper {
  const rebuild = serialized(() => ensurePageIndex(store, bundled));
  const unwatch = [store.settings.key, store.briefings.key].map((key) =>
    storage.watch<unknown>(key, () => void rebuild()),
  );
  return { rebuild, stop: () => unwatch.forEach((stop) => stop()) };
}
