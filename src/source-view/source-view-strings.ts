import { formatDate, t } from '../i18n';

/** User-facing strings of the source page, so a translation can replace them. */
export interface SourceViewMessages {
  pageTitle(title: string): string;
  missingRef: string;
  kbNotFound(kbId: string): string;
  sourceNotFound(sourceId: string): string;
  outOfRange(start: number, end: number, length: number): string;
  loadFailed(reason: string): string;
  /** Where and when a source was taken from a web page. */
  fromPage(url: string, date: string): string;
  /** A date, as the reader's locale writes it. */
  date(ms: number): string;
}

/** The source page's strings from browser.i18n (src/public/_locales). */
export const defaultSourceViewMessages: SourceViewMessages = {
  pageTitle: (title) => t('sourcePageTitle', title),
  missingRef: t('sourceMissingRef'),
  kbNotFound: (kbId) => t('sourceKbNotFound', kbId),
  sourceNotFound: (sourceId) => t('sourceNotFound', sourceId),
  // Offsets as they appear in the link, ungrouped, so they can be compared with it.
  outOfRange: (start, end, length) =>
    t('sourceOutOfRange', String(start), String(end), String(length)),
  loadFailed: (reason) => t('sourceLoadFailed', reason),
  fromPage: (url, date) => t('sourceFromPage', url, date),
  date: formatDate,
};
