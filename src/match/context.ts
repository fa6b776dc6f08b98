import type { EntityType } from '../kb/schema';
import { isFrequentWord } from './common-words';
import type { MatchEntity, Span } from './types';

/**
 * What the context rules need to know of the knowledge base: each entity's type and the words
 * of its names, and which single words name something the briefing knows.
 */
export interface ContextIndex {
  types: ReadonlyMap<string, EntityType>;
  /** Lower-cased words of an entity's name and aliases ("volodymyr" for "Zelenskyy"). */
  nameWords(entityId: string): ReadonlySet<string>;
  /** Lower-cased one-word aliases of every entity: "china", "kremlin", "putin". */
  knownWords: ReadonlySet<string>;
  /** Stems of the one-word place aliases, so "Chinese" and "Russian" name a known place. */
  placeStems: ReadonlySet<string>;
}

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;
const MIN_STEM = 4;

export function buildContextIndex(entities: readonly MatchEntity[]): ContextIndex {
  const types = new Map<string, EntityType>();
  const names = new Map<string, string[]>();
  const knownWords = new Set<string>();
  const placeStems = new Set<string>();
  for (const entity of entities) {
    if (!types.has(entity.id)) types.set(entity.id, entity.type);
    let texts = names.get(entity.id);
    if (texts === undefined) {
      texts = [];
      names.set(entity.id, texts);
    }
    for (const text of [entity.name, ...entity.aliases]) {
      texts.push(text);
      if (/[^\p{L}\p{N}]/u.test(text)) continue;
      const only = text.toLowerCase();
      knownWords.add(only);
      if (entity.type === 'place' && only.length >= MIN_STEM) {
        placeStems.add(only.slice(0, Math.max(MIN_STEM, only.length - 2)));
      }
    }
  }
  // Most entities never have a capitalised neighbour: their words are split when first asked.
  const words = new Map<string, ReadonlySet<string>>();
  return {
    types,
    nameWords(entityId) {
      let found = words.get(entityId);
      if (found === undefined) {
        found = new Set(
          (names.get(entityId) ?? []).flatMap((text) =>
            text.toLowerCase().split(WORD_SPLIT).filter(Boolean),
          ),
        );
        words.set(entityId, found);
      }
      return found;
    },
    knownWords,
    placeStems,
  };
}

/**
 * Words that may stand before or after a name without making a longer name of it: titles and
 * honorifics ("President Xi", "Ukraine President"), days and months ("China Monday"), and the
 * events a place is in ("Russia-Ukraine War").
 */
const FREE_NEIGHBOURS = new Set(
  `president presidents vice prime premier minister ministers chancellor king queen prince princess
  pope emperor sen senator rep representative gov governor mayor secretary general gen admiral adm
  adviser advisor spokesman spokeswoman spokesperson ambassador envoy leader leaders chairman
  chairwoman chair director chief commander colonel col lt capt captain sgt dr mr mrs ms miss mx
  sir dame lord lady madam mister first deputy foreign defense defence officials official forces
  troops army navy government regime state embassy
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december
  war wars crisis conflict talks summit invasion border peace`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised only because they start a sentence, a quote or a headline: never part of a name. */
const FUNCTION_WORDS = new Set(
  `a an the and but or nor so yet if when while as at in on to for of with by from into than then
  that this these those after before since because also even though although where why how what`
    .split(/\s+/)
    .filter(Boolean),
);

/** The annotator joins a page's texts with U+0000: it ends a line as a line break does. */
const SEPARATOR = String.fromCharCode(0);

/**
 * Whether a character ends a block of text. A line break inside a block is whitespace, as a
 * browser draws it; the annotator gives each paragraph (each line of a transcript) on its own.
 */
function isLineBreak(char: string): boolean {
  return char === SEPARATOR;
}

/** Whitespace within a block: any run of it stands for one space, as in the scan. */
function isGap(char: string): boolean {
  return char !== SEPARATOR && /\s/.test(char);
}

function isTokenEnd(char: string): boolean {
  return char === SEPARATOR || /\s/.test(char);
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

function hasLower(text: string): boolean {
  return text !== text.toUpperCase();
}

/** The whitespace-free run of text around [start, end): a URL, address or path holds no spaces. */
function tokenAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !isTokenEnd(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !isTokenEnd(text.charAt(to))) to++;
  return text.slice(from, to);
}

const URL_LIKE =
  /:\/\/|^(?:[(<"'[]*)www\.|^[(<"'[]*[\p{L}\p{N}.-]+\.[a-z]{2,}\/|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+|^[(<"'[]*(?:~|\.{1,2})?\/[^/\s]+\/|^[a-z]:\\|[\p{L}\p{N}_-]\.(?:html?|php|aspx?|pdf|jpe?g|png|gif|txt|docx?)\b/iu;

/** Whether [start, end) is part of a URL, an e-mail address or a file path written as text. */
export function insideAddress(text: string, start: number, end: number): boolean {
  const token = tokenAround(text, start, end);
  return token.length > end - start && URL_LIKE.test(token);
}

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isLineBreak(text.charAt(i - 1))) i--;
  return i;
}

/**
 * Whether [start, end) is a transcript's speaker label: capitals at the start of a line, after
 * nothing but a capitalised honorific ("MR. KIRBY:", "ADMIRAL KIRBY:"), and then a colon.
 */
export function isSpeakerLabel(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (hasLower(name)) return false;
  let after = end;
  while (after < text.length && isGap(text.charAt(after))) after++;
  if (text.charAt(after) !== ':') return false;
  const before = text.slice(lineStart(text, start), start);
  return /^\s*(?:[\p{Lu}]+\.?\s+){0,3}$/u.test(before) && !hasLower(before);
}

/** The word that ends just before `at`, with what precedes it; undefined when none is there. */
function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  let gap = at;
  while (gap > 0 && isGap(text.charAt(gap - 1))) gap--;
  if (gap === at) return undefined;
  let from = gap;
  while (from > 0 && !isTokenEnd(text.charAt(from - 1))) from--;
  const word = text.slice(from, gap);
  return word === '' ? undefined : { word, start: from };
}

function wordAfter(text: string, at: number): { word: string; end: number } | undefined {
  let from = at;
  while (from < text.length && isGap(text.charAt(from))) from++;
  if (from === at) return undefined;
  let to = from;
  while (to < text.length && !isTokenEnd(text.charAt(to))) to++;
  const word = text.slice(from, to);
  return word === '' ? undefined : { word, end: to };
}

/** Whether the word at `start` begins a sentence (or a line, or a quote). */
function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isGap(text.charAt(i))) i--;
  if (i < 0) return true;
  const char = text.charAt(i);
  return isLineBreak(char) || /[.!?:;"“‘'([—–|•·]/.test(char);
}

