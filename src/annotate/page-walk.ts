import {
  ATTRIBUTES_THAT_MAY_SKIP,
  classifyElement,
  isShadowRoot,
  isSkippedByAttribute,
} from './node-rules';
import type { Container, WalkedSegment } from './types';

/** What `PageWalk.next()` returns when it stopped to let the caller check the clock. */
export const PAUSE = 'pause';

/** Nodes visited without finishing a segment before `next()` returns `PAUSE`. */
const NODES_PER_PAUSE = 1024;

const ELEMENT = 1;
const TEXT = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const NOT_SPACE = /\S/;

/**
 * One pass over a whole tree (a document's root element or an open shadow root) that yields the
 * same segments as `scanContainer` run on every container in it, at a fraction of the cost: the
 * browser's TreeWalker moves through the tree, and the walk keeps only the chain of open
 * elements it is in. Shadow roots and iframes met on the way are reported, not entered.
 *
 * The walk can stop between any two nodes and go on later. If the page removed the node it
 * stopped at meanwhile, `lost` turns true and the walk ends: the caller reads the page again.
 */
export class PageWalk {
  /** The node the walk stopped at left the tree while it was paused. */
  lost = false;
  /** Open shadow roots met (the root's own included), to be walked as trees of their own. */
  readonly shadowRoots: ShadowRoot[] = [];
  readonly frames: HTMLIFrameElement[] = [];
  /** With `descend: false`, the blocks met directly inside the root, not entered. */
  readonly nested: Element[] = [];

  readonly #root: Element | ShadowRoot;
  readonly #descend: boolean;
  readonly #walker: TreeWalker;
  /** The elements the walk is inside (root first), and the container of each one's own text. */
  readonly #open: Node[] = [];
  readonly #containers: Container[] = [];
  /** The index of the innermost open element: entries past it are stale, kept to spare allocations. */
  #depth = 0;
  /** The segment being read, in scratch arrays reused from one segment to the next. */
  readonly #nodes: Text[] = [];
  readonly #starts: number[] = [];
  readonly #pieces: string[] = [];
  #count = 0;
  #container: Container;
  #visible = false;
  #length = 0;
  /** Whether an element is hidden or an editor: from one selector query per tree, else asked of it. */
  readonly #isSkipped: (element: Element) => boolean;
  #done = false;
  /** Where a viewport-first walk began; reached again after wrapping to the start, it ends. */
  #startedAt: Element | null = null;
  #wrapped = false;

  /**
   * `startAt`, a block inside `root`, makes the walk begin there, go to the end, then cover
   * what came before it: the part of the page a reader is looking at is read first. With
   * `descend: false` the walk reads the root's own text only and lists the blocks inside it.
   */
  constructor(
    root: Element | ShadowRoot,
    { startAt = null, descend = true }: { startAt?: Element | null; descend?: boolean } = {},
  ) {
    this.#root = root;
    this.#container = root;
    this.#descend = descend;
    // A whole tree is read in one query, taken once: an element that gains such an attribute later
    // is a mutation, read again then. A container's own text is a few elements: ask each one.
    if (descend) {
      const skipped = new Set(
        [...root.querySelectorAll(ATTRIBUTES_THAT_MAY_SKIP)].filter(isSkippedByAttribute),
      );
      this.#isSkipped = (element) => skipped.has(element);
    } else {
      this.#isSkipped = isSkippedByAttribute;
    }
    if (!isShadowRoot(root) && root.shadowRoot) this.shadowRoots.push(root.shadowRoot);
    this.#walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    this.#open.push(root);
    this.#containers.push(root);
    if (startAt && startAt !== root && descend) {
      if (this.#openChainTo(startAt)) {
        this.#startedAt = startAt;
        this.#walker.currentNode = startAt;
        if (startAt.shadowRoot) this.shadowRoots.push(startAt.shadowRoot);
      } else {
        this.#depth = 0;
      }
    }
  }

