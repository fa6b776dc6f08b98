let segmenter: Intl.Segmenter | undefined;

/**
 * The `[start, end)` of the sentence of `text` that holds `[from, to)` (a mention), without the
 * spaces around it; a mention that a sentence break cuts (as after "U.S.") takes both sentences.
 */
export function sentenceAround(
  text: string,
  span: { start: number; end: number },
): { start: number; end: number } {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let start = 0;
  let end = text.length;
  for (const { index, segment } of segmenter.segment(text)) {
    const segmentEnd = index + segment.length;
    if (segmentEnd <= span.start) start = segmentEnd;
    else if (index >= span.end) {
      end = index;
      break;
    }
  }
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return { start: Math.min(start, span.start), end: Math.max(end, span.end) };
}
