import type { PageMention } from '../annotate/types';

/** What the popover needs of the annotator: the mentions it found, and a way to point at one. */
export interface AnnotatorLike {
  mentions(): readonly PageMention[];
  mentionAt(x: number, y: number): PageMention | null;
  setActive(mention: PageMention | null): void;
}
