import { formatList, formatNumber, plural, t, type MessageKey } from '../i18n';
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
  /** The button that opens the entity in the reader's briefing, in the options page. */
  editInBriefing: string;
  /** What the live region says when asked to go to a mention the page has removed. */
  mentionGone: string;
  /** Heading of one briefing's section, when several briefings know the entity. */
  fromBriefing(title: string): string;
  /** The briefings disagree on the entity's type. */
  typesDiffer(types: readonly string[]): string;
  /** The button that stops the entity being highlighted. */
  mute: string;
  /** What the live region says once it is muted. */
  muted(name: string): string;
  /** Heading above how the page itself introduces the entity. */
  onThisPage: string;
  /** The button that fades the page except the entity's sentences. */
  focus: string;
  focusLabel(name: string): string;
  /** The focus button while focus mode is on. */
  leaveFocus: string;
  /** What the live region says when focus mode starts. */
  focusing(name: string, sentences: number): string;
  /** What the live region says when focus mode ends. */
  focusLeft: string;
}

const TYPE_LABELS: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  place: 'typePlace',
  organization: 'typeOrganization',
  other: 'typeOther',
};

/** The card's strings from browser.i18n (src/public/_locales). */
export const defaultMessages: PopoverMessages = {
  typeLabel: (type) => t(TYPE_LABELS[type]),
  inBriefing: t('cardInBriefing'),
  more: (hidden) => t(plural(hidden, 'cardMoreOne', 'cardMoreOther'), formatNumber(hidden)),
  fewer: t('cardFewer'),
  related: t('cardRelated'),
  position: (index, total) => t('cardPosition', formatNumber(index), formatNumber(total)),
  previous: t('cardPrevious'),
  previousLabel: (name) => t('cardPreviousLabel', name),
  next: t('cardNext'),
  nextLabel: (name) => t('cardNextLabel', name),
  openInSource: t('cardOpenInSource'),
  sentenceSourceLabel: (index) => t('cardSentenceSourceLabel', formatNumber(index)),
  close: t('cardClose'),
  notOnPage: (name) => t('cardNotOnPage', name),
  announce: (name, type, description) =>
    description
      ? t('cardAnnounce', name, type, description)
      : t('cardAnnounceNoDescription', name, type),
  noDescription: t('cardNoDescription'),
  editInBriefing: t('cardEditInBriefing'),
  mentionGone: t('cardMentionGone'),
  fromBriefing: (title) => t('cardFromBriefing', title),
  typesDiffer: (types) => t('cardTypesDiffer', formatList(types)),
  mute: t('cardMute'),
  muted: (name) => t('cardMuted', name),
  onThisPage: t('cardOnThisPage'),
  focus: t('cardFocus'),
  focusLabel: (name) => t('cardFocusLabel', name),
  leaveFocus: t('cardLeaveFocus'),
  focusing: (name, sentences) =>
    t(plural(sentences, 'cardFocusingOne', 'cardFocusingOther'), name, formatNumber(sentences)),
  focusLeft: t('cardFocusLeft'),
};
