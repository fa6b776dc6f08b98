import type { LockManagerLike } from './exclusive';
import { defineGuardedItem, type GuardedItem } from './guarded-item';
import {
  BRIEFINGS_VERSION,
  briefingsMigrations,
  SETTINGS_VERSION,
  settingsMigrations,
} from './migrations';
import {
  BriefingsStateSchema,
  DEFAULT_BRIEFINGS,
  DEFAULT_SETTINGS,
  SettingsSchema,
  type BriefingsState,
  type Settings,
} from './schema';

export interface SeedlightStore {
  settings: GuardedItem<Settings>;
  briefings: GuardedItem<BriefingsState>;
}

/**
 * Defines the storage items. WXT runs migrations when an item is defined, so call this once per
 * context (at startup, inside `main()`), and again after `fakeBrowser.reset()` in tests.
 */
export function createSeedlightStore(
  now: () => number = Date.now,
  locks?: LockManagerLike,
): SeedlightStore {
  return { settings: defineSettingsItem(now, locks), briefings: defineBriefingsItem(now, locks) };
}

/** The settings item alone, for a context that never reads the briefings (the content script). */
export function defineSettingsItem(
  now: () => number = Date.now,
  locks?: LockManagerLike,
): GuardedItem<Settings> {
  return defineGuardedItem({
    key: 'local:settings',
    schema: SettingsSchema,
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: settingsMigrations,
    now,
    ...(locks === undefined ? {} : { locks }),
  });
}

function defineBriefingsItem(
  now: () => number,
  locks?: LockManagerLike,
): GuardedItem<BriefingsState> {
  return defineGuardedItem({
    key: 'local:briefings',
    schema: BriefingsStateSchema,
    fallback: DEFAULT_BRIEFINGS,
    version: BRIEFINGS_VERSION,
    migrations: briefingsMigrations,
    now,
    ...(locks === undefined ? {} : { locks }),
  });
}
