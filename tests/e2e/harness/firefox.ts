import path from 'node:path';
import puppeteer, {
  type Browser,
  type LaunchOptions as LaunchOptionsFirefox,
  type Page,
} from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { browserExecutable } from './browsers';
import { FIREFOX_EXTENSION_ORIGIN, FIREFOX_EXTENSION_UUID } from './extension';
import { VIEWPORT } from './chromium';
import { createTab, sendMentionsMessage } from './page-scripts';
import { FIREFOX_BUILD } from './paths';
import { createTempDir } from './temp-dir';
import { waitFor } from './actions';
import type { BrowserTab, ExtensionBrowser, LaunchOptions, Mention } from './types';
import { pageRunner } from './page-function';
import { probeFirefox } from './settle';

export { FIREFOX_EXTENSION_ORIGIN, FIREFOX_EXTENSION_UUID };

function firefoxTab(id: number, page: Page): BrowserTab {
  return {
    id,
    url: () => page.url(),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    run: pageRunner((expression) => page.evaluate(expression)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
  };
}

/**
 * Loads one of the extension's pages in `page` and waits until it is complete and `ready` (an
 * expression) holds. Firefox never resolves goto's promise for moz-extension:// pages, and an
 * evaluation that lands while the tab swaps documents fails outright in its remote agent, which
 * waitForFunction does not survive: the wait is polled with retries.
 */
export async function loadExtensionPage(
  page: Page,
  url: string,
  ready = `typeof browser === 'object' && !!browser.tabs`,
): Promise<Page> {
  page.goto(url).catch(() => undefined);
  const loaded = `location.href === ${JSON.stringify(url)} && document.readyState === 'complete' && ${ready}`;
  await waitFor(
    `${url} to load`,
    async () => ((await page.evaluate(loaded)) === true ? true : null),
    30_000,
  );
  return page;
}

/** Opens the extension's popup page in a tab, the extension context that sends messages to tabs. */
export async function openPopupPage(page: Page): Promise<Page> {
  return loadExtensionPage(page, `${FIREFOX_EXTENSION_ORIGIN}/popup.html`);
}

/**
 * Firefox's launch options for a test run (PLATFORM.md): a private profile and TMPDIR under
 * `tempDir`, leave to script moz-extension:// pages, and the extension's UUID fixed so tests know
 * its pages' address.
 */
export function firefoxLaunchOptions(tempDir: string, headless = true): LaunchOptionsFirefox {
  return {
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless,
    userDataDir: path.join(tempDir, 'profile'),
    defaultViewport: VIEWPORT,
    env: { ...process.env, TMPDIR: tempDir },
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    },
  };
}

/**
 * Opens one of the extension's own pages in a new tab. Puppeteer never sees such a tab leave
 * about:blank when the extension creates it, so the harness navigates a tab of its own, without
 * awaiting goto (which never resolves for moz-extension:// pages), and asks the page its tab id.
 */
async function openOwnPage(browser: Browser, url: string): Promise<BrowserTab> {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await loadExtensionPage(page, url, `typeof browser === 'object'`);
  const id = (await page.evaluate('browser.tabs.getCurrent().then((tab) => tab.id)')) as number;
  return firefoxTab(id, page);
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi, with the Firefox build as a temporary add-on. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const temp = await createTempDir('firefox');
  let browser: Browser;
  try {
    browser = await puppeteer.launch(firefoxLaunchOptions(temp.path, options.headless ?? true));
    await probeFirefox(browser);
  } catch (error) {
    await temp.remove();
    throw error;
  }
  const closed = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
  let extensionPage: Page;
  try {
    await browser.installExtension(FIREFOX_BUILD);
    extensionPage = await openPopupPage((await browser.pages())[0] ?? (await browser.newPage()));
  } catch (error) {
    await browser.close();
    await temp.remove();
    throw error;
  }

  return {
    kind: 'firefox',
    closed,
    async open(url) {
      if (url.startsWith('moz-extension:')) return openOwnPage(browser, url);
      const target = browser.waitForTarget((t) => t.type() === 'page' && t.url() === url);
      const id = (await extensionPage.evaluate(createTab('browser', url))) as number;
      const page = await (await target).page();
      if (!page) throw new Error(`no page for the tab at ${url}`);
      // Tabs the extension opens do not get puppeteer's default viewport.
      await page.setViewport(VIEWPORT);
      await page.waitForFunction(`document.readyState === 'complete'`);
      return firefoxTab(id, page);
    },
    async mentions(tab) {
      const answer = await extensionPage.evaluate(sendMentionsMessage('browser', tab.id));
      return (answer as { mentions: Mention[] }).mentions;
    },
    async close() {
      await browser.close();
      await temp.remove();
    },
  };
}
