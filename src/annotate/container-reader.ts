import type { Matcher, Span } from '../match/types';
import { scanContainer } from './block-scan';
import { CHUNK_SIZE, matchBlockText, matchTogether } from './text-matching';
import { isSegmentCurrent, locateSpans } from './mention-ranges';
import type { MentionStore } from './mention-store';
import { isRendered, isShadowRoot } from './node-rules';
import { PAUSE } from './page-walk';
import { createSpanVisibility } from './span-visibility';
import type { Container, ContainerScan, EntityIndex, FoundMention, WalkedSegment } from './types';

/**
 * Most mentions highlighted in one container: past a few hundred, ranges cost the browser far
 * more to paint (quadratic in one text node) than they help a reader.
 */
export const MAX_MENTIONS_PER_CONTAINER = 200;

/** Segments, and characters, matched in one matcher call between two pauses. */
const SEGMENTS_PER_STEP = 32;
const CHARS_PER_STEP = 32_768;

/** Where segments come from: a page walk, or one container's scan. */
export type SegmentSource = () => WalkedSegment | typeof PAUSE | null;

function hostOf(container: Container): Element {
  return isShadowRoot(container) ? container.host : container;
}

/**
 * The one way text becomes stored mentions, for the first pass and for every re-read after a
 * change. Each segment's spans are located in the DOM and kept when its container is rendered,
 * the text under the span is visible and the segment still holds the text that was matched; a
 * container keeps at most `MAX_MENTIONS_PER_CONTAINER`. A container's record is replaced before
 * each pause, so the store never holds text the page has changed since: a later change reaches
 * the observer and is read again.
 *
 * One reader serves one pass (its answers about rendering are cached for that pass only).
 */
export class ContainerReader {
  private readonly found = new Map<Container, FoundMention[]>();
  private readonly rendered = new Map<Container, boolean>();
  private readonly visibility = new Map<Container, (nodes: readonly Text[]) => boolean>();
  /** Containers read since the last save: each one's record is rewritten, emptied or not. */
  private readonly changed = new Set<Container>();
  private readonly batch: WalkedSegment[] = [];
  private batchChars = 0;
  private readonly findSpans: (text: string) => Span[];

  constructor(
    private readonly store: MentionStore,
    matcher: Matcher,
    private readonly entities: EntityIndex,
  ) {
    this.findSpans = (text) => matcher.findSpans(text);
  }

  /** The containers given mentions by this reader. */
  containers(): Set<Container> {
    return new Set(this.found.keys());
  }

  /** Whether a container is rendered (asked of the browser once per pass). */
  isShown(container: Container): boolean {
    let shown = this.rendered.get(container);
    if (shown === undefined) {
      shown = isRendered(hostOf(container));
      this.rendered.set(container, shown);
    }
    return shown;
  }

  /**
   * Reads every segment `next` gives, pausing where it pauses. Short segments are matched a
   * batch at a time, in one matcher call (fewer, longer scans); a long one in chunks.
   */
  *read(next: SegmentSource): Generator<void> {
    for (let segment = next(); segment !== null; segment = next()) {
      if (segment !== PAUSE) {
        // Saved even without mentions: a record the container had before must go.
        this.changed.add(segment.container);
        if (segment.raw.length <= CHUNK_SIZE) {
          this.batch.push(segment);
          this.batchChars += segment.raw.length;
          if (this.batch.length < SEGMENTS_PER_STEP && this.batchChars < CHARS_PER_STEP) continue;
        }
      }
      this.matchBatch();
      this.save();
      if (segment !== PAUSE && segment.raw.length > CHUNK_SIZE) {
        this.take(segment, yield* matchBlockText(segment.raw, this.findSpans, this.room(segment)));
        this.save();
      }
      yield;
    }
    this.matchBatch();
    this.save();
  }

  /**
   * Reads one container's own text again. Returns its scan (to find the shadow roots and frames
   * inside it), or null when it holds nothing or is hidden; its record is then dropped.
   */
  *readContainer(container: Container): Generator<void, ContainerScan | null> {
    const scan = scanContainer(container);
    const empty = scan.segments.length + scan.nested.length + scan.frames.length === 0;
    // Style queries are the costly part of a scan: ask only when the container holds something.
    if (empty || !this.isShown(container)) {
      this.store.remove(container);
      return null;
    }
    this.changed.add(container);
    const segments = scan.segments.values();
    yield* this.read(() => segments.next().value ?? null);
    return scan;
  }

  private room(segment: WalkedSegment): number {
    return MAX_MENTIONS_PER_CONTAINER - (this.found.get(segment.container)?.length ?? 0);
  }

  private take(segment: WalkedSegment, spans: readonly Span[]): void {
    const { container } = segment;
    const room = this.room(segment);
    if (spans.length === 0 || room <= 0 || !this.isShown(container)) return;
    if (!isSegmentCurrent(segment)) return;
    const mentions = this.found.get(container) ?? [];
    let shown = this.visibility.get(container);
    if (!shown) {
      shown = createSpanVisibility(hostOf(container));
      this.visibility.set(container, shown);
    }
    for (const mention of locateSpans(segment, spans.slice(0, room), this.entities)) {
      if (shown(mention.nodes)) mentions.push(mention);
    }
    this.found.set(container, mentions);
    this.changed.add(container);
  }

  private matchBatch(): void {
    const { batch } = this;
    if (batch.length === 0) return;
    const spans = matchTogether(
      batch.map((segment) => segment.raw),
      this.findSpans,
    );
    for (const [i, segment] of batch.entries()) this.take(segment, spans[i] ?? []);
    batch.length = 0;
    this.batchChars = 0;
  }

  private save(): void {
    for (const container of this.changed) {
      this.store.replace(container, this.found.get(container) ?? []);
    }
    this.changed.clear();
  }
}
