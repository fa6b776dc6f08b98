import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  hover,
  launch,
  settledMentions,
  shownCard,
  startStaticServer,
  type BrowserKind,
  type BrowserTab,
  type ChromiumBrowser,
  type FirefoxBrowser,
  type RecordedRequest,
  type ServedRequest,
  type StaticServer,
} from './harness';
import { extensionRequests } from './support/records';

/**
 * Corpus pages with mentions to highlight and cards to open: Seedlight does all of its work on
 * them. Their external scripts and images are the page's requests (and the test server's policy
 * keeps them from leaving the machine); only the extension's own requests matter here.
 */
const PAGES: [file: string, hoverText: string][] = [
  [
    'corpus/scrapinghub-article-extraction-benchmark__washingtonexaminer-2019-why-beijing-will-bring-slaughter-to-hong-kong.html',
    'Xi Jinping',
  ],
  ['corpus/flairNLP-fundus__ca-GlobalNews_2026_05_24-russia-hits-kyiv.html', 'Ukraine'],
  ['corpus/flairNLP-fundus__us-FoxNews_2023_04_28-china-committee.html', 'China'],
  [
    'corpus/brian14708-wh-briefings__2023-02-17-press-briefing-jean-pierre-john-kirby.txt',
    'Bakhmut',
  ],
];

/** Requests the server received that no web page made: the browser saw none of them from a tab. */
function unexplained(served: readonly ServedRequest[], byPages: readonly RecordedRequest[]) {
  const fromPages = new Set(byPages.filter((r) => /^https?:/.test(r.by)).map((r) => r.url));
  return served.filter((r) => !fromPages.has(r.url)).map((r) => r.url);
}

type Observed =
  { kind: 'chromium'; browser: ChromiumBrowser } | { kind: 'firefox'; browser: FirefoxBrowser };

/** Every request the browser reported, with who made it: browser-wide, and per tab (Chromium). */
function recorded(observed: Observed, tabs: readonly BrowserTab[]): RecordedRequest[] {
  return [...observed.browser.requests, ...tabs.flatMap((tab) => tab.requests)];
}

/** Fetches `url` from an extension context, ignoring the answer. */
async function fetchFrom(url: string): Promise<null> {
  await fetch(url).catch(() => null);
  return null;
}

/** Fetches `url` from Firefox's background page, reached from an extension page. */
async function fetchFromBackground(url: string): Promise<null> {
  const api = (globalThis as unknown as { browser: import('webextension-polyfill').Browser })
    .browser;
  const page = await api.runtime.getBackgroundPage();
  await page.fetch(url).catch(() => null);
  return null;
}

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: privacy while reading news', (kind) => {
  // A server of its own per browser, so that its request log is this browser's alone.
  let server: StaticServer;
  let session: Promise<{ observed: Observed; tabs: BrowserTab[] }>;

  beforeAll(() => {
    session = (async () => {
      server = await startStaticServer();
      const observed: Observed =
        kind === 'chromium'
          ? { kind, browser: await launch(kind, { observe: true }) }
          : { kind, browser: await launch(kind, { observe: true }) };
      const tabs: BrowserTab[] = [];
      for (const [file, text] of PAGES) {
        const tab = await observed.browser.open(server.url(file));
        // Seedlight really ran on the page: it found mentions and opened a card.
        await settledMentions(observed.browser, tab);
        await hover(tab, text);
        await shownCard(tab);
        tabs.push(tab);
      }
      return { observed, tabs };
    })();
    // Each test awaits the session, so a failed setup fails every test instead of skipping them.
    session.catch(() => undefined);
  });

  afterAll(async () => {
    await (await session.catch(() => null))?.observed.browser.close();
    await server?.close();
  });

  const observedBy =
    kind === 'chromium'
      ? 'service worker, extension pages (playwright) or a content-script stack (DevTools initiators)'
      : 'extension pages or extension-script stacks (WebDriver BiDi network events)';

  test(`no network request from the ${observedBy}`, async () => {
    const { observed, tabs } = await session;
    expect(extensionRequests(recorded(observed, tabs))).toEqual([]);
  });

  test('the test server received only requests that the pages themselves made', async () => {
    const { observed, tabs } = await session;
    // Covers the extension contexts a browser does not report (Firefox's background page).
    expect(unexplained(server.requests, recorded(observed, tabs))).toEqual([]);
    expect(server.requests.length).toBeGreaterThanOrEqual(PAGES.length);
  });

  // Runs last: it makes the extension send requests, to show the observers above would see one.
  test('control: a request made from the extension is caught by both observers', async () => {
    const { observed, tabs } = await session;
    const probe = (name: string) => server.url(`privacy-probe/${name}`);
    if (observed.kind === 'chromium') {
      await observed.browser.inWorker(fetchFrom, probe('worker'));
    } else {
      await observed.browser.inExtension(fetchFromBackground, probe('background'));
    }
    await observed.browser.inExtension(fetchFrom, probe('extension-page'));
    const probes = (urls: string[]) => urls.filter((url) => url.includes('/privacy-probe/')).sort();
    const background = kind === 'chromium' ? 'worker' : 'background';

    expect(probes(unexplained(server.requests, recorded(observed, tabs)))).toEqual(
      [
        server.url(`privacy-probe/${background}`),
        server.url('privacy-probe/extension-page'),
      ].sort(),
    );
    const caught = probes(extensionRequests(recorded(observed, tabs)).map((r) => r.url));
    // Firefox's BiDi events cover extension pages but not the background page.
    expect(caught).toEqual(
      kind === 'chromium'
        ? [server.url('privacy-probe/extension-page'), server.url('privacy-probe/worker')]
        : [server.url('privacy-probe/extension-page')],
    );
  });
});
