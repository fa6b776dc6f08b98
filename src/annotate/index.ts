export {
  createAnnotator,
  FIRST_PASS_DRAW_INTERVAL_MS,
  FRAME_BUDGET_MS,
  MAX_MENTIONS,
  MAX_MENTIONS_PER_CONTAINER,
  SLICE_BUDGET_MS,
} from './annotator';
export type { Annotator, AnnotatorOptions } from './annotator';
export { createHighlightSink } from './highlight-sink';
export type { HighlightSink, HighlightSinkOptions } from './highlight-sink';
export {
  ACTIVE_HIGHLIGHT,
  HIGHLIGHT_STYLES,
  highlightName,
  installHighlightStyles,
  type TypeStyle,
} from './highlight-styles';
export { createScheduler } from './scheduler';
export type { Scheduler } from './scheduler';
export type { PageMention } from './types';
