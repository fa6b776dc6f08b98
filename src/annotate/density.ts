import type { DrawingDensity, MentionDrawing } from './types';

/**
 * A drawer for one pass over the page's mentions in page order: called with each mention's
 * entity and the unit it counts in (its section, for 'calm'), it answers how it is drawn.
 */
export function densityDrawer(
  density: DrawingDensity,
): (entityId: string, block: object) => MentionDrawing {
  if (density === 'every') return () => 'full';
  if (density === 'first') {
    const seen = new Set<string>();
    return (entityId) => {
      if (seen.has(entityId)) return 'none';
      seen.add(entityId);
      return 'full';
    };
  }
  const seenIn = new WeakMap<object, Set<string>>();
  return (entityId, block) => {
    let seen = seenIn.get(block);
    if (!seen) {
      seen = new Set();
      seenIn.set(block, seen);
    }
    if (seen.has(entityId)) return 'light';
    seen.add(entityId);
    return 'full';
  };
}
