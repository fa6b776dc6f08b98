import * as v from 'valibot';
import { ENTITY_TYPES, type EntityType, type KnowledgeBase } from '../kb/schema';
import { unifyEntities, type UnifiedEntity } from '../kb/unify';
import { toMatchEntity, type MatchEntity } from '../match';
import type { CardEntity } from '../popover/card-model';
import { selectKnowledgeBases } from './active-knowledge-bases';
import type { BriefingsState, Settings } from './schema';

/** Bumped whenever the index's shape or what goes into it changes; an older index is rebuilt. */
export const PAGE_INDEX_VERSION = 3;

/** About how many entities' card details one stored bucket holds. */
export const CARD_BUCKET_SIZE = 256;

/** A muted entity as the popup's "muted on this page" list needs it: its names, nothing more. */
export interface MutedMatch {
  kbId: string;
  entityId: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/**
 * What a page loads before its first highlight, built once when briefings or settings change:
 * one entry per (unified) entity with its aliases and related ids. Descriptions, sentences and
 * sources are in the card buckets, read when a card needs them.
 */
export interface PageIndex {
  version: number;
  /** The stamp of the briefings and settings it was built from; see `pageIndexStamp`. */
  stamp: string;
  /** The settings that chose its entities; see `pageIndexSelection`. A page whose settings say
   * otherwise knows the index is stale without reading the briefings. */
  selection: string;
  entities: MatchEntity[];
  /** The reader's muted entities of the active briefings (never highlighted). */
  muted: MutedMatch[];
  /** The bundled briefings' ids: their entities can't be edited. */
  bundledIds: string[];
  /** How many card buckets hold the entities' details; see `cardBucketOf`. */
  buckets: number;
}

/**
 * The index as stored: the entities packed into one string, so the copy out of storage is one
 * string's, not tens of thousands of objects' (the structured clone's cost), and the check a split.
 */
export interface StoredPageIndex extends Omit<PageIndex, 'entities'> {
  /** Entities joined by ENTITY_SEP; fields (id, name, type, aliases, related) by FIELD_SEP;
   * list items by ITEM_SEP. */
  packed: string;
}

const ENTITY_SEP = '\u0002';
const FIELD_SEP = '\u0001';
const ITEM_SEP = '\u0003';
/** The separators, dropped from every packed string (no name holds them; a page never shows them). */
// eslint-disable-next-line no-control-regex -- the separators are control characters on purpose
const SEPARATORS = /[\u0001-\u0003]/g;

/** The card details of a share of the index's entities, by entity id. */
export interface CardBucket {
  stamp: string;
  cards: Record<string, CardEntity>;
}

/** A built index and its card buckets, in bucket order. */
export interface PageIndexBuild {
  index: PageIndex;
  buckets: CardBucket[];
}

const EntityTypeSchema = v.picklist(ENTITY_TYPES);
const StoredPageIndexSchema = v.object({
  version: v.literal(PAGE_INDEX_VERSION),
  stamp: v.string(),
  selection: v.string(),
  packed: v.string(),
  muted: v.array(
    v.object({
      kbId: v.string(),
      entityId: v.string(),
      name: v.string(),
      type: EntityTypeSchema,
      aliases: v.array(v.string()),
    }),
  ),
  bundledIds: v.array(v.string()),
  buckets: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/**
 * A bucket is checked only for its frame: it is read from the same build as the index (its
 * stamp says so), and a card draws nothing of a field that is missing.
 */
const CardBucketSchema = v.object({
  stamp: v.string(),
  cards: v.record(
    v.string(),
    v.looseObject({
      id: v.string(),
      kbId: v.string(),
      name: v.string(),
      type: EntityTypeSchema,
      aliases: v.array(v.string()),
      sentences: v.array(v.looseObject({ source: v.string(), text: v.string() })),
      related: v.array(v.looseObject({ id: v.string(), weight: v.number() })),
    }),
  ),
});

/** FNV-1a over a string, as an unsigned 32-bit number: a cheap hash, not a security measure. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Which of `buckets` card buckets holds the entity `entityId`. */
export function cardBucketOf(entityId: string, buckets: number): number {
  return fnv1a(entityId) % Math.max(1, buckets);
}

/** The settings that decide which entities the index holds, as one comparable string. */
export function pageIndexSelection(settings: Settings): string {
  return JSON.stringify([settings.muted, settings.shownTypes, settings.highlightDoubtful]);
}

/**
 * What the index depends on, hashed: the bundled and the reader's briefings, whole (an edited
 * description or a kept doubt changes a card), and the settings that choose entities.
 */
export function pageIndexStamp(
  bundled: readonly KnowledgeBase[],
  briefings: BriefingsState,
  settings: Settings,
): string {
  const state = JSON.stringify([
    PAGE_INDEX_VERSION,
    bundled,
    briefings,
    pageIndexSelection(settings),
  ]);
  return fnv1a(state).toString(16).padStart(8, '0');
}

/** A unified entity as its card needs it: one briefing's section is the entity itself. */
function cardOf(entity: UnifiedEntity): CardEntity {
  const { sections, conflicts, ...own } = entity;
  const single = sections.length === 1 && sections[0]?.entity.id === entity.id;
  return {
    ...own,
    ...(single ? {} : { sections: [...sections] }),
    ...(conflicts.types.length > 1 ? { conflicts: { types: [...conflicts.types] } } : {}),
  };
}

/** Builds the index and its card buckets from the briefings and settings (before per-site rules). */
export function buildPageIndex(
  bundled: readonly KnowledgeBase[],
  briefings: BriefingsState,
  settings: Settings,
): PageIndexBuild {
  const { knowledgeBases, mutedKnowledgeBases } = selectKnowledgeBases(
    settings,
    briefings,
    bundled,
  );
  const unified = unifyEntities(knowledgeBases);
  const stamp = pageIndexStamp(bundled, briefings, settings);
  const count = Math.max(1, Math.ceil(unified.length / CARD_BUCKET_SIZE));
  const buckets: CardBucket[] = Array.from({ length: count }, () => ({ stamp, cards: {} }));
  for (const entity of unified) {
    const bucket = buckets[cardBucketOf(entity.id, count)] as CardBucket;
    bucket.cards[entity.id] = cardOf(entity);
  }
  return {
    index: {
      version: PAGE_INDEX_VERSION,
      stamp,
      selection: pageIndexSelection(settings),
      entities: unified.map((entity) => {
        const { id, name, type, aliases, related } = toMatchEntity(entity);
        return { id, name, type, aliases: [...aliases], related: [...related] };
      }),
      muted: mutedKnowledgeBases.flatMap((kb) =>
        kb.entities.map((e) => ({
          kbId: kb.id,
          entityId: e.id,
          name: e.name,
          type: e.type,
          aliases: [...e.aliases],
        })),
      ),
      bundledIds: bundled.map((kb) => kb.id),
      buckets: count,
    },
    buckets,
  };
}

/** The index as it is stored (see StoredPageIndex). */
export function packPageIndex(index: PageIndex): StoredPageIndex {
  const { entities, ...rest } = index;
  const clean = (text: string) => text.replace(SEPARATORS, '');
  const list = (items: readonly string[]) => items.map(clean).join(ITEM_SEP);
  const packed = entities
    // A name of nothing but separators names nothing a page can show.
    .filter((e) => clean(e.id) !== '' && clean(e.name) !== '')
    .map((e) =>
      [clean(e.id), clean(e.name), e.type, list(e.aliases), list(e.related)].join(FIELD_SEP),
    )
    .join(ENTITY_SEP);
  return { ...rest, packed };
}

const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);

function unpackEntities(packed: string): MatchEntity[] | null {
  if (packed === '') return [];
  const entities: MatchEntity[] = [];
  const items = (field: string) => (field === '' ? [] : field.split(ITEM_SEP));
  for (const record of packed.split(ENTITY_SEP)) {
    const [id, name, type, aliases, related, extra] = record.split(FIELD_SEP);
    if (extra !== undefined || related === undefined || !id || !name) return null;
    if (!TYPES.has(type ?? '')) return null;
    entities.push({
      id,
      name,
      type: type as EntityType,
      aliases: items(aliases ?? ''),
      related: items(related),
    });
  }
  return entities;
}

/**
 * A stored index if it is well formed and of this version (and, given `stamp`, built from the
 * state whose stamp that is); null otherwise, and it is rebuilt from the briefings.
 */
export function readPageIndex(raw: unknown, stamp?: string): PageIndex | null {
  const parsed = v.safeParse(StoredPageIndexSchema, raw);
  if (!parsed.success || (stamp !== undefined && parsed.output.stamp !== stamp)) return null;
  const { packed, ...rest } = parsed.output;
  const entities = unpackEntities(packed);
  return entities ? { ...rest, entities } : null;
}

/** A stored card bucket if it is well formed and of the build whose stamp is `stamp`; else null. */
export function readCardBucket(raw: unknown, stamp: string): CardBucket | null {
  const parsed = v.safeParse(CardBucketSchema, raw);
  if (!parsed.success || parsed.output.stamp !== stamp) return null;
  return parsed.output as CardBucket;
}
