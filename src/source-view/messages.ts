/** User-facing strings of the source page, so a translation can replace them. */
export interface SourceViewMessages {
  pageTitle(title: string): string;
  missingRef: string;
  kbNotFound(kbId: string): string;
  sourceNotFound(sourceId: string): string;
  outOfRange(start: number, end: number, length: number): string;
  loadFailed(reason: string): string;
}

export const defaultSourceViewMessages: SourceViewMessages = {
  pageTitle: (title) => `${title} – Seedlight`,
  missingRef: 'This link does not say which passage to show.',
  kbNotFound: (kbId) => `No briefing “${kbId}” is installed.`,
  sourceNotFound: (sourceId) => `The briefing has no source “${sourceId}”.`,
  outOfRange: (start, end, length) =>
    `The cited passage (characters ${start} to ${end}) is not in this source, which has ${length} characters.`,
  loadFailed: (reason) => `The briefings could not be loaded: ${reason}`,
};
