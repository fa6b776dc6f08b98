/** A piece of a paragraph; the `marked` pieces are the cited passage. */
export interface ParagraphPiece {
  text: string;
  marked: boolean;
}

/** A paragraph of a source and where it sits in the source's text. */
export interface Paragraph {
  start: number;
  end: number;
  pieces: ParagraphPiece[];
}

// A paragraph ends at a blank line: a newline, optional spaces, another newline.
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;

/**
 * Splits `text` into paragraphs and marks the part of each that falls inside [start, end),
 * so a passage that spans paragraphs is marked in each. Surrounding whitespace is dropped.
 */
export function splitParagraphs(text: string, start: number, end: number): Paragraph[] {
  const bounds: [number, number][] = [];
  let from = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    bounds.push([from, match.index]);
    from = match.index + match[0].length;
  }
  bounds.push([from, text.length]);

  const paragraphs: Paragraph[] = [];
  for (const [rawStart, rawEnd] of bounds) {
    const lead = text.slice(rawStart, rawEnd).search(/\S/);
    if (lead < 0) continue;
    const pStart = rawStart + lead;
    const pEnd = rawStart + text.slice(rawStart, rawEnd).trimEnd().length;
    const markStart = Math.max(start, pStart);
    const markEnd = Math.min(end, pEnd);
    const pieces: ParagraphPiece[] = [];
    if (markStart < markEnd) {
      if (markStart > pStart) pieces.push({ text: text.slice(pStart, markStart), marked: false });
      pieces.push({ text: text.slice(markStart, markEnd), marked: true });
      if (markEnd < pEnd) pieces.push({ text: text.slice(markEnd, pEnd), marked: false });
    } else {
      pieces.push({ text: text.slice(pStart, pEnd), marked: false });
    }
    paragraphs.push({ start: pStart, end: pEnd, pieces });
  }
  return paragraphs;
}
