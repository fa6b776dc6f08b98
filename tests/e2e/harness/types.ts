import type { ContentRequest } from '../../../src/protocol';
import type { BriefingsState } from '../../../src/settings/schema';
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
  /**
   * Record what the browser reports: every request (browser-wide, and per tab in Chromium,
   * through DevTools) and, in Chromium, each tab's console errors and exceptions of every world.
   * Firefox's tabs always record their console.
   */
  observe?: boolean;
  /** The reader's colour scheme (default light). */
  colorScheme?: 'light' | 'dark';
  /** A touch screen as the primary pointer, so pages match `(pointer: coarse)`. */
  touch?: boolean;
}

/** A key the reader presses, sent through the browser driver's real keyboard (trusted events). */
export type Key = 'Escape' | 'Tab';

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

/** A page in a tab, the same for both browsers. */
export interface BrowserTab {
  /** The extension API's id of the tab. */
  readonly id: number;
  url(): string;
  /** Evaluates a JavaScript expression in the page's own world; awaits a returned promise. */
  evaluate<T>(expression: string): Promise<T>;
  /** Calls a page function with JSON arguments in the page's own world; awaits its promise. */
  run<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** Moves the real pointer, in `steps` events along the way, as a hand does. */
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  press(key: Key): Promise<void>;
  /** The messages of alert, confirm and prompt dialogs the page opened (each dismissed). */
  readonly dialogs: readonly string[];
  /** Console errors and exceptions (see LaunchOptions.observe), in order. */
  readonly problems: readonly ConsoleProblem[];
  /** Requests made by this tab's frames, with the script that started each (Chromium, observed). */
  readonly requests: readonly RecordedRequest[];
  /** Navigates this tab and waits for `load`. */
  goto(url: string): Promise<void>;
  /** Makes this the visible tab: a hidden tab neither draws frames nor takes focus. */
  bringToFront(): Promise<void>;
  /** Writes a full-page PNG. */
  screenshot(file: string): Promise<void>;
  /** Writes a PNG of the viewport, what the reader sees; returns the file's path. */
  viewportScreenshot(file: string): Promise<string>;
  close(): Promise<void>;
}

/** A real browser with the built extension loaded, on a private profile removed by `close()`. */
export interface ExtensionBrowser {
  readonly kind: BrowserKind;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  /** Opens `url` in a new tab, created by the extension so that it knows the tab's id, and waits for load. */
  open(url: string): Promise<BrowserTab>;
  /** Sends `{ type: 'mentions' }` to the tab's top frame from an extension context. */
  mentions(tab: BrowserTab): Promise<Mention[]>;
  /**
   * Sends a content request to the tab's top frame from an extension context, exactly as the
   * background does when the Alt+Shift+J/K commands fire; answers the content script's reply.
   */
  send<T>(tab: BrowserTab, request: ContentRequest): Promise<T>;
  /** Calls a page function in an extension page (popup.html in a tab of its own). */
  inExtension<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** Replaces the reader's briefings in the extension's storage, as the options page does. */
  storeBriefings(state: BriefingsState): Promise<void>;
  /**
   * Opens one of the extension's pages (`popup.html`, `sidepanel.html`) in a tab behind the
   * reader's, so the reader's tab stays the active one that the page works on.
   */
  openExtensionPageBehind(file: string): Promise<BrowserTab>;
  /** Sets the tab's zoom as the reader does with Ctrl+plus (1 is 100%), through tabs.setZoom. */
  zoom(tab: BrowserTab, factor: number): Promise<void>;
  /** The addresses of the extension's own pages open in tabs (the harness's own included). */
  extensionPageUrls(): Promise<string[]>;
  /** Reloads the extension (`runtime.reload()`), then waits until its pages load again. */
  reloadExtension(): Promise<void>;
  /**
   * Requests the browser reported (LaunchOptions.observe): Chromium's browser-wide record
   * (service workers included), Firefox's WebDriver BiDi events attributed to their tabs.
   */
  readonly requests: readonly RecordedRequest[];
  /** Resolves when the browser goes away, closed by `close()` or by the user. */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}
