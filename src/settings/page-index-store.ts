import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { KnowledgeBase } from '../kb/schema';
import { buildPageIndex, pageIndexStamp, readPageIndex, type PageIndex } from './page-index';
import type { SeedlightStore } from './store';

/** The page index's own key: the briefings stay where they are, whatever happens to it. */
export const PAGE_INDEX_KEY: StorageItemKey = 'local:page-index';

/**
 * The stored page index if it matches the current briefings and settings; otherwise rebuilds it
 * from them and stores it. Only the index's key is ever written.
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
  const rebuilt = buildPageIndex(bundled, briefings, settings);
  await storage.setItem(PAGE_INDEX_KEY, rebuilt);
  return rebuilt;
}
