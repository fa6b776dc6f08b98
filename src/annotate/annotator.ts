import type { EntityType } from '../kb/schema';
import { ENTITY_TYPES } from '../kb/schema';
import type { Matcher, Span } from '../match/types';
import {
  containerOf,
  isShadowRoot,
  scanContainer,
  type Container,
  type ContainerScan,
  type TextSegment,
} from './block-scan';
import { CHUNK_SIZE, matchBlockText, matchTogether } from './block-text';
import { createHighlightSink, type HighlightSink } from './highlight-sink';
import { densityDrawer, type DrawingDensity } from './density';
import { sectionKeys } from './section-of';
import {
  ACTIVE_HIGHLIGHT,
  highlightName,
  lightHighlightName,
  type TypeStyle,
} from './highlight-styles';
import { isSegmentCurrent, locateSpans } from './mention-ranges';
import { createSpanVisibility } from './span-visibility';
import { MentionStore, type FoundMention } from './mention-store';
import { MutationQueue, type PendingChanges } from './mutation-queue';
import { isRendered } from './node-rules';
import { PageWalk, PAUSE, type WalkedSegment } from './page-walk';
import { pointIsInRange, textPositionAt } from './point-lookup';
import { createScheduler, type Scheduler } from './scheduler';
import type { PageMention } from './types';
import { WorkBudget } from './work-budget';

/** Longest slice of the first pass; the browser runs the page's tasks between slices. */
export const SLICE_BUDGET_MS = 10;
/** Longest piece of mutation-driven work in one animation frame. */
export const FRAME_BUDGET_MS = 8;
/** A first pass that runs longer draws what it has found this often (each redraw costs the browser). */
export const FIRST_PASS_DRAW_INTERVAL_MS = 100;
/**
 * Most mentions highlighted in one container, and on the whole page: past a few thousand, ranges
 * cost the browser far more to paint (quadratic in one text node) than they help a reader.
 */
export const MAX_MENTIONS_PER_CONTAINER = 200;
export const MAX_MENTIONS = 5000;

export interface AnnotatorOptions {
  root: Document;
  matcher: Matcher;
  entities: ReadonlyMap<string, { name: string; type: EntityType }>;
  /** Default: the CSS Custom Highlight API. */
  sink?: HighlightSink;
  /** Default: `performance.now`, `scheduler.postTask` or `setTimeout`, `requestAnimationFrame`. */
  scheduler?: Scheduler;
  /** How each type is drawn; 'both' (tint and underline) where not given. */
  typeStyles?: Partial<Record<EntityType, TypeStyle>>;
  /**
   * How many of each entity's mentions are drawn (default 'every'). Whatever is drawn, every
   * mention is listed by `mentions()`, each with how it is drawn.
   */
  density?: DrawingDensity;
  /** Called after each batch of work that changed the mentions or how they are drawn. */
  onChange?: (mentions: readonly PageMention[]) => void;
}

export interface Annotator {
  /** Runs the first pass (sliced; from the viewport on when the reader has scrolled) and starts observing the page. */
  start(): void;
  /** Disconnects observers, cancels work and clears every highlight. */
  stop(): void;
  /** Resolves once the first full pass is done (or the annotator stopped). */
  ready(): Promise<void>;
  /** Every mention found, drawn or not, in document order. */
  mentions(): readonly PageMention[];
  /** The drawn mention under a viewport point, for hover. */
  mentionAt(x: number, y: number): PageMention | null;
  /** Draws one mention with the `seedlight-active` highlight, or none. */
  setActive(mention: PageMention | null): void;
}

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };
/** Changed nodes resolved to containers between two pauses. */
const TARGETS_PER_STEP = 256;

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Segments, and characters, matched in one matcher call between two pauses of a tree walk. */
const SEGMENTS_PER_STEP = 32;
const CHARS_PER_STEP = 32_768;

/**
 * Where a first pass starts: the block at the top of the viewport when the reader has scrolled
 * past the first screen (a reload keeps the scroll position), else the start of the document.
 */
