import { classifyElement, isShadowRoot } from './node-rules';
import { PageWalk, PAUSE } from './page-walk';

export { isShadowRoot };

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

export interface ContainerScan {
  segments: TextSegment[];
  /** Containers directly inside this one (nested blocks, open shadow roots), in tree order. */
  nested: Container[];
  frames: HTMLIFrameElement[];
}

const ELEMENT = 1;
const DOCUMENT = 9;

/**
 * Reads a container's own text: the text nodes reached through inline elements, cut into
 * segments at nested blocks, line breaks and skipped elements. Nested blocks are listed, not read.
 */
export function scanContainer(container: Container): ContainerScan {
  const walk = new PageWalk(container, { descend: false });
  const segments: TextSegment[] = [];
  for (let next = walk.next(); next !== null; next = walk.next()) {
    if (next !== PAUSE) segments.push(next);
  }
  return { segments, nested: [...walk.shadowRoots, ...walk.nested], frames: walk.frames };
}

/**
 * The container whose text holds `node`, or null when `node` is inside skipped content
 * (an editor, a script, hidden by attribute, a frame or line break element) or not in a document.
 */
export function containerOf(node: Node): Container | null {
  let found: Container | null = null;
  let current: Node | null = node;
  while (current) {
    if (current.nodeType === ELEMENT) {
      const element = current as Element;
      const kind = classifyElement(element);
      // A line break's children, which only a script can add, are never drawn nor walked.
      if (kind === 'skip' || kind === 'frame' || kind === 'break') return null;
      if (kind === 'block') found ??= element;
    } else if (current.nodeType === DOCUMENT) {
      return found ?? (current as Document).documentElement;
    } else if (isShadowRoot(current)) {
      found ??= current;
      current = current.host;
      continue;
    }
    current = current.parentNode;
  }
  return null;
}
