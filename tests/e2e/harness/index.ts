import type { BrowserKind } from './browsers';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { ExtensionBrowser, LaunchOptions } from './types';

export {
  hover,
  screenshot,
  settledMentions,
  waitForSettled,
  waitForStopped,
  shownCard,
  waitFor,
  type CardContent,
} from './actions';
export { browserExecutable, type BrowserKind } from './browsers';
export { ARTIFACTS, CHROME_BUILD, CORPUS, FIREFOX_BUILD, FIXTURES, ROOT } from './paths';
export { COUNT_CARD_HOSTS } from './page-scripts';
export { startStaticServer, transcriptPage, type StaticServer } from './server';
export type { BrowserTab, ExtensionBrowser, LaunchOptions, Mention } from './types';

/** Launches a real browser with the built extension loaded, on a private temporary profile. */
export function launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return kind === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
