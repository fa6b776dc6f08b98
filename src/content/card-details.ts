import type { CardEntity } from '../popover/card-model';
import { cardBucketOf, type CardBucket, type PageIndex } from '../settings/page-index';

/** The entities' card details, read from the index's buckets when a page first needs them. */
export interface CardDetails {
  /** The entity's details if they are loaded; undefined until then (or when there are none). */
  get(entityId: string): CardEntity | undefined;
  /** Loads the buckets holding these entities' details, each bucket once; resolves when done. */
  load(entityIds: Iterable<string>): Promise<void>;
}

export function createCardDetails(
  index: PageIndex,
  loadBucket: (i: number) => Promise<CardBucket | null>,
): CardDetails {
  const cards = new Map<string, CardEntity>();
  const requested = new Map<number, Promise<void>>();
  const bucket = (i: number): Promise<void> => {
    let pending = requested.get(i);
    if (!pending) {
      pending = loadBucket(i)
        .catch(() => null)
        .then((loaded) => {
          // A missing or outdated bucket leaves the cards to what the index knows (name, type);
          // the background's rebuild replaces the index and this page's session with it.
          for (const [id, card] of Object.entries(loaded?.cards ?? {})) cards.set(id, card);
        });
      requested.set(i, pending);
    }
    return pending;
  };
  return {
    get: (entityId) => cards.get(entityId),
    async load(entityIds) {
      const wanted = new Set<number>();
      for (const id of entityIds) wanted.add(cardBucketOf(id, index.buckets));
      await Promise.all([...wanted].map(bucket));
    },
  };
}
