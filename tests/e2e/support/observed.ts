import type { BrowserTab, ConsoleProblem } from '../harness';

/**
 * The browser asks for /favicon.ico on its own: the fixtures have none (a 404), and Firefox
 * reports the strict-CSP page's policy blocking it. Neither is the page's or Seedlight's doing.
 */
const isFaviconMiss = (problem: ConsoleProblem): boolean =>
  problem.url.endsWith('/favicon.ico') || /\/favicon\.ico\b/.test(problem.text);

/** The tab's console errors, exceptions of every world included, without the favicon miss. */
export function consoleErrors(tab: BrowserTab): ConsoleProblem[] {
  return tab.problems.filter((problem) => !isFaviconMiss(problem));
}
