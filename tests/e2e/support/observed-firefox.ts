import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD, waitFor, type BrowserTab } from '../harness';
import { VIEWPORT } from '../harness/chromium';
import { FIREFOX_EXTENSION_ORIGIN, firefoxLaunchOptions, openPopupPage } from '../harness/firefox';
import { createTab, sendMentionsMessage } from '../harness/page-scripts';
import { createTempDir } from '../harness/temp-dir';
import type { ExtensionBrowser, Mention } from '../harness/types';
import type { ConsoleProblem, RecordedRequest } from './records';
import { pageRunner } from '../harness/page-function';
import { probeFirefox } from '../harness/settle';

export interface ObservedFirefoxTab extends BrowserTab {
  readonly page: Page;
  /** Console errors and uncaught exceptions the page reported over WebDriver BiDi. */
  readonly problems: readonly ConsoleProblem[];
  goto(url: string): Promise<void>;
}

export interface ObservedFirefox extends ExtensionBrowser {
  readonly browser: Browser;
  /**
   * Every `network.beforeRequestSent` WebDriver BiDi event of the session (subscribed for all
   * browsing contexts), `by` being the current URL of the tab that made it.
   */
  readonly requests: readonly RecordedRequest[];
  open(url: string): Promise<ObservedFirefoxTab>;
  /** Evaluates JavaScript source in an extension page (popup.html in a tab of its own). */
  inExtension<T>(expression: string): Promise<T>;
  /** `browser.runtime.reload()` from an extension page, then waits for its pages to load again. */
  reloadExtension(): Promise<void>;
}

interface BidiRequestEvent {
  context: string | null;
  request: { url: string };
  initiator?: { stackTrace?: { callFrames: { url: string }[] } };
}

interface BidiEvents {
  on(event: 'network.beforeRequestSent', listener: (event: BidiRequestEvent) => void): void;
}

function observeTab(id: number, page: Page): ObservedFirefoxTab {
  const problems: ConsoleProblem[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'assert') return;
    problems.push({
      kind: 'console',
      text: message.text(),
      world: 'page',
      url: message.location().url ?? '',
    });
  });
  page.on('pageerror', (error) => {
    problems.push({
      kind: 'exception',
      text: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
      world: 'page',
      url: '',
    });
  });
  return {
    id,
    page,
    problems,
    url: () => page.url(),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    run: pageRunner((expression) => page.evaluate(expression)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
  };
}

/**
 * Firefox ESR with the Firefox build as a temporary add-on, like the harness's, but exposing the
 * puppeteer browser, every BiDi request event and each tab's console.
 */
export async function launchObservedFirefox(
  build: string = FIREFOX_BUILD,
): Promise<ObservedFirefox> {
  const temp = await createTempDir('firefox-observed');
  let browser: Browser;
  try {
    browser = await puppeteer.launch(firefoxLaunchOptions(temp.path));
    await probeFirefox(browser);
  } catch (error) {
    await temp.remove();
    throw error;
  }
  const closed = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
  const seen: { url: string; context: string | null; initiators: string[] }[] = [];
  const contextPages = new Map<string, Page>();
  (browser as unknown as { connection: BidiEvents }).connection.on(
    'network.beforeRequestSent',
    ({ context, request, initiator }) => {
      seen.push({
        url: request.url,
        context,
        initiators: (initiator?.stackTrace?.callFrames ?? []).map((f) => f.url),
      });
    },
  );
  // A context's URL is read when asked: at request time a new tab may still be about:blank.
  // Puppeteer may still call a moz-extension:// page about:blank (its goto never finishes).
  const extensionPages = new Set<Page>();
  const urlOf = (page: Page): string =>
    extensionPages.has(page) ? `${FIREFOX_EXTENSION_ORIGIN}/popup.html` : page.url();
  const attributed = (): RecordedRequest[] =>
    seen.map(({ url, context, initiators }) => {
      const page = context ? contextPages.get(context) : undefined;
      return { url, by: page ? urlOf(page) : `context:${context}`, initiators };
    });

  let extensionPage: Page | null = null;
  const liveExtensionPage = async (): Promise<Page> => {
    if (extensionPage && !extensionPage.isClosed()) return extensionPage;
    const page = await browser.newPage();
    extensionPages.add(page);
    extensionPage = await openPopupPage(page);
    return extensionPage;
  };
  const inExtension = async <T>(expression: string): Promise<T> =>
    (await liveExtensionPage()).evaluate(expression) as Promise<T>;
  try {
    await browser.installExtension(build);
    await liveExtensionPage();
  } catch (error) {
    await browser.close();
    await temp.remove();
    throw error;
  }
  // Requests are attributed to the page that made them by the BiDi context id of its frame.
  const remember = (page: Page) => {
    contextPages.set((page.mainFrame() as unknown as { _id: string })._id, page);
  };
  for (const page of await browser.pages()) remember(page);
  browser.on('targetcreated', (target) => {
    void target.page().then((page) => page && remember(page));
  });

  return {
    kind: 'firefox',
    closed,
    browser,
    get requests() {
      return attributed();
    },
    inExtension,
    async open(url) {
      await liveExtensionPage();
      const known = new Set(browser.targets());
      const target = browser.waitForTarget((t) => t.type() === 'page' && !known.has(t));
      const id = await inExtension<number>(createTab('browser', 'about:blank'));
      const page = await (await target).page();
      if (!page) throw new Error('no page for the new tab');
      await page.setViewport(VIEWPORT);
      const tab = observeTab(id, page);
      await tab.goto(url);
      return tab;
    },
    async mentions(tab) {
      const answer = await inExtension(sendMentionsMessage('browser', tab.id));
      return (answer as { mentions: Mention[] }).mentions;
    },
    async reloadExtension() {
      // A mark on the old background page tells the reloaded extension apart from the old one.
      await inExtension(
        'browser.runtime.getBackgroundPage().then((page) => { page.seedlightBeforeReload = true; })',
      );
      const old = await liveExtensionPage();
      void old.evaluate('browser.runtime.reload()').catch(() => undefined);
      extensionPage = null;
      await waitFor('the reloaded extension', async () => {
        const page = await liveExtensionPage();
        const reloaded = await page
          .evaluate('browser.runtime.getBackgroundPage().then((bg) => !bg.seedlightBeforeReload)')
          .catch(() => false);
        if (reloaded === true) return true;
        extensionPage = null;
        await page.close().catch(() => undefined);
        return null;
      });
      await old.close().catch(() => undefined);
    },
    async close() {
      await browser.close();
      await temp.remove();
    },
  };
}
