import type { KnowledgeBase } from '../kb/schema';
import type { BriefingsState, MutedEntity, Settings } from './schema';

export interface ActiveKnowledgeBasesOptions {
  /**
   * Whether the reader's entities that derivation doubted (and the reader has not kept) are
   * highlighted. Bundled briefings were reviewed by the project and are exempt. Default true.
   */
  highlightDoubtful?: boolean;
}

/** A knowledge base without the entities derivation doubted; relations to them are kept. */
export function withoutDoubtful(kb: KnowledgeBase): KnowledgeBase {
  const entities = kb.entities.filter((e) => (e.evidence?.doubts.length ?? 0) === 0);
  return entities.length === kb.entities.length ? kb : { ...kb, entities };
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
  const keys = new Set(muted.map((m) => `${m.kbId}\u0000${m.entityId}`));
  return kbs.map((kb) => {
    const entities = kb.entities.filter((e) => !keys.has(`${kb.id}\u0000${e.id}`));
    return entities.length === kb.entities.length ? kb : { ...kb, entities };
  });
}

/** The knowledge bases reduced to the entities the reader muted (those with any left). */
export function onlyMuted(
  kbs: readonly KnowledgeBase[],
  muted: readonly MutedEntity[],
): KnowledgeBase[] {
  const keys = new Set(muted.map((m) => `${m.kbId}\u0000${m.entityId}`));
  return kbs
    .map((kb) => ({
      ...kb,
      entities: kb.entities.filter((e) => keys.has(`${kb.id}\u0000${e.id}`)),
    }))
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
  return kbs.map((kb) => ({ ...kb, entities: kb.entities.filter((e) => shown.has(e.type)) }));
}
