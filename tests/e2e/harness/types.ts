import type { BrowserKind } from './browsers';
import type { PageFunction } from './page-function';

/** One item of the content script's answer to `{ type: 'mentions' }`. */
export interface Mention {
  entityId: string;
  name: string;
  text: string;
}

export interface LaunchOptions {
  /** Default true; a headed browser needs a display. */
  headless?: boolean;
}

/** A page in a tab, the same for both browsers. Scripts are JavaScript source, see page-scripts.ts. */
export interface BrowserTab {
  /** The extension API's id of the tab. */
  readonly id: number;
  url(): string;
  /** Evaluates a JavaScript expression in the page's own world; awaits a returned promise. */
  evaluate<T>(expression: string): Promise<T>;
  /** Calls a page function with JSON arguments in the page's own world; awaits its promise. */
  run<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Writes a full-page PNG. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/** A real browser with the built extension loaded, on a private profile removed by `close()`. */
export interface ExtensionBrowser {
  readonly kind: BrowserKind;
  /** Opens `url` in a new tab, created by the extension so that it knows the tab's id, and waits for load. */
  open(url: string): Promise<BrowserTab>;
  /** Sends `{ type: 'mentions' }` to the tab's top frame from an extension context. */
  mentions(tab: BrowserTab): Promise<Mention[]>;
  /** Resolves when the browser goes away, closed by `close()` or by the user. */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}
