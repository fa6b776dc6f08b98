import {
  PLACE_CUE_NOUNS,
  ROLE_WORDS,
  TITLE_CORES,
  WORK_NOUNS,
  isKnownPlace,
  isKnownRegion,
} from './lexicon';
import type { DescriptionCandidate, TypeReason } from './mention';
import type { Sentence, Word } from './tokens';
import { isCapitalized, isPossessive, plainGap } from './words';

const PLACE_PREPOSITIONS = new Set([
  'in',
  'near',
  'from',
  'across',
  'outside',
  'into',
  'around',
  'throughout',
  'toward',
  'towards',
]);

/** Verbs of going that, with "to" or "through", say a place follows ("travelled to Gaul"). */
const MOTION_VERBS = new Set(
  'went go goes going travelled traveled travels travelling traveling moved moves moving returned returns returning fled flee flees emigrated sailed flew fly flies relocated journeyed headed heading deported exiled evacuated retreated marched came comes coming journey journeys trip trips voyage'.split(
    ' ',
  ),
);
const STOP_BACKWARD = new Set(['Preposition', 'Determiner', 'Verb', 'Conjunction', 'Pronoun']);
const ARTICLES = new Set(['the', 'a', 'an']);

/** Common nouns that say what kind of thing a name right next to them is. */
const KIND_NOUNS: Record<'place' | 'organization' | 'other', ReadonlySet<string>> = {
  place: new Set([
    'field',
    'river',
    'region',
    'province',
    'city',
    'town',
    'village',
    'island',
    'valley',
    'basin',
    'border',
  ]),
  organization: new Set([
    'company',
    'firm',
    'utility',
    'group',
    'party',
    'agency',
    'bank',
    'insurer',
    'carrier',
    'giant',
    'airline',
    'broadcaster',
    'newspaper',
    'manufacturer',
    'maker',
    'operator',
    'regulator',
    'parliament',
    'ministry',
    'militia',
    'organization',
    'organisation',
    'charity',
    'union',
    'corporation',
    'conglomerate',
    'club',
    'team',
    'university',
    'publisher',
    'network',
    'channel',
    'band',
  ]),
  other: new Set([
    'system',
    'pipeline',
    'project',
    'programme',
    'program',
    'mission',
    'initiative',
    'treaty',
  ]),
};

function kindOf(word: string | undefined): 'place' | 'organization' | 'other' | null {
  if (word === undefined) return null;
  for (const kind of ['place', 'organization', 'other'] as const)
    if (KIND_NOUNS[kind].has(word)) return kind;
  return null;
}

/** Verbs of speech and thought that, right after a name, say a person is meant. */
const PERSON_VERBS = new Set(
  'said says told tells wrote writes added explained recalled argued replied believes thinks thought died married laughed'.split(
    ' ',
  ),
);

/** Verbs of making a work that, with "by", say its maker, a person, follows. */
const MAKER_VERBS = new Set(
  'written directed composed painted illustrated translated narrated sung authored co-written co-directed choreographed sculpted photographed'.split(
    ' ',
  ),
);

/** Nouns that, after a possessive name, say a person is meant ("Dvořák's wife"). */
const PERSON_NOUNS = new Set(
  'wife husband son daughter father mother brother sister children parents family death birth funeral widow girlfriend boyfriend'.split(
    ' ',
  ),
);

/**
 * Type hints from the words around a mention: "the area of Bakhmut", "ruler Xi", "the energy
 * company Equinor", "the Troll field", "Uniper, the German utility", "Simrock, who", "Kirby said".
 */
export function reasonsFromContext(
  text: string,
  sentence: Sentence,
  first: number,
  last: number,
): TypeReason[] {
  const reasons: TypeReason[] = [];
  const previous = sentence.words[first - 1];
  const before = kindOf(previous?.text);
  if (before && previous) {
    reasons.push({ type: before, weight: 3, cue: 'description', quote: previous.text });
  }
  // "the film Calling the Shots", "his book, Hegemony or Survival": a work by the noun before it.
  if (previous && WORK_NOUNS.has(previous.text.toLowerCase()) && !before) {
    reasons.push({ type: 'other', weight: 3, cue: 'description', quote: previous.text });
  }
  // "Trump's team", "Pakistan's army": what a name owns is not what it is.
  const owns = isPossessive((sentence.words[last] as Word).text);
  for (const word of owns ? [] : sentence.words.slice(last + 1, last + 3)) {
    if (isCapitalized(word.text)) break;
    const after = kindOf(word.text);
    if (after) {
      reasons.push({ type: after, weight: 3, cue: 'description', quote: word.text });
      break;
    }
  }
  const appositive = appositiveAfter(text, sentence, last);
  const headWord = appositive?.split(' ').pop();
  const head = kindOf(headWord);
  if (appositive && head) {
    reasons.push({ type: head, weight: 3, cue: 'description', quote: appositive });
  } else if (appositive && headWord && ROLE_WORDS.has(headWord)) {
    reasons.push({ type: 'person', weight: 3, cue: 'description', quote: appositive });
  }
  reasons.push(...reasonsFromWordsAfter(text, sentence, last));
  reasons.push(...reasonsFromPlacePair(text, sentence, first, last));
  return [...reasons, ...reasonsFromWordsBefore(sentence, first)];
}

