import type { BrowserKind, BrowserTab, ExtensionBrowser } from '../harness';
import { launchObservedChromium } from './observed-chromium';
import { launchObservedFirefox } from './observed-firefox';
import type { ConsoleProblem } from './records';

/** A tab whose console these tests read. */
export interface ObservedTab extends BrowserTab {
  readonly problems: readonly ConsoleProblem[];
  /** Navigates this tab and waits for `load`. */
  goto(url: string): Promise<void>;
}

/** A browser with the built extension whose tabs, extension pages and lifecycle tests drive. */
export interface ObservedBrowser extends ExtensionBrowser {
  open(url: string): Promise<ObservedTab>;
  /** Evaluates JavaScript source in an extension page (popup.html in a tab of its own). */
  inExtension<T>(expression: string): Promise<T>;
}

export function launchObserved(kind: BrowserKind): Promise<ObservedBrowser> {
  return kind === 'chromium' ? launchObservedChromium() : launchObservedFirefox();
}

/**
 * The browser asks for /favicon.ico on its own: the fixtures have none (a 404), and Firefox
 * reports the strict-CSP page's policy blocking it. Neither is the page's or Seedlight's doing.
 */
const isFaviconMiss = (problem: ConsoleProblem): boolean =>
  problem.url.endsWith('/favicon.ico') || /\/favicon\.ico\b/.test(problem.text);

/** The tab's console errors, exceptions of every world included, without the favicon miss. */
export function consoleErrors(tab: ObservedTab): ConsoleProblem[] {
  return tab.problems.filter((problem) => !isFaviconMiss(problem));
}
