/**
 * A launcher for the context-card tests: the harness's browsers, plus what those tests need and
 * the harness hides, namely the real keyboard, pointer moves in steps, viewport screenshots,
 * page dialogs, content requests other than `mentions`, and the extension's storage.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  chromium,
  type BrowserContext,
  type Page as ChromiumPage,
  type Worker,
} from 'playwright-core';
import puppeteer, { type Browser, type Page as FirefoxPage } from 'puppeteer-core';
import type { ContentRequest } from '../../src/protocol';
import { BRIEFINGS_VERSION } from '../../src/settings/migrations';
import type { BriefingsState } from '../../src/settings/schema';
import {
  CHROME_BUILD,
  FIREFOX_BUILD,
  browserExecutable,
  type BrowserKind,
  type BrowserTab,
  type ExtensionBrowser,
  type Mention,
} from './harness';
import { VIEWPORT, chromiumArgs } from './harness/chromium';
import { FIREFOX_EXTENSION_ORIGIN, firefoxLaunchOptions, openPopupPage } from './harness/firefox';
import { createTab } from './harness/page-scripts';
import { createTempDir } from './harness/temp-dir';

/** A key the reader presses, sent through the browser driver's real keyboard (trusted events). */
export type Key = 'Escape' | 'Tab';

export interface PopoverTab extends BrowserTab {
  /** Moves the real pointer, in `steps` events along the way, as a hand does. */
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  press(key: Key): Promise<void>;
  /** The messages of alert, confirm and prompt dialogs the page opened (each dismissed). */
  readonly dialogs: readonly string[];
  /** Writes a PNG of the viewport, what the reader sees; returns the file's path. */
  viewportScreenshot(file: string): Promise<string>;
}

export interface PopoverBrowser extends ExtensionBrowser {
  open(url: string): Promise<PopoverTab>;
  /**
   * Sends a content request to the tab's top frame from an extension context, exactly as the
   * background does when the Alt+Shift+J/K commands fire; answers the content script's reply.
   */
  send<T>(tab: BrowserTab, request: ContentRequest): Promise<T>;
  /** Replaces the reader's briefings in the extension's storage, as the options page does. */
  storeBriefings(state: BriefingsState): Promise<void>;
  /**
   * Opens one of the extension's pages (`popup.html`, `sidepanel.html`) in a tab behind the
   * reader's, so the reader's tab stays the active one that the page works on.
   */
  openExtensionPageBehind(file: string): Promise<PopoverTab>;
  /** Sets the tab's zoom as the reader does with Ctrl+plus (1 is 100%), through tabs.setZoom. */
  zoom(tab: BrowserTab, factor: number): Promise<void>;
  /** The addresses of the extension's own pages open in tabs (the launcher's own included). */
  extensionPageUrls(): Promise<string[]>;
}

function setZoom(api: 'chrome' | 'browser', tabId: number, factor: number): string {
  return `${api}.tabs.setZoom(${literal(tabId)}, ${literal(factor)}).then(() => true)`;
}

/** Opens `url` in a tab that does not become active, and answers its id; runs in an extension context. */
function createBackgroundTab(api: 'chrome' | 'browser', url: string): string {
  return `${api}.tabs.create({ url: ${literal(url)}, active: false }).then((tab) => tab.id)`;
}

const literal = (value: unknown): string => JSON.stringify(value);

/** Sends `request` to the tab's top frame; runs in an extension context. */
export function sendContentRequest(
  api: 'chrome' | 'browser',
  tabId: number,
  request: ContentRequest,
): string {
  return `${api}.tabs.sendMessage(${literal(tabId)}, ${literal(request)}, { frameId: 0 })`;
}

/** Writes the briefings item and its WXT version record; runs in an extension context. */
export function writeBriefings(api: 'chrome' | 'browser', state: BriefingsState): string {
  const items = { briefings: state, briefings$: { v: BRIEFINGS_VERSION } };
  return `${api}.storage.local.set(${literal(items)}).then(() => true)`;
}

/** What both drivers' pages offer, in the shape the tab needs. */
interface Driver {
  url(): string;
  evaluate(expression: string): Promise<unknown>;
  mouseMove(x: number, y: number, steps: number): Promise<void>;
  press(key: Key): Promise<void>;
  screenshot(file: string, fullPage: boolean): Promise<void>;
  close(): Promise<void>;
}