/**
 * "Houston, Texas", "in Kanata, Ontario": a town and the state or country it lies in, written
 * as a pair with a comma. The name before a known state or country is a place, and so is the
 * name after "in Town," when the clause goes on with no verb of its own ("…, Biden said" is not).
 */
function reasonsFromPlacePair(
  text: string,
  sentence: Sentence,
  first: number,
  last: number,
): TypeReason[] {
  const words = sentence.words;
  const name = words[last] as Word;
  const next = words[last + 1];
  const ends = (k: number): boolean => {
    const word = words[k];
    const after = words[k + 1];
    if (!word || !after) return true;
    if (!plainGap(text, word, after)) return /^[.,;:)]/.test(text.slice(word.end, after.start));
    return (
      after.tags.has('Preposition') ||
      after.tags.has('Conjunction') ||
      (after.tags.has('Verb') && !isCapitalized(after.text))
    );
  };
  const comma = (a: Word, b: Word): boolean => /^,[ \t\u00a0]+$/.test(text.slice(a.end, b.start));
  if (next && comma(name, next) && isKnownPlace(next.text) && ends(last + 1)) {
    const after = words[last + 2];
    if (!after || !ROLE_WORDS.has(after.text)) {
      return [{ type: 'place', weight: 3, cue: 'place-cue', quote: `${name.text}, ${next.text}` }];
    }
  }
  const town = words[first - 1];
  let opening = first - 1;
  while (opening > 0 && isCapitalized((words[opening - 1] as Word).text)) opening--;
  const preposition = words[opening - 1];
  if (
    first === last &&
    town &&
    preposition &&
    isCapitalized(town.text) &&
    !isKnownRegion(town.text) &&
    comma(town, words[first] as Word) &&
    PLACE_PREPOSITIONS.has(preposition.text) &&
    (isKnownPlace(name.text) ||
      (ends(last) && !(next && plainGap(text, name, next) && next.tags.has('Verb'))))
  ) {
    return [
      {
        type: 'place',
        weight: 3,
        cue: 'place-cue',
        quote: text.slice(preposition.start, name.end).replace(/\s+/g, ' '),
      },
    ];
  }
  return [];
}

