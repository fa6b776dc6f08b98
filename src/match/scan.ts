import { endsWord, startsWord } from './boundaries';
import { fitsCase, keepsDiacritics } from './case-fit';
import {
  IGNORABLE,
  MARK,
  OTHER,
  SPACE,
  SPACE_UNIT,
  SURROGATE,
  UNIT_CLASSES,
  UNIT_FOLDS,
  WORD,
  classAt,
  foldUnit,
  unitClass,
} from './chars';
import type { MatchIndex } from './match-index';
import { AMBIGUOUS_WORD, FNV_PRIME, HASH_SEED, NO_WORD } from './first-words';
import { ROOT } from './trie';
import type { Span } from './types';

/**
 * Finds the leftmost-longest, non-overlapping mentions in a text. One pass hashes each word of
 * the text; only a word that is some alias's first word goes on to the trie, from the node after
 * that word. So the work per character does not depend on how many aliases the index holds.
 */
export function scanSpans(index: MatchIndex, text: string): Span[] {
  const spans: Span[] = [];
  const walk = new Walk(index, text);
  const length = text.length;
  const { firstWords, punctuationStarts } = index;
  const punctuation = punctuationStarts.size > 0;
  let wordStart = -1;
  let hash = HASH_SEED;
  let i = 0;
  // The hottest loop of the extension: it reads the unit tables itself and mixes the hash inline
  // (as `mixUnit` does), which matters most while the page's first pass still runs cold code.
  while (i < length) {
    const unit = text.charCodeAt(i);
    let kind = UNIT_CLASSES[unit] ?? 0;
    if (kind === 0) kind = unitClass(unit);
    if (kind === SURROGATE) kind = classAt(text, i);
    if (kind === WORD) {
      if (wordStart < 0) {
        wordStart = i;
        hash = HASH_SEED;
      }
      hash = Math.imul(hash ^ (UNIT_FOLDS[unit] ?? unit), FNV_PRIME);
    } else if (kind === SPACE || kind === OTHER) {
      if (wordStart >= 0) {
        const span = walk.matchWord(wordStart, i, firstWords.get(hash));
        wordStart = -1;
        if (span !== undefined) {
          spans.push(span);
          i = span.end;
          continue;
        }
      }
      if (kind === OTHER && punctuation && punctuationStarts.has(foldUnit(unit))) {
        const span = walk.matchAt(i);
        if (span !== undefined) {
          spans.push(span);
          i = span.end;
          continue;
        }
      }
    }
    i++;
  }
  if (wordStart >= 0) {
    const span = walk.matchWord(wordStart, length, firstWords.get(hash));
    if (span !== undefined) spans.push(span);
  }
  return spans;
}

/** Trie walks from the starts of one scan, in the index's pair of buffers. */
class Walk {
  readonly #index: MatchIndex;
  readonly #text: string;
  readonly #nodes: Int32Array;
  readonly #ends: Int32Array;

  constructor(index: MatchIndex, text: string) {
    this.#index = index;
    this.#text = text;
    // Scans run one at a time, so they share the index's buffers: a page is thousands of scans.
    this.#nodes = index.walkNodes;
    this.#ends = index.walkEnds;
  }

  /**
   * The longest mention starting with the word [start, end), given what the first-word table
   * holds for its hash: the node after that word, `NO_WORD` or `AMBIGUOUS_WORD`.
   */
  matchWord(start: number, end: number, node: number): Span | undefined {
    if (node === NO_WORD) return undefined;
    if (node === AMBIGUOUS_WORD) return this.matchAt(start);
    // Walk on first: most words that begin an alias are not followed by the rest of one, and
    // then the word itself need not be checked against the hash's path.
    const count = this.#collect(node, end);
    if (count === 0 || !this.#spells(node, start, end)) return undefined;
    return this.#longest(start, count);
  }

  /** The longest valid mention starting at `start`, walking from the root. */
  matchAt(start: number): Span | undefined {
    return this.#longest(start, this.#collect(ROOT, start));
  }

  /** The longest of the `count` collected alias ends that makes a valid mention from `start`. */
  #longest(start: number, count: number): Span | undefined {
    const text = this.#text;
    if (count === 0 || !startsWord(text, start)) return undefined;
    const { trie, aliasesByKey } = this.#index;
    for (let c = count - 1; c >= 0; c--) {
      const end = this.#ends[c] ?? 0;
      if (!endsWord(text, end)) continue;
      for (const { entityId, alias } of aliasesByKey[trie.keyAt(this.#nodes[c] ?? ROOT)] ?? []) {
        if (!fitsCase(text, start, end, alias)) continue;
        const weak =
          alias.strength === 'weak' ||
          (alias.strength === 'weak-when-folded' && !keepsDiacritics(text, start, end, alias));
        return { start, end, entityId, weak };
      }
    }
    return undefined;
  }

  /** Whether the folded text in [start, end) is exactly the path from the root to `node`. */
  #spells(node: number, start: number, end: number): boolean {
    const text = this.#text;
    const { trie } = this.#index;
    let at = node;
    for (let j = end - 1; j >= start; j--) {
      const unit = text.charCodeAt(j);
      if (isSkipped(unitClass(unit))) continue;
      if (at === ROOT || trie.labelOf(at) !== foldUnit(unit)) return false;
      at = trie.parentOf(at);
    }
    return at === ROOT;
  }

  /**
   * Walks the trie along the folded text from `node` at `from`, recording every alias end
   * passed (including `node` itself); returns how many.
   */
  #collect(node: number, from: number): number {
    const text = this.#text;
    const { trie } = this.#index;
    let count = 0;
    if (node !== ROOT && trie.keyAt(node) >= 0) {
      this.#nodes[count] = node;
      this.#ends[count] = from;
      count++;
    }
    let lastSpace = false;
    let j = from;
    while (j < text.length) {
      const unit = text.charCodeAt(j);
      const kind = unitClass(unit);
      if (isSkipped(kind) || (kind === SPACE && lastSpace)) {
        j++;
        continue;
      }
      lastSpace = kind === SPACE;
      node = trie.child(node, lastSpace ? SPACE_UNIT : foldUnit(unit));
      if (node < 0) break;
      j++;
      if (trie.keyAt(node) >= 0) {
        while (j < text.length && isSkipped(unitClass(text.charCodeAt(j)))) j++;
        this.#nodes[count] = node;
        this.#ends[count] = j;
        count++;
      }
    }
    return count;
  }
}

function isSkipped(kind: number): boolean {
  return kind === MARK || kind === IGNORABLE;
}
