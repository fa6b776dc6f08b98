import type { NormalizedAlias } from './alias';
import type { FirstWordTable } from './first-words';
import type { Trie } from './trie';

/** An alias in the index, with the entity it names. */
export interface IndexedAlias {
  entityId: string;
  alias: NormalizedAlias;
}

/** Everything a scan needs, built once per knowledge base. */
export interface MatchIndex {
  trie: Trie;
  /** Per trie key (same order as `trie.keys`): its aliases, first entity first. */
  aliasesByKey: readonly (readonly IndexedAlias[])[];
  /** The first words of the aliases that start with a word, and the trie node after each. */
  firstWords: FirstWordTable;
  /** First units of the (rare) aliases that start with punctuation, such as ".NET". */
  punctuationStarts: ReadonlySet<number>;
  /** Scratch space for a trie walk (one slot per unit of the deepest key), shared by scans. */
  walkNodes: Int32Array;
  walkEnds: Int32Array;
}
