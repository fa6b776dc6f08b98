import type { RecordedRequest } from '../harness';

const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:'];

export const isExtensionUrl = (url: string): boolean =>
  EXTENSION_SCHEMES.some((scheme) => url.startsWith(scheme));

/** Whether a request leaves the browser (an extension's own files and inline data do not). */
export const isNetworkUrl = (url: string): boolean => /^(https?|wss?|ftp):/i.test(url);

/**
 * Network requests that an extension context made or started: its pages, its worker, or a stack
 * running one of its scripts (a content script's fetch runs in the page but on such a stack).
 */
export function extensionRequests(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (r) => isNetworkUrl(r.url) && (isExtensionUrl(r.by) || r.initiators.some(isExtensionUrl)),
  );
}
