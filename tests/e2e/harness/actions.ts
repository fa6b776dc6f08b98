import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SCROLL_QUIET_MS } from '../../../src/popover/hover-intent';
import { locateText, readCard, type CardContent } from './page-scripts';
import { settledState, stoppedState, type SettleState } from './settle';
import type { BrowserTab, ExtensionBrowser, Mention } from './types';

const POLL_MS = 100;
const LATE = Symbol('late');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `probe` until it returns a value other than null/undefined, or throws after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    // A probe that never answers (a page that never settles) must not outlast the deadline.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<typeof LATE>((resolve) => {
      timer = setTimeout(() => resolve(LATE), Math.max(deadline - Date.now(), POLL_MS));
    });
    try {
      const value = await Promise.race([probe(), late]);
      if (value === LATE) lastError = new Error(`no answer within ${timeoutMs} ms`);
      else if (value !== null && value !== undefined) return value as T;
    } catch (error) {
      lastError = error;
    } finally {
      clearTimeout(timer);
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`, { cause: lastError });
    }
    await sleep(POLL_MS);
  }
}

/** Resolves once Seedlight has caught up with the page: settled after the page's last change. */
export async function waitForSettled(tab: BrowserTab, timeoutMs?: number): Promise<SettleState> {
  return waitFor('Seedlight to settle', () => tab.run(settledState), timeoutMs);
}

/** Resolves once the tab's content script has stopped for good (its extension went away). */
export async function waitForStopped(tab: BrowserTab, timeoutMs?: number): Promise<SettleState> {
  return waitFor('the content script to stop', () => tab.run(stoppedState), timeoutMs);
}

/**
 * The tab's mentions once highlighting has settled: asked after a settle, and kept only when no
 * change or settle came between the settle and the answer. An empty answer counts only with
 * `allowEmpty` (a page whose settings have just changed may not have started its session yet).
 */
export async function settledMentions(
  browser: ExtensionBrowser,
  tab: BrowserTab,
  { allowEmpty = false, timeoutMs }: { allowEmpty?: boolean; timeoutMs?: number } = {},
): Promise<Mention[]> {
  return waitFor(
    'the mentions to settle',
    async () => {
      const before = await tab.run(settledState);
      if (!before) return null;
      const mentions = await browser.mentions(tab);
      const after = await tab.run(settledState);
      if (mentions.length === 0 && !allowEmpty) return null;
      return after?.seq === before.seq ? mentions : null;
    },
    timeoutMs,
  );
}

export type { CardContent };

/**
 * Moves the mouse to the centre of the first line of the `occurrence`-th occurrence of `text`,
 * scrolling it into view first as a reader would, and letting the scroll settle: the card does
 * not open while the page scrolls.
 */
export async function hover(tab: BrowserTab, text: string, occurrence = 0): Promise<void> {
  const spot = await tab.run(locateText, text, occurrence, true);
  if (spot === null) throw new Error(`"${text}" (occurrence ${occurrence}) is not on ${tab.url()}`);
  if (spot.scrolled) await sleep(SCROLL_QUIET_MS * 2);
  const point = await tab.run(locateText, text, occurrence, false);
  if (!point) throw new Error(`"${text}" (occurrence ${occurrence}) has no box on ${tab.url()}`);
  // Arrive from elsewhere, as a reader's pointer does, once an open card has closed: it may cover
  // the next mention.
  await tab.mouseMove(1, 1);
  await waitFor('the open card to close', async () =>
    (await tab.run(readCard)) === null ? true : null,
  );
  await tab.mouseMove(point.x, point.y);
}

/** The popover's content once it shows, for the entity `name` when given. */
export async function shownCard(tab: BrowserTab, name?: string): Promise<CardContent> {
  let last: CardContent | null = null;
  try {
    return await waitFor('the Seedlight card', async () => {
      last = await tab.run(readCard);
      return last && (name === undefined || last.name === name) ? last : null;
    });
  } catch (error) {
    throw new Error(
      `no Seedlight card${name ? ` for "${name}"` : ''}; last seen: ${JSON.stringify(last)}`,
      { cause: error },
    );
  }
}

/** Writes a full-page PNG, creating its folder; returns the file's path. */
export async function screenshot(tab: BrowserTab, file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await tab.screenshot(file);
  return file;
}
