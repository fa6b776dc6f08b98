import type { BrowserTab, ConsoleProblem } from '../harness';

/**
 * The browser asks for /favicon.ico on its own: the fixtures have none (a 404), and Firefox
 * reports the strict-CSP page's policy blocking it. Neither is the page's or Seedlight's doing.
 */
const isFaviconMiss = (problem: ConsoleProblem): boolean =>
  problem.url.endsWith('/favicon.ico') || /\/favicon\.ico\b/.test(problem.text);

/**
 * Firefox ESR 140 (Debian stable's) reports this exception, with no script on its stack, in the
 * frames of a page that a test gave a preload script (puppeteer's evaluateOnNewDocument, which
 * the settle probe uses): it was reproduced with an empty preload script and no extension
 * installed, and is not seen on Firefox 153. It is the driver's, not the page's or Seedlight's;
 * a Seedlight error would carry its moz-extension:// frames.
 */
const isPreloadScriptNoise = (problem: ConsoleProblem): boolean =>
  problem.kind === 'exception' &&
  /^(Error: )?Permission denied to access property "length"/.test(problem.text) &&
  !/\n\s+at /.test(problem.text);

/** The tab's console errors, exceptions of every world included, without the two above. */
export function consoleErrors(tab: BrowserTab): ConsoleProblem[] {
  return tab.problems.filter(
    (problem) => !isFaviconMiss(problem) && !isPreloadScriptNoise(problem),
  );
}
