import {
  APOSTROPHE,
  IGNORABLE,
  LOWER,
  MARK,
  SPACE,
  SPACE_UNIT,
  UPPER,
  WORD,
  casedUnit,
  classAt,
  foldUnit,
  letterCase,
  lowerUnit,
} from './chars';
import { isFrequentWord } from './common-words';
import { HASH_SEED, mixUnit } from './first-words';

/**
 * How much a match of the alias proves on its own: `weak` needs supporting evidence on the page;
 * `weak-when-folded` is weak only when the page spells it without the alias's diacritics
 * ("Støre" is strong, "Store" is the common word "store").
 */
export type AliasStrength = 'strong' | 'weak' | 'weak-when-folded';

/** An alias in the matcher's terms. All strings have the same length, one unit per unit. */
export interface NormalizedAlias {
  /** Case-free, diacritic-free, single-spaced: the trie key. */
  key: string;
  /** Diacritic-free, case kept. */
  cased: string;
  /** `cased` with each word's first letter upper-cased, for Title Case headlines. */
  titled: string;
  /** Lower-cased, diacritics kept. */
  lower: string;
  /** Short, all-caps and lower-case single-word aliases match only in their own case. */
  exactCase: boolean;
  strength: AliasStrength;
  /** The hash of the first word, or undefined when the alias starts with punctuation. */
  firstWordHash: number | undefined;
  /** How many units of `key` the first word takes (0 when the alias starts with punctuation). */
  firstWordLength: number;
}

/** At most this many letters and digits make a short alias: exact case, and weak. */
export const SHORT_ALIAS_MAX = 3;

const LOWER_S = 0x73;

/**
 * Folds an alias the way the scan folds page text: marks and invisible characters dropped,
 * whitespace runs as one space, spaces and quotes trimmed, and a possessive suffix removed (the
 * scan accepts possessives itself and highlights the name without them). Undefined when no
 * letter or digit is left.
 */
export function normalizeAlias(alias: string): NormalizedAlias | undefined {
  const text = NEEDS_NFC.test(alias) ? alias.normalize('NFC') : alias;
  const units: number[] = [];
  const classes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const kind = classAt(text, i);
    if (kind === MARK || kind === IGNORABLE) continue;
    if (kind === SPACE) {
      if (units.length === 0 || classes[classes.length - 1] === SPACE) continue;
      units.push(SPACE_UNIT);
    } else {
      units.push(text.charCodeAt(i));
    }
    classes.push(kind);
  }
  trimEnds(units, classes);
  stripPossessive(units, classes);

  const key: number[] = [];
  const cased: number[] = [];
  const titled: number[] = [];
  const lower: number[] = [];
  let wordUnits = 0;
  let hasUpper = false;
  let hasLower = false;
  let hash = HASH_SEED;
  let firstWordLength = 0;
  let inFirstWord = classes[0] === WORD;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] ?? 0;
    const isWord = classes[i] === WORD;
    const folded = foldUnit(unit);
    const casedOne = casedUnit(unit);
    key.push(folded);
    cased.push(casedOne);
    titled.push(isWord && classes[i - 1] !== WORD ? upperUnit(casedOne) : casedOne);
    lower.push(lowerUnit(unit));
    if (isWord) wordUnits++;
    const letter = letterCase(unit);
    if (letter === UPPER) hasUpper = true;
    else if (letter === LOWER) hasLower = true;
    inFirstWord &&= isWord;
    if (inFirstWord) {
      hash = mixUnit(hash, folded);
      firstWordLength++;
    }
  }
  if (wordUnits === 0) return undefined;

  const singleWord = wordUnits === classes.length;
  const short = wordUnits <= SHORT_ALIAS_MAX;
  const lowerText = String.fromCharCode(...lower);
  const keyText = String.fromCharCode(...key);
  return {
    key: keyText,
    cased: String.fromCharCode(...cased),
    titled: String.fromCharCode(...titled),
    lower: lowerText,
    exactCase: short || (hasUpper && !hasLower) || (singleWord && !hasUpper),
    strength: strengthOf(short, singleWord, lowerText, keyText),
    firstWordHash: classes[0] === WORD ? hash : undefined,
    firstWordLength,
  };
}

/** Below U+0300 every character is already in NFC; most aliases skip normalizing. */
const NEEDS_NFC = /[\u0300-\uffff]/;

function strengthOf(short: boolean, singleWord: boolean, lower: string, key: string) {
  if (short) return 'weak';
  if (!singleWord) return 'strong';
  if (isFrequentWord(lower)) return 'weak';
  return isFrequentWord(key) ? 'weak-when-folded' : 'strong';
}

/** Quotes and spaces around an alias are not part of the name. */
const TRIMMED = new Set([SPACE_UNIT, APOSTROPHE, 0x22, 0x201c, 0x201d, 0xab, 0xbb]);

function trimEnds(units: number[], classes: number[]): void {
  let from = 0;
  while (from < units.length && TRIMMED.has(foldUnit(units[from] ?? 0))) from++;
  let to = units.length;
  while (to > from && TRIMMED.has(foldUnit(units[to - 1] ?? 0))) to--;
  units.splice(to);
  classes.splice(to);
  units.splice(0, from);
  classes.splice(0, from);
}

function stripPossessive(units: number[], classes: number[]): void {
  const n = units.length;
  if (
    n >= 3 &&
    foldUnit(units[n - 1] ?? 0) === LOWER_S &&
    foldUnit(units[n - 2] ?? 0) === APOSTROPHE &&
    classes[n - 3] === WORD
  ) {
    units.length = classes.length = n - 2;
  }
}

function upperUnit(unit: number): number {
  if (unit >= 0x61 && unit <= 0x7a) return unit - 0x20;
  const upper = String.fromCharCode(unit).toUpperCase();
  return upper.length === 1 ? upper.charCodeAt(0) : unit;
}
