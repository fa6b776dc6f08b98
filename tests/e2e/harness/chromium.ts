import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from 'playwright-core';
import { BRIEFINGS_VERSION } from '../../../src/settings/migrations';
import { browserExecutable } from './browsers';
import { unpackedExtensionId } from './extension';
import {
  createTab,
  hasTabsApi,
  reloadRuntime,
  sendToTab,
  setStorage,
  setZoom,
} from './extension-scripts';
import { pageCall, pageRunner, type PageFunction } from './page-function';
import { CHROME_BUILD } from './paths';
import { probeChromium } from './settle';
import { createTempDir } from './temp-dir';
import type {
  BrowserTab,
  ConsoleProblem,
  ExtensionBrowser,
  LaunchOptions,
  Mention,
  RecordedRequest,
} from './types';
import { waitFor } from './actions';

export const VIEWPORT = { width: 1280, height: 800 };

/** A Chromium tab: the playwright page and the DevTools session attached to it. */
export interface ChromiumTab extends BrowserTab {
  readonly page: Page;
  readonly cdp: CDPSession;
}

export interface ChromiumBrowser extends ExtensionBrowser {
  readonly context: BrowserContext;
  open(url: string): Promise<ChromiumTab>;
  /** Calls a function in the extension's running service worker. */
  inWorker<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** Turns the extension off or on as chrome://extensions does (`chrome.management.setEnabled`). */
  setExtensionEnabled(enabled: boolean): Promise<void>;
}

/**
 * Chromium's flags for a test run with the built extension (`build`; null for none, as in the
 * bench): no background networking, and only the local servers resolve, so a page can never
 * reach the network.
 */
