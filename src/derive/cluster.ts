import type { EntityType } from '../kb/schema';
import {
  NAME_PARTICLES,
  OTHER_OPENERS,
  PLACE_STANDINGS,
  headKind,
  isDemonym,
  isGroupOfPeople,
  isKnownFirstName,
  isKnownPlace,
  isTeamName,
  teamPlaceLength,
} from './lexicon';
import type { Mention, TypeVotes } from './mention';
import { addVotes, noVotes, typeFromVotes } from './mention';
import { countryOf } from './country-names';
import { surnameKey } from './variants';
import { isAcronym, isAcronymLike } from './words';

/** Mentions that name the same thing, with the surfaces that become its aliases. */
export interface Cluster {
  readonly mentions: readonly Mention[];
  /** Surfaces in order of first appearance. */
  readonly surfaces: readonly string[];
  /** The fullest surface: most words, then most mentions, then first seen. */
  readonly name: string;
  readonly type: EntityType;
  /** Surfaces folded in but too common to match alone, such as a bare first name "John". */
  readonly hidden: ReadonlySet<string>;
  /** A short name ("Sharif") that two people of the text share, so it is left to neither. */
  readonly ambiguous: boolean;
}

interface Group {
  readonly surface: string;
  readonly words: readonly string[];
  readonly mentions: Mention[];
  readonly votes: TypeVotes;
}

/**
 * Groups mentions by surface, then joins acronyms to their expansions, surnames to full names
 * ("Zelensky" -> "Volodymyr Zelensky") and family names to Chinese-order names ("Xi" ->
 * "Xi Jinping").
 */
export function clusterMentions(mentions: readonly Mention[], titleEnd = 0): Cluster[] {
  const groups = groupBySurface(mentions);
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (into: number, from: number): void => {
    const a = find(into);
    const b = find(from);
    if (a !== b) parent[b] = a;
  };
  const index = new Map(groups.map((g, i) => [g.surface, i]));
  const hidden = new Set<number>();
  const ambiguous = new Set<number>();

  joinAcronyms(groups, index, union);
  joinCountryForms(groups, union);
  joinUnqualifiedNames(groups, index, union);
  joinPlaceStandings(groups, index, union);
  joinCompassShortenings(groups, union);
  joinTeamNicknames(groups, index, union);
  joinOpenedNames(groups, index, union);
  joinCaseVariants(groups, union);
  joinMisspellings(groups, union);
  const typeOf = (i: number): EntityType => {
    const votes = noVotes();
    groups.forEach((g, j) => {
      if (find(j) === find(i)) addVotes(votes, g.votes);
    });
    return typeFromVotes(votes);
  };
  joinShortNames(groups, find, union, typeOf, hidden, ambiguous, titleEnd);

  const byRoot = new Map<number, number[]>();
  groups.forEach((_, i) => {
    const root = find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), i]);
  });
  return [...byRoot.values()].map((members) => {
    const parts = members.map((i) => groups[i] as Group);
    const votes = noVotes();
    for (const p of parts) addVotes(votes, p.votes);
    const named = [...parts].sort(
      (x, y) =>
        y.words.length - x.words.length ||
        y.mentions.length - x.mentions.length ||
        firstStart(x) - firstStart(y),
    )[0] as Group;
    const ordered = [...parts].sort((x, y) => firstStart(x) - firstStart(y));
    return {
      mentions: ordered.flatMap((p) => p.mentions),
      surfaces: ordered.map((p) => p.surface),
      name: named.surface,
      type: typeFromVotes(votes),
      hidden: hiddenFirstNames(
        named,
        parts,
        members.filter((i) => hidden.has(i)).map((i) => groups[i] as Group),
      ),
      ambiguous: members.length === 1 && ambiguous.has(members[0] as number),
    };
  });
}

function groupBySurface(mentions: readonly Mention[]): Group[] {
  const groups = new Map<string, Group>();
  for (const mention of mentions) {
    const key = mention.surface.normalize('NFC');
    let group = groups.get(key);
    if (!group) {
      group = { surface: key, words: mention.words, mentions: [], votes: noVotes() };
      groups.set(key, group);
    }
    group.mentions.push(mention);
    addVotes(group.votes, mention.votes);
  }
  return [...groups.values()];
}