const POSSESSIVE = /['’]s$/u;

/** The word's letters, lower-cased: "Vietnam's" -> "vietnam", "(Beijing," -> "beijing". */
function bare(word: string): string {
  return word
    .replace(POSSESSIVE, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .toLowerCase();
}

function namesKnownThing(context: ContextIndex, word: string): boolean {
  const lower = bare(word);
  if (context.knownWords.has(lower)) return true;
  for (let n = MIN_STEM; n <= lower.length; n++) {
    if (context.placeStems.has(lower.slice(0, n))) return true;
  }
  return false;
}

/**
 * Whether the text looks like a title-case headline or menu around [start, end): then every
 * word is capitalised and a capitalised neighbour says nothing about a longer name.
 */
function inTitleCase(text: string, start: number, end: number): boolean {
  const from = Math.max(lineStart(text, start), start - 80);
  let to = end;
  const limit = Math.min(text.length, end + 80);
  while (to < limit && !isLineBreak(text.charAt(to))) to++;
  const words = `${text.slice(from, start)} ${text.slice(end, to)}`
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}]+/u, ''))
    .filter((word) => word.length >= 4 && isLetter(word.charAt(0)));
  if (words.length < 3) return false;
  const capitalised = words.filter((word) => isUpper(word.charAt(0))).length;
  return capitalised / words.length >= 0.75;
}

/** A word of the entity's own names, or a longer form of one ("Jinpings", "Zelenskyys"). */
function isOwnNameWord(context: ContextIndex, entityId: string, lower: string): boolean {
  const words = context.nameWords(entityId);
  if (words.has(lower)) return true;
  for (const word of words) if (word.length >= 4 && lower.startsWith(word)) return true;
  return false;
}

