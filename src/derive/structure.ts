import type { Sentence } from './tokens';

/** Most words a heading, caption, dateline or list line holds. */
const MAX_STRUCTURE_WORDS = 12;

/**
 * True for a line that stands alone and is not a sentence of prose: a title, section heading
 * ("Early life"), table or list line ("Pittsburgh Pirates (2012)", "- Oslo"), speaker label or
 * caption. Names read there are kept, but a reader meets them there only.
 */
export function isStructureLine(text: string, sentence: Sentence): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = text.indexOf('\n', sentence.end);
  const before = text.slice(lineStart, sentence.start);
  const after = text.slice(sentence.end, lineEnd < 0 ? text.length : lineEnd);
  if (before.trim() !== '' || after.trim() !== '') return false;
  const body = text.slice(sentence.start, sentence.end);
  if (/^(?:[-*•–]|\d+[.)])\s/.test(body)) return true;
  return sentence.words.length <= MAX_STRUCTURE_WORDS && !/[.!?…]["”’)]*$/.test(body);
}