function viewportStart(doc: Document): Element | null {
  const view = doc.defaultView;
  const scroller = doc.scrollingElement;
  if (!view || !scroller || scroller.scrollTop < view.innerHeight) return null;
  // A quarter down the viewport, clear of most sticky headers.
  const hit = doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 4);
  const container = hit ? containerOf(hit) : null;
  if (!container || isShadowRoot(container)) return null;
  return container === doc.documentElement || container === doc.body ? null : container;
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    return doc?.documentElement && doc.designMode !== 'on' ? doc : null;
  } catch {
    return null;
  }
}

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const typeHighlight = Object.fromEntries(
    ENTITY_TYPES.map((type) => [type, highlightName(type, options.typeStyles?.[type])]),
  ) as Record<EntityType, string>;
  const lightHighlight = Object.fromEntries(
    ENTITY_TYPES.map((type) => [type, lightHighlightName(type)]),
  ) as Record<EntityType, string>;
  const typeHighlights = [...Object.values(typeHighlight), ...Object.values(lightHighlight)];
  const density = options.density ?? 'every';
  const { root: doc, matcher, entities } = options;
  const sink = options.sink ?? createHighlightSink();
  const scheduler = options.scheduler ?? createScheduler(doc.defaultView ?? window);
  const findSpans = (text: string) => matcher.findSpans(text);
  const store = new MentionStore();
  const queue = new MutationQueue();

  let running = false;
  let observer: MutationObserver | null = null;
  let listeners: AbortController | null = null;
  let observed = new WeakSet<Node>();
  /** Same-origin frames and the document each one shows now. */
  const frames = new Map<HTMLIFrameElement, Document>();
  const frameOf = new WeakMap<Document, HTMLIFrameElement>();
  let budget = new WorkBudget(scheduler.now());
  let current: Generator<void> | null = null;
  let firstPassDone = false;
  let cancelRun: (() => void) | null = null;
  let drawnAt = -Infinity;
  /** Every mention published, drawn or not, in page order. */
  let listed: readonly PageMention[] = [];
  let listedSet = new Set<PageMention>();
  let shadowRoots: ShadowRoot[] | null = null;
  const drawn = new Map<string, readonly Range[]>();
  let active: PageMention | null = null;
  let settleReady: () => void = () => undefined;
  let readyPromise = Promise.resolve();

  function observe(root: Document | ShadowRoot): void {
    if (!observer || observed.has(root)) return;
    observed.add(root);
    observer.observe(root, OBSERVED);
  }

  function isDocumentShown(d: Document): boolean {
    if (d === doc) return true;
    const frame = frameOf.get(d);
    return (
      !!frame &&
      frames.get(frame) === d &&
      frame.isConnected &&
      isDocumentShown(frame.ownerDocument)
    );
  }

  function isAlive(container: Container): boolean {
    return container.isConnected && isDocumentShown(container.ownerDocument);
  }

  /** Registers a frame's document (observed, reloaded on navigation); null when not readable. */
  function attachFrame(frame: HTMLIFrameElement): Document | null {
    if (!frames.has(frame) && listeners) {
      frame.addEventListener(
        'load',
        () => {
          const loaded = attachFrame(frame);
          if (loaded) queue.add(loaded.documentElement);
          schedule();
        },
        { signal: listeners.signal },
      );
    }
    const frameDoc = frameDocument(frame);
    if (!frameDoc) {
      frames.delete(frame);
      return null;
    }
    frames.set(frame, frameDoc);
    frameOf.set(frameDoc, frame);
    observe(frameDoc);
    return frameDoc;
  }

  /** Spans of a segment's text, at most `limit`; a long text is matched in chunks, with pauses. */
  function* segmentSpans(segment: TextSegment, limit: number): Generator<void, Span[]> {
    if (segment.raw.length <= CHUNK_SIZE) return matcher.findSpans(segment.raw).slice(0, limit);
    return yield* matchBlockText(segment.raw, findSpans, limit);
  }

  /** Reads and matches one container's own text; returns its scan, or null when it is hidden. */
  function* annotateContainer(container: Container): Generator<void, ContainerScan | null> {
    const element = isShadowRoot(container) ? container.host : container;
    if (isShadowRoot(container)) observe(container);
    const scan = scanContainer(container);
    const empty = scan.segments.length + scan.nested.length + scan.frames.length === 0;
    // Style queries are the costly part of a scan: ask only when the container holds something.
    if (empty || !isRendered(element)) {
      store.remove(container);
      return null;
    }
    const found: FoundMention[] = [];
    const shown = createSpanVisibility(element);
    for (const segment of scan.segments) {
      const spans = yield* segmentSpans(segment, MAX_MENTIONS_PER_CONTAINER - found.length);
      for (const mention of locateSpans(segment, spans, entities)) {
        if (shown(mention.nodes)) found.push(mention);
      }
      yield;
      if (found.length >= MAX_MENTIONS_PER_CONTAINER) break;
    }
    // A segment that changed while we paused is queued again by the observer; skip the stale result.
    if (scan.segments.every(isSegmentCurrent)) store.replace(container, found);
    return scan;
  }

  /**
   * Annotates every container in a tree (and the shadow roots and same-origin frames inside it)
   * in one walk. A container's record is replaced before each pause, so the store never holds
   * text the page has changed since: any later change reaches the observer. Returns the
   * containers that have mentions.
   */
  function* walkTree(
    root: Element | ShadowRoot,
    startAt: Element | null,
  ): Generator<void, Set<Container>> {
    const found = new Map<Container, FoundMention[]>();
    const rendered = new Map<Container, boolean>();
    const spanShown = new Map<Container, (nodes: readonly Text[]) => boolean>();
    const spanIsShown = (container: Container, nodes: readonly Text[]): boolean => {
      let shown = spanShown.get(container);
      if (!shown) {
        shown = createSpanVisibility(isShadowRoot(container) ? container.host : container);
        spanShown.set(container, shown);
      }
      return shown(nodes);
    };
    const changed = new Set<Container>();
    const save = (): void => {
      for (const container of changed) store.replace(container, found.get(container) ?? []);
      changed.clear();
    };
    const isShown = (container: Container): boolean => {
      let shown = rendered.get(container);
      if (shown === undefined) {
        shown = isRendered(isShadowRoot(container) ? container.host : container);
        rendered.set(container, shown);
      }
      return shown;
    };
    const take = (segment: WalkedSegment, spans: readonly Span[]): void => {
      const { container } = segment;
      const mentions = found.get(container) ?? [];
      const room = MAX_MENTIONS_PER_CONTAINER - mentions.length;
      if (spans.length === 0 || room <= 0 || !isShown(container) || !isSegmentCurrent(segment)) {
        return;
      }
      for (const mention of locateSpans(segment, spans.slice(0, room), entities)) {
        if (spanIsShown(container, mention.nodes)) mentions.push(mention);
      }
      found.set(container, mentions);
      changed.add(container);
    };
    // Segments are matched a batch at a time, in one matcher call: fewer, longer scans.
    const batch: WalkedSegment[] = [];
    let batchChars = 0;
    const matchBatch = (): void => {
      const spans = matchTogether(
        batch.map((segment) => segment.raw),
        findSpans,
      );
      for (const [i, segment] of batch.entries()) take(segment, spans[i] ?? []);
      batch.length = 0;
      batchChars = 0;
    };
    const trees: Array<[Element | ShadowRoot, Element | null]> = [[root, startAt]];
    for (const [tree, start] of trees) {
      if (isShadowRoot(tree)) observe(tree);
      const walk = new PageWalk(tree, { startAt: start });
      for (let segment = walk.next(); segment !== null; segment = walk.next()) {
        if (segment !== PAUSE) {
          // Saved even without mentions: a record the container had before must go.
          changed.add(segment.container);
          if (segment.raw.length <= CHUNK_SIZE) {
            batch.push(segment);
            batchChars += segment.raw.length;
            if (batch.length < SEGMENTS_PER_STEP && batchChars < CHARS_PER_STEP) continue;
          }
        }
        matchBatch();
        save();
        if (segment !== PAUSE && segment.raw.length > CHUNK_SIZE) {
          const room = MAX_MENTIONS_PER_CONTAINER - (found.get(segment.container)?.length ?? 0);
          take(segment, yield* segmentSpans(segment, room));
          save();
        }
        yield;
      }
      matchBatch();
      // The page moved the node the walk had stopped at: read everything again later.
      if (walk.lost) queue.requestFull();
      for (const shadowRoot of walk.shadowRoots) trees.push([shadowRoot, null]);
      for (const frame of walk.frames) {
        const frameDoc = attachFrame(frame);
        if (frameDoc) trees.push([frameDoc.documentElement, null]);
      }
    }
    save();
    return new Set(found.keys());
  }

  function* firstPass(): Generator<void> {
    observe(doc);
    if (doc.documentElement) yield* walkTree(doc.documentElement, viewportStart(doc));
  }

  function* fullPass(): Generator<void> {
    if (!doc.documentElement) return;
    const kept = yield* walkTree(doc.documentElement, null);
    store.retain((container) => kept.has(container) && isAlive(container));
  }

  function* annotateAdded(node: Node): Generator<void> {
    if (!node.isConnected || node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.localName === 'iframe') {
      const frameDoc = attachFrame(element as HTMLIFrameElement);
      if (frameDoc) yield* walkTree(frameDoc.documentElement, null);
      return;
    }
    const container = containerOf(element);
    if (!container) return;
    if (container === element) {
      yield* walkTree(element, null);
      return;
    }
    // An inline element: its own text belongs to its container, already queued; look inside it.
    const scan = scanContainer(element);
    for (const nested of scan.nested) yield* walkTree(nested, null);
    for (const frame of scan.frames) {
      const frameDoc = attachFrame(frame);
      if (frameDoc) yield* walkTree(frameDoc.documentElement, null);
    }
  }

  function* batch(changes: PendingChanges): Generator<void> {
    if (changes.removals) {
      for (const [frame, frameDoc] of frames) {
        if (!frame.isConnected || frameDocument(frame) !== frameDoc) frames.delete(frame);
      }
      store.retain(isAlive);
    }
    if (changes.full) yield* fullPass();
    const containers = new Set<Container>();
    let resolved = 0;
    for (const target of changes.targets) {
      const container = containerOf(target);
      if (container && isAlive(container)) containers.add(container);
      if (++resolved % TARGETS_PER_STEP === 0) yield;
    }
    for (const container of containers) {
      const scan = yield* annotateContainer(container);
      yield;
      // A shadow root or a frame may have appeared without any other change to the tree.
      for (const nested of scan?.nested ?? []) {
        if (isShadowRoot(nested) && !observed.has(nested)) yield* walkTree(nested, null);
      }
      for (const frame of scan?.frames ?? []) {
        if (frames.has(frame)) continue;
        const frameDoc = attachFrame(frame);
        if (frameDoc) yield* walkTree(frameDoc.documentElement, null);
      }
    }
    for (const node of changes.added) yield* annotateAdded(node);
  }

  function publish(): void {
    if (!store.changed) return;
    store.changed = false;
    const strong = store.strongEntities();
    const support = new Map<string, boolean>();
    const next: PageMention[] = [];
    const drawingOf = densityDrawer(density);
    const sectionOf = sectionKeys();
    let redrawn = false;
    const ranges = new Map<string, Range[]>(typeHighlights.map((name) => [name, []]));
    for (const { weak, container, page } of store.all()) {
      if (next.length >= MAX_MENTIONS) break;
      if (weak) {
        let supported = support.get(page.entityId);
        if (supported === undefined) {
          supported = matcher.isSupported(page.entityId, strong);
          support.set(page.entityId, supported);
        }
        if (!supported) continue;
      }
      const drawing = drawingOf(
        page.entityId,
        density === 'calm' ? sectionOf(page.range.startContainer) : container,
      );
      if (page.drawn !== drawing) {
        page.drawn = drawing;
        redrawn = true;
      }
      next.push(page);
      if (drawing === 'none') continue;
      const name = drawing === 'full' ? typeHighlight[page.type] : lightHighlight[page.type];
      ranges.get(name)?.push(page.range);
    }
    for (const [name, list] of ranges) {
      if (sameItems(drawn.get(name) ?? [], list)) continue;
      sink.set(name, list);
      drawn.set(name, list);
    }
    if (!redrawn && sameItems(listed, next)) return;
    listed = next;
    listedSet = new Set(next);
    shadowRoots = null;
    if (active && !listedSet.has(active)) setActive(null);
    options.onChange?.(listed);
  }

  function hasWork(): boolean {
    return current !== null || !queue.isEmpty();
  }

  function schedule(): void {
    if (!running || cancelRun || !hasWork()) return;
    if (!firstPassDone) {
      cancelRun = scheduler.postTask(run);
      return;
    }
    const wait = budget.waitFor(scheduler.now());
    cancelRun =
      wait > 0
        ? scheduler.setTimer(() => {
            cancelRun = null;
            schedule();
          }, wait)
        : scheduler.requestFrame(run);
  }

  function run(): void {
    cancelRun = null;
    if (!running) return;
    const capped = firstPassDone;
    const started = scheduler.now();
    const deadline = started + (capped ? FRAME_BUDGET_MS : SLICE_BUDGET_MS);
    do {
      if (!current) {
        if (queue.isEmpty()) break;
        current = batch(queue.take());
      }
      let done: boolean | undefined;
      try {
        done = current.next().done;
      } catch (error) {
        // A failure drops this batch only; it is reported without stopping the annotator.
        done = true;
        queueMicrotask(() => {
          throw error;
        });
      }
      if (done) {
        current = null;
        if (!firstPassDone) {
          firstPassDone = true;
          settleReady();
        }
      }
    } while (scheduler.now() < deadline);
    const now = scheduler.now();
    if (firstPassDone || now - drawnAt >= FIRST_PASS_DRAW_INTERVAL_MS) {
      drawnAt = now;
      publish();
    }
    if (capped) budget.spend(scheduler.now() - started);
    schedule();
  }

  function setActive(mention: PageMention | null): void {
    active = mention && listedSet.has(mention) ? mention : null;
    if (!running && !active) return;
    sink.set(ACTIVE_HIGHLIGHT, active ? [active.range] : []);
  }

  function listedShadowRoots(): ShadowRoot[] {
    if (!shadowRoots) {
      const roots = new Set<ShadowRoot>();
      for (const mention of listed) {
        const root = mention.range.startContainer.getRootNode();
        if (isShadowRoot(root)) roots.add(root);
      }
      shadowRoots = [...roots];
    }
    return shadowRoots;
  }

  return {
    start() {
      if (running) return;
      running = true;
      firstPassDone = false;
      readyPromise = new Promise((resolve) => {
        settleReady = resolve;
      });
      observed = new WeakSet();
      observer = new MutationObserver((records) => {
        queue.push(records);
        schedule();
      });
      listeners = new AbortController();
      // Single-page apps: pushState is invisible to a content script, but back/forward is not.
      const onNavigate = (): void => {
        queue.requestFull();
        schedule();
      };
      doc.defaultView?.addEventListener('popstate', onNavigate, { signal: listeners.signal });
      doc.defaultView?.addEventListener('hashchange', onNavigate, { signal: listeners.signal });
      budget = new WorkBudget(scheduler.now());
      // A pass that ends within the interval draws once, at its end: every redraw costs the browser.
      drawnAt = scheduler.now();
      current = firstPass();
      schedule();
    },
    stop() {
      running = false;
      observer?.disconnect();
      observer = null;
      listeners?.abort();
      listeners = null;
      cancelRun?.();
      cancelRun = null;
      current = null;
      queue.take();
      store.clear();
      store.changed = false;
      frames.clear();
      listed = [];
      listedSet = new Set();
      shadowRoots = null;
      drawn.clear();
      active = null;
      sink.clear();
      settleReady();
    },
    ready: () => readyPromise,
    mentions: () => listed,
    mentionAt(x, y) {
      const position = textPositionAt(doc, x, y, listedShadowRoots());
      if (!position) return null;
      for (const { page } of store.mentionsAround(position.node)) {
        if (page.drawn !== 'none' && listedSet.has(page) && pointIsInRange(page.range, x, y)) {
          return page;
        }
      }
      return null;
    },
    setActive,
  };
}
