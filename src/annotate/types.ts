import type { EntityType } from '../kb/schema';

/**
 * How a mention is drawn under the page's density: fully (tint and underline as its type's style
 * says), lightly (a thin dotted underline), or not at all (found and counted, but not drawn).
 */
export type MentionDrawing = 'full' | 'light' | 'none';

/** One mention found on the page, in document order, whether drawn or not. */
export interface PageMention {
  entityId: string;
  /** The entity's canonical name. */
  name: string;
  type: EntityType;
  /** The exact page text that was matched. */
  text: string;
  range: Range;
  /** Set each time the annotator publishes; see `MentionDrawing`. */
  drawn: MentionDrawing;
}
