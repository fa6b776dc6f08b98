import { expect, test } from 'vitest';
import { createCardDetails } from '../../../src/content/card-details';
import { buildPageIndex, DEFAULT_SETTINGS, type CardBucket } from '../../../src/settings';
import { makeKb } from './fixtures';

const kb = makeKb(
  'many',
  Array.from({ length: 600 }, (_, i) => ({
    id: `p-${String(i)}`,
    name: `Person Number${String(i)}`,
  })),
);
const { index, buckets } = buildPageIndex(
  [kb],
  { user: [], disabledBundled: [] },
  DEFAULT_SETTINGS,
);

test('loads each bucket once, only those the page asks for, and answers from them', async () => {
  const reads: number[] = [];
  const details = createCardDetails(index, (i) => {
    reads.push(i);
    return Promise.resolve(buckets[i] ?? null);
  });
  expect(details.get('p-1')).toBeUndefined();
  await details.load(['p-1', 'p-2', 'p-1']);
  await details.load(['p-2']);
  expect(details.get('p-1')?.name).toBe('Person Number1');
  expect(details.get('p-2')?.sentences[0]?.text).toBe('Person Number2 was here.');
  expect(new Set(reads).size).toBe(reads.length);
  expect(reads.length).toBeLessThan(index.buckets);
});

test('a bucket that cannot be read leaves the card to what the index knows', async () => {
  const details = createCardDetails(index, () => Promise.reject(new Error('storage gone')));
  await details.load(['p-1']);
  expect(details.get('p-1')).toBeUndefined();
  const empty: CardBucket = { stamp: index.stamp, cards: {} };
  const none = createCardDetails(index, () => Promise.resolve(empty));
  await none.load(['p-1']);
  expect(none.get('p-1')).toBeUndefined();
});
