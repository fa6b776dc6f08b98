import type { BrowserContext } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { SETTLED_EVENT, STOPPED_EVENT } from '../../../src/content/settle-signal';
import { pageCall } from './page-function';

/** What the probe keeps in each page: a sequence number for every change and every settle. */
export interface SettleState {
  seq: number;
  /** Sequence number of the last `seedlight-settled` event, 0 before the first. */
  settled: number;
  /** Sequence number of the last mutation of the document's text or tree. */
  changed: number;
  /** Sequence number of the content script's `seedlight-stopped` event, 0 while it runs. */
  stopped: number;
}

declare global {
  interface Window {
    __seedlightSettle?: SettleState;
  }
}

/**
 * Runs in every page before its own scripts: records Seedlight's settle events and the page's
 * changes, so a test knows whether Seedlight has caught up with the page (settled after the last
 * change) without waiting for a quiet period.
 */
function settleProbe(settledEvent: string, stoppedEvent: string): void {
  // Only web pages run the content script; the extension's own pages are left alone.
  if (!/^https?:$/.test(location.protocol) || window.__seedlightSettle) return;
  const state = { seq: 0, settled: 0, changed: 0, stopped: 0 };
  Object.defineProperty(window, '__seedlightSettle', { value: state });
  document.addEventListener(settledEvent, () => {
    state.settled = ++state.seq;
  });
  document.addEventListener(stoppedEvent, () => {
    state.stopped = ++state.seq;
  });
  new MutationObserver(() => {
    state.changed = ++state.seq;
  }).observe(document, { childList: true, characterData: true, subtree: true });
}

const PROBE = pageCall(settleProbe, [SETTLED_EVENT, STOPPED_EVENT]);

/** Installs the probe in every page Chromium opens from now on. */
export async function probeChromium(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBE });
}

/**
 * Installs the probe in one Firefox tab, for every document it loads from now on. (A preload
 * script for the whole browser would also run in the extension's pages, and a reloaded add-on's
 * pages then sometimes never answer.)
 */
export async function probeFirefoxTab(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(PROBE);
}

/** The page's settle state when Seedlight has caught up with it, else null. */
export function settledState(): SettleState | null {
  const state = window.__seedlightSettle;
  return state && state.settled > state.changed ? { ...state } : null;
}

/** The page's settle state once its content script has stopped for good, else null. */
export function stoppedState(): SettleState | null {
  const state = window.__seedlightSettle;
  return state && state.stopped > 0 ? { ...state } : null;
}