/** "Simrock, who", "Kirby said", "Dvořák's wife": words after a name that only fit a person. */
function reasonsFromWordsAfter(text: string, sentence: Sentence, last: number): TypeReason[] {
  const name = sentence.words[last];
  const next = sentence.words[last + 1];
  if (!name || !next) return [];
  const gap = text.slice(name.end, next.start);
  const quote = `${name.text}${gap}${next.text}`.replace(/\s+/g, ' ');
  if (/^,\s+$/.test(gap) && next.text === 'who') {
    return [{ type: 'person', weight: 3, cue: 'person-cue', quote }];
  }
  if (/^,?\s+$/.test(gap) && next.text === 'where' && !/['’]s?$/.test(name.text)) {
    return [{ type: 'place', weight: 1, cue: 'place-cue', quote }];
  }
  if (!plainGap(text, name, next)) return [];
  if (PERSON_VERBS.has(next.text)) return [{ type: 'person', weight: 2, cue: 'person-cue', quote }];
  if (/['’]s?$/.test(name.text) && PERSON_NOUNS.has(next.text)) {
    return [{ type: 'person', weight: 3, cue: 'person-cue', quote }];
  }
  return [];
}

function reasonsFromWordsBefore(sentence: Sentence, first: number): TypeReason[] {
  const reasons: TypeReason[] = [];
  const previous = sentence.words[first - 1]?.text;
  const before = sentence.words[first - 2]?.text.toLowerCase();
  if (previous === undefined) return reasons;
  if (ROLE_WORDS.has(previous)) {
    reasons.push({ type: 'person', weight: 3, cue: 'person-cue', quote: previous });
  }
  // "written by Marc Headley", "directed by Janis Cole": the maker of a work is a person.
  if (previous === 'by' && before !== undefined && MAKER_VERBS.has(before)) {
    reasons.push({ type: 'person', weight: 3, cue: 'person-cue', quote: `${before} by` });
  }
  if (PLACE_PREPOSITIONS.has(previous)) {
    reasons.push({ type: 'place', weight: 1, cue: 'place-cue', quote: previous });
  }
  if (previous === 'to' || previous === 'through') {
    // "travelled to Gaul", "travelled with Bonosus to Gaul", "a journey through Thrace"
    const verb = sentence.words
      .slice(Math.max(0, first - 5), first - 1)
      .findLast((w) => MOTION_VERBS.has(w.text.toLowerCase()));
    if (verb) {
      reasons.push({
        type: 'place',
        weight: 2,
        cue: 'place-cue',
        quote: `${verb.text} ${previous}`,
      });
    }
  }
  if (previous === 'of' && before !== undefined && PLACE_CUE_NOUNS.has(before)) {
    reasons.push({ type: 'place', weight: 3, cue: 'place-cue', quote: `${before} of` });
  }
  if (previous === 'the') {
    reasons.push({ type: 'person', weight: -1, cue: 'name-form' });
  }
  return reasons;
}

/** "communist China ruler Xi Jinping": the role phrase right before a name, if there is one. */
export function rolePhraseBefore(text: string, sentence: Sentence, first: number): string | null {
  const adjacent = sentence.words[first - 1];
  const name = sentence.words[first];
  if (!adjacent || !name || !ROLE_WORDS.has(adjacent.text) || !plainGap(text, adjacent, name)) {
    return null;
  }
  let from = first - 1;
  while (from - 1 >= 0 && first - from < 4) {
    const word = sentence.words[from - 1] as Word;
    if ([...word.tags].some((t) => STOP_BACKWARD.has(t))) break;
    if (!plainGap(text, word, sentence.words[from] as Word)) break;
    from--;
  }
  return text.slice((sentence.words[from] as Word).start, adjacent.end).replace(/\s+/g, ' ');
}

/**
 * "John Kirby, the coordinator for ... Council," or "Støre, Norway's prime minister,":
 * the appositive after a name, without its article.
 */
export function appositiveAfter(text: string, sentence: Sentence, last: number): string | null {
  const words = sentence.words;
  const name = words[last];
  const first = words[last + 1];
  if (!name || !first || !/^,\s+$/.test(text.slice(name.end, first.start))) return null;
  let end = last + 1;
  while (end + 1 < words.length && plainGap(text, words[end] as Word, words[end + 1] as Word)) {
    end++;
    if (end - last > 14) return null;
  }
  const closing = text.slice((words[end] as Word).end, (words[end + 1] as Word | undefined)?.start);
  if (!/^\s*[,.;:)]/.test(closing) && end + 1 < words.length) return null;
  const phrase = words.slice(last + 1, end + 1);
  const startsWithArticle = ARTICLES.has(first.text);
  const hasRole = phrase.some((w) => ROLE_WORDS.has(w.text) || TITLE_CORES.has(w.text));
  if (!startsWithArticle && !hasRole) return null;
  if (phrase.some((w) => w.tags.has('Verb') && !w.tags.has('Gerund'))) return null;
  if (phrase.some((w) => ['who', 'which', 'that', 'whose'].includes(w.text))) return null;
  if (startsWithArticle && phrase.length < 2) return null;
  const from = startsWithArticle ? (phrase[1] as Word) : first;
  if (!startsWithArticle && isCapitalized(from.text) && phrase.length < 2) return null;
  return text.slice(from.start, (phrase[phrase.length - 1] as Word).end).replace(/\s+/g, ' ');
}

export function descriptionCandidates(
  text: string,
  sentence: Sentence,
  first: number,
  last: number,
  title: string | null,
): DescriptionCandidate[] {
  const found: DescriptionCandidate[] = [];
  const appositive = appositiveAfter(text, sentence, last);
  if (appositive) found.push({ text: appositive, rank: 4 });
  if (title) found.push({ text: title, rank: title.includes(' ') ? 3 : 1 });
  const role = rolePhraseBefore(text, sentence, first);
  if (role) found.push({ text: role, rank: 2 });
  return found;
}
