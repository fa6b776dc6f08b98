export { createAnnotator } from './annotator';
export { MAX_MENTIONS_PER_CONTAINER } from './container-reader';
export { createHighlightSink, type HighlightSinkOptions } from './highlight-sink';
export {
  ACTIVE_HIGHLIGHT,
  decorationFallbackCss,
  extraHighlightCss,
  HIGHLIGHT_CSS,
  highlightName,
  installHighlightStyles,
  paintsHighlightDecorations,
} from './highlight-styles';
export { MAX_MENTIONS } from './publisher';
export { createScheduler } from './scheduler';
export type {
  Annotator,
  AnnotatorOptions,
  DrawingDensity,
  HighlightSink,
  HighlightStyle,
  MentionDrawing,
  PageMention,
  Scheduler,
} from './types';
export { FIRST_PASS_DRAW_INTERVAL_MS, FRAME_BUDGET_MS, SLICE_BUDGET_MS } from './work-loop';