export function chromiumArgs(
  build: string | null,
  hosts: readonly string[] = ['127.0.0.1', 'localhost'],
): string[] {
  return [
    ...(build === null
      ? []
      : [`--disable-extensions-except=${build}`, `--load-extension=${build}`]),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--host-resolver-rules=MAP * ~NOTFOUND, ${hosts.map((h) => `EXCLUDE ${h}`).join(', ')}`,
  ];
}

interface StackFrame {
  url: string;
}
interface Initiator {
  type: string;
  url?: string;
  stack?: { callFrames: StackFrame[]; parent?: { callFrames: StackFrame[] } };
}

/** Every script URL in a DevTools initiator, async parents included. */
function initiatorUrls(initiator: Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    urls.push(...stack.callFrames.map((frame) => frame.url).filter((url) => url !== ''));
  }
  return urls;
}

/** Records, through DevTools, a page's requests with their initiators and its console problems. */
async function observe(
  cdp: CDPSession,
  problems: ConsoleProblem[],
  requests: RecordedRequest[],
): Promise<void> {
  const worlds = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => {
    const aux = world.auxData as { type?: string } | undefined;
    worlds.set(world.id, aux?.type === 'isolated' ? `isolated:${world.origin}` : 'page');
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: details }) => {
    problems.push({
      kind: 'exception',
      text: details.exception?.description ?? details.text,
      world: worlds.get(details.executionContextId ?? -1) ?? 'unknown',
      url: details.url ?? details.stackTrace?.callFrames[0]?.url ?? '',
    });
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    problems.push({
      kind: 'console',
      text: event.args.map((arg) => arg.description ?? String(arg.value)).join(' '),
      world: worlds.get(event.executionContextId) ?? 'unknown',
      url: event.stackTrace?.callFrames[0]?.url ?? '',
    });
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    // The browser's own messages: policy violations, failed loads, deprecations turned errors.
    if (entry.level !== 'error') return;
    problems.push({ kind: 'log', text: entry.text, world: entry.source, url: entry.url ?? '' });
  });
  cdp.on('Network.requestWillBeSent', ({ request, initiator, documentURL }) => {
    requests.push({
      url: request.url,
      by: documentURL,
      initiators: initiatorUrls(initiator as Initiator),
    });
  });
  await Promise.all([
    cdp.send('Runtime.enable'),
    cdp.send('Log.enable'),
    cdp.send('Network.enable'),
  ]);
}

async function chromiumTab(
  id: number,
  page: Page,
  context: BrowserContext,
  observed: boolean,
): Promise<ChromiumTab> {
  const cdp = await context.newCDPSession(page);
  const problems: ConsoleProblem[] = [];
  const requests: RecordedRequest[] = [];
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (observed) await observe(cdp, problems, requests);
  const shoot = async (file: string, fullPage: boolean): Promise<string> => {
    await mkdir(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage });
    return file;
  };
  return {
    id,
    page,
    cdp,
    dialogs,
    problems,
    requests,
    url: () => page.url(),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    run: pageRunner((expression) => page.evaluate(expression)),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key);
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    bringToFront: () => page.bringToFront(),
    screenshot: async (file) => {
      await shoot(file, true);
    },
    viewportScreenshot: (file) => shoot(file, false),
    close: () => page.close(),
  };
}

/** Chromium through playwright-core with the Chrome build loaded as an unpacked extension. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumBrowser> {
  const temp = await createTempDir('chromium');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(path.join(temp.path, 'profile'), {
      executablePath: browserExecutable('chromium'),
      headless: options.headless ?? true,
      viewport: VIEWPORT,
      colorScheme: options.colorScheme ?? 'light',
      hasTouch: options.touch ?? false,
      serviceWorkers: 'allow',
      env: { ...process.env, TMPDIR: temp.path },
      args: chromiumArgs(CHROME_BUILD),
    });
    await probeChromium(context);
  } catch (error) {
    await temp.remove();
    throw error;
  }
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const observed = options.observe ?? false;
  const contextRequests: RecordedRequest[] = [];
  if (observed) {
    context.on('request', (request) => {
      const worker = request.serviceWorker();
      let by = worker?.url() ?? '';
      if (!worker) {
        try {
          by = request.frame().url();
        } catch {
          by = 'unknown';
        }
      }
      contextRequests.push({ url: request.url(), by, initiators: [] });
    });
  }

  const extensionId = unpackedExtensionId(CHROME_BUILD);
  const extensionOrigin = `chrome-extension://${extensionId}`;

  const extensionWorker = async (): Promise<Worker> => {
    const running = context.serviceWorkers().find((w) => new URL(w.url()).host === extensionId);
    if (running) return running;
    try {
      return await context.waitForEvent('serviceworker', {
        predicate: (w) => new URL(w.url()).host === extensionId,
        timeout: 15_000,
      });
    } catch (error) {
      // Chromium refuses an unpacked extension with a bad manifest silently, from the harness's view.
      throw new Error(
        `the extension's service worker did not start: does ${CHROME_BUILD} load in chrome://extensions?`,
        { cause: error },
      );
    }
  };
  const inWorker = async <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R> =>
    (await extensionWorker()).evaluate(pageCall(fn, args)) as Promise<R>;

  let extensionPage: Page | null = null;
  /** An extension page in a tab of its own: the extension context that outlives reloads here. */
  const liveExtensionPage = async (): Promise<Page> => {
    if (extensionPage && !extensionPage.isClosed()) return extensionPage;
    const page = await context.newPage();
    // During a reload the extension's pages refuse to load for a moment: try again until they do.
    await waitFor('the extension page', async () => {
      await page.goto(`${extensionOrigin}/popup.html`, { timeout: 2_000 });
      return (await page.evaluate(pageCall(hasTabsApi, []))) === true ? true : null;
    });
    extensionPage = page;
    return page;
  };
  const inExtension = async <A extends unknown[], R>(
    fn: PageFunction<A, R>,
    ...args: A
  ): Promise<R> => (await liveExtensionPage()).evaluate(pageCall(fn, args)) as Promise<R>;

  let managerPage: Page | null = null;
  /** chrome://extensions, whose page may manage extensions; developer mode lets an unpacked one reload. */
  const inManager = async (expression: string): Promise<unknown> => {
    if (!managerPage || managerPage.isClosed()) {
      managerPage = await context.newPage();
      await managerPage.goto('chrome://extensions');
      await managerPage.evaluate(
        'chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true })',
      );
    }
    return managerPage.evaluate(expression);
  };

  /** Opens `url` in a tab the extension creates, blank first so DevTools watches it from its first request. */
  const openTab = async (url: string, active: boolean): Promise<ChromiumTab> => {
    const opened = context.waitForEvent('page');
    const id = await inWorker(createTab, 'about:blank', active);
    const tab = await chromiumTab(id, await opened, context, observed);
    await tab.goto(url);
    // The reader's tab is the visible one: a hidden tab neither draws frames nor takes focus.
    if (active) await tab.bringToFront();
    return tab;
  };

  return {
    kind: 'chromium',
    extensionOrigin,
    closed,
    context,
    requests: contextRequests,
    inWorker,
    inExtension,
    open: (url) => openTab(url, true),
    async mentions(tab) {
      const answer = (await inWorker(sendToTab, tab.id, { type: 'mentions' })) as {
        mentions: Mention[];
      };
      return answer.mentions;
    },
    send: async <T>(tab: BrowserTab, request: Parameters<typeof sendToTab>[1]) =>
      (await inWorker(sendToTab, tab.id, request)) as T,
    async storeBriefings(state) {
      await inWorker(setStorage, { briefings: state, briefings$: { v: BRIEFINGS_VERSION } });
    },
    async zoom(tab, factor) {
      await inWorker(setZoom, tab.id, factor);
    },
    // The worker sees its extension's pages as window clients, without the tabs permission.
    extensionPageUrls: () =>
      inWorker(async () => {
        const scope = globalThis as unknown as {
          clients: { matchAll(o: object): Promise<{ url: string }[]> };
        };
        const all = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
        return all.map((client) => client.url);
      }),
    openExtensionPageBehind: (file) => openTab(`${extensionOrigin}/${file}`, false),
    async reloadExtension() {
      // Outside developer mode, Chromium disables a reloaded unpacked extension.
      await inManager('true');
      const page = await liveExtensionPage();
      // The page goes away with the extension: its evaluation may never settle.
      void page.evaluate(pageCall(reloadRuntime, [])).catch(() => undefined);
      await page.waitForEvent('close');
      await liveExtensionPage();
    },
    async setExtensionEnabled(enabled) {
      await inManager(
        `chrome.management.setEnabled(${JSON.stringify(extensionId)}, ${JSON.stringify(enabled)})`,
      );
      if (enabled) await liveExtensionPage();
    },
    async close() {
      await context.close();
      await temp.remove();
    },
  };
}