function popoverTab(id: number, driver: Driver, dialogs: readonly string[]): PopoverTab {
  const shoot = async (file: string, fullPage: boolean): Promise<string> => {
    await mkdir(path.dirname(file), { recursive: true });
    await driver.screenshot(file, fullPage);
    return file;
  };
  return {
    id,
    dialogs,
    url: () => driver.url(),
    evaluate: <T>(expression: string) => driver.evaluate(expression) as Promise<T>,
    mouseMove: (x, y, steps = 1) => driver.mouseMove(x, y, steps),
    press: (key) => driver.press(key),
    screenshot: async (file) => {
      await shoot(file, true);
    },
    viewportScreenshot: (file) => shoot(file, false),
    close: () => driver.close(),
  };
}

function chromiumDriver(page: ChromiumPage): Driver {
  return {
    url: () => page.url(),
    evaluate: (expression) => page.evaluate(expression),
    mouseMove: (x, y, steps) => page.mouse.move(x, y, { steps }),
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key);
    },
    screenshot: async (file, fullPage) => {
      await page.screenshot({ path: file, fullPage });
    },
    close: () => page.close(),
  };
}

function firefoxDriver(page: FirefoxPage): Driver {
  return {
    url: () => page.url(),
    evaluate: (expression) => page.evaluate(expression),
    mouseMove: (x, y, steps) => page.mouse.move(x, y, { steps }),
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key);
    },
    screenshot: async (file, fullPage) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage });
    },
    close: () => page.close(),
  };
}

/**
 * An extension page reached through another extension page's `extension.getViews`: scripts run
 * with its document in place of `document`; it has no pointer, keyboard or screenshots.
 */
function extensionViewDriver(
  url: string,
  tabId: number,
  inExtension: <T>(expression: string) => Promise<T>,
): Driver {
  const unsupported = (): Promise<never> =>
    Promise.reject(new Error('an extension page behind the reader has no pointer or keyboard'));
  return {
    url: () => url,
    evaluate: (expression) =>
      inExtension(`(() => {
        const view = browser.extension.getViews({ type: 'tab' }).find((w) => w.location.href === ${literal(url)});
        if (!view || view.document.readyState !== 'complete') return null;
        return ((document) => (${expression}))(view.document);
      })()`),
    mouseMove: unsupported,
    press: unsupported,
    screenshot: unsupported,
    close: async () => {
      await inExtension(`browser.tabs.remove(${literal(tabId)}).then(() => true)`);
    },
  };
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Chromium with the Chrome build, launched as the harness does; requests go from the background itself. */
/** How the browser is launched: the reader's colour scheme (default light). */
export interface PopoverLaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** A touch screen as the primary pointer, so pages match `(pointer: coarse)`. */
  touch?: boolean;
}

async function launchChromium(options: PopoverLaunchOptions): Promise<PopoverBrowser> {
  const temp = await createTempDir('chromium-popover');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(path.join(temp.path, 'profile'), {
      executablePath: browserExecutable('chromium'),
      headless: true,
      viewport: VIEWPORT,
      colorScheme: options.colorScheme ?? 'light',
      hasTouch: options.touch ?? false,
      env: { ...process.env, TMPDIR: temp.path },
      args: chromiumArgs(CHROME_BUILD),
    });
  } catch (error) {
    await temp.remove();
    throw error;
  }
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const inWorker = async <T>(expression: string): Promise<T> =>
    (await extensionWorker(context)).evaluate(expression) as Promise<T>;

  return {
    kind: 'chromium',
    closed,
    async open(url) {
      const opened = context.waitForEvent('page');
      const id = await inWorker<number>(createTab('chrome', url));
      const page = await opened;
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.waitForURL(url, { waitUntil: 'load' });
      // The reader's tab is the visible one: a hidden tab neither draws frames nor takes focus.
      await page.bringToFront();
      return popoverTab(id, chromiumDriver(page), dialogs);
    },
    async mentions(tab) {
      const answer = await inWorker<{ mentions: Mention[] }>(
        sendContentRequest('chrome', tab.id, { type: 'mentions' }),
      );
      return answer.mentions;
    },
    send: (tab, request) => inWorker(sendContentRequest('chrome', tab.id, request)),
    async storeBriefings(state) {
      await inWorker(writeBriefings('chrome', state));
    },
    async zoom(tab, factor) {
      await inWorker(setZoom('chrome', tab.id, factor));
    },
    // The worker sees its extension's pages as window clients, without the tabs permission.
    extensionPageUrls: () =>
      inWorker(
        `clients.matchAll({ type: 'window', includeUncontrolled: true }).then((all) => all.map((c) => c.url))`,
      ),
    async openExtensionPageBehind(file) {
      const { protocol, host } = new URL((await extensionWorker(context)).url());
      const origin = `${protocol}//${host}`;
      const url = `${origin}/${file}`;
      const opened = context.waitForEvent('page');
      const id = await inWorker<number>(createBackgroundTab('chrome', url));
      const page = await opened;
      await page.waitForURL(url, { waitUntil: 'load' });
      return popoverTab(id, chromiumDriver(page), []);
    },
    async close() {
      await context.close();
      await temp.remove();
    },
  };
}

