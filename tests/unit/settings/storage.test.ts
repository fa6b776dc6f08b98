import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearRecovered,
  createSeedlightStore,
  DEFAULT_BRIEFINGS,
  DEFAULT_SETTINGS,
  readRecovered,
  RECOVERED_EXPORT_FORMAT,
  serializeRecovered,
  SETTINGS_VERSION,
  watchRecovered,
  type RecoveredRecord,
  type Settings,
} from '../../../src/settings';
import { makeKb } from './fixtures';

const NOW = 1_700_000_000_000;
const now = () => NOW;

async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings item', () => {
  test('a fresh profile reads the defaults and stores nothing', async () => {
    const store = createSeedlightStore(now);
    expect(await store.settings.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(await store.briefings.getValue()).toEqual(DEFAULT_BRIEFINGS);
    expect(await stored('settings')).toBeUndefined();
    expect(await readRecovered()).toEqual([]);
  });

  test('a written value reads back and carries the current version', async () => {
    const store = createSeedlightStore(now);
    const changed: Settings = { ...DEFAULT_SETTINGS, density: 'first', deny: ['*.example.com'] };
    await store.settings.setValue(changed);
    expect(await createSeedlightStore(now).settings.getValue()).toEqual(changed);
    expect(await stored('settings$')).toEqual({ v: SETTINGS_VERSION });
  });

  test('update applies a change to the stored value', async () => {
    const store = createSeedlightStore(now);
    await store.settings.update((s) => ({ ...s, enabled: false }));
    await store.settings.update((s) => ({ ...s, density: 'first' }));
    expect(await store.settings.getValue()).toMatchObject({ enabled: false, density: 'first' });
  });

  test('an invalid value is refused on write and nothing changes', async () => {
    const store = createSeedlightStore(now);
    const bad = { ...DEFAULT_SETTINGS, shownTypes: ['animal'] } as unknown as Settings;
    await expect(store.settings.setValue(bad)).rejects.toThrow();
    expect(await stored('settings')).toBeUndefined();
  });

  test('watch reports changes made elsewhere', async () => {
    const store = createSeedlightStore(now);
    const seen: boolean[] = [];
    const unwatch = store.settings.watch((s) => seen.push(s.enabled));
    await createSeedlightStore(now).settings.setValue({ ...DEFAULT_SETTINGS, enabled: false });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    unwatch();
    await store.settings.setValue({ ...DEFAULT_SETTINGS, enabled: true });
    await Promise.resolve();
    expect(seen).toEqual([false]);
  });
});

describe('corrupted values', () => {
  test.each([
    ['a string', 'settings', 'garbage'],
    ['a wrong field type', 'settings', { ...DEFAULT_SETTINGS, enabled: 'yes' }],
    ['an unknown style', 'settings', { ...DEFAULT_SETTINGS, highlightStyle: { person: 'blink' } }],
    ['briefings that are not a list', 'briefings', { user: 3, disabledBundled: [] }],
    [
      'a briefing whose knowledge base is invalid',
      'briefings',
      { user: [{ kb: { version: 9 }, enabled: true, addedAt: 1 }], disabledBundled: [] },
    ],
  ])('%s falls back to defaults and keeps the raw value', async (_name, key, raw) => {
    await fakeBrowser.storage.local.set({
      [key]: raw,
      [`${key}$`]: { v: key === 'settings' ? 2 : 1 },
    });
    const store = createSeedlightStore(now);
    const item = key === 'settings' ? store.settings : store.briefings;
    expect(await item.getValue()).toEqual(item.fallback);
    const recovered = await readRecovered();
    expect(recovered).toHaveLength(1);
    expect(recovered[0]).toMatchObject({ key: `local:${key}`, raw, at: NOW });
    expect(recovered[0]?.reason).not.toBe('');
    // The stored value is now the default, so other tabs read it without recovering again.
    expect(await stored(key)).toEqual(item.fallback);
    expect(await item.getValue()).toEqual(item.fallback);
    expect(await readRecovered()).toHaveLength(1);
  });

  test('the same damaged value seen twice is kept once; a different one is added', async () => {
    await fakeBrowser.storage.local.set({ settings: 1 });
    await createSeedlightStore(now).settings.getValue();
    await fakeBrowser.storage.local.set({ settings: 1 });
    await createSeedlightStore(now).settings.getValue();
    await fakeBrowser.storage.local.set({ settings: 2 });
    await createSeedlightStore(now).settings.getValue();
    expect((await readRecovered()).map((r) => r.raw)).toEqual([1, 2]);
  });

  test('a damaged recovered list is kept as a record of its own', async () => {
    await fakeBrowser.storage.local.set({ recovered: 'oops' });
    expect(await readRecovered(now)).toEqual([
      expect.objectContaining({ key: 'local:recovered', raw: 'oops' }),
    ]);
  });

  test('the export holds every raw value; clearing removes the notice', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'maybe' } });
    const store = createSeedlightStore(now);
    const notices: RecoveredRecord[][] = [];
    const unwatch = watchRecovered((records) => notices.push(records));
    await store.settings.getValue();
    const exported = JSON.parse(serializeRecovered(await readRecovered())) as {
      format: string;
      records: RecoveredRecord[];
    };
    expect(exported.format).toBe(RECOVERED_EXPORT_FORMAT);
    expect(exported.records[0]?.raw).toEqual({ enabled: 'maybe' });
    await clearRecovered();
    expect(await readRecovered()).toEqual([]);
    await vi.waitFor(() => expect(notices.at(-1)).toEqual([]));
    expect(notices.some((records) => records.length === 1)).toBe(true);
    unwatch();
  });

  test('a watched change to a damaged value delivers the defaults', async () => {
    const store = createSeedlightStore(now);
    await store.settings.setValue({ ...DEFAULT_SETTINGS, enabled: false });
    const seen: Settings[] = [];
    const unwatch = store.settings.watch((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ settings: { broken: true } });
    await vi.waitFor(() => expect(seen).toContainEqual(DEFAULT_SETTINGS));
    expect((await readRecovered())[0]?.raw).toEqual({ broken: true });
    unwatch();
  });
});

describe('briefings item', () => {
  test('stores a reader briefing with its knowledge base', async () => {
    const store = createSeedlightStore(now);
    const kb = makeKb('my-notes', [{ id: 'ada-lovelace', name: 'Ada Lovelace' }]);
    await store.briefings.setValue({
      user: [{ kb, enabled: true, addedAt: NOW }],
      disabledBundled: [],
    });
    const back = await createSeedlightStore(now).briefings.getValue();
    expect(back.user[0]?.kb).toEqual(kb);
  });
});
