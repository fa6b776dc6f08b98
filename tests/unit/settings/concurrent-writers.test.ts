import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createSeedlightStore,
  type LockManagerLike,
  type SeedlightStore,
} from '../../../src/settings';

/** One lock manager for the whole extension, as `navigator.locks` is for its pages. */
function fakeLockManager(): LockManagerLike {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request(name, callback) {
      const run = (tails.get(name) ?? Promise.resolve()).then(callback);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

const ROUNDS = 40;
const now = () => 1_700_000_000_000;

/** Two pages (say the popup and the options page) writing at the same moment, `ROUNDS` times each. */
async function hammer(popup: SeedlightStore, options: SeedlightStore): Promise<void> {
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // The same setting from both pages.
    writes.push(popup.settings.update((s) => ({ ...s, deny: [...s.deny, `popup-${i}.example`] })));
    writes.push(
      options.settings.update((s) => ({ ...s, deny: [...s.deny, `options-${i}.example`] })),
    );
    // Different settings, one from each page.
    writes.push(
      popup.settings.update((s) => ({ ...s, disabledSites: [...s.disabledSites, `site-${i}`] })),
    );
    writes.push(options.settings.update((s) => ({ ...s, allow: [...s.allow, `allow-${i}`] })));
  }
  await Promise.all(writes);
}

const expected = (prefix: string) =>
  Array.from({ length: ROUNDS }, (_, i) => `${prefix}-${i}`).sort();

beforeEach(() => {
  fakeBrowser.reset();
});

describe('two pages updating settings at once', () => {
  test.each([
    ['through a shared lock manager', () => fakeLockManager()],
    ['without navigator.locks, in one realm', () => undefined],
  ])('lose no change %s', async (_name, makeLocks) => {
    const locks = makeLocks();
    const popup = createSeedlightStore(now, locks);
    const options = createSeedlightStore(now, locks);
    await hammer(popup, options);
    const settings = await createSeedlightStore(now).settings.getValue();
    expect(settings.deny.filter((p) => p.startsWith('popup')).sort()).toEqual(
      expected('popup')
        .map((p) => `${p}.example`)
        .sort(),
    );
    expect(settings.deny.filter((p) => p.startsWith('options')).sort()).toEqual(
      expected('options')
        .map((p) => `${p}.example`)
        .sort(),
    );
    expect(settings.disabledSites.sort()).toEqual(expected('site'));
    expect(settings.allow.sort()).toEqual(expected('allow'));
  });

  test('one page still applies its own updates in the order made', async () => {
    const store = createSeedlightStore(now, fakeLockManager());
    const writes = ['every', 'first', 'calm', 'first'].map((density) =>
      store.settings.update((s) => ({ ...s, density: density as 'every' | 'first' | 'calm' })),
    );
    await Promise.all(writes);
    expect((await store.settings.getValue()).density).toBe('first');
  });
});
