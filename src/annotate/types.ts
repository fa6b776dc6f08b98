import type { EntityType } from '../kb/schema';
import type { Matcher } from '../match/types';
import type { HighlightStyle } from '../settings/schema';

/**
 * How a mention is drawn under the page's density: fully (in its type's highlight style),
 * lightly (a thin dotted underline), or not at all (found and counted, but not drawn).
 */
export type MentionDrawing = 'full' | 'light' | 'none';

/** One mention found on the page, in document order, whether drawn or not. */
export interface PageMention {
  entityId: string;
  /** The entity's canonical name. */
  name: string;
  type: EntityType;
  /** The exact page text that was matched. */
  text: string;
  range: Range;
  /** Set each time the annotator publishes; see `MentionDrawing`. */
  drawn: MentionDrawing;
}

/**
 * How many of an entity's mentions are drawn fully: every one; the first in each section (later
 * ones in that section lightly; see section-of); or only the first on the page (the others not
 * drawn at all).
 */
export type DrawingDensity = 'every' | 'calm' | 'first';

/**
 * How a type's mentions are drawn fully: the reader's choice in the settings. A type set to
 * 'none' is listed but never drawn (the content script does not even match it).
 */
export type { HighlightStyle };

/** A text container: a block element or an open shadow root. Its own text is matched as a unit. */
export type Container = Element | ShadowRoot;

/** A run of text nodes read as one string: no block edge or line break falls inside it. */
export interface TextSegment {
  nodes: Text[];
  /** Offset of each node's first character in `raw`. */
  starts: number[];
  /** Each node's text as it was read, to notice a node that changed since. */
  pieces: string[];
  raw: string;
}

/** A segment and the container whose own text it is. */
export interface WalkedSegment extends TextSegment {
  container: Container;
}

/** A container's own text, and what is inside it without being its text. */
export interface ContainerScan {
  segments: WalkedSegment[];
  /** Containers directly inside this one (nested blocks, open shadow roots), in tree order. */
  nested: Container[];
  frames: HTMLIFrameElement[];
}

/** A mention found in a container, before it becomes a Range. */
export interface FoundMention {
  entityId: string;
  name: string;
  type: EntityType;
  weak: boolean;
  text: string;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** Every text node the mention covers, first to last. */
  nodes: readonly Text[];
}

export interface StoredMention {
  weak: boolean;
  /** The block whose text holds the mention; the 'calm' density counts by its section. */
  container: Container;
  page: PageMention;
}

/** The entities the annotator can name, by id. */
export type EntityIndex = ReadonlyMap<string, { name: string; type: EntityType }>;

/** The clock and the timers the annotator works with; tests pass a synchronous fake. */
export interface Scheduler {
  /** Milliseconds from an arbitrary origin, monotonic. */
  now(): number;
  /** Runs `task` soon, in a task of its own, so the page can run between two slices. */
  postTask(task: () => void): () => void;
  /** Runs `task` before the next frame is painted. */
  requestFrame(task: () => void): () => void;
  /** Runs `task` after at least `delayMs`. */
  setTimer(task: () => void, delayMs: number): () => void;
}

/** Where highlights are drawn; tests pass a recorder instead of the browser's registry. */
export interface HighlightSink {
  /** Replaces the ranges drawn under a highlight name. */
  set(name: string, ranges: readonly Range[]): void;
  /** Removes every Seedlight highlight. */
  clear(): void;
}

/** What changed since the last batch, as cheap to collect as possible: nodes only, no work. */
export interface PendingChanges {
  /** Nodes whose text or children changed: their containers are read again. */
  targets: Set<Node>;
  /** Elements added to the page: the containers inside them are new. */
  added: Set<Node>;
  /** Some nodes left the page: records of detached containers must go. */
  removals: boolean;
  /** Read every root again. */
  full: boolean;
}

export interface AnnotatorOptions {
  root: Document;
  matcher: Matcher;
  entities: EntityIndex;
  /** Default: the CSS Custom Highlight API. */
  sink?: HighlightSink;
  /** Default: `performance.now`, a MessageChannel task or `setTimeout`, `requestAnimationFrame`. */
  scheduler?: Scheduler;
  /**
   * How each type's mentions are drawn fully, as the reader chose in the settings; a type not
   * given gets the tint and the underline together, a type set to 'none' is never drawn.
   */
  highlightStyle?: Partial<Record<EntityType, HighlightStyle>>;
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
  /**
   * Resolves once no work is pending: the first pass done, every change observed so far read
   * and published (or the annotator stopped). For tests and tools that wait for a quiet page.
   */
  whenSettled(): Promise<void>;
  /** Every mention found, drawn or not, in document order. */
  mentions(): readonly PageMention[];
  /** The drawn mention under a viewport point, for hover. */
  mentionAt(x: number, y: number): PageMention | null;
  /** Draws one mention with the `seedlight-active` highlight, or none. */
  setActive(mention: PageMention | null): void;
}
