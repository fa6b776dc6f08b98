import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSeedlightStore, isSiteEnabled, toggleSeedlight } from '../../../src/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

test('the on/off command turns Seedlight off everywhere, then on again', async () => {
  const store = createSeedlightStore();
  const page = 'https://news.example.com/';
  expect(await toggleSeedlight(store)).toBe(false);
  expect(isSiteEnabled(await createSeedlightStore().settings.getValue(), page)).toBe(false);
  expect(await toggleSeedlight(store)).toBe(true);
  expect(isSiteEnabled(await createSeedlightStore().settings.getValue(), page)).toBe(true);
});
