/** How text is handed to the matcher: long texts in overlapping chunks, many short ones in one call. */

import type { Span } from '../match/types';

/** Blocks longer than this are matched in chunks, so that no single matcher call runs long. */
export const CHUNK_SIZE = 65_536;
/** Chunks overlap by more than any alias is long, so a mention cut by one chunk is whole in the next. */
export const CHUNK_OVERLAP = 512;

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
    // The matcher reads a run of whitespace as one space, as a browser draws it.
    for (const span of findSpans(raw.slice(start, end))) {
      const rawStart = start + span.start;
      if (rawStart >= next) break;
      if (rawStart < lastEnd) continue;
      const rawEnd = start + span.end;
      spans.push({ ...span, start: rawStart, end: rawEnd });
      lastEnd = rawEnd;
      if (spans.length >= limit) return spans;
    }
    if (index < bounds.length - 1) yield;
  }
  return spans;
}

/** Joins texts for one matcher call: a control character no alias holds, so no match spans two. */
const SEPARATOR = '\u0000';

/**
 * The spans of each text, found with one matcher call over all of them joined: a page is
 * thousands of short texts, and one long scan costs less than many short ones.
 */
export function matchTogether(
  texts: readonly string[],
  findSpans: (text: string) => Span[],
): Span[][] {
  const result: Span[][] = texts.map(() => []);
  if (texts.length <= 1) {
    if (texts[0] !== undefined) result[0] = findSpans(texts[0]);
    return result;
  }
  let index = 0;
  let start = 0;
  let end = texts[0]?.length ?? 0;
  for (const span of findSpans(texts.join(SEPARATOR))) {
    while (span.start > end && index < texts.length - 1) {
      index++;
      start = end + 1;
      end = start + (texts[index]?.length ?? 0);
    }
    // Only an alias holding the separator could cross it; such a match is no mention.
    if (span.start < start || span.end > end) continue;
    result[index]?.push({ ...span, start: span.start - start, end: span.end - start });
  }
  return result;
}
