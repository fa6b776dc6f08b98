import type { BrowserKind } from './browsers';
import { launchChromium, type ChromiumBrowser } from './chromium';
import { launchFirefox, type FirefoxBrowser } from './firefox';
import type { ExtensionBrowser, LaunchOptions } from './types';

export {
  hover,
  screenshot,
  settledMentions,
  shownCard,
  waitFor,
  waitForSettled,
  waitForStopped,
  type CardContent,
} from './actions';
export { browserExecutable, type BrowserKind } from './browsers';
export type { ChromiumBrowser, ChromiumTab } from './chromium';
export { extensionOrigin } from './extension';
export type { FirefoxBrowser, FirefoxTab } from './firefox';
export type { PageFunction } from './page-function';
export { ARTIFACTS, CHROME_BUILD, CORPUS, FIREFOX_BUILD, FIXTURES, ROOT } from './paths';
export { countCardHosts, locateText, readCard } from './page-scripts';
export {
  STRICT_CSP,
  startStaticServer,
  transcriptPage,
  type ServedRequest,
  type StaticServer,
} from './server';
export type {
  BrowserTab,
  ConsoleProblem,
  ExtensionBrowser,
  Key,
  LaunchOptions,
  Mention,
  RecordedRequest,
} from './types';

/** Launches a real browser with the built extension loaded, on a private temporary profile. */
export function launch(kind: 'chromium', options?: LaunchOptions): Promise<ChromiumBrowser>;
export function launch(kind: 'firefox', options?: LaunchOptions): Promise<FirefoxBrowser>;
export function launch(kind: BrowserKind, options?: LaunchOptions): Promise<ExtensionBrowser>;
export function launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return kind === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
