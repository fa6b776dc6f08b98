import { problem, type Problem } from '../kb/problem';

/** Longest text derived in one go: about ten times a long briefing, still a few seconds of work. */
export const MAX_SEED_CHARS = 1_000_000;

/** Control characters other than tab, line feed, form feed and carriage return: binary data. */
function countControlCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127) {
      count++;
    }
  }
  return count;
}
const REPLACEMENT = /\uFFFD/g;

/** Says why a text cannot be used as a seed (a problem code), or returns null when it can. */
export function checkSeedText(text: string): Problem | null {
  if (text.length > MAX_SEED_CHARS) {
    return problem('text-too-large', String(text.length), String(MAX_SEED_CHARS));
  }
  if (text.trim() === '') return problem('text-empty');
  if (text.includes('\u0000')) return problem('text-nul');
  const odd = countControlCharacters(text) + (text.match(REPLACEMENT)?.length ?? 0);
  if (odd > 0.01 * text.length) return problem('text-binary');
  if (!/\p{L}/u.test(text)) return problem('text-no-words');
  return null;
}

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on with as was by at it from are be has have this an or not his her their said will'.split(
    ' ',
  ),
);

/** True when enough of the words are common English function words (over a quarter in news
 * English); other languages derive poorly. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return true;
  const common = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return common / words.length >= 0.15;
}
