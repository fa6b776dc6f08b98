import * as v from 'valibot';
import { ENTITY_TYPES, KnowledgeBaseSchema, type EntityType } from '../kb/schema';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;

/**
 * How many of an entity's mentions are drawn. Counts and the side panel always report every one.
 * - every: every mention is drawn fully;
 * - calm: an entity's first mention in each section (see annotate/section-of) is drawn fully,
 *   later ones lightly;
 * - first: only each entity's first mention on the page is drawn.
 */
export const DENSITIES = ['every', 'calm', 'first'] as const;
export type Density = (typeof DENSITIES)[number];
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

const HighlightStyleSchema = v.picklist(HIGHLIGHT_STYLES);
const EntityTypeSchema = v.picklist(ENTITY_TYPES);

/** An entity the reader chose not to see highlighted ("Don't highlight this" on its card). */
export const MutedEntitySchema = v.object({
  kbId: v.string(),
  entityId: v.string(),
  /** Its name when muted, to list it even if its briefing is gone. */
  name: v.string(),
});
export type MutedEntity = v.InferOutput<typeof MutedEntitySchema>;

export const SettingsSchema = v.object({
  /** Seedlight on or off everywhere. */
  enabled: v.boolean(),
  /** Host names the reader turned off from the popup. */
  disabledSites: v.array(v.string()),
  /** Site patterns; when any is given, Seedlight runs only on pages matching one. */
  allow: v.array(v.string()),
  /** Site patterns where Seedlight never runs; they win over `allow`. */
  deny: v.array(v.string()),
  highlightStyle: v.object({
    person: HighlightStyleSchema,
    place: HighlightStyleSchema,
    organization: HighlightStyleSchema,
    other: HighlightStyleSchema,
  }),
  density: v.picklist(DENSITIES),
  /** Also highlight the entities that derivation doubted and the reader has not kept. */
  highlightDoubtful: v.boolean(),
  /** Entity types that are highlighted and listed. */
  shownTypes: v.array(EntityTypeSchema),
  /** Entities never highlighted, in the order the reader muted them. */
  muted: v.array(MutedEntitySchema),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  allow: [],
  deny: [],
  highlightStyle: {
    person: 'underline',
    place: 'underline',
    organization: 'underline',
    other: 'underline',
  },
  density: 'calm',
  highlightDoubtful: false,
  shownTypes: [...ENTITY_TYPES],
  muted: [],
};

export const UserBriefingSchema = v.object({
  kb: KnowledgeBaseSchema,
  enabled: v.boolean(),
  /** Milliseconds since the epoch. */
  addedAt: v.number(),
});

export const BriefingsStateSchema = v.pipe(
  v.object({
    /** The reader's own briefings, in the order they were added. */
    user: v.array(UserBriefingSchema),
    /** Ids of bundled knowledge bases the reader turned off. */
    disabledBundled: v.array(v.string()),
  }),
  v.check(
    (state) => new Set(state.user.map((b) => b.kb.id)).size === state.user.length,
    'briefing ids must be unique',
  ),
);

export type UserBriefing = v.InferOutput<typeof UserBriefingSchema>;
export type BriefingsState = v.InferOutput<typeof BriefingsStateSchema>;

export const DEFAULT_BRIEFINGS: BriefingsState = { user: [], disabledBundled: [] };

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}
