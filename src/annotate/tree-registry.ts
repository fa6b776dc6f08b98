import type { Container } from './types';

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/** A frame's document when this script may read it (same origin, not an editor), else null. */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    return doc?.documentElement && doc.designMode !== 'on' ? doc : null;
  } catch {
    return null;
  }
}

export interface TreeRegistryOptions {
  /** The changes observed in any registered tree. */
  onMutations(records: MutationRecord[]): void;
  /** A registered frame loaded: its new document (registered and observed), or null when unreadable. */
  onFrameLoad(frameDoc: Document | null): void;
  /** Single-page apps: pushState is invisible to a content script, but back/forward is not. */
  onNavigate(): void;
}

/**
 * The trees the annotator reads: the document, the open shadow roots and the same-origin frames
 * found in it. Each is observed once; a frame is followed when it navigates; and a container is
 * alive while it is connected and its document is still the one its frame shows.
 */
export class TreeRegistry {
  /** Same-origin frames and the document each one shows now. */
  private readonly frames = new Map<HTMLIFrameElement, Document>();
  private readonly frameOf = new WeakMap<Document, HTMLIFrameElement>();
  private observed = new WeakSet<Node>();
  private observer: MutationObserver | null = null;
  private listeners: AbortController | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: TreeRegistryOptions,
  ) {}

  /** Creates the observer (trees join it through `observe`) and listens for history navigation. */
  start(): void {
    this.observed = new WeakSet();
    this.observer = new MutationObserver((records) => this.options.onMutations(records));
    this.listeners = new AbortController();
    const onNavigate = (): void => this.options.onNavigate();
    const view = this.doc.defaultView;
    view?.addEventListener('popstate', onNavigate, { signal: this.listeners.signal });
    view?.addEventListener('hashchange', onNavigate, { signal: this.listeners.signal });
  }

  /** Disconnects the observer and the listeners and forgets every frame. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.listeners?.abort();
    this.listeners = null;
    this.frames.clear();
  }

  observe(root: Document | ShadowRoot): void {
    if (!this.observer || this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OBSERVED);
  }

  isObserved(root: Node): boolean {
    return this.observed.has(root);
  }

  hasFrame(frame: HTMLIFrameElement): boolean {
    return this.frames.has(frame);
  }

  /** Registers a frame's document (observed, reloaded on navigation); null when not readable. */
  attachFrame(frame: HTMLIFrameElement): Document | null {
    if (!this.frames.has(frame) && this.listeners) {
      frame.addEventListener(
        'load',
        () => {
          this.options.onFrameLoad(this.attachFrame(frame));
        },
        { signal: this.listeners.signal },
      );
    }
    const frameDoc = frameDocument(frame);
    if (!frameDoc) {
      this.frames.delete(frame);
      return null;
    }
    this.frames.set(frame, frameDoc);
    this.frameOf.set(frameDoc, frame);
    this.observe(frameDoc);
    return frameDoc;
  }

  /** Forgets the frames that left the page or navigated away from their registered document. */
  pruneFrames(): void {
    for (const [frame, frameDoc] of this.frames) {
      if (!frame.isConnected || frameDocument(frame) !== frameDoc) this.frames.delete(frame);
    }
  }

  /** Whether a container is still on the page: connected, in a document a frame still shows. */
  isAlive(container: Container): boolean {
    return container.isConnected && this.isDocumentShown(container.ownerDocument);
  }

  private isDocumentShown(d: Document): boolean {
    if (d === this.doc) return true;
    const frame = this.frameOf.get(d);
    return (
      !!frame &&
      this.frames.get(frame) === d &&
      frame.isConnected &&
      this.isDocumentShown(frame.ownerDocument)
    );
  }
}
