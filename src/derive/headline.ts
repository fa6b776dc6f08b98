import type { Sentence } from './tokens';
import { isCapitalized } from './words';

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'for',
  'at',
  'by',
  'as',
]);

/**
 * True for a title-case line ("Zelensky Sends Offer To China"): every word is capitalized, so
 * capitals say nothing about names there; its entities are still found by their aliases. A title
 * in sentence case is read like prose.
 */
export function isHeadline(text: string, sentence: Sentence): boolean {
  const body = text.slice(sentence.start, sentence.end).trim();
  const words = sentence.words.filter((w) => /\p{L}/u.test(w.text) && !SMALL_WORDS.has(w.text));
  if (words.length < 3 || /[.!?]["”’]?$/.test(body)) return false;
  return words.filter((w) => isCapitalized(w.text)).length / words.length >= 0.75;
}
