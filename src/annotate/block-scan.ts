import { classifyElement } from './node-rules';

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
const TEXT = 3;
const DOCUMENT = 9;
const FRAGMENT = 11;

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === FRAGMENT && 'host' in node;
}

/**
 * Reads a container's own text: the text nodes reached through inline elements, cut into
 * segments at nested blocks, line breaks and skipped elements. Nested blocks are listed, not read.
 */
export function scanContainer(container: Container): ContainerScan {
  const segments: TextSegment[] = [];
  const nested: Container[] = [];
  const frames: HTMLIFrameElement[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let pieces: string[] = [];
  let length = 0;
  let visible = false;
  const cut = (): void => {
    if (visible) segments.push({ nodes, starts, pieces, raw: pieces.join('') });
    if (nodes.length > 0) {
      nodes = [];
      starts = [];
      pieces = [];
      length = 0;
      visible = false;
    }
  };

  if (!isShadowRoot(container) && container.shadowRoot) nested.push(container.shadowRoot);
  let node: Node | null = container.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT) {
      const data = (node as Text).data;
      if (data.length > 0) {
        nodes.push(node as Text);
        starts.push(length);
        pieces.push(data);
        length += data.length;
        visible ||= /\S/.test(data);
      }
    } else if (node.nodeType === ELEMENT) {
      const element = node as Element;
      const kind = classifyElement(element);
      if (kind === 'inline') descend = true;
      else {
        cut();
        if (kind === 'block') nested.push(element);
        else if (kind === 'frame') frames.push(element as HTMLIFrameElement);
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== container && !node.nextSibling) node = node.parentNode;
    node = node && node !== container ? node.nextSibling : null;
  }
  cut();
  return { segments, nested, frames };
}

/**
 * The container whose text holds `node`, or null when `node` is inside skipped content
 * (an editor, a script, hidden by attribute) or not in a document.
 */
export function containerOf(node: Node): Container | null {
  let found: Container | null = null;
  let current: Node | null = node;
  while (current) {
    if (current.nodeType === ELEMENT) {
      const element = current as Element;
      const kind = classifyElement(element);
      if (kind === 'skip' || kind === 'frame') return null;
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
