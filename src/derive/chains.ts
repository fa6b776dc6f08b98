import {
  NAME_ABBREVIATIONS,
  NAME_PARTICLES,
  SPEAKER_HONORIFICS,
  TITLE_SMALL_WORDS,
  WORK_NOUNS,
  headKind,
  isAbstractNoun,
  isDemonym,
  isGroupOfPeople,
  isOrdinaryLexiconWord,
  isKnownPlace,
  isTitleWord,
} from './lexicon';
import type { Sentence, Word } from './tokens';
import {
  isAcronym,
  isAllCaps,
  isCapitalized,
  isNameWord,
  isPossessive,
  opensClause,
  plainGap,
  withoutPossessive,
} from './words';

/** A run of capitalized words that may name something, as found in one sentence. */
export interface Chain {
  readonly sentence: number;
  /** Index of the first and last word in the sentence. */
  readonly first: number;
  readonly last: number;
  /** The acronym given in parentheses right after the chain ("Belt and Road Initiative (BRI)"). */
  readonly parenAcronym: string | null;
}

/**
 * Words written capitalized at least as often as not in mid-sentence, so a sentence-initial
 * "Zelensky" is still a name while "And" (capitalized after a transcript's "Q") is not.
 */
export function midSentenceCapitals(text: string, sentences: readonly Sentence[]): Set<string> {
  const counts = new Map<string, { upper: number; lower: number }>();
  for (const sentence of sentences) {
    sentence.words.forEach((word, i) => {
      if (opensClause(text, sentence, i)) return;
      const bare = withoutPossessive(word.text);
      const key = bare.toLowerCase();
      const count = counts.get(key) ?? { upper: 0, lower: 0 };
      if (isCapitalized(bare)) count.upper++;
      else count.lower++;
      counts.set(key, count);
    });
  }
  const seen = new Set<string>();
  for (const [key, { upper, lower }] of counts) if (upper > 0 && upper >= lower) seen.add(key);
  return seen;
}

/** Finds proper-noun chains, joining "of", "and" and name particles where names use them. */
export function findChains(
  text: string,
  sentence: Sentence,
  sentenceIndex: number,
  capitals: ReadonlySet<string>,
  lowerCase: ReadonlySet<string> = new Set(),
): Chain[] {
  const words = sentence.words;
  const chains: Chain[] = [];
  let i = 0;
  while (i < words.length) {
    const title = workTitleEnd(text, words, i);
    if (title !== null) {
      chains.push({ sentence: sentenceIndex, first: i, last: title, parenAcronym: null });
      i = title + 1;
      continue;
    }
    if (!startsChain(text, sentence, i, capitals, lowerCase)) {
      i++;
      continue;
    }
    const last = extend(text, words, i);
    chains.push({
      sentence: sentenceIndex,
      first: i,
      last,
      parenAcronym: parenAcronymAfter(text, words, last),
    });
    i = Math.max(last + 1, i + 1);
  }
  return chains;
}

/**
 * "the film Calling the Shots", "his book Hegemony or Survival": after a noun for a work, a
 * title keeps its small lower-case words. Returns the title's last word, or null when no title
 * with small words starts at i (a title of capitalized words alone is an ordinary chain).
 */
export function workTitleEnd(text: string, words: readonly Word[], i: number): number | null {
  const previous = words[i - 1];
  const word = words[i] as Word;
  if (!previous || !WORK_NOUNS.has(previous.text.toLowerCase())) return null;
  const gap = text.slice(previous.end, word.start);
  if (!/^,?[ \t\u00a0]+$/.test(gap) || !isCapitalized(word.text)) return null;
  let end = i;
  let small = false;
  for (let k = i + 1; k < words.length; k++) {
    const next = words[k] as Word;
    if (!plainGap(text, words[k - 1] as Word, next)) break;
    if (!isCapitalized(next.text)) {
      if (!TITLE_SMALL_WORDS.has(next.text)) break;
      continue;
    }
    // "Dancing on the Edge with Stanley Mitchell": a person after the title ends it.
    if (k > end + 1 && next.tags.has('FirstName')) break;
    small ||= k > end + 1;
    end = k;
  }
  return small ? end : null;
}

