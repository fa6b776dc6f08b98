/**
 * First words of aliases, by 32-bit hash. The scan hashes every word of the page as it goes and
 * probes this table once per word, so its cost per word is the same for 20 aliases as for
 * 20,000; only a hit goes on to the trie, starting from the node after that first word.
 */

const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The hash of an empty word. */
export const HASH_SEED = FNV_OFFSET | 0;

/** No alias starts with a word of this hash. */
export const NO_WORD = -1;
/** Two different first words share this hash: the scan must walk the trie from its root. */
export const AMBIGUOUS_WORD = -2;

/** Extends a word hash by one folded code unit (FNV-1a). */
export function mixUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}

/** 0 marks an empty slot, so a hash of 0 is stored and probed as 1. */
function slotKey(hash: number): number {
  return hash === 0 ? 1 : hash;
}

function slotIndex(key: number, mask: number): number {
  return (Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 0) & mask;
}

/** Open addressing over two flat arrays: compact, and no object per entry. */
export class FirstWordTable {
  readonly #keys: Int32Array;
  readonly #nodes: Int32Array;
  readonly #mask: number;

  /** `entries` pairs each first word's hash with the trie node reached after that word. */
  constructor(entries: ReadonlyMap<number, number>) {
    let size = 16;
    while (size < entries.size * 2) size *= 2;
    this.#keys = new Int32Array(size);
    this.#nodes = new Int32Array(size);
    this.#mask = size - 1;
    for (const [hash, node] of entries) {
      const key = slotKey(hash | 0);
      let index = slotIndex(key, this.#mask);
      while (this.#keys[index] !== 0 && this.#keys[index] !== key) {
        index = (index + 1) & this.#mask;
      }
      const taken = this.#keys[index] === key && this.#nodes[index] !== node;
      this.#keys[index] = key;
      this.#nodes[index] = taken ? AMBIGUOUS_WORD : node;
    }
  }

  /** The trie node after the first word with this hash, `NO_WORD` or `AMBIGUOUS_WORD`. */
  get(hash: number): number {
    const key = slotKey(hash);
    let index = slotIndex(key, this.#mask);
    for (;;) {
      const slot = this.#keys[index];
      if (slot === key) return this.#nodes[index] ?? NO_WORD;
      if (slot === 0) return NO_WORD;
      index = (index + 1) & this.#mask;
    }
  }
}