/** A capitalised word that joins the match into a longer name the briefing does not know. */
function isNamePart(
  context: ContextIndex,
  entityId: string,
  word: string,
  spanIsCaps: boolean,
): boolean {
  const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (core === '' || core !== word.replace(/^["“‘'(]+/u, '')) return false;
  if (!isUpper(core.charAt(0))) return false;
  if (spanIsCaps && !hasLower(core)) return false;
  const lower = core.toLowerCase();
  if (FREE_NEIGHBOURS.has(lower) || FUNCTION_WORDS.has(lower)) return false;
  if (isOwnNameWord(context, entityId, lower)) return false;
  return !namesKnownThing(context, core);
}

/**
 * Whether a place's or an organization's name is only part of a longer capitalised name
 * ("China" in "South China Sea", "China Airlines", "Yahoo China"): a capitalised word right
 * before or after it that is not a title, a word of the entity's own names, or something the
 * briefing knows. Sentence-initial common words ("Yesterday China said") and title-case
 * headlines say nothing; a word after that starts another name ("Ambassador to Ukraine William
 * Taylor") neither. A person's name is left alone: the word before it is a first name.
 */
export function insideLongerName(
  context: ContextIndex,
  text: string,
  span: Span,
  neighbours: { before: boolean; after: boolean },
): boolean {
  const { start, end, entityId } = span;
  const type = context.types.get(entityId);
  if (type !== 'place' && type !== 'organization') return false;
  const matched = text.slice(start, end);
  const spanIsCaps = !hasLower(matched);
  const before = neighbours.before ? undefined : wordBefore(text, start);
  // An organization's acronym before a noun is a modifier: "AP Photographer", "NATO Summit".
  const acronym = type === 'organization' && spanIsCaps && !/\s/.test(matched);
  const after = neighbours.after || acronym ? undefined : wordAfter(text, end);
  const beforeBlocks =
    before !== undefined &&
    !POSSESSIVE.test(before.word) &&
    isNamePart(context, entityId, before.word, spanIsCaps) &&
    !(startsSentence(text, before.start) && isFrequentWord(bare(before.word)));
  const afterBlocks =
    after !== undefined &&
    isNamePart(context, entityId, after.word, spanIsCaps) &&
    !startsAnotherName(text, after.end);
  if (!beforeBlocks && !afterBlocks) return false;
  return !inTitleCase(text, start, end);
}

/** Whether a capitalised word follows at `at`: the word before it then begins a name of its own. */
function startsAnotherName(text: string, at: number): boolean {
  const next = wordAfter(text, at)?.word;
  return next !== undefined && isUpper(next.charAt(0)) && !FUNCTION_WORDS.has(bare(next));
}

/**
 * Whether a qualifier makes an organization's name someone else's: "Vietnam's Communist
 * Party", "the Communist Party of Vietnam". A qualifier naming a place or body the briefing
 * knows ("China's", "of China") leaves it the briefing's.
 */
export function qualifiedAway(context: ContextIndex, text: string, span: Span): boolean {
  const { start, end, entityId } = span;
  if (context.types.get(entityId) !== 'organization') return false;
  const matched = text.slice(start, end);
  if (!/\s/.test(matched.trim())) return false;
  const before = wordBefore(text, start);
  if (
    before !== undefined &&
    POSSESSIVE.test(before.word) &&
    isUpper(before.word.replace(/^["“‘'(]+/u, '').charAt(0)) &&
    !isOwnNameWord(context, entityId, bare(before.word)) &&
    !namesKnownThing(context, before.word)
  ) {
    return true;
  }
  const of = /^\s+of\s+(?:the\s+)?([\p{L}][\p{L}\p{N}'’.-]*)/u.exec(text.slice(end, end + 60));
  const place = of?.[1];
  return (
    place !== undefined &&
    isUpper(place.charAt(0)) &&
    !FREE_NEIGHBOURS.has(bare(place)) &&
    !namesKnownThing(context, place)
  );
}

/**
 * Whether a news agency's short name stands in a wire-service credit or dateline, which is
 * evidence on its own: "WASHINGTON (AP) —", "(AP Photo/Evan Vucci)", "Photo: …, AP", "/AP".
 */
export function inCredit(context: ContextIndex, text: string, span: Span): boolean {
  const { start, end, entityId } = span;
  if (context.types.get(entityId) !== 'organization') return false;
  const name = text.slice(start, end);
  if (hasLower(name) || name.length > 5) return false;
  const charBefore = text.charAt(start - 1);
  const rest = text.slice(end, end + 12);
  if (charBefore === '(' && /^\)/.test(rest)) {
    const lead = text.slice(Math.max(0, start - 40), start - 1);
    return (
      /[\p{Lu}]{2,}[,.]?\s*(?:[\p{Lu}][\p{L}.]*\s*)?$/u.test(lead) || /^\)\s*[—–-]/u.test(rest)
    );
  }
  if (/^ (?:Photos?|Video|Images?)\b/u.test(rest)) return true;
  if (charBefore === '/') return true;
  if (/^\s*\/\s*[\p{Lu}]/u.test(rest)) return true;
  // "Photo: Jane Doe, AP" / "Image credit: …, AP": a credit line ends with the agency.
  if (end === text.length || /^[ \t\u00a0]*(?:$|[)\].|])/u.test(rest.split(SEPARATOR)[0] ?? '')) {
    const line = text.slice(lineStart(text, start), start);
    return /\b(?:photo|photograph|image|picture|credit|file|video)s?\b.*[,/:]\s*$/iu.test(line);
  }
  return false;
}

/**
 * Applies the context rules to the scan's spans: drops matches inside addresses, speaker
 * labels, longer unknown names and names qualified as someone else's; makes a weak agency
 * name strong when it stands in a credit line.
 */
export function judgeContext(context: ContextIndex, text: string, spans: readonly Span[]): Span[] {
  const kept: Span[] = [];
  spans.forEach((span, i) => {
    const { start, end } = span;
    if (insideAddress(text, start, end)) return;
    if (isSpeakerLabel(text, start, end)) return;
    const previous = spans[i - 1];
    const next = spans[i + 1];
    const neighbours = {
      before: previous !== undefined && /^\s+$/.test(text.slice(previous.end, start)),
      after: next !== undefined && /^\s+$/.test(text.slice(end, next.start)),
    };
    if (inCredit(context, text, span)) {
      kept.push(span.weak ? { ...span, weak: false } : span);
      return;
    }
    if (insideLongerName(context, text, span, neighbours)) return;
    if (qualifiedAway(context, text, span)) return;
    kept.push(span);
  });
  return kept;
}
