import type { NormalizedAlias } from './alias';
import {
  IGNORABLE,
  LOWER,
  MARK,
  SPACE,
  UPPER,
  casedUnit,
  letterCase,
  lowerUnit,
  unitClass,
} from './chars';

/**
 * Walks the text in [start, end) unit by unit against an alias of the same folded form: marks
 * and invisible characters are skipped and a whitespace run stands for the alias's one space.
 * `visit` gets every other unit with its index in the alias, and stops the walk by returning
 * false; the result says whether the walk went to the end.
 */
function everyAliasUnit(
  text: string,
  start: number,
  end: number,
  visit: (unit: number, index: number) => boolean,
): boolean {
  let index = 0;
  let lastSpace = false;
  for (let j = start; j < end; j++) {
    const unit = text.charCodeAt(j);
    const kind = unitClass(unit);
    if (kind === MARK || kind === IGNORABLE) continue;
    if (kind === SPACE) {
      if (!lastSpace) index++;
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    if (!visit(unit, index)) return false;
    index++;
  }
  return true;
}

/**
 * Whether the text in [start, end), already known to fold to the alias, is written in a case
 * the alias accepts. Exact-case aliases ("Xi", "AP", "NATO") must match letter for letter, so
 * "XI" (a Roman numeral) is not Xi. Other aliases accept their own spelling, Title Case, ALL
 * CAPS (headlines), all lower case, and a multi-word name in sentence case ("Communist party").
 */
export function fitsCase(
  text: string,
  start: number,
  end: number,
  alias: NormalizedAlias,
): boolean {
  const { cased, titled, exactCase } = alias;
  let asWritten = true;
  let noLower = true;
  let noUpper = true;
  // Sentence case: the first letter upper, every later one lower ("the Communist party").
  let sentence = true;
  let first = true;
  const fits = everyAliasUnit(text, start, end, (unit, index) => {
    const folded = casedUnit(unit);
    if (folded !== cased.charCodeAt(index)) {
      if (exactCase) return false;
      if (folded !== titled.charCodeAt(index)) asWritten = false;
    }
    const letter = letterCase(unit);
    if (letter === LOWER) noLower = false;
    else if (letter === UPPER) noUpper = false;
    if (letter !== 0) {
      if (letter !== (first ? UPPER : LOWER)) sentence = false;
      first = false;
    }
    return true;
  });
  return fits && (asWritten || noLower || noUpper || (sentence && alias.key.includes(' ')));
}

/** Whether the text in [start, end) carries the alias's own diacritics ("Støre", not "Store"). */
export function keepsDiacritics(
  text: string,
  start: number,
  end: number,
  alias: NormalizedAlias,
): boolean {
  return everyAliasUnit(
    text,
    start,
    end,
    (unit, index) => lowerUnit(unit) === alias.lower.charCodeAt(index),
  );
}
