/** The longest introduction taken, in words: anything longer is a clause, not a description. */
export const MAX_INTRODUCTION_WORDS = 16;

/** Words that head a title before or in a description of a person ("Prime Minister", "spokesman"). */
const TITLES = new Set(
  (
    'president premier minister secretary chancellor king queen prince princess emperor pope ' +
    'senator sen. representative rep. congressman congresswoman governor gov. mayor ambassador ' +
    'envoy general gen. admiral adm. colonel col. lieutenant lt. captain capt. commander chief ' +
    'chairman chairwoman chair chairperson director coordinator spokesman spokeswoman ' +
    'spokesperson adviser advisor leader head ceo founder judge justice speaker dictator officer ' +
    'official counselor attorney prosecutor correspondent editor analyst professor prof. dr. ' +
    'economist diplomat negotiator commissioner monarch sheikh lady'
  ).split(' '),
);

/** Lower-case words that may stand inside a title before a name ("former", "national security"). */
const MODIFIERS = new Set(
  (
    'former late acting interim deputy vice prime foreign defense defence interior finance ' +
    'national security senior top state press communications first then-president'
  ).split(' '),
);

/** Words inside a title that join its parts ("Secretary of State"). */
const CONNECTORS = new Set(['of', 'for']);

const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Words that start a clause or an aside rather than a description. A relative clause ("Kirby,
 * who said…") tells what the person did on this page, not who they are, so it is not taken.
 */
const NOT_A_DESCRIPTION = new Set(
  (
    'who whom whose which that where when while and or but nor so yet said says told added ' +
    'according however meanwhile though although because if as in on at with from by after ' +
    'before during since to is was are were has had have will would also not then too yes no ' +
    'yesterday today tonight now later earlier here there it he she they we i you'
  ).split(' '),
);

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu;
const POSSESSIVE = /^\p{Lu}[\p{L}\p{M}.-]*['’]s?$/u;
const CAPITALISED = /^\p{Lu}/u;
/** "the US and Russia", "Putin and Modi": names in a list, not a description. */
const NAME_LIST = /^(?:(?:the|a|an)\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s+(?:and|or)\s/u;

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();
const bare = (word: string): string => word.toLowerCase().replace(/['’]s?$/, '');

/**
 * How the page introduces the entity it mentions at `[start, end)` of `text` (a block's text):
 * an appositive after the name ("John Kirby, the coordinator for strategic communications, said"
 * gives "the coordinator for strategic communications"), else a title before it ("Pakistan's
 * Prime Minister Shehbaz Sharif" gives "Pakistan's Prime Minister"); null when it has neither.
 */
export function pageIntroduction(
  text: string,
  mention: { start: number; end: number },
): string | null {
  return appositiveAfter(text, mention.end) ?? titleBefore(text, mention.start);
}

/** The description set off after a name by commas, dashes or parentheses. */
function appositiveAfter(text: string, end: number): string | null {
  const opener = /^[ \t]*(,|—|–|\s-\s|\()\s*/u.exec(text.slice(end));
  if (!opener) return null;
  const from = end + opener[0].length;
  const open = opener[1]?.trim() ?? '';
  const close = closingOf(text, from, open);
  if (!close) return null;
  const candidate = squeeze(text.slice(from, close.at));
  // "Xi, the premier, and the foreign minister": the pieces of a list.
  if (open === ',' && close.mark === ',' && /^\s*(?:and|or)\b/u.test(text.slice(close.at + 1))) {
    return null;
  }
  return isDescription(candidate) ? candidate : null;
}

/** Where the aside that starts at `from` ends: at its closing mark, or at the sentence's end. */
function closingOf(text: string, from: number, open: string): { at: number; mark: string } | null {
  const closers = open === '(' ? ')' : open === ',' ? ',;:—–()' : '—–,;:()';
  for (let i = from; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n' && text.charAt(i + 1) === '\n') return { at: i, mark: '.' };
    if (closers.includes(ch)) return { at: i, mark: ch };
    if (open === '(') continue;
    if ((ch === '.' || ch === '?' || ch === '!') && endsSentence(text, i)) {
      return { at: i, mark: '.' };
    }
  }
  return open === '(' ? null : { at: text.length, mark: '.' };
}

/** Whether the stop at `i` ends a sentence, rather than an initialism ("U.S.") or "Gen.". */
function endsSentence(text: string, i: number): boolean {
  const next = text.charAt(i + 1);
  if (next !== '' && !/[\s"'”’)]/u.test(next)) return false;
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '';
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return false;
  return !TITLES.has(`${word.toLowerCase()}.`) && !/^(?:mr|mrs|ms|st|jr|no)$/iu.test(word);
}

/** Whether `candidate` reads as a description: a noun phrase, not a clause, list or number. */
function isDescription(candidate: string): boolean {
  const words = candidate.match(WORD) ?? [];
  const first = words[0];
  if (!first || words.length > MAX_INTRODUCTION_WORDS) return false;
  if (NAME_LIST.test(candidate)) return false;
  const lower = first.toLowerCase();
  if (NOT_A_DESCRIPTION.has(lower)) return false;
  if (DETERMINERS.has(lower) || POSSESSIVE.test(first)) return words.length > 1;
  // "NSC coordinator for strategic communications", "former president of Brazil".
  const lead = words.slice(0, 4);
  const title = lead.findIndex((w) => TITLES.has(w.toLowerCase()));
  return (
    title >= 0 &&
    lead.slice(0, title).every((w) => CAPITALISED.test(w) || MODIFIERS.has(w.toLowerCase()))
  );
}

/** The title run just before a name: "Pakistan's Prime Minister", "Secretary of State". */
function titleBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 200), start);
  if (!/\s$/u.test(before)) return null;
  const words: { word: string; at: number }[] = [];
  for (const match of before.matchAll(WORD)) words.push({ word: match[0], at: match.index });
  const run: { word: string; at: number }[] = [];
  let gapEnd = before.length;
  for (let i = words.length - 1; i >= 0 && run.length < 8; i--) {
    const item = words[i];
    if (!item) break;
    // Only spaces may stand between the words of a title: a comma or a quote ends it.
    if (before.slice(item.at + item.word.length, gapEnd).trim() !== '') break;
    if (!inTitle(item.word)) break;
    run.unshift(item);
    gapEnd = item.at;
  }
  while (run[0] && (DETERMINERS.has(bare(run[0].word)) || CONNECTORS.has(run[0].word))) {
    run.shift();
  }
  const lastTitle = run.findLastIndex((w) => TITLES.has(w.word.toLowerCase()));
  if (lastTitle < 0) return null;
  // A title goes on past its last title word only joined, in capitals ("Secretary of State");
  // capitals right after it are the name's own first part ("President Volodymyr Zelensky").
  const tail = run.slice(lastTitle + 1);
  const joins = (word: string): boolean => CONNECTORS.has(word) || DETERMINERS.has(word);
  const joined =
    CONNECTORS.has(tail[0]?.word ?? '') &&
    tail.every((w) => CAPITALISED.test(w.word) || joins(w.word)) &&
    !joins(tail.at(-1)?.word ?? '');
  if (!joined) run.splice(lastTitle + 1);
  const first = run[0];
  const last = run.at(-1);
  return first && last ? squeeze(before.slice(first.at, last.at + last.word.length)) : null;
}

/** Whether a word can be part of a title before a name. */
function inTitle(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_A_DESCRIPTION.has(lower)) return false;
  // A stop after a word ends the sentence before, unless it is "Gen." or an initialism.
  if (word.endsWith('.') && !TITLES.has(lower) && !/^(?:\p{Lu}\.)+$/u.test(word)) return false;
  return (
    TITLES.has(lower) ||
    MODIFIERS.has(lower) ||
    CONNECTORS.has(word) ||
    DETERMINERS.has(lower) ||
    CAPITALISED.test(word)
  );
}