/** Firefox ESR with the Firefox build, launched as the harness does; requests go from popup.html in a tab. */
async function launchFirefox(options: PopoverLaunchOptions): Promise<PopoverBrowser> {
  const temp = await createTempDir('firefox-popover');
  let browser: Browser;
  try {
    const launchOptions = firefoxLaunchOptions(temp.path);
    // Firefox's pages follow this pref for prefers-color-scheme: 0 dark, 1 light.
    const scheme = options.colorScheme === 'dark' ? 0 : 1;
    browser = await puppeteer.launch({
      ...launchOptions,
      extraPrefsFirefox: {
        ...launchOptions.extraPrefsFirefox,
        'layout.css.prefers-color-scheme.content-override': scheme,
        // Pointer capabilities: 1 coarse, 2 fine, 4 hover.
        ...(options.touch ? { 'ui.primaryPointerCapabilities': 1 } : {}),
      },
    });
  } catch (error) {
    await temp.remove();
    throw error;
  }
  const closed = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
  let extensionPage: FirefoxPage;
  try {
    await browser.installExtension(FIREFOX_BUILD);
    extensionPage = await openPopupPage((await browser.pages())[0] ?? (await browser.newPage()));
  } catch (error) {
    await browser.close();
    await temp.remove();
    throw error;
  }
  const inExtension = <T>(expression: string): Promise<T> =>
    extensionPage.evaluate(expression) as Promise<T>;
  let behind = 0;

  return {
    kind: 'firefox',
    closed,
    async open(url) {
      // Only a new tab: another tab may already show the same address.
      const known = new Set(browser.targets());
      const target = browser.waitForTarget(
        (t) => !known.has(t) && t.type() === 'page' && t.url() === url,
      );
      const id = await inExtension<number>(createTab('browser', url));
      const page = await (await target).page();
      if (!page) throw new Error(`no page for the tab at ${url}`);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // Tabs the extension opens do not get puppeteer's default viewport.
      await page.setViewport(VIEWPORT);
      await page.waitForFunction(`document.readyState === 'complete'`);
      // The reader's tab is the visible one: a hidden tab neither draws frames nor takes focus.
      await page.bringToFront();
      return popoverTab(id, firefoxDriver(page), dialogs);
    },
    async mentions(tab) {
      const answer = await inExtension<{ mentions: Mention[] }>(
        sendContentRequest('browser', tab.id, { type: 'mentions' }),
      );
      return answer.mentions;
    },
    send: (tab, request) => inExtension(sendContentRequest('browser', tab.id, request)),
    async storeBriefings(state) {
      await inExtension(writeBriefings('browser', state));
    },
    async zoom(tab, factor) {
      await inExtension(setZoom('browser', tab.id, factor));
    },
    extensionPageUrls: () =>
      inExtension(`browser.extension.getViews({ type: 'tab' }).map((view) => view.location.href)`),
    async openExtensionPageBehind(file) {
      // Puppeteer does not list a background extension tab in Firefox: its page is reached
      // from the extension page this launcher already holds, through extension.getViews.
      const url = `${FIREFOX_EXTENSION_ORIGIN}/${file}?behind=${++behind}`;
      const id = await inExtension<number>(createBackgroundTab('browser', url));
      return popoverTab(id, extensionViewDriver(url, id, inExtension), []);
    },
    async close() {
      await browser.close();
      await temp.remove();
    },
  };
}