  /** The next segment with visible text, `PAUSE` now and then, or null at the end. */
  next(): WalkedSegment | typeof PAUSE | null {
    if (this.#done) return null;
    const walker = this.#walker;
    if (walker.currentNode !== this.#root && !walker.currentNode.isConnected) {
      this.lost = true;
      this.#done = true;
      return null;
    }
    for (let visited = 0; visited < NODES_PER_PAUSE; visited++) {
      const node = walker.nextNode();
      if (!node) {
        const last = this.#cut();
        if (!this.#wrap()) this.#done = true;
        if (last) return last;
        if (this.#done) return null;
        continue;
      }
      if (node === this.#startedAt && this.#wrapped) {
        this.#done = true;
        return this.#cut();
      }
      const finished = this.#visit(node);
      if (finished) return finished;
    }
    return PAUSE;
  }

  /** Handles one node; returns a segment that this node finished, if any. */
  #visit(node: Node): WalkedSegment | null {
    const parent = node.parentNode;
    const open = this.#open;
    const containers = this.#containers;
    let finished: WalkedSegment | null = null;
    if (open[this.#depth] !== parent) {
      // Leaving elements: back to the parent, or (the tree moved under a paused walk) rebuild.
      const container = containers[this.#depth];
      let depth = this.#depth - 1;
      while (depth > 0 && open[depth] !== parent) depth--;
      if (open[depth] === parent) this.#depth = depth;
      else if (!parent || !this.#openChainTo(parent)) {
        this.lost = true;
        this.#done = true;
        return this.#cut();
      }
      if (containers[this.#depth] !== container) finished = this.#cut();
    }
    if (node.nodeType === TEXT) {
      const data = (node as Text).data;
      if (data.length > 0) this.#append(node as Text, data);
      return finished;
    }
    const element = node as Element;
    const kind = classifyElement(element, this.#isSkipped);
    if (kind === 'inline') {
      this.#push(element, containers[this.#depth] ?? this.#root);
      return finished;
    }
    finished ??= this.#cut();
    if (kind === 'block') {
      if (!this.#descend) {
        this.nested.push(element);
        this.#skipChildren(element);
        return finished;
      }
      this.#push(element, element);
      const shadow = element.shadowRoot;
      if (shadow) this.shadowRoots.push(shadow);
      return finished;
    }
    if (kind === 'frame') this.frames.push(element as HTMLIFrameElement);
    this.#skipChildren(element);
    return finished;
  }

  #push(element: Element, container: Container): void {
    const depth = ++this.#depth;
    this.#open[depth] = element;
    this.#containers[depth] = container;
  }

  #append(node: Text, data: string): void {
    const count = this.#count++;
    if (count === 0) this.#container = this.#containers[this.#depth] ?? this.#root;
    this.#nodes[count] = node;
    this.#starts[count] = this.#length;
    this.#pieces[count] = data;
    this.#length += data.length;
    if (!this.#visible) this.#visible = NOT_SPACE.test(data);
  }

  /** Ends the current segment; returns it when it holds visible text (most runs are blank). */
  #cut(): WalkedSegment | null {
    const count = this.#count;
    const visible = this.#visible;
    this.#count = 0;
    this.#visible = false;
    this.#length = 0;
    if (!visible) return null;
    const pieces = this.#pieces.slice(0, count);
    return {
      container: this.#container,
      nodes: this.#nodes.slice(0, count),
      starts: this.#starts.slice(0, count),
      pieces,
      raw: count === 1 ? (pieces[0] ?? '') : pieces.join(''),
    };
  }

  /** Moves the walker past an element's descendants: the next node is the one after them. */
  #skipChildren(element: Element): void {
    // Its last descendant; checking each step's parent keeps a template's content out of it.
    let last: Node = element;
    for (let child = last.lastChild; child?.parentNode === last; child = last.lastChild) {
      last = child;
    }
    this.#walker.currentNode = last;
  }

  /** After the end of the tree, a viewport-first walk goes back to the start once. */
  #wrap(): boolean {
    if (!this.#startedAt || this.#wrapped) return false;
    if (!this.#startedAt.isConnected) return false;
    this.#wrapped = true;
    this.#walker.currentNode = this.#root;
    this.#depth = 0;
    return true;
  }

  /**
   * Makes the open chain the root and the elements from it down to `element` included, with
   * their containers; false when `element` is not inside the root or sits in skipped content.
   */
  #openChainTo(element: Node): boolean {
    const chain: Element[] = [];
    let node: Node | null = element;
    while (node && node !== this.#root) {
      if (node.nodeType !== ELEMENT) return false;
      chain.push(node as Element);
      node = node.parentNode;
    }
    if (node !== this.#root) return false;
    this.#depth = 0;
    for (let i = chain.length - 1; i >= 0; i--) {
      const ancestor = chain[i] as Element;
      const kind = classifyElement(ancestor, this.#isSkipped);
      if (kind !== 'inline' && kind !== 'block') return false;
      this.#push(
        ancestor,
        kind === 'block' ? ancestor : (this.#containers[this.#depth] ?? this.#root),
      );
    }
    return true;
  }
}
