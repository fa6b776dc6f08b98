import { countryOf } from './country-names';
import type { Chain } from './chains';
import type { EntityType, TypeCue } from '../kb/schema';
import { descriptionCandidates, reasonsFromContext } from './context-cues';
import {
  ADHERENT_WORDS,
  JUNK_WORDS,
  MONTHS_AND_DAYS,
  NAME_ABBREVIATIONS,
  NAME_PARTICLES,
  OTHER_OPENERS,
  PLACE_OPENERS,
  SINGLE_WORD_NAMES,
  SPEAKER_HONORIFICS,
  TITLE_CORES,
  headKind,
  isAbstractNoun,
  isOrdinaryLexiconWord,
  isDemonym,
  isGroupOfPeople,
  isKnownDemonym,
  isUnknownWord,
  isTeamName,
  isKnownPlace,
  isLexiconPlace,
  isTitleWord,
} from './lexicon';
import type { Mention, TypeReason } from './mention';
import { votesOf } from './mention';
import type { Sentence, Word } from './tokens';
import {
  isAcronym,
  isAcronymLike,
  isAllCaps,
  isNameWord,
  isPossessive,
  opensClause,
  withoutPossessive,
} from './words';

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
    return speakerMention(text, chain, words);
  }
  const dateline = datelineMention(text, chain, words);
  if (dateline.length > 0) return dateline;
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
    if (!title.bare) titleText = spanText(text, words, a, Math.min(title.nameStart, b + 1) - 1);
    a = title.nameStart;
    if (a > b) return [];
  }
  let glued = title ? -1 : gluedAppositive(words, a, b);
  if (!title && glued < 0) {
    const prefix = prefixBeforePerson(words, a, b);
    if (prefix?.kind === 'title' || prefix?.kind === 'modifier') {
      if (prefix.kind === 'title') titleText = spanText(text, words, a, prefix.nameStart - 1);
      a = prefix.nameStart;
    } else if (prefix?.kind === 'name') glued = prefix.nameStart;
    else if (nationalityBeforeName(words, a, b)) a = b;
  }
  const spans: [number, number][] =
    glued > 0
      ? [
          [a, glued - 1],
          [glued, b],
        ]
      : [[a, b]];
  const nested = nestedPlace(words, a, b);
  if (nested !== null) spans.push([nested, b]);
  const mentions: Mention[] = [];
  for (const [from, to] of spans) {
    const mention = makeMention(text, sentence, chain, words, from, to, titleText, capitals);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

/**
 * "Indian Rafale jets", "Chinese Xiaomi phones": a nationality before a one-word name says where
 * the thing is from; it is not part of the name. Head nouns, places and words compromise knows keep it
 * ("Indian Ocean", "Saudi Arabia", "American Express", "American Revolution").
 */
function nationalityBeforeName(words: readonly Word[], a: number, b: number): boolean {
  if (b !== a + 1 || !isKnownDemonym((words[a] as Word).text)) return false;
  const name = withoutPossessive((words[b] as Word).text);
  if (isKnownPlace(`${(words[a] as Word).text} ${name}`) || /(?:ism|ion)$/.test(name)) return false;
  return headKind(name) === null && !isKnownPlace(name) && isUnknownWord(name);
}

/** "Jean-Pierre" for "JEAN-PIERRE": a shouted name as the text writes it elsewhere. */
export function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-‐‑'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * "MR. KIRBY:": a transcript's speaker label names the speaker, in capitals; the mention is the
 * name in title case ("Kirby"), a person by the label.
 */
function speakerMention(text: string, chain: Chain, words: readonly Word[]): Mention[] {
  const name = words.slice(1);
  const last = name[name.length - 1] as Word;
  if (
    name.length === 0 ||
    !name.every((w) => isAllCaps(w.text)) ||
    !/^\s*:/.test(text.slice(last.end))
  ) {
    return [];
  }
  const label = text.slice((words[0] as Word).start, last.end + 1).replace(/\s+/g, ' ');
  return shoutedMention(chain, name, {
    type: 'person',
    weight: 4,
    cue: 'person-cue',
    quote: label,
  });
}

const DATELINE_TAIL =
  /^(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?\s*(?:\((?:AP|Reuters|AFP|CNN|UPI)\)\s*)?[—–]/u;

/**
 * "TROMSØ, Norway —", "KYIV (AP) —": a dateline opens a paragraph with the place the story is
 * filed from, in capitals.
 */
function datelineMention(text: string, chain: Chain, words: readonly Word[]): Mention[] {
  const first = words[0] as Word;
  const last = words[words.length - 1] as Word;
  if (!words.every((w) => isAllCaps(w.text) && /\p{L}{2}/u.test(w.text))) return [];
  if (text.slice(text.lastIndexOf('\n', first.start - 1) + 1, first.start).trim() !== '') return [];
  const tail = DATELINE_TAIL.exec(text.slice(last.end));
  if (!tail) return [];
  const quote = text.slice(first.start, last.end + tail[0].length).replace(/\s+/g, ' ');
  return shoutedMention(chain, words, { type: 'place', weight: 4, cue: 'place-cue', quote });
}

/** A name written in capitals, as a mention in title case with the one reason that found it. */
function shoutedMention(chain: Chain, name: readonly Word[], reason: TypeReason): Mention[] {
  const names = name.map((w) => titleCase(w.text));
  const start = (name[0] as Word).start;
  const last = name[name.length - 1] as Word;
  const reasons = [reason];
  return [
    {
      surface: names.join(' '),
      words: names,
      start,
      end: last.end,
      sentence: chain.sentence,
      votes: votesOf(reasons),
      reasons,
      structural: false,
      opening: true,
      descriptions: [],
      parenAcronym: null,
    },
  ];
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
  const reasons = wordReasons(span, names);
  if (titleText !== null && headKind(names[names.length - 1] as string) === null) {
    reasons.push({ type: 'person', weight: 4, cue: 'person-cue', quote: titleText });
  }
  const firstIndex = chain.first + (titleText !== null ? 0 : from);
  const lastIndex = chain.first + to;
  reasons.push(...reasonsFromContext(text, sentence, firstIndex, lastIndex));
  const possessive = isPossessive(lastWord.text);
  return {
    surface: text.slice(start, end).replace(/\s+/g, ' '),
    words: names,
    start,
    end,
    sentence: chain.sentence,
    votes: votesOf(reasons),
    reasons,
    structural: false,
    opening: opensClause(text, sentence, chain.first + from),
    descriptions: possessive
      ? []
      : descriptionCandidates(text, sentence, firstIndex, lastIndex, titleText),
    parenAcronym: to === words.length - 1 ? chain.parenAcronym : null,
  };
}

function isJunkWord(word: string): boolean {
  const lower = word.toLowerCase();
  // "Oooh", "Hmmm": a drawn-out interjection.
  if (/(\p{L})\1\1/u.test(lower)) return true;
  if (isHyphenatedModifier(word)) return true;
  if (/^[IVXLC]+$/.test(word) && word.length > 1) return true;
  return MONTHS_AND_DAYS.has(lower) || JUNK_WORDS.has(lower) || /^\P{L}*$/u.test(word);
}

/**
 * "Scientology-related", "Kashmir-administered", "pro-Beijing", "India-Pakistan": a compound
 * adjective built on a name describes something else; it is not a name itself.
 */
export function isHyphenatedModifier(word: string): boolean {
  const parts = word.split(/[-‐‑]/);
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1] as string;
  if (/^\p{Ll}{3,}$/u.test(last) && isOrdinaryLexiconWord(last)) return true;
  if (/^(?:pro|anti|pan|non|ex|post|pre|neo|mid|trans|cross|inter)$/i.test(parts[0] as string)) {
    return true;
  }
  // Only the lexicon's places: with the gazetteer's smaller cities, a country named with a
  // hyphen ("Guinea-Bissau") would read as a pair of places.
  return parts.every((p) => isLexiconPlace(p));
}

/** The last word of an office held by someone ("Home Secretary", "State Department Spokesperson"). */
const OFFICE_ENDS = new Set(
  'secretary spokesperson spokesman spokeswoman sheriff mp mep senator minister chairman chairwoman governor mayor ambassador commissioner'.split(
    ' ',
  ),
);

/** US states as AP style abbreviates them (the final dot dropped), and their postal codes. */
const US_STATE_ABBREVIATIONS = new Set(
  `Ala Alaska Ariz Ark Calif Colo Conn Del Fla Ga Hawaii Idaho Ill Ind Iowa Kan Ky La Maine Md
  Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D Ohio Okla Ore Pa R.I S.C S.D Tenn
  Texas Utah Vt Va Wash W.Va Wis Wyo`.split(/\s+/),
);

/** A US lawmaker's party and state, as news writes it after the name: "R-Wis.", "D-N.Y.", "R-TX". */
function isPartyState(name: string): boolean {
  const match = /^[RDI]-(.+?)\.?$/.exec(name);
  const state = match?.[1];
  return state !== undefined && (US_STATE_ABBREVIATIONS.has(state) || /^[A-Z]{2}$/.test(state));
}

/**
 * The holders of a public office in the plural ("Senators voted"); not every title's plural:
 * "Cardinals" and "Generals" are also teams.
 */
const OFFICE_HOLDERS = new Set(
  `senators representatives governors ministers mayors congressmen congresswomen lawmakers members
  councillors councilors commissioners ambassadors presidents premiers chancellors`.split(/\s+/),
);

/** Bare titles, demonyms, generic head nouns, single letters and shouted words. */
function isJunkName(names: readonly string[], capitals: ReadonlySet<string>): boolean {
  if (names.every((n) => isJunkWord(n) || isTitleWord(n) || isDemonym(n))) return true;
  if (names.length > 1 && OFFICE_ENDS.has((names[names.length - 1] as string).toLowerCase())) {
    return true;
  }
  if (names.length !== 1) return false;
  const name = names[0] as string;
  if (/^\p{L}\.?$/u.test(name)) return true;
  // "Rep. Mike Gallagher, R-Wis.", "(D-Calif.)": a lawmaker's party and state, no name.
  if (isPartyState(name)) return true;
  // "Western officials", "the Midwestern battlegrounds": a compass adjective, no name.
  if (/^(?:Mid-?)?(?:North|South)?(?:east|west|north|south)ern$/i.test(name)) return true;
  if (ADHERENT_WORDS.has(name.toLowerCase())) return true;
  // "Senators", "Representatives", "Governors": the holders of an office, no one named.
  if (OFFICE_HOLDERS.has(name.toLowerCase())) return true;
  if (headKind(name) !== null && !SINGLE_WORD_NAMES.has(name.toLowerCase())) return true;
  if (isAcronymLike(name) || capitals.has(name.toLowerCase())) return false;
  const singular = name.replace(/s$/, '');
  if (
    isOrdinaryLexiconWord(name) ||
    (singular !== name && (isOrdinaryLexiconWord(singular) || isDemonym(singular)))
  ) {
    return true;
  }
  return isAllCaps(name) && !isAcronym(name);
}

interface TitleSpan {
  nameStart: number;
  /** A title with no person after it ("President of the United States"): no description. */
  bare?: boolean;
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
  const of = (words[k] as Word).text === 'of';
  if (of && !words.slice(k + 2, b + 1).some((w) => w.tags.has('FirstName'))) {
    // "President of the United States" with no name after it: the title names its country.
    const after = (words[k + 1] as Word | undefined)?.text === 'the' ? k + 2 : k + 1;
    const rest = words.slice(after, b + 1);
    if (
      rest.length > 0 &&
      (headKind((words[b] as Word).text) !== null ||
        rest.some((w) => PLACE_TAGS.some((t) => w.tags.has(t))))
    ) {
      return { nameStart: after, bare: true };
    }
  }
  if (headKind((words[b] as Word).text) !== null) return null;
  if (of) {
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

/**
 * "University of California", "Bank of England": a known place named inside a longer name is
 * also a mention of that place. Returns where the place starts.
 */
export function nestedPlace(words: readonly Word[], a: number, b: number): number | null {
  let at = -1;
  for (let k = a + 1; k < b; k++) if ((words[k] as Word).text === 'of') at = k;
  if (at < 0) return null;
  const start = (words[at + 1] as Word).text === 'the' ? at + 2 : at + 1;
  if (start > b) return null;
  const place = words.slice(start, b + 1).map((w) => withoutPossessive(w.text));
  const known =
    isKnownPlace(place.join(' ')) ||
    (place.length === 1 &&
      words.slice(start, b + 1).some((w) => PLACE_TAGS.some((t) => w.tags.has(t))));
  return known ? start : null;
}

/** What stands before a person's name inside one chain, and where the name starts. */
export interface PersonPrefix {
  /**
   * 'title': "FBI Director", kept as the description; 'modifier': "Scientologist", dropped;
   * 'name': "NASA", "Washington State University", another name glued on, both kept.
   */
  readonly kind: 'title' | 'modifier' | 'name';
  readonly nameStart: number;
}

/**
 * "FBI Director Christopher Wray", "Scientologist Tom Cruise", "NASA Bill Ingalls": a chain that
 * ends in a given name and one or two more words, after words that are not part of that name.
 */
export function prefixBeforePerson(
  words: readonly Word[],
  a: number,
  b: number,
): PersonPrefix | null {
  if (headKind((words[b] as Word).text) !== null) return null;
  const surname = words[b] as Word;
  const starts: number[] = [];
  for (let k = Math.max(a + 1, b - 2); k <= b; k++) starts.push(k);
  // "Marco Rubio" where compromise does not know the given name: the last two words.
  if (b - 1 > a && (surname.tags.has('LastName') || surname.tags.has('Person'))) starts.push(b - 1);
  for (const k of starts) {
    const given = words[k] as Word;
    const before = words[k - 1] as Word;
    const givenName =
      given.tags.has('FirstName') ||
      (given.tags.has('Person') && k < b) ||
      (k === b - 1 && k === starts[starts.length - 1] && isNameWord(given.text));
    if (!givenName || isTitleWord(given.text)) continue;
    if (before.tags.has('FirstName') || NAME_PARTICLES.has(before.text)) continue;
    if (k === b && b - a > 1) continue;
    const prefix = words.slice(a, k);
    if (prefix.some((w) => TITLE_CORES.has(withoutPossessive(w.text).toLowerCase()))) {
      return { kind: 'title', nameStart: k };
    }
    if (prefix.every((w) => isDemonym(w.text) || ADHERENT_WORDS.has(w.text.toLowerCase()))) {
      return { kind: 'modifier', nameStart: k };
    }
    const last = prefix[prefix.length - 1] as Word;
    const placeOrBody =
      headKind(last.text) !== null ||
      (prefix.length === 1 && (isAcronym(last.text) || isKnownPlace(last.text))) ||
      last.tags.has('Organization') ||
      last.tags.has('Country');
    if (placeOrBody) return { kind: 'name', nameStart: k };
    return null;
  }
  return null;
}

/** "Ukraine Petro Poroshenko": a known place glued to a full name. Returns where the name starts. */
function gluedAppositive(words: readonly Word[], a: number, b: number): number {
  if (b - a < 2) return -1;
  const place = words[a] as Word;
  const given = words[a + 1] as Word;
  // "St. Paul's Cathedral": an abbreviated word of the name, not a place before it.
  if (NAME_ABBREVIATIONS.has(place.text.toLowerCase())) return -1;
  const placeLike = isKnownPlace(place.text) || place.tags.has('Country');
  return placeLike && given.tags.has('FirstName') ? a + 1 : -1;
}

function wordReasons(span: readonly Word[], names: readonly string[]): TypeReason[] {
  const reasons: TypeReason[] = [];
  const add = (type: EntityType, weight: number, cue: TypeCue, quote?: string): void => {
    reasons.push(quote === undefined ? { type, weight, cue } : { type, weight, cue, quote });
  };
  const of = names.indexOf('of');
  // "Medical Journal of Australia": the head is the word before "of", not the place after it.
  const last = span[of > 0 ? of - 1 : span.length - 1] as Word;
  const headWord = names[of > 0 ? of - 1 : names.length - 1] as string;
  const finalName = names[names.length - 1] as string;
  const head = headKind(headWord) ?? (of > 0 ? headKind(finalName) : null);
  if (head) add(head, 5, 'name-form', headWord);
  // "Construction Grammar", "Sport Studies": a name ending in an abstract noun.
  const abstract = isAbstractNoun(finalName);
  if (span.length > 1 && isKnownPlace(names.join(' '))) add('place', 3, 'lexicon');
  if (countryOf(names.join(' ')) !== null) add('place', 4, 'lexicon');
  // "Operation Sindoor", "USS Cole", "Space Shuttle Atlantis": an operation, ship or craft.
  const opener = names.slice(0, 2).find((n) => OTHER_OPENERS.has(n.toLowerCase()));
  if (names.length > 1 && opener !== undefined && opener !== names[names.length - 1]) {
    add('other', 5, 'name-form', opener);
  }
  // "Mount Everest", "Lake Geneva", "Fort Worth": a place by the word that opens its name.
  if (names.length > 1 && PLACE_OPENERS.has((names[0] as string).toLowerCase())) {
    add('place', 4, 'name-form', names[0]);
  }
  // "EVA Air", "Qatar Air": an airline; "Air" stays a word of longer names ("National Air and Space").
  if (names.length === 2 && names[1] === 'Air' && !isOrdinaryLexiconWord(names[0] as string))
    add('organization', 5, 'name-form', 'Air');
  if (isTeamName(names)) add('organization', 4, 'name-form', finalName);
  // "Wikinews", "Yonhapnews": a news outlet's one-word name.
  if (names.length === 1 && /^\p{Lu}\p{L}{2,}news$/iu.test(names[0] as string)) {
    add('organization', 4, 'name-form', names[0]);
  }
  const joined = names.find((n) => /\p{L}-e-\p{L}/u.test(n));
  if (joined !== undefined) add('organization', 5, 'name-form', joined);
  if (of < 0 && isGroupOfPeople(finalName)) add('person', 4, 'lexicon', finalName);
  const given = span.find((w) => w.tags.has('FirstName'));
  if (given) add('person', 2, 'person-cue', given.text);
  else if (
    span.some((w) => PERSON_TAGS.some((t) => w.tags.has(t))) &&
    !(span.length > 1 && abstract)
  )
    add('person', 2, 'lexicon');
  if (PLACE_TAGS.some((t) => last.tags.has(t))) add('place', 2, 'lexicon');
  if (span.some((w) => isKnownPlace(w.text)) && span.length === 1) add('place', 2, 'lexicon');
  if (span.some((w) => w.tags.has('Organization'))) add('organization', 1, 'lexicon');
  if (span.length === 1 && isAcronym(names[0] as string)) add('organization', 1, 'name-form');
  // "Linguistics", "Sport Studies", "Educational Leadership": a field, work or idea, not the place
  // that "a degree in …" seems to say. A head noun ("Ministry of Information") outweighs this.
  if (head === null && abstract) add('other', 2, 'name-form', finalName);
  const plainName =
    span.length >= 2 &&
    span.length <= 3 &&
    head === null &&
    !PLACE_TAGS.some((t) => last.tags.has(t)) &&
    !names.some((n) => isOrdinaryLexiconWord(n)) &&
    !abstract;
  if (plainName) add('person', 1, 'name-form');
  return reasons;
}

function spanText(text: string, words: readonly Word[], from: number, to: number): string {
  return text.slice((words[from] as Word).start, (words[to] as Word).end).replace(/\s+/g, ' ');
}