/** Launches a real browser with the built extension loaded, on a private temporary profile. */
export function launchForPopover(
  kind: BrowserKind,
  options: PopoverLaunchOptions = {},
): Promise<PopoverBrowser> {
  return kind === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/** The card as the reader meets it, read through the host's open shadow root. */
export interface CardState {
  /** `data-state` of the card: 'open' or 'closed'. */
  state: string | null;
  name: string;
  type: string;
  description: string;
  /** Each shown sentence's own text (without its button), and the text of its `<mark>`s. */
  sentences: { text: string; marks: string[] }[];
  /** The dialog's accessible name: the text of its aria-labelledby targets. */
  label: string;
  live: string;
  /** Every element with a `data-part` that the reader can act on, as `part:localName`. */
  controls: string[];
  /** Focusable elements in the dialog that are not `<button>`s, as `localName[data-part]`. */
  nonButtonFocusables: string[];
  /** `<img>`, `<script>`, `<b>` and any element carrying an inline event handler, in the shadow root. */
  injected: string[];
  /** Focus: the page's active element is the host and the host's is inside the dialog. */
  focusInDialog: boolean;
  /** The page's active element outside the card, as `localName#id`. */
  pageFocus: string;
}

/** Reads the card's state (null when the page has no card host). */
export const CARD_STATE = `(() => {
  const host = document.querySelector('seedlight-card');
  const root = host && host.shadowRoot;
  if (!root) return null;
  const part = (name) => root.querySelector('[data-part="' + name + '"]');
  const ownText = (element) => {
    if (!element) return '';
    const copy = element.cloneNode(true);
    copy.querySelectorAll('button').forEach((b) => b.remove());
    return copy.textContent.trim();
  };
  const dialog = root.querySelector('[role="dialog"]');
  const labelIds = ((dialog && dialog.getAttribute('aria-labelledby')) || '').split(/\\s+/).filter(Boolean);
  const inner = root.activeElement;
  const controlParts = ['close', 'sentence-source', 'more', 'related', 'previous', 'next', 'open-source', 'edit'];
  const focusable = 'a[href], area, input, select, textarea, summary, iframe, [contenteditable], [tabindex], [role="button"], [role="link"], [onclick], button';
  const active = document.activeElement;
  return {
    state: part('card') ? part('card').getAttribute('data-state') : null,
    name: ownText(part('name')),
    type: ownText(part('type')),
    description: part('description') ? part('description').textContent : '',
    sentences: [...root.querySelectorAll('[data-part="sentence"]')].map((s) => ({
      text: ownText(s),
      marks: [...s.querySelectorAll('mark')].map((m) => m.textContent),
    })),
    label: labelIds.map((id) => (root.getElementById(id) || { textContent: '' }).textContent.trim()).join(' '),
    live: (part('live') || { textContent: '' }).textContent,
    controls: controlParts.flatMap((name) =>
      [...root.querySelectorAll('[data-part="' + name + '"]')].map((e) => name + ':' + e.localName)),
    nonButtonFocusables: dialog
      ? [...dialog.querySelectorAll(focusable)]
          .filter((e) => e.localName !== 'button')
          .map((e) => e.localName + '[' + (e.getAttribute('data-part') || '') + ']')
      : [],
    injected: [...root.querySelectorAll('*')]
      .filter((e) => ['img', 'script', 'b'].includes(e.localName) ||
        [...e.attributes].some((a) => a.name.startsWith('on')))
      .map((e) => e.localName),
    focusInDialog: active === host && !!inner && !!dialog && (inner === dialog || dialog.contains(inner)),
    pageFocus: active ? active.localName + (active.id ? '#' + active.id : '') : '',
  };
})()`;

/** The card's box in the viewport and what the page hit-tests at its centre; null without a card. */
export interface CardBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  viewportWidth: number;
  viewportHeight: number;
  /** `elementFromPoint` at the card's centre, as `localName.class`. */
  atCentre: string;
  centreIsHost: boolean;
  /** The card's and its name's computed looks, to compare across pages. */
  looks: Record<string, string>;
}

export const CARD_BOX = `(() => {
  const host = document.querySelector('seedlight-card');
  const card = host && host.shadowRoot && host.shadowRoot.querySelector('[data-part="card"]');
  const name = card && card.querySelector('[data-part="name"]');
  if (!card || !name) return null;
  const r = card.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const cardStyle = getComputedStyle(card);
  const nameStyle = getComputedStyle(name);
  return {
    left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height,
    viewportWidth: window.innerWidth,
    viewportHeight: window.innerHeight,
    atCentre: hit ? hit.localName + (hit.className ? '.' + hit.className : '') : 'nothing',
    centreIsHost: hit === host,
    looks: {
      cardBackground: cardStyle.backgroundColor,
      cardFontSize: cardStyle.fontSize,
      cardFontFamily: cardStyle.fontFamily,
      cardTransform: cardStyle.transform,
      nameFontSize: nameStyle.fontSize,
      nameColor: nameStyle.color,
      nameDisplay: nameStyle.display,
    },
  };
})()`;

/** Focuses a page element, as a reader who tabbed to it; answers whether it took focus. */
export function focusElement(selector: string): string {
  return `(() => {
    const element = document.querySelector(${literal(selector)});
    if (!element) return false;
    element.focus();
    return document.activeElement === element;
  })()`;
}

/** The viewport box of the first occurrence of `text` in the page's body text; null when absent. */
export function textBox(text: string): string {
  return `(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(${literal(text)});
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + ${literal(text.length)});
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }
    return null;
  })()`;
}
