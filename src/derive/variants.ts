import { isOrdinaryLexiconWord } from './lexicon';

const SLAVIC_SKY = /^(\p{Lu}\p{L}*sk)(?:yy|iy|yi|ij|yj|y)$/u;
const SKY_ENDINGS = ['y', 'yy', 'iy', 'yi'];

/** Folds "Zelenskyy", "Zelenskiy", "Zelenskyi" to one key, so all spellings are one person. */
export function surnameKey(word: string): string {
  return word.toLowerCase().replace(/sk(?:yy|iy|yi|ij|yj|ii|y)$/u, 'sky');
}

/** The common transliterations of a Slavic "-sky" surname: Zelensky, Zelenskyy, Zelenskiy, Zelenskyi. */
export function transliterationVariants(word: string): string[] {
  const match = SLAVIC_SKY.exec(word);
  if (!match) return [];
  const stem = match[1] as string;
  return SKY_ENDINGS.map((ending) => stem + ending).filter(
    (v) => v !== word && !isOrdinaryLexiconWord(v),
  );
}
