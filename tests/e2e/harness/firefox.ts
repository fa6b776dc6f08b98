import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, {
  type Browser,
  type LaunchOptions as LaunchOptionsFirefox,
  type Page,
} from 'puppeteer-core';
import type { Browser as WebExtensions } from 'webextension-polyfill';
import { BRIEFINGS_VERSION } from '../../../src/settings/migrations';
import { GECKO_ID } from '../../../wxt.config';
import { waitFor } from './actions';
import { browserExecutable } from './browsers';
import { VIEWPORT } from './chromium';
import { FIREFOX_EXTENSION_ORIGIN, FIREFOX_EXTENSION_UUID } from './extension';
import {
  createTab,
  currentTabId,
  removeTab,
  reloadRuntime,
  sendToTab,
  setStorage,
  setZoom,
} from './extension-scripts';
import { pageCall, pageRunner, type PageFunction } from './page-function';
import { FIREFOX_BUILD } from './paths';
import { probeFirefoxTab } from './settle';
import { createTempDir } from './temp-dir';
import type {
  BrowserTab,
  ConsoleProblem,
  ExtensionBrowser,
  LaunchOptions,
  Mention,
  RecordedRequest,
} from './types';

export { FIREFOX_EXTENSION_ORIGIN, FIREFOX_EXTENSION_UUID };

/** A Firefox tab: the puppeteer page behind it. */
export interface FirefoxTab extends BrowserTab {
  readonly page: Page;
}

export interface FirefoxBrowser extends ExtensionBrowser {
  readonly browser: Browser;
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
  timeoutMs = 30_000,
): Promise<Page> {
  page.goto(url).catch(() => undefined);
  const loaded = `location.href === ${JSON.stringify(url)} && document.readyState === 'complete' && ${ready}`;
  await waitFor(
    `${url} to load`,
    async () => ((await page.evaluate(loaded)) === true ? true : null),
    timeoutMs,
  );
  return page;
}

/** How long a navigation may stay short of its page before it is sent again. */
const RESEND_AFTER_MS = 15_000;

/** How long one try at opening the reloaded add-on's page may take, and all of them. */
const RELOAD_TRY_MS = 10_000;
const RELOAD_TIMEOUT_MS = 45_000;

/**
 * Navigates a web page's tab and resolves once the document at `url` has loaded. Firefox ESR
 * 140's remote agent now and then leaves a navigation command unanswered (seen on CI under load:
 * "browsingContext.navigate timed out" on pages that load in a second here), so the load is
 * confirmed by asking the page itself, whichever answers first, and a navigation that has not
 * reached its page after a while is sent again.
 */
export async function gotoLoaded(page: Page, url: string, timeoutMs = 50_000): Promise<void> {
  const target = new URL(url).href;
  const loaded = `location.href === ${JSON.stringify(target)} && document.readyState === 'complete'`;
  let answered = false;
  let failure: unknown;
  const send = () => {
    page.goto(url, { waitUntil: 'load', timeout: timeoutMs }).then(
      () => (answered = true),
      (error: unknown) => (failure = error),
    );
  };
  send();
  let resendAt = Date.now() + RESEND_AFTER_MS;
  await waitFor(
    `${url} to load`,
    async () => {
      if (answered || (await page.evaluate(loaded)) === true) return true;
      if (Date.now() > resendAt) {
        resendAt = Date.now() + RESEND_AFTER_MS;
        send();
      }
      if (failure) throw failure;
      return null;
    },
    timeoutMs,
  );
}

/**
 * Gives a tab the test viewport. Puppeteer sends the size and a screen orientation together;
 * Firefox ESR 140 (Debian stable's) applies the size but knows no orientation command, which
 * the tests do not need, so only that refusal is let pass.
 */
export async function sizeViewport(page: Page): Promise<void> {
  try {
    await page.setViewport(VIEWPORT);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('setScreenOrientationOverride')) {
      throw error;
    }
  }
}

/**
 * Firefox's launch options for a test run (PLATFORM.md): a private profile and TMPDIR under
 * `tempDir`, leave to script moz-extension:// pages, and the extension's UUID fixed so tests know
 * its pages' address.
 */
export function firefoxLaunchOptions(
  tempDir: string,
  options: LaunchOptions = {},
): LaunchOptionsFirefox {
  return {
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless: options.headless ?? true,
    userDataDir: path.join(tempDir, 'profile'),
    defaultViewport: VIEWPORT,
    env: { ...process.env, TMPDIR: tempDir },
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Firefox's pages follow this pref for prefers-color-scheme: 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      // Pointer capabilities: 1 coarse, 2 fine, 4 hover.
      ...(options.touch ? { 'ui.primaryPointerCapabilities': 1 } : {}),
    },
  };
}

