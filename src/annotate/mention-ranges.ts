import type { Span } from '../match/types';
import type { EntityIndex, FoundMention, TextSegment } from './types';

/** The index of the last node of `segment` starting at or before `offset` (strictly before when `end`). */
function nodeIndexAt(segment: TextSegment, offset: number, end: boolean): number {
  const { starts } = segment;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = starts[mid] ?? 0;
    if (end ? start < offset : start <= offset) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low - 1);
}

/** Whether the segment's nodes still hold the text they held when it was read. */
export function isSegmentCurrent(segment: TextSegment): boolean {
  return segment.nodes.every((node, i) => node.isConnected && node.data === segment.pieces[i]);
}

/**
 * Turns spans over a segment's text into DOM positions: each mention starts in the node holding
 * its first character and ends in the node holding its last, crossing inline elements between.
 */
export function locateSpans(
  segment: TextSegment,
  spans: readonly Span[],
  entities: EntityIndex,
): FoundMention[] {
  const found: FoundMention[] = [];
  for (const span of spans) {
    const entity = entities.get(span.entityId);
    if (!entity || span.end <= span.start || span.end > segment.raw.length) continue;
    const first = nodeIndexAt(segment, span.start, false);
    const last = nodeIndexAt(segment, span.end, true);
    const nodes = segment.nodes.slice(first, last + 1);
    const startNode = segment.nodes[first];
    const endNode = segment.nodes[last];
    if (!startNode || !endNode) continue;
    found.push({
      entityId: span.entityId,
      name: entity.name,
      type: entity.type,
      weak: span.weak,
      text: segment.raw.slice(span.start, span.end),
      startNode,
      startOffset: span.start - (segment.starts[first] ?? 0),
      endNode,
      endOffset: span.end - (segment.starts[last] ?? 0),
      nodes,
    });
  }
  return found;
}
