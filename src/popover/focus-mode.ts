import type { HighlightSink } from '../annotate';
import { sentenceAround } from '../match/sentence-bounds';
import { rangeOf, textAround, type BlockCache } from './page-text';

/** The highlight that fades the page around the focused sentences (see focus-mode.css). */
export const DIM_HIGHLIGHT = 'seedlight-dim';

/** One entity's sentences lit, the rest of the page faded; the DOM is never touched. */
export interface FocusMode {
  /**
   * Fades the page but the sentences of `ranges` (one entity's mentions); answers how many stay
   * lit. With none (every mention out of reach) nothing is faded and the mode stays as it was.
   */
  enter(entityId: string, ranges: readonly Range[]): number;
  /** Takes the fading down, leaving no highlight behind. */
  leave(): void;
  /** The focused entity, or null. */
  entityId(): string | null;
}

export interface FocusModeOptions {
  doc: Document;
  /** Where the fading is drawn: its own sink, so leaving clears only it. */
  sink: HighlightSink;
}

/**
 * The sentences around `ranges`, in document order, those that overlap joined. Mentions in
 * shadow roots or frames are left out: a range of the page cannot reach into them.
 */
export function sentenceRanges(doc: Document, ranges: readonly Range[]): Range[] {
  const cache: BlockCache = new Map();
  const sentences: Range[] = [];
  for (const range of ranges) {
    if (range.startContainer.getRootNode() !== doc) continue;
    const around = textAround(range, cache);
    if (!around) continue;
    const bounds = sentenceAround(around.block.text, around);
    const sentence = rangeOf(around.block, bounds.start, bounds.end);
    if (sentence) sentences.push(sentence);
  }
  sentences.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const joined: Range[] = [];
  for (const sentence of sentences) {
    const last = joined.at(-1);
    if (last && sentence.compareBoundaryPoints(Range.START_TO_END, last) <= 0) {
      if (sentence.compareBoundaryPoints(Range.END_TO_END, last) > 0) {
        last.setEnd(sentence.endContainer, sentence.endOffset);
      }
    } else joined.push(sentence);
  }
  return joined;
}

/** The ranges of the page between `lit` (in document order): what focus mode fades. */
export function rangesBetween(doc: Document, lit: readonly Range[]): Range[] {
  const root = doc.body ?? doc.documentElement;
  const between: Range[] = [];
  let from: { node: Node; offset: number } = { node: root, offset: 0 };
  for (const range of [...lit, null]) {
    const gap = doc.createRange();
    gap.setStart(from.node, from.offset);
    if (range) gap.setEnd(range.startContainer, range.startOffset);
    else gap.setEnd(root, root.childNodes.length);
    if (!gap.collapsed) between.push(gap);
    if (range) from = { node: range.endContainer, offset: range.endOffset };
  }
  return between;
}

export function createFocusMode(options: FocusModeOptions): FocusMode {
  const { doc, sink } = options;
  let focused: string | null = null;

  return {
    enter(entityId, ranges) {
      const lit = sentenceRanges(doc, ranges);
      if (lit.length === 0) return 0;
      sink.set(DIM_HIGHLIGHT, rangesBetween(doc, lit));
      focused = entityId;
      return lit.length;
    },
    leave() {
      if (focused === null) return;
      focused = null;
      sink.clear();
    },
    entityId: () => focused,
  };
}
