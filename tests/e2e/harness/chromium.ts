import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { browserExecutable } from './browsers';
import { createTab, sendMentionsMessage } from './page-scripts';
import { CHROME_BUILD } from './paths';
import { createTempDir } from './temp-dir';
import type { BrowserTab, ExtensionBrowser, LaunchOptions, Mention } from './types';
import { pageRunner } from './page-function';
import { probeChromium } from './settle';

export const VIEWPORT = { width: 1280, height: 800 };

function chromiumTab(id: number, page: Page): BrowserTab {
  return {
    id,
    url: () => page.url(),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    run: pageRunner((expression) => page.evaluate(expression)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    screenshot: async (file) => {
      await page.screenshot({ path: file, fullPage: true });
    },
    close: () => page.close(),
  };
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers()[0];
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { timeout: 15_000 });
  } catch (error) {
    // Chromium refuses an unpacked extension with a bad manifest silently, from the harness's view.
    throw new Error(
      `the extension's service worker did not start: does ${CHROME_BUILD} load in chrome://extensions?`,
      { cause: error },
    );
  }
}

/**
 * Chromium's flags for a test run with the built extension (`build`; null for none, as in the
 * bench): no background networking, and only the local servers resolve, so a page can never
 * reach the network.
 */
export function chromiumArgs(
  build: string | null,
  hosts: readonly string[] = ['127.0.0.1'],
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

/** Chromium through playwright-core with the Chrome build loaded as an unpacked extension. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = browserExecutable('chromium');
  const temp = await createTempDir('chromium');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(path.join(temp.path, 'profile'), {
      executablePath,
      headless: options.headless ?? true,
      viewport: VIEWPORT,
      env: { ...process.env, TMPDIR: temp.path },
      args: chromiumArgs(CHROME_BUILD),
    });
    await probeChromium(context);
  } catch (error) {
    await temp.remove();
    throw error;
  }
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));

  return {
    kind: 'chromium',
    closed,
    async open(url) {
      const worker = await extensionWorker(context);
      const opened = context.waitForEvent('page');
      const id = await worker.evaluate<number>(createTab('chrome', url));
      const page = await opened;
      await page.waitForURL(url, { waitUntil: 'load' });
      return chromiumTab(id, page);
    },
    async mentions(tab) {
      const worker = await extensionWorker(context);
      const answer = await worker.evaluate(sendMentionsMessage('chrome', tab.id));
      return (answer as { mentions: Mention[] }).mentions;
    },
    async close() {
      await context.close();
      await temp.remove();
    },
  };
}