/** Words that never open a name ("If Poland", "And Ukraine"), wherever they stand. */
const STRUCTURE_TAGS = ['Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'QuestionWord'];

const FUNCTION_TAGS = [
  'Verb',
  'Adverb',
  'Adjective',
  'Expression',
  'Pronoun',
  'Conjunction',
  'Preposition',
  'Determiner',
  'QuestionWord',
  'Modal',
  'Copula',
];

/** "My job is gone": compromise tags these as nouns, but they never name anything. */
const POSSESSIVE_PRONOUNS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'its']);

const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];

/**
 * "But", "There", "However", "The": a capitalized function word, which opens a clause and never
 * names anything, even where compromise missed the sentence break before it.
 */
export function isClauseWord(word: Word): boolean {
  if (POSSESSIVE_PRONOUNS.has(word.text.toLowerCase())) return true;
  return (
    [...STRUCTURE_TAGS, 'Adverb', 'There'].some((t) => word.tags.has(t)) &&
    !PROPER_TAGS.some((t) => word.tags.has(t))
  );
}

/** Possessives of groups of people that names are built on ("People's", "Women's"). */
const GROUP_POSSESSIVES = new Set(
  [
    "people's",
    "children's",
    "women's",
    "men's",
    "workers'",
    "veterans'",
    "farmers'",
    "citizens'",
  ].flatMap((w) => [w, w.replace("'", '’')]),
);

const ADVERB_ENDING = /(?:ally|ously|ently|antly|ately|utely|ively|arly|ctly|ily)$/;

function isProper(word: Word): boolean {
  return PROPER_TAGS.some((t) => t !== 'ProperNoun' && word.tags.has(t));
}

function isCommonPluralBeforeOf(word: Word, next: Word | undefined): boolean {
  return (
    next?.text === 'of' && word.tags.has('Plural') && !PROPER_TAGS.some((t) => word.tags.has(t))
  );
}

/** The word, or its singular, occurs in lower case somewhere in the text. */
export function writtenLowerCase(word: string, lowerCase: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  const singulars = [lower, lower.replace(/ies$/, 'y'), lower.replace(/e?s$/, '')];
  return singulars.some((w) => lowerCase.has(w) || isOrdinaryLexiconWord(w));
}

/** "US$ 10 billion", "NZ $ 26 million": a currency's country code before an amount. */
function isCurrencyPrefix(text: string, word: Word): boolean {
  return /^\p{Lu}{1,3}\$?$/u.test(word.text) && /^\s?\$?\s?\d/u.test(text.slice(word.end));
}

/** Prepositions after which a lone capitalized word following "a" is a role ("a Fellow at"). */
const ROLE_FOLLOWERS = new Set(['of', 'at', 'in', 'for', 'with', 'from', 'on']);

/**
 * "a Fellow at King's College", "a Member of Parliament": one capitalized word after the
 * indefinite article and before a preposition or the end of a clause is a rank or role, no name.
 */
function isRoleAfterArticle(text: string, words: readonly Word[], i: number): boolean {
  const article = words[i - 1];
  const word = words[i] as Word;
  if (!article || !/^an?$/i.test(article.text) || !plainGap(text, article, word)) return false;
  const next = words[i + 1];
  if (!next) return true;
  if (!plainGap(text, word, next)) return /^[,.;:!?]/.test(text.slice(word.end));
  return ROLE_FOLLOWERS.has(next.text);
}

/** "MR. KIRBY:" and "Q": a transcript's speaker label, not a mention. */
function isSpeakerLabel(text: string, words: readonly Word[], i: number): boolean {
  const word = words[i] as Word;
  if (!isAllCaps(word.text)) return false;
  if (/^\s*:/.test(text.slice(word.end))) return true;
  const previous = words[i - 1];
  return (
    previous !== undefined &&
    isAllCaps(previous.text) &&
    SPEAKER_HONORIFICS.has(previous.text.toLowerCase())
  );
}

