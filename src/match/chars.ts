/**
 * Per-UTF-16-code-unit facts the matcher needs: what kind of character a unit is and how it
 * folds. Every fold maps one code unit to one code unit, so offsets in folded text are offsets
 * in the original text.
 */

/** A letter or digit: part of a word. */
export const WORD = 1;
/** A combining mark: part of the word before it, skipped when comparing (diacritic folding). */
export const MARK = 2;
/** Invisible formatting (soft hyphen, zero-width space or joiner): skipped, does not split words. */
export const IGNORABLE = 3;
/** Any whitespace: a run of it matches one space in an alias. */
export const SPACE = 4;
/** Punctuation, symbols, apostrophes and hyphens: word boundaries. */
export const OTHER = 5;
/** Half of a surrogate pair: resolve with `classAt`. */
export const SURROGATE = 6;

export const LOWER = 1;
export const UPPER = 2;

export const APOSTROPHE = 0x27;
export const SPACE_UNIT = 0x20;

const UNITS = 0x10000;
/** 0 means "not computed yet": tables fill lazily, one unit at a time, as text shows them. */
const classTable = new Uint8Array(UNITS);
const foldTable = new Uint16Array(UNITS);
const casedTable = new Uint16Array(UNITS);
const lowerTable = new Uint16Array(UNITS);
const letterCaseTable = new Uint8Array(UNITS);

/** Letters that carry no combining mark in Unicode, so NFD cannot strip them. */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŧ: 't',
  Ŧ: 'T',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\uff07': "'",
  '\u2010': '-',
  '\u2011': '-',
};

const IGNORABLES = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const MARK_RE = /^\p{M}$/u;
const MARKS_RE = /\p{M}/gu;
const WORD_RE = /^[\p{L}\p{N}]$/u;
const SPACE_RE = /^\s$/u;

function classifyCodePoint(char: string, codePoint: number): number {
  if (IGNORABLES.has(codePoint)) return IGNORABLE;
  if (SPACE_RE.test(char)) return SPACE;
  // U+02BC is a letter to Unicode, but on news pages it is an apostrophe.
  if (SPECIAL_FOLDS[char] === "'" || SPECIAL_FOLDS[char] === '-') return OTHER;
  if (MARK_RE.test(char)) return MARK;
  if (WORD_RE.test(char)) return WORD;
  return OTHER;
}

function single(folded: string, fallback: number): number {
  return folded.length === 1 ? folded.charCodeAt(0) : fallback;
}

function compute(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) {
    foldTable[unit] = unit;
    casedTable[unit] = unit;
    lowerTable[unit] = unit;
    classTable[unit] = SURROGATE;
    return SURROGATE;
  }
  const char = String.fromCharCode(unit);
  const kind = classifyCodePoint(char, unit);
  const stripped = SPECIAL_FOLDS[char] ?? char.normalize('NFD').replace(MARKS_RE, '');
  const cased = kind === SPACE ? SPACE_UNIT : single(stripped, unit);
  const casedChar = String.fromCharCode(cased);
  foldTable[unit] = kind === SPACE ? SPACE_UNIT : single(casedChar.toLowerCase(), cased);
  casedTable[unit] = cased;
  lowerTable[unit] = single(char.toLowerCase(), unit);
  letterCaseTable[unit] =
    char.toLowerCase() !== char ? UPPER : char.toUpperCase() !== char ? LOWER : 0;
  classTable[unit] = kind;
  return kind;
}

for (let unit = 0; unit < 0x250; unit++) compute(unit);

/**
 * The tables behind `unitClass` and `foldUnit`, for the scan's inner loop, which reads them
 * directly: a class of 0 means not computed yet (call `unitClass`, which fills both). Read only.
 */
export const UNIT_CLASSES: Readonly<Uint8Array> = classTable;
export const UNIT_FOLDS: Readonly<Uint16Array> = foldTable;

/** The class of a code unit (`SURROGATE` for either half of a pair). */
export function unitClass(unit: number): number {
  const kind = classTable[unit] ?? 0;
  return kind === 0 ? compute(unit) : kind;
}

/** Case-insensitive, diacritic-free, apostrophe- and whitespace-normalized form of a unit. */
export function foldUnit(unit: number): number {
  if (classTable[unit] === 0) compute(unit);
  return foldTable[unit] ?? unit;
}

/** Like `foldUnit` but keeping case: "Ø" -> "O", "ø" -> "o". */
export function casedUnit(unit: number): number {
  if (classTable[unit] === 0) compute(unit);
  return casedTable[unit] ?? unit;
}

/** Lower case only, diacritics kept: "Ø" -> "ø". */
export function lowerUnit(unit: number): number {
  if (classTable[unit] === 0) compute(unit);
  return lowerTable[unit] ?? unit;
}

/** `LOWER`, `UPPER`, or 0 for a unit without case. */
export function letterCase(unit: number): number {
  if (classTable[unit] === 0) compute(unit);
  return letterCaseTable[unit] ?? 0;
}

const astralClasses = new Map<number, number>();

/** The class of the character at `index`, resolving surrogate pairs to their code point. */
export function classAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  const kind = unitClass(unit);
  if (kind !== SURROGATE) return kind;
  const pairStart = unit >= 0xdc00 && index > 0 ? index - 1 : index;
  const codePoint = text.codePointAt(pairStart) ?? unit;
  if (codePoint < UNITS) return OTHER;
  let astral = astralClasses.get(codePoint);
  if (astral === undefined) {
    astral = classifyCodePoint(String.fromCodePoint(codePoint), codePoint);
    astralClasses.set(codePoint, astral);
  }
  return astral;
}

/** Whether a class belongs inside a word (letters, digits and their combining marks). */
export function isWordish(kind: number): boolean {
  return kind === WORD || kind === MARK;
}
