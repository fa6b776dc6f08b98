import { APOSTROPHE, classAt, foldUnit, isWordish } from './chars';

const LOWER_S = 0x73;

/**
 * Whether a match may start at `start`: the character before is not part of a word, nor an
 * apostrophe glued to one ("an" in "Xi'an", "Neill" in "O'Neill").
 */
export function startsWord(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = start - 1;
  if (isWordish(classAt(text, before))) return false;
  return !(
    foldUnit(text.charCodeAt(before)) === APOSTROPHE &&
    before > 0 &&
    isWordish(classAt(text, before - 1))
  );
}

/**
 * Whether a match may end at `end`: the next character is not part of a word; an apostrophe followed by letters continues the word ("Xi'an"), except the
 * possessive "'s" ("Putin's", "Putin’s"). A hyphen ends a word ("Xi-led").
 */
export function endsWord(text: string, end: number): boolean {
  if (end >= text.length) return true;
  if (isWordish(classAt(text, end))) return false;
  if (
    foldUnit(text.charCodeAt(end)) !== APOSTROPHE ||
    end + 1 >= text.length ||
    !isWordish(classAt(text, end + 1))
  ) {
    return true;
  }
  return (
    foldUnit(text.charCodeAt(end + 1)) === LOWER_S &&
    (end + 2 >= text.length || !isWordish(classAt(text, end + 2)))
  );
}