interface Driver {
  url(): string;
  evaluate(expression: string): Promise<unknown>;
  page: Page | null;
}

function firefoxTab(id: number, driver: Driver): FirefoxTab {
  const { page } = driver;
  const problems: ConsoleProblem[] = [];
  const dialogs: string[] = [];
  const unsupported = (): Promise<never> =>
    Promise.reject(new Error('an extension page behind the reader has no pointer or keyboard'));
  page?.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'assert') return;
    problems.push({
      kind: 'console',
      text: message.text(),
      world: 'page',
      url: message.location().url ?? '',
    });
  });
  page?.on('pageerror', (error) => {
    problems.push({
      kind: 'exception',
      text: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
      world: 'page',
      url: '',
    });
  });
  page?.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const shoot = async (file: string, fullPage: boolean): Promise<string> => {
    if (!page) return unsupported();
    await mkdir(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file as `${string}.png`, fullPage });
    return file;
  };
  return {
    id,
    page: page as Page,
    dialogs,
    problems,
    requests: [],
    url: () => driver.url(),
    evaluate: <T>(expression: string) => driver.evaluate(expression) as Promise<T>,
    run: pageRunner((expression) => driver.evaluate(expression)),
    mouseMove: async (x, y, steps = 1) => (page ? page.mouse.move(x, y, { steps }) : unsupported()),
    press: async (key) => {
      if (!page) return unsupported();
      await page.bringToFront();
      await page.keyboard.press(key);
    },
    goto: async (url) => {
      if (!page) return unsupported();
      await gotoLoaded(page, url);
    },
    bringToFront: async () => (page ? page.bringToFront() : unsupported()),
    screenshot: async (file) => {
      await shoot(file, true);
    },
    viewportScreenshot: (file) => shoot(file, false),
    close: async () => {
      await page?.close();
    },
  };
}

interface BidiRequestEvent {
  context: string | null;
  request: { url: string };
  initiator?: { stackTrace?: { callFrames: { url: string }[] } };
}