function firstStart(group: Group): number {
  return group.mentions[0]?.start ?? 0;
}

function letters(acronym: string): string {
  return acronym.replace(/\./g, '').replace(/s$/, '');
}

function initials(words: readonly string[], capitalizedOnly: boolean): string {
  return words
    .filter((w) => !capitalizedOnly || /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

function joinAcronyms(
  groups: readonly Group[],
  index: ReadonlyMap<string, number>,
  union: (into: number, from: number) => void,
): void {
  groups.forEach((group, i) => {
    for (const mention of group.mentions) {
      const acronym = mention.parenAcronym;
      const target = acronym === null ? undefined : index.get(acronym);
      if (acronym === null || target === undefined || group.words.length < 2) continue;
      if (letters(acronym).charAt(0) === initials(group.words, true).charAt(0)) union(i, target);
    }
  });
  groups.forEach((group, i) => {
    if (group.words.length !== 1 || !isAcronymLike(group.surface)) return;
    // "U.S." is the United States, not "University of Sheffield".
    if (countryOf(group.surface) !== null) return;
    const wanted = letters(group.surface).toUpperCase();
    const matches = groups
      .map((g, j) => ({ g, j }))
      .filter(({ g }) => g !== group && expansionInitials(g.words).includes(wanted));
    if (matches.length === 1) union((matches[0] as { j: number }).j, i);
  });
  joinReorderedNames(groups, index, union);
}

const JOINING_WORDS = new Set(['of', 'and', 'the', 'for', '&', 'de', 'in', 'on', 'to']);

/**
 * The initials a name may be shortened to: of every word ("World Wildlife Fund" -> WWF), of its
 * capitalized words only, and of the parts of hyphenated words ("Lashkar-e-Taiba" -> LET).
 */
export function expansionInitials(words: readonly string[]): string[] {
  const parts = words.flatMap((w) => w.split(/[-‐‑]/)).filter((w) => w !== '');
  if (parts.length < 2) return [];
  const first = (list: readonly string[]): string =>
    list.map((w) => w.charAt(0).toUpperCase()).join('');
  return [
    ...new Set([
      first(parts),
      first(parts.filter((w) => !JOINING_WORDS.has(w))),
      first(parts.filter((w) => /^\p{Lu}/u.test(w))),
    ]),
  ];
}

/** "America", "the U.S." and "the United States": the forms of one country are one place. */
function joinCountryForms(
  groups: readonly Group[],
  union: (into: number, from: number) => void,
): void {
  const first = new Map<string, number>();
  groups.forEach((group, i) => {
    const country = countryOf(group.surface);
    if (country === null) return;
    const into = first.get(country);
    if (into === undefined) first.set(country, i);
    else union(into, i);
  });
}

/**
 * "Communist Party" and "Chinese Communist Party", "Republican Party" and "U.S. Republican Party":
 * a body's name without its nationality, when only one such fuller name is in the text.
 */
function joinUnqualifiedNames(
  groups: readonly Group[],
  index: ReadonlyMap<string, number>,
  union: (into: number, from: number) => void,
): void {
  const fuller = new Map<string, number[]>();
  groups.forEach((group, i) => {
    const w = group.words;
    const of = w.indexOf('of');
    const head = w[of > 0 ? of - 1 : w.length - 1] as string;
    if (headKind(head) !== 'organization') return;
    for (const n of [1, 2]) {
      const qualifier = w.slice(0, n).join(' ');
      const rest = w.slice(n);
      if (rest.length < 2 || (of >= 0 && of < n + 1)) continue;
      if ((n === 1 && isDemonym(qualifier)) || countryOf(qualifier) !== null) {
        const key = rest.join(' ');
        fuller.set(key, [...(fuller.get(key) ?? []), i]);
      }
    }
  });
  for (const [key, candidates] of fuller) {
    const short = index.get(key);
    if (short !== undefined && candidates.length === 1) union(candidates[0] as number, short);
  }
}

/** "The State of Texas" and "Texas", "the Municipality of Bogliasco" and "Bogliasco". */
function joinPlaceStandings(
  groups: readonly Group[],
  index: ReadonlyMap<string, number>,
  union: (into: number, from: number) => void,
): void {
  groups.forEach((group, i) => {
    const [standing, of, ...rest] = group.words;
    if (of !== 'of' || standing === undefined || !PLACE_STANDINGS.has(standing.toLowerCase()))
      return;
    const place = index.get(rest.join(' '));
    if (rest.length > 0 && place !== undefined) union(place, i);
  });
}

/** "Pittsburgh Pirates" then "the Pirates": a team by its nickname, when one team has it. */
function joinTeamNicknames(
  groups: readonly Group[],
  index: ReadonlyMap<string, number>,
  union: (into: number, from: number) => void,
): void {
  const teams = new Map<string, number[]>();
  groups.forEach((group, i) => {
    if (!isTeamName(group.words)) return;
    const nickname = group.words.slice(teamPlaceLength(group.words)).join(' ');
    teams.set(nickname, [...(teams.get(nickname) ?? []), i]);
  });
  for (const [nickname, holders] of teams) {
    const bare = index.get(nickname);
    if (bare !== undefined && holders.length === 1) union(holders[0] as number, bare);
  }
}

const COMPASS = new Set(['North', 'South', 'East', 'West']);

/**
 * "North Korea" then "the North": a bare compass word is the one place of the text whose name
 * opens with it. With two such places ("South Korea", "South Africa") it is left alone.
 */
function joinCompassShortenings(
  groups: readonly Group[],
  union: (into: number, from: number) => void,
): void {
  groups.forEach((group, i) => {
    if (group.words.length !== 1 || !COMPASS.has(group.surface)) return;
    const places = groups.flatMap((other, j) =>
      other.words.length > 1 &&
      other.words[0] === group.surface &&
      typeFromVotes(other.votes) === 'place'
        ? [j]
        : [],
    );
    if (places.length === 1) union(places[0] as number, i);
  });
}

/** "Space Shuttle Atlantis" and "Atlantis", "Operation Sindoor" and "Sindoor". */
function joinOpenedNames(
  groups: readonly Group[],
  index: ReadonlyMap<string, number>,
  union: (into: number, from: number) => void,
): void {
  groups.forEach((group, i) => {
    const at = group.words.slice(0, 2).findLastIndex((w) => OTHER_OPENERS.has(w.toLowerCase()));
    const rest = group.words.slice(at + 1);
    if (at < 0 || rest.length === 0) return;
    const bare = index.get(rest.join(' '));
    if (bare !== undefined && bare !== i) union(i, bare);
  });
}

/** "Justice Department" and "Department of Justice", "State Department" and "Department of State". */
function joinReorderedNames(
  groups: readonly Group[],
  index: ReadonlyMap<string, number>,
  union: (into: number, from: number) => void,
): void {
  groups.forEach((group, i) => {
    const w = group.words;
    if (w.length < 3 || w[1] !== 'of' || w.includes('the') || headKind(w[0] as string) === null)
      return;
    const reordered = index.get([...w.slice(2), w[0]].join(' '));
    if (reordered !== undefined && reordered !== i) union(i, reordered);
  });
}

/** Equal up to the spelling of a Slavic "-sky" ending; case matters ("KIRBY" is a label). */
function sameSurname(a: string, b: string): boolean {
  return (
    a === b ||
    (a.charAt(0) === b.charAt(0) &&
      a.slice(1) === a.slice(1).toLowerCase() &&
      surnameKey(a) === surnameKey(b))
  );
}

/** Suffixes that name a person by surname: "Zelensky", "von der Leyen", "Gahr Støre". */
function isNameSuffix(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length) return false;
  const tail = full.slice(full.length - short.length);
  if (NAME_PARTICLES.has(tail[0] ?? '') && short[0] !== tail[0]) return false;
  return short.every((w, i) => {
    const f = tail[i] as string;
    return i === short.length - 1 ? sameSurname(w, f) : w === f;
  });
}

function joinShortNames(
  groups: readonly Group[],
  find: (i: number) => number,
  union: (into: number, from: number) => void,
  typeOf: (i: number) => EntityType,
  hidden: Set<number>,
  ambiguous: Set<number>,
  titleEnd: number,
): void {
  const types = groups.map((_, i) => typeOf(i));
  const people = groups
    .map((g, i) => ({ g, i }))
    .filter(({ g, i }) => types[i] === 'person' && g.words.length >= 2);
  // "Matthew Goode" and "Matthew William Goode": one person, with and without a middle name.
  for (const short of people) {
    const full = people.filter(
      ({ g }) =>
        g.words.length > short.g.words.length && isMiddleNameVariant(short.g.words, g.words),
    );
    if (full.length === 1) union((full[0] as { i: number }).i, short.i);
  }
  joinNameStems(groups, types, union);
  joinShortenedBodies(groups, types, union);
  groups.forEach((group, i) => {
    if (find(i) !== i) return;
    // "Democrats" is no surname of "Senate Democrats".
    if (group.words.length === 1 && isGroupOfPeople(group.surface)) return;
    const own = types[i];
    const strongOther =
      (own === 'place' || own === 'organization') && group.votes[own] >= 2 + group.votes.person;
    if (strongOther) return;
    const bySurname = people.filter(({ g, i: j }) => j !== i && isNameSuffix(group.words, g.words));
    if (new Set(bySurname.map(({ i: j }) => find(j))).size > 1) {
      // The person the title names is the one the text calls by surname alone.
      const titled = new Set(
        bySurname
          .filter(({ g }) => g.mentions.some((m) => m.start < titleEnd))
          .map(({ i: j }) => find(j)),
      );
      const [subject] = titled;
      if (titled.size === 1 && subject !== undefined) union(subject, i);
      else ambiguous.add(i);
      return;
    }
    const target = closestBefore(bySurname, group);
    if (target !== null) {
      union(target, i);
      return;
    }
    if (group.words.length !== 1) return;
    const word = group.words[0] as string;
    const byFamilyName = people.filter(
      ({ g, i: j }) => j !== i && g.words[0] === word && !isAcronym(word),
    );
    const family = closestBefore(byFamilyName, group);
    if (family === null) return;
    union(family, i);
    if (isKnownFirstName(word)) hidden.add(i);
  });
}

/** Same first and last word, the longer name only adds words between them. */
export function isMiddleNameVariant(short: readonly string[], full: readonly string[]): boolean {
  if (short.length < 2 || full.length <= short.length) return false;
  if (short[0] !== full[0] || short[short.length - 1] !== full[full.length - 1]) return false;
  let k = 1;
  for (const word of full.slice(1, -1)) if (word === short[k]) k++;
  return k === short.length - 1;
}

/** Heads a name is often shortened without: "Harvard" for Harvard University. */
const DROPPABLE_HEADS = new Set(['University', 'College', 'School', 'Institute', 'Academy']);

/** "Harvard" and "Harvard University", when one such name has that stem and it is no place. */
function joinNameStems(
  groups: readonly Group[],
  types: readonly EntityType[],
  union: (into: number, from: number) => void,
): void {
  groups.forEach((group, i) => {
    if (group.words.length !== 1 || types[i] === 'place' || isKnownPlace(group.surface)) return;
    const full = groups
      .map((g, j) => ({ g, j }))
      .filter(
        ({ g }) =>
          g.words.length === 2 &&
          g.words[0] === group.surface &&
          DROPPABLE_HEADS.has(g.words[1] as string),
      );
    if (full.length === 1) union((full[0] as { j: number }).j, i);
  });
}

/**
 * A bare given name folded into a person ("John" into "John Kirby") stays out of the aliases when
 * the text also calls them by surname: the given name alone would match strangers. When the text
 * uses the given name as the short form ("Anwar" for Anwar Ibrahim), it stays.
 */
function hiddenFirstNames(
  named: Group,
  parts: readonly Group[],
  givenNames: readonly Group[],
): Set<string> {
  const surname = named.words[named.words.length - 1];
  const calledBySurname = parts.some((p) => p.words.length === 1 && p.words[0] === surname);
  return new Set(calledBySurname ? givenNames.map((g) => g.surface) : []);
}

/** Of several full names, the one mentioned last before the short form (else the first one). */
function closestBefore(
  candidates: readonly { g: Group; i: number }[],
  short: Group,
): number | null {
  if (candidates.length === 0) return null;
  const at = firstStart(short);
  const before = candidates.filter(({ g }) => firstStart(g) <= at);
  const pick = before.length > 0 ? before[before.length - 1] : candidates[0];
  return pick ? pick.i : null;
}

/** "PlayStation VR" and "Playstation VR": one name written with other capitals (not "KIRBY"). */
function joinCaseVariants(
  groups: readonly Group[],
  union: (into: number, from: number) => void,
): void {
  const first = new Map<string, number>();
  groups.forEach((group, i) => {
    if (group.surface === group.surface.toUpperCase()) return;
    const key = group.surface.toLowerCase();
    const into = first.get(key);
    if (into === undefined) first.set(key, i);
    else union(into, i);
  });
}

/** Optimal string alignment distance of two words, capped at 2 (enough to tell 1 from more). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const width = b.length + 1;
  const d = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        d[i * width + j] = i + j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * width + j] = best;
    }
  }
  return Math.min(2, at(a.length, b.length));
}

const bareWord = (w: string): string => w.replace(/['’]s?$/, '');

/**
 * "Untied Nations" and "United Nations", "Kristen Wilkins" and "Kristin Wilkins", "New People
 * Party" and "New People's Party": names of two or more words that differ in one long word by one
 * letter (or a possessive) are one name misspelt.
 */
export function isMisspelling(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  let differing = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as string;
    const y = b[k] as string;
    if (x === y) continue;
    differing++;
    if (bareWord(x) === bareWord(y)) continue;
    if (x.length < 5 || y.length < 5 || x.charAt(0) !== y.charAt(0)) return false;
    if (editDistance(x, y) !== 1) return false;
  }
  return differing === 1;
}

