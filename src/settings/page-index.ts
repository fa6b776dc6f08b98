import * as v from 'valibot';
import { ENTITY_TYPES, type KnowledgeBase } from '../kb/schema';
import { unifyEntities } from '../kb/unify';
import { toMatchEntity, type MatchEntity } from '../match';
import { activeKnowledgeBases, shownKnowledgeBases, withoutMuted } from './active-knowledge-bases';
import type { BriefingsState, Settings } from './schema';

/** Bumped whenever the index's shape or what goes into it changes; an older index is rebuilt. */
export const PAGE_INDEX_VERSION = 1;

/**
 * The matcher's whole input, built once when briefings or settings change: one entry per
 * (unified) entity with its aliases and related ids, nothing of descriptions, sentences or sources.
 */
export interface PageIndex {
  version: number;
  /** The stamp of the briefings and settings it was built from; see `pageIndexStamp`. */
  stamp: string;
  entities: MatchEntity[];
}

const PageIndexSchema = v.object({
  version: v.literal(PAGE_INDEX_VERSION),
  stamp: v.string(),
  entities: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      type: v.picklist(ENTITY_TYPES),
      aliases: v.array(v.string()),
      related: v.array(v.string()),
    }),
  ),
});

/** FNV-1a over a string, as 8 hex digits: a cheap change detector, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * What the index depends on, hashed: the bundled and the reader's briefings (ids, on or off,
 * when added, their entities' ids, aliases and related ids) and the settings that choose entities.
 */
export function pageIndexStamp(
  bundled: readonly KnowledgeBase[],
  briefings: BriefingsState,
  settings: Settings,
): string {
  const kbKey = (kb: KnowledgeBase) =>
    [kb.id, ...kb.entities.map((e) => `${e.id}:${e.type}:${e.name}:${e.aliases.join('|')}`)].join(
      '\u0001',
    );
  const parts = [
    String(PAGE_INDEX_VERSION),
    ...bundled.map(kbKey),
    briefings.disabledBundled.join('|'),
    ...briefings.user.map((b) => `${String(b.enabled)}:${String(b.addedAt)}:${kbKey(b.kb)}`),
    JSON.stringify([settings.muted, settings.shownTypes, settings.highlightDoubtful]),
  ];
  return fnv1a(parts.join('\u0002'));
}

/** Builds the index from the briefings and settings (every site's, before per-site rules). */
export function buildPageIndex(
  bundled: readonly KnowledgeBase[],
  briefings: BriefingsState,
  settings: Settings,
): PageIndex {
  const active = activeKnowledgeBases(bundled, briefings, {
    highlightDoubtful: settings.highlightDoubtful,
  });
  const kbs = shownKnowledgeBases(withoutMuted(active, settings.muted), settings.shownTypes);
  return {
    version: PAGE_INDEX_VERSION,
    stamp: pageIndexStamp(bundled, briefings, settings),
    entities: unifyEntities(kbs).map((entity) => {
      const { id, name, type, aliases, related } = toMatchEntity(entity);
      return { id, name, type, aliases: [...aliases], related: [...related] };
    }),
  };
}

/**
 * A stored index, if it is well formed, of this version and built from the state whose stamp
 * is `stamp`; null otherwise, and the caller rebuilds it from the briefings.
 */
export function readPageIndex(raw: unknown, stamp: string): PageIndex | null {
  const parsed = v.safeParse(PageIndexSchema, raw);
  if (!parsed.success || parsed.output.stamp !== stamp) return null;
  return parsed.output;
}
