import type { KnowledgeBase } from '../kb/schema';
import type { BriefingsState, MutedEntity, Settings } from './schema';

export interface ActiveKnowledgeBasesOptions {
  /**
   * Whether the reader's entities that derivation doubted (and the reader has not kept) are
   * highlighted. Bundled briefings were reviewed by the project and are exempt. Default true.
   */
  highlightDoubtful?: boolean;
}

/** The knowledge base with only the entities `keep` accepts; the same object if it keeps them all. */
function keepEntities(
  kb: KnowledgeBase,
  keep: (entity: KnowledgeBase['entities'][number]) => boolean,
): KnowledgeBase {
  const entities = kb.entities.filter(keep);
  return entities.length === kb.entities.length ? kb : { ...kb, entities };
}

/** One key per (briefing, entity) pair, as the muted list names them. */
function entityKey(kbId: string, entityId: string): string {
  return `${kbId}\u0000${entityId}`;
}

function mutedKeys(muted: readonly MutedEntity[]): Set<string> {
  return new Set(muted.map((m) => entityKey(m.kbId, m.entityId)));
}

/** A knowledge base without the entities derivation doubted; relations to them are kept. */
export function withoutDoubtful(kb: KnowledgeBase): KnowledgeBase {
  return keepEntities(kb, (e) => (e.evidence?.doubts.length ?? 0) === 0);
}

/** The knowledge bases that are on: bundled ones not turned off, then the reader's enabled ones. */
export function activeKnowledgeBases(
  bundled: readonly KnowledgeBase[],
  state: BriefingsState,
  options: ActiveKnowledgeBasesOptions = {},
): KnowledgeBase[] {
  const off = new Set(state.disabledBundled);
  const own = state.user.filter((b) => b.enabled).map((b) => b.kb);
  return [
    ...bundled.filter((kb) => !off.has(kb.id)),
    ...(options.highlightDoubtful === false ? own.map(withoutDoubtful) : own),
  ];
}

/** The knowledge bases without the entities the reader muted; relations to them are kept. */
export function withoutMuted(
  kbs: readonly KnowledgeBase[],
  muted: readonly MutedEntity[],
): KnowledgeBase[] {
  if (muted.length === 0) return [...kbs];
  const keys = mutedKeys(muted);
  return kbs.map((kb) => keepEntities(kb, (e) => !keys.has(entityKey(kb.id, e.id))));
}

/** The knowledge bases reduced to the entities the reader muted (those with any left). */
export function onlyMuted(
  kbs: readonly KnowledgeBase[],
  muted: readonly MutedEntity[],
): KnowledgeBase[] {
  const keys = mutedKeys(muted);
  return kbs
    .map((kb) => keepEntities(kb, (e) => keys.has(entityKey(kb.id, e.id))))
    .filter((kb) => kb.entities.length > 0);
}

/**
 * The knowledge bases reduced to the entity types the reader shows. Related ids to hidden
 * entities are kept: they still count as evidence for weak mentions.
 */
export function shownKnowledgeBases(
  kbs: readonly KnowledgeBase[],
  shownTypes: Settings['shownTypes'],
): KnowledgeBase[] {
  const shown = new Set(shownTypes);
  return kbs.map((kb) => keepEntities(kb, (e) => shown.has(e.type)));
}

/** The briefings' share a page gets, whatever the site: shown entities, and the muted apart. */
export interface SelectedKnowledgeBases {
  /** Active knowledge bases, reduced to the shown entity types and without muted entities. */
  knowledgeBases: KnowledgeBase[];
  /** The muted entities of the active knowledge bases, never highlighted: only so the popup can
   * say which of them this page names. */
  mutedKnowledgeBases: KnowledgeBase[];
}

/** Which entities pages get from these briefings and settings (the page index is built from it). */
export function selectKnowledgeBases(
  settings: Settings,
  briefings: BriefingsState,
  bundled: readonly KnowledgeBase[],
): SelectedKnowledgeBases {
  const active = activeKnowledgeBases(bundled, briefings, {
    highlightDoubtful: settings.highlightDoubtful,
  });
  return {
    knowledgeBases: shownKnowledgeBases(withoutMuted(active, settings.muted), settings.shownTypes),
    mutedKnowledgeBases: onlyMuted(active, settings.muted),
  };
}
