import type { Matcher } from '../match/types';
import { containerOf, scanContainer } from './block-scan';
import { ContainerReader } from './container-reader';
import type { MentionStore } from './mention-store';
import type { MutationQueue } from './mutation-queue';
import { isShadowRoot } from './node-rules';
import { PageWalk } from './page-walk';
import type { TreeRegistry } from './tree-registry';
import type { Container, EntityIndex, PendingChanges } from './types';

/** Changed nodes resolved to containers between two pauses. */
const TARGETS_PER_STEP = 256;

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

export interface PageReaderOptions {
  doc: Document;
  matcher: Matcher;
  entities: EntityIndex;
  store: MentionStore;
  registry: TreeRegistry;
  queue: MutationQueue;
}

/**
 * What to read, and when: the first pass over the whole page, and each batch of changes (the
 * containers whose text changed, the trees added, the shadow roots and frames that appeared).
 * Every read goes through a `ContainerReader`; all of these are generators that yield where the
 * work loop may pause.
 */
export class PageReader {
  constructor(private readonly options: PageReaderOptions) {}

  /** The first pass: every tree, from the viewport on when the reader has scrolled. */
  *firstPass(): Generator<void> {
    const { doc, registry } = this.options;
    registry.observe(doc);
    if (doc.documentElement) yield* this.readTree(doc.documentElement, viewportStart(doc));
  }

  /** Reads one batch of changes. */
  *changes(changes: PendingChanges): Generator<void> {
    const { store, registry } = this.options;
    if (changes.removals) {
      registry.pruneFrames();
      store.retain((container) => registry.isAlive(container));
    }
    if (changes.full) yield* this.fullPass();
    const containers = new Set<Container>();
    let resolved = 0;
    for (const target of changes.targets) {
      const container = containerOf(target);
      if (container && registry.isAlive(container)) containers.add(container);
      if (++resolved % TARGETS_PER_STEP === 0) yield;
    }
    for (const container of containers) yield* this.rereadContainer(container);
    for (const node of changes.added) yield* this.readAdded(node);
  }

  /**
   * Reads every container in a tree, and the shadow roots and same-origin frames inside it, in
   * one walk each. Returns the containers that have mentions.
   */
  private *readTree(
    root: Element | ShadowRoot,
    startAt: Element | null = null,
  ): Generator<void, Set<Container>> {
    const { registry, queue } = this.options;
    const reader = this.reader();
    const trees: Array<[Element | ShadowRoot, Element | null]> = [[root, startAt]];
    for (const [tree, start] of trees) {
      if (isShadowRoot(tree)) registry.observe(tree);
      const walk = new PageWalk(tree, { startAt: start });
      yield* reader.read(() => walk.next());
      // The page moved the node the walk had stopped at: read everything again later.
      if (walk.lost) queue.requestFull();
      for (const shadowRoot of walk.shadowRoots) trees.push([shadowRoot, null]);
      for (const frame of walk.frames) {
        const frameDoc = registry.attachFrame(frame);
        if (frameDoc) trees.push([frameDoc.documentElement, null]);
      }
    }
    return reader.containers();
  }

  private *fullPass(): Generator<void> {
    const { doc, store, registry } = this.options;
    if (!doc.documentElement) return;
    const kept = yield* this.readTree(doc.documentElement);
    store.retain((container) => kept.has(container) && registry.isAlive(container));
  }

  /** Reads a container whose text changed, then any shadow root or frame new inside it. */
  private *rereadContainer(container: Container): Generator<void> {
    const { registry } = this.options;
    if (isShadowRoot(container)) registry.observe(container);
    const scan = yield* this.reader().readContainer(container);
    yield;
    // A shadow root or a frame may have appeared without any other change to the tree.
    for (const nested of scan?.nested ?? []) {
      if (isShadowRoot(nested) && !registry.isObserved(nested)) yield* this.readTree(nested);
    }
    for (const frame of scan?.frames ?? []) {
      if (!registry.hasFrame(frame)) yield* this.readFrame(frame);
    }
  }

  private *readAdded(node: Node): Generator<void> {
    if (!node.isConnected || node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.localName === 'iframe') {
      yield* this.readFrame(element as HTMLIFrameElement);
      return;
    }
    const container = containerOf(element);
    if (!container) return;
    if (container === element) {
      yield* this.readTree(element);
      return;
    }
    // An inline element: its own text belongs to its container, already queued; look inside it.
    const scan = scanContainer(element);
    for (const nested of scan.nested) yield* this.readTree(nested);
    for (const frame of scan.frames) yield* this.readFrame(frame);
  }

  private *readFrame(frame: HTMLIFrameElement): Generator<void> {
    const frameDoc = this.options.registry.attachFrame(frame);
    if (frameDoc) yield* this.readTree(frameDoc.documentElement);
  }

  private reader(): ContainerReader {
    const { store, matcher, entities } = this.options;
    return new ContainerReader(store, matcher, entities);
  }
}
