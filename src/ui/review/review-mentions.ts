import type { KnowledgeBase } from '../../kb/schema';
import { compileMatcher, keepSupported, toMatchEntities, type Span } from '../../match';

/** The mentions of a knowledge base's entities in one of its own sources. */
export interface SourceMentions {
  sourceId: string;
  title: string;
  text: string;
  spans: Span[];
}

/**
 * Finds every entity's mentions in the briefing's own texts with the matcher the pages use, so
 * the review shows what a page would highlight.
 */
export function findSourceMentions(kb: KnowledgeBase): SourceMentions[] {
  const matcher = compileMatcher(toMatchEntities([kb]));
  return kb.sources.map((source) => ({
    sourceId: source.id,
    title: source.title,
    text: source.text,
    spans: keepSupported(matcher, matcher.findSpans(source.text)),
  }));
}

/** How often each entity is mentioned across the sources. */
export function countMentions(mentions: readonly SourceMentions[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { spans } of mentions) {
    for (const span of spans) counts.set(span.entityId, (counts.get(span.entityId) ?? 0) + 1);
  }
  return counts;
}
