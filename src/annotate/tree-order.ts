import { isShadowRoot } from './node-rules';

/** The node, then the shadow host or frame element holding its tree, up to the top document. */
function composedChain(node: Node): Node[] {
  const chain = [node];
  let current = node;
  for (;;) {
    const root = current.getRootNode();
    let outer: Node | null = null;
    if (isShadowRoot(root)) outer = root.host;
    else if (root.nodeType === Node.DOCUMENT_NODE) {
      try {
        outer = (root as Document).defaultView?.frameElement ?? null;
      } catch {
        outer = null;
      }
    }
    if (!outer || outer === current) break;
    chain.push(outer);
    current = outer;
  }
  return chain.reverse();
}

/**
 * Negative when `a` comes before `b` in the page: document order within one tree, and across
 * shadow roots and frames the order of their hosts, the host before what it holds.
 */
export function compareTreeOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const direct = a.compareDocumentPosition(b);
  if (!(direct & Node.DOCUMENT_POSITION_DISCONNECTED)) {
    return direct & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  const chainA = composedChain(a);
  const chainB = composedChain(b);
  for (let i = 0; ; i++) {
    const x = chainA[i];
    const y = chainB[i];
    if (!x || !y) return chainA.length - chainB.length;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
}
