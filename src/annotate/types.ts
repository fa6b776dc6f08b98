import type { EntityType } from '../kb/schema';

/** One highlighted mention on the page, in document order. */
export interface PageMention {
  entityId: string;
  /** The entity's canonical name. */
  name: string;
  type: EntityType;
  /** The exact page text that was matched. */
  text: string;
  range: Range;
}
