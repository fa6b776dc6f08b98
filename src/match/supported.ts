import type { Matcher, Span } from './types';

/**
 * The spans a reader should see on one page: every strong span, and each weak span whose entity
 * has supporting evidence (its own or a related entity's strong mention) among these spans.
 */
export function keepSupported(matcher: Matcher, spans: readonly Span[]): Span[] {
  const strongOnPage = new Set(spans.filter((span) => !span.weak).map((span) => span.entityId));
  return spans.filter((span) => !span.weak || matcher.isSupported(span.entityId, strongOnPage));
}
