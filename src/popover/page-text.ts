/** The elements whose text is read as one block around a mention (the card and the side panel's outline). */
const BLOCK_SELECTOR =
  'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, article, section, div, body';

/** The block element that holds the start of `range`, or null. */
export function blockAround(range: Range): Element | null {
  const start = range.startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  return element?.closest(BLOCK_SELECTOR) ?? null;
}

/** Elements whose text a reader never sees as prose. */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** A block's text, and where each of its text nodes starts in it. */
export interface BlockText {
  block: Element;
  text: string;
  nodes: readonly { node: Text; start: number }[];
}

/** A range as offsets into its block's text. */
export interface TextAround {
  block: BlockText;
  start: number;
  end: number;
}

/** Reads blocks once for a batch of ranges (focus mode reads every mention of an entity). */
export type BlockCache = Map<Element, BlockText>;

function readBlock(block: Element): BlockText {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
        if (UNREAD.has(el.tagName)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  return { block, text, nodes };
}

/** The offset in `block`'s text of a range boundary. */
function offsetOf(block: BlockText, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const entry = block.nodes.find((n) => n.node === container);
    if (entry) return entry.start + offset;
  }
  const point = container.ownerDocument?.createRange();
  if (!point) return block.text.length;
  point.setStart(container, offset);
  const next = block.nodes.find((n) => point.comparePoint(n.node, 0) >= 0);
  return next ? next.start : block.text.length;
}

/** The text of the block that holds `range`, with the range's offsets in it; null when it has none. */
export function textAround(range: Range, cache: BlockCache = new Map()): TextAround | null {
  const block = blockAround(range);
  if (!block) return null;
  let read = cache.get(block);
  if (!read) {
    read = readBlock(block);
    cache.set(block, read);
  }
  const from = offsetOf(read, range.startContainer, range.startOffset);
  const to = offsetOf(read, range.endContainer, range.endOffset);
  return to > from ? { block: read, start: from, end: to } : null;
}

/** A DOM range over `[start, end)` of a block's text. */
export function rangeOf(block: BlockText, start: number, end: number): Range | null {
  const { nodes } = block;
  const at = (offset: number, preferNext: boolean): { node: Text; offset: number } | null => {
    for (let i = 0; i < nodes.length; i++) {
      const entry = nodes[i];
      if (!entry) continue;
      const length = entry.node.data.length;
      const inside = preferNext ? offset < entry.start + length : offset <= entry.start + length;
      if (offset >= entry.start && inside)
        return { node: entry.node, offset: offset - entry.start };
    }
    return null;
  };
  const from = at(start, true);
  const to = at(end, false);
  const doc = block.block.ownerDocument;
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
