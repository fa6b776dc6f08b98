import type { Span } from '../match/types';

/** Blocks longer than this are matched in chunks, so that no single matcher call runs long. */
export const CHUNK_SIZE = 65_536;
/** Chunks overlap by more than any alias is long, so a mention cut by one chunk is whole in the next. */
export const CHUNK_OVERLAP = 512;

/** A block's text as the matcher sees it: whitespace runs read as one space, as a browser draws them. */
export interface CollapsedText {
  text: string;
  /** Maps an offset into `text` back to an offset into the raw text. */
  toRaw(offset: number): number;
}

export function collapseWhitespace(raw: string): CollapsedText {
  const pieces: string[] = [];
  // For each run longer than one character: where its space sits in `text`, and the total shift after it.
  const runAt: number[] = [];
  const shiftAfter: number[] = [];
  let shift = 0;
  let last = 0;
  for (const match of raw.matchAll(/\s+/g)) {
    const run = match[0];
    if (run === ' ') continue;
    pieces.push(raw.slice(last, match.index), ' ');
    last = match.index + run.length;
    if (run.length > 1) {
      shift += run.length - 1;
      runAt.push(match.index - shift + run.length - 1);
      shiftAfter.push(shift);
    }
  }
  if (last === 0) return { text: raw, toRaw: (offset) => offset };
  pieces.push(raw.slice(last));
  return {
    text: pieces.join(''),
    toRaw(offset) {
      let low = 0;
      let high = runAt.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((runAt[mid] ?? 0) < offset) low = mid + 1;
        else high = mid;
      }
      return offset + (low === 0 ? 0 : (shiftAfter[low - 1] ?? 0));
    },
  };
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
}

/** The last whitespace at or before `at` and after `floor`, else `at` itself. */
function cutBefore(raw: string, at: number, floor: number): number {
  for (let i = at; i > floor; i--) if (isSpace(raw.charCodeAt(i))) return i;
  return at;
}

/** `[start, end)` chunks of `raw`, cut at whitespace, each overlapping the next by about `overlap`. */
export function chunkBounds(
  raw: string,
  size: number = CHUNK_SIZE,
  overlap: number = CHUNK_OVERLAP,
): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  while (raw.length - start > size) {
    const end = cutBefore(raw, start + size, start + 2 * overlap);
    bounds.push([start, end]);
    start = cutBefore(raw, end - overlap, start);
  }
  bounds.push([start, raw.length]);
  return bounds;
}

/**
 * Spans of a block's raw text, in raw offsets, at most `limit` of them. Yields between chunks so
 * the caller can pause; a mention seen by two overlapping chunks is kept once.
 */
export function* matchBlockText(
  raw: string,
  findSpans: (text: string) => Span[],
  limit: number = Infinity,
  size: number = CHUNK_SIZE,
  overlap: number = CHUNK_OVERLAP,
): Generator<void, Span[]> {
  const spans: Span[] = [];
  const bounds = chunkBounds(raw, size, overlap);
  let lastEnd = 0;
  for (const [index, [start, end]] of bounds.entries()) {
    const next = bounds[index + 1]?.[0] ?? Infinity;
    const collapsed = collapseWhitespace(raw.slice(start, end));
    for (const span of findSpans(collapsed.text)) {
      const rawStart = start + collapsed.toRaw(span.start);
      if (rawStart >= next) break;
      if (rawStart < lastEnd) continue;
      const rawEnd = start + collapsed.toRaw(span.end);
      spans.push({ ...span, start: rawStart, end: rawEnd });
      lastEnd = rawEnd;
      if (spans.length >= limit) return spans;
    }
    if (index < bounds.length - 1) yield;
  }
  return spans;
}
