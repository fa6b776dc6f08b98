import type { PageMention } from '../annotate/types';

/**
 * Whether two mentions are of the same entity over the same range boundaries, i.e. stand for the
 * same place on the page: the annotator may hand out fresh objects after it re-scans, so identity
 * alone is not enough.
 */
export function sameEntityAndRange(a: PageMention | null, b: PageMention | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.entityId === b.entityId &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}