function startsChain(
  text: string,
  sentence: Sentence,
  i: number,
  capitals: ReadonlySet<string>,
  lowerCase: ReadonlySet<string>,
): boolean {
  const word = sentence.words[i] as Word;
  if (NAME_PARTICLES.has(word.text) && i > 0) {
    const next = nextNameWord(text, sentence.words, i);
    return next !== null;
  }
  if (!isNameWord(word.text) || isSpeakerLabel(text, sentence.words, i)) return false;
  if (isClauseWord(word)) return false;
  if (isCurrencyPrefix(text, word) || isRoleAfterArticle(text, sentence.words, i)) return false;
  const bareWord = withoutPossessive(word.text);
  if (!capitals.has(bareWord.toLowerCase()) && STRUCTURE_TAGS.some((t) => word.tags.has(t))) {
    return false;
  }
  if (opensClause(text, sentence, i) && !isAcronym(word.text)) {
    const bare = withoutPossessive(word.text);
    if (capitals.has(bare.toLowerCase()) || isTitleWord(bare)) return true;
    // "Tensions have soared", "Authorities said": the text writes the word in lower case too.
    if (!isProper(word) && writtenLowerCase(bare, lowerCase)) return false;
    // "Construction was underway", "Psychology major at…": a word formed as an abstract noun, alone
    // at the opening of a clause and nowhere else capitalized.
    if (isAbstractNoun(bare) && !isCapitalized(sentence.words[i + 1]?.text ?? '')) return false;
    // "Members of the Taliban", "Supporters of the party": a plural common noun opening the clause.
    if (isCommonPluralBeforeOf(word, sentence.words[i + 1]) && !isGroupOfPeople(bare)) return false;
    // "Absolutely.", "Obviously": an adverb opening an answer.
    if (!isProper(word) && bare.length >= 7 && ADVERB_ENDING.test(bare)) return false;
    return !isOrdinaryLexiconWord(bare) && !FUNCTION_TAGS.some((t) => word.tags.has(t));
  }
  return true;
}

/**
 * Only spaces between two words of a name, or the dot of an initial or an abbreviated title:
 * "C. Walsh", "Steven F. Udvar-Hazy", "Lt. Gen. Ahmed Sharif".
 */
export function nameGap(text: string, a: Word, b: Word): boolean {
  if (plainGap(text, a, b)) return true;
  const abbreviated =
    /^\p{Lu}$/u.test(a.text) ||
    (isCapitalized(a.text) &&
      (isTitleWord(`${a.text}.`) ||
        a.tags.has('Abbreviation') ||
        NAME_ABBREVIATIONS.has(a.text.toLowerCase())));
  return (
    abbreviated &&
    /^\.[ \t\u00a0]+$/.test(text.slice(a.end, b.start)) &&
    isNameWord(withoutPossessive(b.text))
  );
}

/** After name particles starting at i, the index of the capitalized word they lead to. */
function nextNameWord(text: string, words: readonly Word[], i: number): number | null {
  let k = i;
  while (k < words.length && NAME_PARTICLES.has((words[k] as Word).text)) {
    const next = words[k + 1];
    if (!next || !plainGap(text, words[k] as Word, next)) return null;
    k++;
  }
  const word = words[k];
  return word && isCapitalized(word.text) ? k : null;
}

function extend(text: string, words: readonly Word[], first: number): number {
  let j = first;
  for (;;) {
    const current = words[j] as Word;
    const next = words[j + 1];
    if (!next || !nameGap(text, current, next)) return j;
    // "People's Republic of China", "Children's Hospital": a common noun's possessive inside a name.
    if (
      isPossessive(current.text) &&
      !GROUP_POSSESSIVES.has(current.text.toLowerCase()) &&
      !isFoundersPossessive(words, first, j)
    )
      return j;
    if (isNameWord(next.text) && !isClauseWord(next)) {
      j++;
      continue;
    }
    if (NAME_PARTICLES.has(next.text)) {
      const k = nextNameWord(text, words, j + 1);
      if (k === null) return j;
      j = k;
      continue;
    }
    const joined = joinConnector(text, words, first, j);
    if (joined === null) return j;
    j = joined;
  }
}