interface BidiEvents {
  on(event: 'network.beforeRequestSent', listener: (event: BidiRequestEvent) => void): void;
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi, with the Firefox build as a temporary add-on. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxBrowser> {
  const temp = await createTempDir('firefox');
  let browser: Browser;
  try {
    browser = await puppeteer.launch(firefoxLaunchOptions(temp.path, options));
  } catch (error) {
    await temp.remove();
    throw error;
  }
  const closed = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));

  const seen: { url: string; context: string | null; initiators: string[] }[] = [];
  const contextPages = new Map<string, Page>();
  if (options.observe) {
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
  }
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
  // Requests are attributed to the page that made them by the BiDi context id of its frame.
  const remember = (page: Page) => {
    contextPages.set((page.mainFrame() as unknown as { _id: string })._id, page);
  };

  let extensionPage: Page | null = null;
  /** popup.html in a tab of its own: the extension context that sends messages to tabs. */
  const liveExtensionPage = async (timeoutMs?: number): Promise<Page> => {
    if (extensionPage && !extensionPage.isClosed()) return extensionPage;
    const page = await browser.newPage();
    extensionPages.add(page);
    try {
      extensionPage = await loadExtensionPage(
        page,
        `${FIREFOX_EXTENSION_ORIGIN}/popup.html`,
        undefined,
        timeoutMs,
      );
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
    return extensionPage;
  };
  const inExtension = async <A extends unknown[], R>(
    fn: PageFunction<A, R>,
    ...args: A
  ): Promise<R> => (await liveExtensionPage()).evaluate(pageCall(fn, args)) as Promise<R>;
  try {
    await browser.installExtension(FIREFOX_BUILD);
    for (const page of await browser.pages()) remember(page);
    browser.on('targetcreated', (target) => {
      if (target.type() !== 'page') return;
      target
        .page()
        .then((page) => page && remember(page))
        .catch(() => undefined);
    });
    const first = (await browser.pages())[0];
    if (first) extensionPages.add(first);
    extensionPage = await loadExtensionPage(
      first ?? (await browser.newPage()),
      `${FIREFOX_EXTENSION_ORIGIN}/popup.html`,
    );
  } catch (error) {
    await browser.close();
    await temp.remove();
    throw error;
  }

  /**
   * Opens one of the extension's own pages in a new tab. Puppeteer never sees such a tab leave
   * about:blank when the extension creates it, so the harness navigates a tab of its own, without
   * awaiting goto (which never resolves for moz-extension:// pages), and asks the page its tab id.
   */
  const openOwnPage = async (url: string): Promise<FirefoxTab> => {
    const page = await browser.newPage();
    await sizeViewport(page);
    await loadExtensionPage(page, url, `typeof browser === 'object'`);
    const id = (await page.evaluate(pageCall(currentTabId, []))) as number;
    return firefoxTab(id, { page, url: () => page.url(), evaluate: (e) => page.evaluate(e) });
  };
  let behind = 0;

  return {
    kind: 'firefox',
    extensionOrigin: FIREFOX_EXTENSION_ORIGIN,
    closed,
    browser,
    get requests() {
      return attributed();
    },
    inExtension,
    async open(url) {
      if (url.startsWith('moz-extension:')) return openOwnPage(url);
      // A blank tab first, so its console and requests are watched from the start.
      const known = new Set(browser.targets());
      const target = browser.waitForTarget((t) => t.type() === 'page' && !known.has(t));
      const id = await inExtension(createTab, 'about:blank', true);
      const page = await (await target).page();
      if (!page) throw new Error(`no page for the tab at ${url}`);
      // Tabs the extension opens do not get puppeteer's default viewport.
      await sizeViewport(page);
      await probeFirefoxTab(page);
      const tab = firefoxTab(id, {
        page,
        url: () => page.url(),
        evaluate: (e) => page.evaluate(e),
      });
      await tab.goto(url);
      // The reader's tab is the visible one: a hidden tab neither draws frames nor takes focus.
      await tab.bringToFront();
      return tab;
    },
    async mentions(tab) {
      const answer = (await inExtension(sendToTab, tab.id, { type: 'mentions' })) as {
        mentions: Mention[];
      };
      return answer.mentions;
    },
    send: async <T>(tab: BrowserTab, request: Parameters<typeof sendToTab>[1]) =>
      (await inExtension(sendToTab, tab.id, request)) as T,
    async storeBriefings(state) {
      await inExtension(setStorage, { briefings: state, briefings$: { v: BRIEFINGS_VERSION } });
    },
    async zoom(tab, factor) {
      await inExtension(setZoom, tab.id, factor);
    },
    extensionPageUrls: () =>
      inExtension(() =>
        (globalThis as unknown as { browser: WebExtensions }).browser.extension
          .getViews({ type: 'tab' })
          .map((view) => view.location.href),
      ),
    async openExtensionPageBehind(file) {
      // Puppeteer does not list a background extension tab in Firefox: its page is reached
      // from the extension page this harness already holds, through extension.getViews.
      const url = `${FIREFOX_EXTENSION_ORIGIN}/${file}?behind=${++behind}`;
      const id = await inExtension(createTab, url, false);
      const tab = firefoxTab(id, {
        page: null,
        url: () => url,
        evaluate: async (expression) =>
          (await liveExtensionPage()).evaluate(`(() => {
            const view = browser.extension.getViews({ type: 'tab' }).find((w) => w.location.href === ${JSON.stringify(url)});
            if (!view || view.document.readyState !== 'complete') return null;
            return ((document) => (${expression}))(view.document);
          })()`),
      });
      return { ...tab, close: () => inExtension(removeTab, id).then(() => undefined) };
    },
    async reloadExtension() {
      // A mark on the old background page tells the reloaded extension apart from the old one.
      const mark = (value: boolean) =>
        inExtension(async (set: boolean) => {
          const api = (globalThis as unknown as { browser: WebExtensions }).browser;
          const page = (await api.runtime.getBackgroundPage()) as Window & {
            seedlightBeforeReload?: boolean;
          };
          if (set) page.seedlightBeforeReload = true;
          return !page.seedlightBeforeReload;
        }, value);
      await mark(true);
      const old = await liveExtensionPage();
      void old.evaluate(pageCall(reloadRuntime, [])).catch(() => undefined);
      extensionPage = null;
      // Each try opens a fresh extension page, given a while to load: a page opened while the
      // add-on restarts may never load (seen on CI with Firefox ESR 140), and is then dropped.
      await waitFor(
        'the reloaded extension',
        async () => {
          const page = await liveExtensionPage(RELOAD_TRY_MS);
          const reloaded = await mark(false).catch(() => false);
          if (reloaded) return true;
          extensionPage = null;
          await page.close().catch(() => undefined);
          return null;
        },
        RELOAD_TIMEOUT_MS,
      );
      await old.close().catch(() => undefined);
    },
    async close() {
      await browser.close();
      await temp.remove();
    },
  };
}
