export {
  renderSourceView,
  type SourceViewOptions,
  type SourceViewResult,
} from './render-source-view';
export { defaultSourceViewMessages, type SourceViewMessages } from './source-view-strings';
export { formatSourceRef, parseSourceRef, SOURCE_PAGE_PATH, type SourceRef } from './source-ref';
export { splitParagraphs, type Paragraph, type ParagraphPiece } from './paragraphs';
