import type { Chain } from './chains';
import { descriptionCandidates, votesFromContext } from './context-cues';
import {
  JUNK_WORDS,
  MONTHS_AND_DAYS,
  SINGLE_WORD_NAMES,
  SPEAKER_HONORIFICS,
  TITLE_CORES,
  headKind,
  isCommonWord,
  isDemonym,
  isKnownPlace,
  isTitleWord,
} from './lexicon';
import type { Mention, TypeVotes } from './mention';
import { addVotes, noVotes } from './mention';
import type { Sentence, Word } from './tokens';
import { isAcronym, isAllCaps, isPossessive, withoutPossessive } from './words';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];

/**
 * Turns a chain into clean mentions: drops speaker labels, articles, dates and bare titles,
 * strips titles and possessives (keeping the title as a description) and splits glued
 * appositives such as "Ukraine Petro Poroshenko".
 */
export function cleanChain(
  text: string,
  sentence: Sentence,
  chain: Chain,
  capitals: ReadonlySet<string>,
): Mention[] {
  const words = sentence.words.slice(chain.first, chain.last + 1);
  const first = words[0];
  if (!first) return [];
  if (
    words.length > 1 &&
    isAllCaps(first.text) &&
    SPEAKER_HONORIFICS.has(first.text.toLowerCase())
  ) {
    return [];
  }
  let a = 0;
  let b = words.length - 1;
  const skippable = (w: Word): boolean =>
    w.text === 'The' || w.text === 'the' || isJunkWord(withoutPossessive(w.text));
  while (a <= b && skippable(words[a] as Word)) a++;
  while (b >= a && skippable(words[b] as Word)) b--;
  if (a > b) return [];

  const title = titleSpan(words, a, b);
  let titleText: string | null = null;
  if (title) {
    titleText = spanText(text, words, a, Math.min(title.nameStart, b + 1) - 1);
    a = title.nameStart;
    if (a > b) return [];
  }
  const glued = title ? -1 : gluedAppositive(words, a, b);
  const spans: [number, number][] =
    glued > 0
      ? [
          [a, glued - 1],
          [glued, b],
        ]
      : [[a, b]];
  const mentions: Mention[] = [];
  for (const [from, to] of spans) {
    const mention = makeMention(text, sentence, chain, words, from, to, titleText, capitals);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

function makeMention(
  text: string,
  sentence: Sentence,
  chain: Chain,
  words: readonly Word[],
  from: number,
  to: number,
  titleText: string | null,
  capitals: ReadonlySet<string>,
): Mention | null {
  const span = words.slice(from, to + 1);
  const names = span.map((w, i) => (i === span.length - 1 ? withoutPossessive(w.text) : w.text));
  if (isJunkName(names, capitals)) return null;
  const start = (span[0] as Word).start;
  const lastWord = span[span.length - 1] as Word;
  const end = lastWord.end - (lastWord.text.length - (names[names.length - 1] as string).length);
  const votes = wordVotes(span, names);
  if (titleText !== null && headKind(names[names.length - 1] as string) === null) {
    votes.person += 4;
  }
  const firstIndex = chain.first + (titleText !== null ? 0 : from);
  const lastIndex = chain.first + to;
  addVotes(votes, votesFromContext(text, sentence, firstIndex, lastIndex));
  const possessive = isPossessive(lastWord.text);
  return {
    surface: text.slice(start, end).replace(/\s+/g, ' '),
    words: names,
    start,
    end,
    sentence: chain.sentence,
    votes,
    descriptions: possessive
      ? []
      : descriptionCandidates(text, sentence, firstIndex, lastIndex, titleText),
    parenAcronym: to === words.length - 1 ? chain.parenAcronym : null,
  };
}

function isJunkWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^[IVXLC]+$/.test(word) && word.length > 1) return true;
  return MONTHS_AND_DAYS.has(lower) || JUNK_WORDS.has(lower) || /^\P{L}*$/u.test(word);
}

/** Bare titles, demonyms, generic head nouns, single letters and shouted words. */
function isJunkName(names: readonly string[], capitals: ReadonlySet<string>): boolean {
  if (names.every((n) => isJunkWord(n) || isTitleWord(n) || isDemonym(n))) return true;
  if (names.length !== 1) return false;
  const name = names[0] as string;
  if (/^\p{L}\.?$/u.test(name)) return true;
  if (headKind(name) !== null && !SINGLE_WORD_NAMES.has(name.toLowerCase())) return true;
  if (isAcronym(name) || capitals.has(name.toLowerCase())) return false;
  const singular = name.replace(/s$/, '');
  if (
    isCommonWord(name) ||
    (singular !== name && (isCommonWord(singular) || isDemonym(singular)))
  ) {
    return true;
  }
  return isAllCaps(name) && !isAcronym(name);
}

interface TitleSpan {
  nameStart: number;
}

/**
 * "Ukrainian President", "Prime Minister", "President of Ukraine": a leading title (with an
 * optional demonym or "of <place>") that is followed by a name and is not itself part of a name
 * such as "Justice Department".
 */
function titleSpan(words: readonly Word[], a: number, b: number): TitleSpan | null {
  let k = a;
  if (
    isDemonym((words[k] as Word).text) &&
    k + 1 <= b &&
    isTitleWord((words[k + 1] as Word).text)
  ) {
    k++;
  }
  let core = false;
  while (k <= b && isTitleWord((words[k] as Word).text)) {
    if (TITLE_CORES.has((words[k] as Word).text.toLowerCase())) core = true;
    k++;
  }
  if (!core || k > b) return null;
  if (headKind((words[b] as Word).text) !== null) return null;
  if ((words[k] as Word).text === 'of') {
    let name = -1;
    for (let m = k + 2; m <= b; m++) {
      if ((words[m] as Word).tags.has('FirstName')) {
        name = m;
        break;
      }
    }
    if (name < 0) name = b - 1 > k + 1 ? b - 1 : b + 1;
    return { nameStart: name };
  }
  return { nameStart: k };
}

/** "Ukraine Petro Poroshenko": a known place glued to a full name. Returns where the name starts. */
function gluedAppositive(words: readonly Word[], a: number, b: number): number {
  if (b - a < 2) return -1;
  const place = words[a] as Word;
  const given = words[a + 1] as Word;
  const placeLike = isKnownPlace(place.text) || place.tags.has('Country');
  return placeLike && given.tags.has('FirstName') ? a + 1 : -1;
}

function wordVotes(span: readonly Word[], names: readonly string[]): TypeVotes {
  const votes = noVotes();
  const last = span[span.length - 1] as Word;
  const head = headKind(names[names.length - 1] as string);
  if (head) votes[head] += 5;
  if (span.some((w) => PERSON_TAGS.some((t) => w.tags.has(t)))) votes.person += 2;
  if (PLACE_TAGS.some((t) => last.tags.has(t))) votes.place += 2;
  if (span.some((w) => isKnownPlace(w.text)) && span.length === 1) votes.place += 1;
  if (span.some((w) => w.tags.has('Organization'))) votes.organization += 1;
  if (span.length === 1 && isAcronym(names[0] as string)) votes.organization += 1;
  const plainName =
    span.length >= 2 &&
    span.length <= 3 &&
    head === null &&
    !PLACE_TAGS.some((t) => last.tags.has(t)) &&
    !names.some((n) => isCommonWord(n));
  if (plainName) {
    votes.person += 1;
  }
  return votes;
}

function spanText(text: string, words: readonly Word[], from: number, to: number): string {
  return text.slice((words[from] as Word).start, (words[to] as Word).end).replace(/\s+/g, ' ');
}