/**
 * "King's College", "Queen's University", "St. Paul's Cathedral": a title's or a saint's
 * possessive before the head noun of an institution or place is part of its name ("Russia's
 * Defense Ministry" is not: Russia is a name of its own).
 */
function isFoundersPossessive(words: readonly Word[], first: number, j: number): boolean {
  const next = words[j + 1];
  if (!next || headKind(next.text) === null || !isCapitalized(next.text)) return false;
  const owner = withoutPossessive((words[j] as Word).text);
  const saint = /^(?:St\.?|Saint)$/.test((words[first] as Word).text) && j > first;
  return saint || (j === first && isTitleWord(owner));
}

/** "Bank of England", "Belt and Road Initiative": a connector that continues the name. */
function joinConnector(
  text: string,
  words: readonly Word[],
  first: number,
  j: number,
): number | null {
  const current = words[j] as Word;
  const connector = words[j + 1] as Word;
  let k = j + 2;
  const after = (): Word | undefined => words[k];
  const gapOk = (a: Word | undefined, b: Word | undefined): boolean =>
    a !== undefined && b !== undefined && plainGap(text, a, b);
  if (connector.text === 'of' || connector.text === 'for') {
    if (headKind(current.text) === null && !isTitleWord(current.text)) {
      // "Line of Control", "Statue of Liberty", but not "Sen. Chuck Schumer of New York".
      const span = words.slice(first, j + 1);
      const personal = span.some((w) => w.tags.has('Person') || isTitleWord(w.text));
      if (connector.text !== 'of' || personal || span.some((w) => isKnownPlace(w.text)))
        return null;
      if (span.some((w) => isAcronym(w.text) || isAllCaps(w.text))) return null;
      // "Kwong Chun-yu of the Democratic Party", "Jann Wenner of Rolling Stone Magazine": a
      // person of a body, two names.
      if (
        span.length >= 2 &&
        (after()?.text === 'the' || runHead(text, words, k) === 'organization')
      )
        return null;
    }
    if (!gapOk(connector, after())) return null;
    if (after()?.text === 'the') {
      if (!gapOk(after(), words[k + 1])) return null;
      k++;
    }
    const word = after();
    // "the Team Manager of the Slovenian wheelchair team": a nationality before a common noun
    // describes that noun; the name stops before "of".
    const next = words[k + 1];
    if (word && isDemonym(word.text) && !(next && gapOk(word, next) && isCapitalized(next.text))) {
      return null;
    }
    return word && isCapitalized(word.text) ? k : null;
  }
  if (connector.text === 'and') {
    for (let m = first; m <= j; m++) if (headKind((words[m] as Word).text)) return null;
    let end = -1;
    while (gapOk(words[k - 1], after()) && isCapitalized(after()?.text ?? '')) {
      end = k;
      if (isPossessive((words[k] as Word).text)) break;
      k++;
    }
    if (end < 0) return null;
    const kind = headKind((words[end] as Word).text);
    return kind === 'organization' || kind === 'other' ? end : null;
  }
  return null;
}

/** The head kind of the capitalized run that starts at word k ("Rolling Stone Magazine"). */
function runHead(text: string, words: readonly Word[], k: number): ReturnType<typeof headKind> {
  let end = k;
  while (
    words[end + 1] !== undefined &&
    isCapitalized((words[end + 1] as Word).text) &&
    plainGap(text, words[end] as Word, words[end + 1] as Word)
  ) {
    end++;
  }
  const last = words[end];
  return last !== undefined && isCapitalized(last.text) ? headKind(last.text) : null;
}

function parenAcronymAfter(text: string, words: readonly Word[], last: number): string | null {
  const word = words[last] as Word;
  const next = words[last + 1];
  if (!next || !isAcronym(next.text)) return null;
  if (!/^\s*\($/.test(text.slice(word.end, next.start))) return null;
  return text.startsWith(')', next.end) ? next.text : null;
}
