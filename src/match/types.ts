import type { EntityType } from '../kb/schema';

/** What the matcher needs of an entity: the knowledge base's entity, reduced to matching. */
export interface MatchEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: readonly string[];
  /** Ids of related entities, whose presence on a page supports this entity's weak aliases. */
  related: readonly string[];
}

/** A mention found in a text: `text.slice(start, end)` is the exact matched text. */
export interface Span {
  start: number;
  end: number;
  entityId: string;
  /**
   * A weak match (a short or common-word alias) counts only when the page also holds
   * supporting evidence for the entity; see `Matcher.isSupported`.
   */
  weak: boolean;
}

export interface Matcher {
  /** Non-overlapping spans in text order, longest match first. Pure: same text, same spans. */
  findSpans(text: string): Span[];
  /**
   * Whether a weak mention of `entityId` stands, given the ids of the entities that have
   * strong (non-weak) mentions on the same page.
   */
  isSupported(entityId: string, strongOnPage: ReadonlySet<string>): boolean;
}
