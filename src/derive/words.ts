import type { Sentence, Word } from './tokens';

const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/u;

export function isCapitalized(text: string): boolean {
  return /^\p{Lu}/u.test(text) && /\p{L}/u.test(text);
}

/** "AP", "BRI", "U.S.", "NGOs": initials, with optional dots and plural s. */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}s?$/u.test(text);
}

/** "LeT", "DoJ", "NATO", "U.N.": initials, possibly with the small letters of joining words. */
export function isAcronymLike(word: string): boolean {
  return (
    isAcronym(word) ||
    (/^(?=(?:.*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(word) && !/\p{Ll}{2}/u.test(word))
  );
}

export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

export function isPossessive(text: string): boolean {
  return POSSESSIVE.test(text);
}

export function withoutPossessive(text: string): string {
  return text.replace(POSSESSIVE, '');
}

/** Only spaces, or one line break, between two words: they may belong to one name. */
export function plainGap(text: string, a: Word, b: Word): boolean {
  return /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/.test(text.slice(a.end, b.start));
}

/**
 * True when the word opens a sentence or a quotation, where capitals say nothing about names.
 */
export function opensClause(text: string, sentence: Sentence, index: number): boolean {
  if (index === 0) return true;
  const previous = sentence.words[index - 1];
  const word = sentence.words[index];
  if (!previous || !word) return true;
  const gap = text.slice(previous.end, word.start);
  if (/[:“"‘—–]|\s-\s|\n|\s{2,}/.test(gap)) return true;
  // A sentence end compromise missed ("decision.” However"), but not "Mr. Smith" or "C. Walsh".
  if (/[.!?…]/.test(gap) && !previous.tags.has('Abbreviation') && !/^\p{L}$/u.test(previous.text)) {
    return true;
  }
  // "… in 1971. [2] They": a footnote mark after a sentence's end.
  return /^\]/.test(gap) && /[.!?…]["”’]?\s*\[$/.test(text.slice(0, previous.start));
}

/** "I’m", "We’ve", "Can’t": contractions are never names. */
export function isContraction(text: string): boolean {
  return /['’](?:m|re|ve|ll|d|t)$/i.test(text);
}

/** A capitalized word that may be part of a name. */
export function isNameWord(text: string): boolean {
  return isCapitalized(text) && !isContraction(text);
}
