import { classifyElement, isShadowRoot } from './node-rules';
import { PageWalk, PAUSE } from './page-walk';
import type { Container, ContainerScan, WalkedSegment } from './types';

const ELEMENT = 1;
const DOCUMENT = 9;

/**
 * Reads a container's own text: the text nodes reached through inline elements, cut into
 * segments at nested blocks, line breaks and skipped elements. Nested blocks are listed, not read.
 */
export function scanContainer(container: Container): ContainerScan {
  const walk = new PageWalk(container, { descend: false });
  const segments: WalkedSegment[] = [];
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
