export { MAX_CARD_RELATED, type CardEntity } from './card-model';
export type { MentionScroller, RevealOutcome } from './mention-navigator';
export { defaultMessages, type PopoverMessages } from './card-strings';
export {
  createPopover,
  DEFAULT_HOVER_DELAY_MS,
  type PopoverController,
  type PopoverOptions,
} from './popover';
export type { AnnotatorLike } from './types';
