import nlp from 'compromise';

/** One word of the text, with its place in the text and compromise's tags. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
  readonly sentence: number;
}

/** A sentence, by offsets into the text. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly words: readonly Word[];
}

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const HYPHEN = /^[-‐‑]$/;

/**
 * Splits the text into sentences and words with one compromise pass over the whole document
 * (per-sentence passes would cost several times more). Hyphenated parts are joined into one word.
 */
export function tokenize(text: string): Sentence[] {
  const json = nlp(text).json({ offset: true }) as { terms: JsonTerm[] }[];
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const s of json) {
    const words: Word[] = [];
    let pending: { text: string; start: number; end: number; tags: Set<string> } | null = null;
    let sentenceStart = -1;
    let sentenceEnd = -1;
    for (const term of s.terms) {
      const start = locate(text, term, cursor);
      if (start < 0) continue;
      const end = start + term.text.length;
      cursor = end;
      if (sentenceStart < 0) sentenceStart = start - trailingNonSpace(term.pre, text, start);
      sentenceEnd = end + leadingNonSpace(term.post);
      if (pending && pending.end === start - 1 && HYPHEN.test(text[pending.end] ?? '')) {
        pending.text = text.slice(pending.start, end);
        pending.end = end;
        for (const t of term.tags) pending.tags.add(t);
      } else {
        if (pending) words.push({ ...pending, sentence: sentences.length });
        pending = { text: term.text, start, end, tags: new Set(term.tags) };
      }
    }
    if (pending) words.push({ ...pending, sentence: sentences.length });
    // A sentence is quoted as it stands, so it neither starts nor ends in whitespace.
    while (sentenceStart < sentenceEnd && /\s/u.test(text[sentenceStart] ?? '')) sentenceStart++;
    while (sentenceEnd > sentenceStart && /\s/u.test(text[sentenceEnd - 1] ?? '')) sentenceEnd--;
    if (words.length > 0 && sentenceEnd > sentenceStart) {
      sentences.push({ start: sentenceStart, end: sentenceEnd, words });
    }
  }
  return sentences;
}

/** The term's offset, trusted only when it quotes the text; otherwise found after the cursor. */
function locate(text: string, term: JsonTerm, cursor: number): number {
  if (term.text === '') return -1;
  const start = term.offset.start;
  if (start >= cursor && text.startsWith(term.text, start)) return start;
  return text.indexOf(term.text, cursor);
}

function trailingNonSpace(pre: string, text: string, start: number): number {
  const tail = /\S*$/.exec(pre)?.[0] ?? '';
  return text.slice(start - tail.length, start) === tail ? tail.length : 0;
}

function leadingNonSpace(post: string): number {
  return /^\S*/.exec(post)?.[0].length ?? 0;
}
