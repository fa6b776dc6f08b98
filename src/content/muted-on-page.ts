import { compileMatcher } from '../match';
import type { MutedItem } from '../protocol';
import type { MutedMatch } from '../settings/page-index';

/**
 * Which muted entities a page's text names, and how often: matched as if they were shown (each
 * briefing's on its own), but only when the popup asks, since nothing of them is drawn.
 */
export function mutedOnPage(text: string, muted: readonly MutedMatch[]): MutedItem[] {
  const byKb = new Map<string, MutedMatch[]>();
  for (const entity of muted) {
    const list = byKb.get(entity.kbId);
    if (list) list.push(entity);
    else byKb.set(entity.kbId, [entity]);
  }
  const found: MutedItem[] = [];
  for (const [kbId, entities] of byKb) {
    const counts = new Map<string, number>();
    const matcher = compileMatcher(
      entities.map(({ entityId, name, type, aliases }) => ({
        id: entityId,
        name,
        type,
        aliases,
        related: [],
      })),
    );
    for (const span of matcher.findSpans(text)) {
      counts.set(span.entityId, (counts.get(span.entityId) ?? 0) + 1);
    }
    for (const { entityId, name } of entities) {
      const count = counts.get(entityId);
      if (count) found.push({ kbId, entityId, name, count });
    }
  }
  return found;
}