function joinMisspellings(
  groups: readonly Group[],
  union: (into: number, from: number) => void,
): void {
  groups.forEach((group, i) => {
    for (let j = i + 1; j < groups.length; j++) {
      if (isMisspelling(group.words, (groups[j] as Group).words)) union(i, j);
    }
  });
}

/** Heads a name of a programme, movement or outlet is often shortened without. */
const TRAILING_HEADS = new Set([
  'Movement',
  'Program',
  'Programme',
  'Project',
  'Tournament',
  'News',
  'Magazine',
  'Festival',
]);

/**
 * The shortened name of a body or work, when one fuller name of the text has it: "New Culture" for
 * the New Culture Movement, "CBC" for CBC News, "Bonosus" for Bonosus of Sardica, "the Andy Warhol
 * Foundation" for the Andy Warhol Foundation for the Visual Arts, "Scientology" for the Church of
 * Scientology. A place keeps its own entity ("Paris" is no University of Paris).
 */
function joinShortenedBodies(
  groups: readonly Group[],
  types: readonly EntityType[],
  union: (into: number, from: number) => void,
): void {
  groups.forEach((group, i) => {
    if (types[i] === 'place' || isKnownPlace(group.surface) || countryOf(group.surface) !== null)
      return;
    const short = group.words;
    const full = groups
      .map((g, j) => ({ g, j }))
      .filter(({ g, j }) => j !== i && g.words.length > short.length && shortensTo(g.words, short));
    if (full.length === 1) union((full[0] as { j: number }).j, i);
  });
}

export function shortensTo(full: readonly string[], short: readonly string[]): boolean {
  if (full.length <= short.length || !full.includes(short[0] as string)) return false;
  const forms = isDemonym(full[0] as string) ? [full, full.slice(1)] : [full];
  return forms.some((f) => {
    const prefix = f.length > short.length && short.every((w, k) => f[k] === w);
    if (prefix) {
      const rest = f.slice(short.length);
      if (rest.length === 1 && TRAILING_HEADS.has(rest[0] as string)) return true;
      if (rest.length >= 2 && rest[0] === 'of') return true;
      // "the Andy Warhol Foundation (for the Visual Arts)", not "César Award (for Best Actress)"
      const last = short[short.length - 1] as string;
      if (rest.length >= 2 && rest[0] === 'for' && headKind(last) === 'organization') return true;
    }
    // "Church of Scientology" -> "Scientology"
    const [head, of, ...tail] = f;
    return (
      of === 'of' &&
      head !== undefined &&
      headKind(head) === 'organization' &&
      tail.length === short.length &&
      tail.every((w, k) => w === short[k])
    );
  });
}
