import type { KnowledgeBase } from '../kb/schema';
import type { BriefingsState, Settings } from './schema';

/** The knowledge bases that are on: bundled ones not turned off, then the reader's enabled ones. */
export function activeKnowledgeBases(
  bundled: readonly KnowledgeBase[],
  state: BriefingsState,
): KnowledgeBase[] {
  const off = new Set(state.disabledBundled);
  return [
    ...bundled.filter((kb) => !off.has(kb.id)),
    ...state.user.filter((b) => b.enabled).map((b) => b.kb),
  ];
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
