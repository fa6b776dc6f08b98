import * as v from 'valibot';
import { migrateKnowledgeBase } from '../kb/migrate';
import { ENTITY_TYPES } from '../kb/schema';

/** The settings item's current version; bump it and add a migration when the shape changes. */
export const SETTINGS_VERSION = 4;
export const BRIEFINGS_VERSION = 2;

const SettingsV1Schema = v.object({
  enabled: v.boolean(),
  highlightStyle: v.picklist(['underline', 'background']),
  disabledSites: v.optional(v.array(v.string()), []),
});

/**
 * Version 1 (the first draft) held one highlight style for every type and no site patterns:
 * `{ enabled, highlightStyle: 'underline' | 'background', disabledSites }`.
 * A value that is not of that shape is left as it was, so it is recovered unchanged.
 */
export function migrateSettingsV1toV2(old: unknown): unknown {
  const parsed = v.safeParse(SettingsV1Schema, old);
  if (!parsed.success) return old;
  const { enabled, highlightStyle, disabledSites } = parsed.output;
  return {
    enabled,
    disabledSites,
    allow: [],
    deny: [],
    highlightStyle: Object.fromEntries(ENTITY_TYPES.map((type) => [type, highlightStyle])),
    firstOnly: false,
    shownTypes: [...ENTITY_TYPES],
  };
}

/**
 * Version 2 had a `firstOnly` switch; version 3 has a `density` (first only, or the calm default)
 * and `highlightDoubtful`, off. A value that is not of version 2's shape is left as it was.
 */
export function migrateSettingsV2toV3(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || !('firstOnly' in old)) return old;
  const { firstOnly, ...rest } = old as { firstOnly: unknown };
  if (typeof firstOnly !== 'boolean') return old;
  return { ...rest, density: firstOnly ? 'first' : 'calm', highlightDoubtful: false };
}

/**
 * Version 4 adds the list of muted entities, empty. A value without version 3's `density` is
 * left as it was, so it is recovered unchanged.
 */
export function migrateSettingsV3toV4(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || !('density' in old) || 'muted' in old) return old;
  return { ...old, muted: [] };
}

export const settingsMigrations: Record<number, (old: unknown) => unknown> = {
  2: migrateSettingsV1toV2,
  3: migrateSettingsV2toV3,
  4: migrateSettingsV3toV4,
};

/**
 * Version 1 stored knowledge bases of format 1; version 2 stores format 2 (entities may carry
 * `evidence`). Each stored knowledge base is migrated; anything not of the expected shape is
 * left as it was, so it is recovered unchanged.
 */
export function migrateBriefingsV1toV2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || !('user' in old) || !Array.isArray(old.user)) {
    return old;
  }
  const user = (old.user as unknown[]).map((item) =>
    typeof item === 'object' && item !== null && 'kb' in item
      ? { ...item, kb: migrateKnowledgeBase(item.kb) }
      : item,
  );
  return { ...old, user };
}

export const briefingsMigrations: Record<number, (old: unknown) => unknown> = {
  2: migrateBriefingsV1toV2,
};
