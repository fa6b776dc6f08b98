import type { KnowledgeBase } from '../kb/schema';
import { compileMatcher, toMatchEntities } from '../match';
import type { MutedItem } from '../protocol';

/**
 * Which muted entities a page's text names, and how often: matched as if they were shown, but
 * only when the popup asks, since nothing of them is drawn.
 */
export function mutedOnPage(text: string, kbs: readonly KnowledgeBase[]): MutedItem[] {
  const found: MutedItem[] = [];
  for (const kb of kbs) {
    const counts = new Map<string, number>();
    for (const span of compileMatcher(toMatchEntities([kb])).findSpans(text)) {
      counts.set(span.entityId, (counts.get(span.entityId) ?? 0) + 1);
    }
    for (const entity of kb.entities) {
      const count = counts.get(entity.id);
      if (count) found.push({ kbId: kb.id, entityId: entity.id, name: entity.name, count });
    }
  }
  return found;
}
