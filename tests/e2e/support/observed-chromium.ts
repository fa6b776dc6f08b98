import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import {
  CHROME_BUILD,
  browserExecutable,
  waitFor,
  type BrowserTab,
  type ExtensionBrowser,
} from '../harness';
import { VIEWPORT, chromiumArgs } from '../harness/chromium';
import { createTab, sendMentionsMessage } from '../harness/page-scripts';
import { createTempDir } from '../harness/temp-dir';
import { unpackedExtensionId } from '../harness/extension';

import type { Mention } from '../harness/types';
import type { ConsoleProblem, RecordedRequest } from './records';
import { pageRunner } from '../harness/page-function';
import { probeChromium } from '../harness/settle';

/** A tab with the playwright page and the DevTools session that watches it. */
export interface ObservedChromiumTab extends BrowserTab {
  readonly page: Page;
  readonly cdp: CDPSession;
  /** Console errors, browser error logs and exceptions of every world of this page, in order. */
  readonly problems: readonly ConsoleProblem[];
  /** Requests made by this page's frames, with the script that started each one. */
  readonly requests: readonly RecordedRequest[];
  /** Navigates this tab and waits for `load`. */
  goto(url: string): Promise<void>;
}

export interface ObservedChromium extends ExtensionBrowser {
  readonly context: BrowserContext;
  /** The extension's id, the host of its chrome-extension:// URLs. */
  readonly extensionId: string;
  /** Requests seen by playwright for the whole browser, service workers included. */
  readonly contextRequests: readonly RecordedRequest[];
  open(url: string): Promise<ObservedChromiumTab>;
  /** Evaluates JavaScript source in the extension's running service worker. */
  inWorker<T>(expression: string): Promise<T>;
  /** Evaluates JavaScript source in an extension page (popup.html in a tab of its own). */
  inExtension<T>(expression: string): Promise<T>;
  /** `chrome.runtime.reload()`, then waits until the reloaded extension's pages load again. */
  reloadExtension(): Promise<void>;
  /** Turns the extension off or on as chrome://extensions does (`chrome.management.setEnabled`). */
  setExtensionEnabled(enabled: boolean): Promise<void>;
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

/** Attaches DevTools to a page: requests with their initiators, console errors, exceptions. */
async function observePage(
  id: number,
  page: Page,
  context: BrowserContext,
): Promise<ObservedChromiumTab> {
  const cdp = await context.newCDPSession(page);
  const problems: ConsoleProblem[] = [];
  const requests: RecordedRequest[] = [];
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

  return {
    id,
    page,
    cdp,
    problems,
    requests,
    url: () => page.url(),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    run: pageRunner((expression) => page.evaluate(expression)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    screenshot: async (file) => {
      await page.screenshot({ path: file, fullPage: true });
    },
    close: () => page.close(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
  };
}

/**
 * Chromium with the Chrome build, like the harness's, but exposing what these tests observe:
 * the browser context, the extension's service worker, DevTools sessions on every tab it opens,
 * and playwright's record of every request (service workers included).
 */
export async function launchObservedChromium(
  build: string = CHROME_BUILD,
): Promise<ObservedChromium> {
  const temp = await createTempDir('chromium-observed');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(path.join(temp.path, 'profile'), {
      executablePath: browserExecutable('chromium'),
      headless: true,
      viewport: VIEWPORT,
      serviceWorkers: 'allow',
      env: { ...process.env, TMPDIR: temp.path },
      // Only the local test servers resolve; any other request fails but is still recorded.
      args: chromiumArgs(build, ['127.0.0.1', 'localhost']),
    });
    await probeChromium(context);
  } catch (error) {
    await temp.remove();
    throw error;
  }
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const contextRequests: RecordedRequest[] = [];
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

  const extensionId = unpackedExtensionId(build);
  let extensionPage: Page | null = null;

  /** An extension page in a tab of its own: the extension context that outlives reloads here. */
  const liveExtensionPage = async (): Promise<Page> => {
    if (extensionPage && !extensionPage.isClosed()) return extensionPage;
    const page = await context.newPage();
    // During a reload the extension's pages refuse to load for a moment: try again until they do.
    await waitFor('the extension page', async () => {
      await page.goto(`chrome-extension://${extensionId}/popup.html`, { timeout: 2_000 });
      return (await page.evaluate('typeof chrome.tabs?.create')) === 'function' ? true : null;
    });
    extensionPage = page;
    return page;
  };
  let managerPage: Page | null = null;
  /** chrome://extensions, whose page may manage extensions; developer mode lets an unpacked one reload. */
  const inManager = async <T>(expression: string): Promise<T> => {
    if (!managerPage || managerPage.isClosed()) {
      managerPage = await context.newPage();
      await managerPage.goto('chrome://extensions');
      await managerPage.evaluate(
        'chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true })',
      );
    }
    return managerPage.evaluate(expression) as Promise<T>;
  };
  const inExtension = async <T>(expression: string): Promise<T> =>
    (await liveExtensionPage()).evaluate(expression) as Promise<T>;

  return {
    kind: 'chromium',
    closed,
    context,
    extensionId,
    contextRequests,
    inExtension,
    async inWorker<T>(expression: string) {
      const running = context.serviceWorkers().find((w) => new URL(w.url()).host === extensionId);
      if (!running) throw new Error('the extension has no running service worker');
      return running.evaluate(expression) as Promise<T>;
    },
    async open(url) {
      await liveExtensionPage();
      const opened = context.waitForEvent('page');
      // A blank tab first, so DevTools watches the page from its first request.
      const id = await inExtension<number>(createTab('chrome', 'about:blank'));
      const tab = await observePage(id, await opened, context);
      await tab.goto(url);
      return tab;
    },
    async mentions(tab) {
      const answer = await inExtension(sendMentionsMessage('chrome', tab.id));
      return (answer as { mentions: Mention[] }).mentions;
    },
    async reloadExtension() {
      // Outside developer mode, Chromium disables a reloaded unpacked extension.
      await inManager('true');
      const page = await liveExtensionPage();
      // The page goes away with the extension: its evaluation may never settle.
      void page.evaluate('chrome.runtime.reload()').catch(() => undefined);
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
