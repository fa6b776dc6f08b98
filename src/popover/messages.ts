import type { EntityType } from '../kb/schema';

/** Every user-facing string of the card, so a translation can replace them. */
export interface PopoverMessages {
  typeLabel(type: EntityType): string;
  /** Heading above the seed sentences. */
  inBriefing: string;
  /** The "n more" button. */
  more(hidden: number): string;
  fewer: string;
  related: string;
  /** "2 of 5 on this page". */
  position(index: number, total: number): string;
  previous: string;
  previousLabel(name: string): string;
  next: string;
  nextLabel(name: string): string;
  openInSource: string;
  sentenceSourceLabel(index: number): string;
  close: string;
  notOnPage(name: string): string;
  /** What the live region says when a card opens. */
  announce(name: string, type: string, description: string): string;
  /** The dialog's accessible description when the entity has none. */
  noDescription: string;
}

const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
  other: 'Other',
};

export const defaultMessages: PopoverMessages = {
  typeLabel: (type) => TYPE_LABELS[type],
  inBriefing: 'In your briefing',
  more: (hidden) => `${hidden} more`,
  fewer: 'Fewer',
  related: 'Related',
  position: (index, total) => `${index} of ${total} on this page`,
  previous: 'Previous',
  previousLabel: (name) => `Previous mention of ${name}`,
  next: 'Next',
  nextLabel: (name) => `Next mention of ${name}`,
  openInSource: 'Open in source',
  sentenceSourceLabel: (index) => `Open sentence ${index} in source`,
  close: 'Close',
  notOnPage: (name) => `${name} is not on this page`,
  announce: (name, type, description) =>
    description ? `${name}, ${type}: ${description}` : `${name}, ${type}`,
  noDescription: 'No description in the briefing.',
};
