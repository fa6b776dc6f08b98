/**
 * A read-only trie over UTF-16 code units, laid out in flat typed arrays (children of a node are
 * contiguous and sorted by unit) so a knowledge base of 20,000 aliases is a few compact arrays,
 * not 20,000 objects.
 */
export interface Trie {
  /** Follows the edge labelled `unit` from `node`; -1 when there is none. */
  child(node: number, unit: number): number;
  /** The index of the key that ends at `node` (in sorted key order), or -1. */
  keyAt(node: number): number;
  /** The unit on the edge into `node`. */
  labelOf(node: number): number;
  /** The node above `node` (the root is its own parent). */
  parentOf(node: number): number;
  /** The length of the longest key: the deepest walk. */
  readonly depth: number;
  /** The keys, sorted and unique; `keyAt` indexes this list. */
  readonly keys: readonly string[];
}

export const ROOT = 0;

/** Builds the trie of a set of keys, breadth first so every node's children sit side by side. */
export function buildTrie(keys: Iterable<string>): Trie {
  const sorted = [...new Set(keys)].sort();
  const capacity = sorted.reduce((sum, key) => sum + key.length, 1);
  const labels = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity);
  const childCount = new Int32Array(capacity);
  const parents = new Int32Array(capacity);
  const keyIndex = new Int32Array(capacity).fill(-1);
  let nodes = 1;
  let depth = 0;

  // Each entry: a node and the range of sorted keys below it, at a depth. Every node is queued
  // once, so a typed array of four slots per possible node holds the queue without regrowing
  // (20,000 aliases make ~300,000 nodes: a plain array would leave megabytes of garbage).
  const queue = new Int32Array(capacity * 4);
  queue[0] = ROOT;
  queue[2] = sorted.length;
  let tail = 4;
  for (let head = 0; head < tail; head += 4) {
    const node = queue[head] ?? 0;
    let low = queue[head + 1] ?? 0;
    const high = queue[head + 2] ?? 0;
    const level = queue[head + 3] ?? 0;
    if (low < high && sorted[low]?.length === level) {
      keyIndex[node] = low;
      depth = Math.max(depth, level);
      low++;
    }
    firstChild[node] = nodes;
    while (low < high) {
      const unit = sorted[low]?.charCodeAt(level) ?? 0;
      let end = low + 1;
      while (end < high && sorted[end]?.charCodeAt(level) === unit) end++;
      labels[nodes] = unit;
      parents[nodes] = node;
      queue[tail++] = nodes;
      queue[tail++] = low;
      queue[tail++] = end;
      queue[tail++] = level + 1;
      nodes++;
      low = end;
    }
    childCount[node] = nodes - (firstChild[node] ?? 0);
  }

  return {
    depth,
    keys: sorted,
    child(node, unit) {
      let low = firstChild[node] ?? 0;
      let high = low + (childCount[node] ?? 0) - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const label = labels[middle] ?? 0;
        if (label === unit) return middle;
        if (label < unit) low = middle + 1;
        else high = middle - 1;
      }
      return -1;
    },
    keyAt: (node) => keyIndex[node] ?? -1,
    labelOf: (node) => labels[node] ?? 0,
    parentOf: (node) => parents[node] ?? ROOT,
  };
}
