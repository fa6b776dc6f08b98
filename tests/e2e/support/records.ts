/** One network request and who made it, as a browser reported it. */
export interface RecordedRequest {
  url: string;
  /** The document or worker that made the request (its URL), as far as the browser says. */
  by: string;
  /** Script URLs on the stack that started the request (DevTools initiator), when known. */
  initiators: string[];
}

/** An error the browser showed in a page's console, and the world it came from. */
export interface ConsoleProblem {
  kind: 'exception' | 'console' | 'log';
  text: string;
  /** `page`, `isolated:<origin>` for an extension's content script, or the log's source. */
  world: string;
  url: string;
}

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
