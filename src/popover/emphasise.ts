/** A piece of a sentence; `marked` pieces are occurrences of the entity's aliases. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * Splits `text` into plain and marked pieces, marking every occurrence of any alias.
 * Longer aliases win where aliases overlap ("Volodymyr Zelensky" over "Zelensky");
 * matches only stand at word boundaries, so "Xi" is not marked inside "Xinhua".
 */
export function emphasise(text: string, aliases: readonly string[]): TextPiece[] {
  const sorted = [...new Set(aliases.filter((a) => a.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  const taken: { start: number; end: number }[] = [];
  for (const alias of sorted) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(alias, from);
      if (start < 0) break;
      const end = start + alias.length;
      from = start + 1;
      if (!isWordBoundary(text, start) || !isWordBoundary(text, end)) continue;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end });
    }
  }
  taken.sort((a, b) => a.start - b.start);

  const pieces: TextPiece[] = [];
  let at = 0;
  for (const { start, end } of taken) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordBoundary(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index];
  const wordBefore = before !== undefined && WORD_CHAR.test(before);
  const wordAfter = after !== undefined && WORD_CHAR.test(after);
  return !(wordBefore && wordAfter);
}
