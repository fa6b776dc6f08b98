import { describe, expect, test } from 'vitest';
import { SETTINGS_VERSION } from '../../src/settings/migrations';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import {
  hover,
  launch,
  settledMentions,
  shownCard,
  startStaticServer,
  waitFor,
  waitForStopped,
  type BrowserKind,
  type BrowserTab,
  type ExtensionBrowser,
  type Mention,
  type StaticServer,
} from './harness';
import { storeItems } from './harness/page-actions';
import { countCardHosts } from './harness/page-scripts';
import { consoleErrors } from './support/observed';
import { HIGHLIGHT_SUMMARY, type HighlightSummary } from './support/page-probes';

const ARTICLE = 'demo/article.html';
/** A paragraph the page adds after the extension changed under it, naming an entity. */
const ADD_PARAGRAPH = `(() => {
  const p = document.createElement('p');
  p.textContent = 'Later that day Bakhmut was named again.';
  document.body.append(p);
})()`;
const highlights = (tab: BrowserTab) => tab.evaluate<HighlightSummary>(HIGHLIGHT_SUMMARY);

/** Runs `body` with a fresh browser and the test server, closing both whatever happens. */
async function withBrowser<B extends ExtensionBrowser>(
  launch: () => Promise<B>,
  body: (browser: B, server: StaticServer) => Promise<void>,
): Promise<void> {
  const server = await startStaticServer();
  let browser: B | undefined;
  try {
    browser = await launch();
    await body(browser, server);
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Opens the demo article and returns its settled mentions, each highlighted once. */
async function openArticle(browser: ExtensionBrowser, server: StaticServer) {
  const tab = await browser.open(server.url(ARTICLE));
  const mentions = await settledMentions(browser, tab);
  expect((await highlights(tab)).total).toBe(mentions.length);
  return { tab, mentions };
}

/** Waits until no Seedlight highlight is left in the tab; fails after `timeoutMs`. */
async function highlightsCleared(tab: BrowserTab, timeoutMs = 10_000): Promise<HighlightSummary> {
  return waitFor(
    'every Seedlight highlight to be cleared',
    async () => {
      const summary = await highlights(tab);
      return summary.total === 0 ? summary : null;
    },
    timeoutMs,
  );
}

/** Seedlight's settings as its options write them, with the global switch on or off. */
const enabledSettings = (enabled: boolean) => ({
  settings: { ...DEFAULT_SETTINGS, enabled },
  settings$: { v: SETTINGS_VERSION },
});

const texts = (mentions: Mention[]) => mentions.map((m) => m.text);

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: the off switch', (kind) => {
  test('turning Seedlight off in its settings clears every highlight on an open tab; on again restores them', async () => {
    await withBrowser(
      () => launch(kind, { observe: true }),
      async (browser, server) => {
        const { tab, mentions } = await openArticle(browser, server);

        await browser.inExtension(storeItems, enabledSettings(false));
        expect(await highlightsCleared(tab)).toEqual({ sizes: {}, total: 0, detached: 0 });
        expect(await browser.mentions(tab)).toEqual([]);

        await browser.inExtension(storeItems, enabledSettings(true));
        const again = await settledMentions(browser, tab);
        expect(texts(again)).toEqual(texts(mentions));
        expect((await highlights(tab)).total).toBe(mentions.length);
        expect(consoleErrors(tab)).toEqual([]);
      },
    );
  });
});

describe('chromium: reloading and disabling the extension with a tab open', () => {
  const launchChromium = () => launch('chromium', { observe: true });

  test('after a reload, reloading the tab gives the same mentions, each highlighted once, one card host', async () => {
    await withBrowser(launchChromium, async (browser, server) => {
      const { tab, mentions } = await openArticle(browser, server);
      await browser.reloadExtension();
      // Chromium does not inject into open tabs again: the reader reloads the tab.
      await tab.goto(server.url(ARTICLE));

      const again = await settledMentions(browser, tab);
      expect(again).toEqual(mentions);
      expect((await highlights(tab)).total).toBe(mentions.length);
      await hover(tab, 'Bakhmut');
      await shownCard(tab, 'Bakhmut');
      expect(await tab.run(countCardHosts)).toBe(1);
      // Reloading went through another tab; a hidden tab runs no animation frames, so no hover.
      await tab.bringToFront();
      await hover(tab, 'Bakhmut');
      await shownCard(tab, 'Bakhmut');
      expect(consoleErrors(tab)).toEqual([]);
    });
  });

  test('after a reload, the old content script puts no error in the page console when the page changes', async () => {
    await withBrowser(launchChromium, async (browser, server) => {
      const { tab } = await openArticle(browser, server);
      await browser.reloadExtension();
      await tab.evaluate(ADD_PARAGRAPH);
      // The orphan notices that its extension went away and stops: nothing of it runs after that.
      await waitForStopped(tab);
      expect(consoleErrors(tab)).toEqual([]);
    });
  });

  test('after a reload, the old content script stops observing: text added later gets no highlight from it', async () => {
    await withBrowser(launchChromium, async (browser, server) => {
      const { tab, mentions } = await openArticle(browser, server);
      await browser.reloadExtension();
      await tab.evaluate(ADD_PARAGRAPH);
      await waitForStopped(tab);
      // The orphan may keep or clear what it drew, but it must not go on drawing.
      expect((await highlights(tab)).total).toBeLessThanOrEqual(mentions.length);
    });
  });

  test('disabling the extension in chrome://extensions clears every highlight on an open tab', async () => {
    await withBrowser(launchChromium, async (browser, server) => {
      const { tab } = await openArticle(browser, server);
      await browser.setExtensionEnabled(false);
      expect(await highlightsCleared(tab)).toEqual({ sizes: {}, total: 0, detached: 0 });
    });
  });
});

describe('firefox: reloading the add-on with a tab open', () => {
  const launchFirefox = () => launch('firefox', { observe: true });

  test('a reload injects the content script again: the same mentions, each highlighted once, one card host', async () => {
    await withBrowser(launchFirefox, async (browser, server) => {
      const { tab, mentions } = await openArticle(browser, server);
      await browser.reloadExtension();

      // Firefox injects the reloaded add-on's content script into the open tab.
      const again = await settledMentions(browser, tab);
      expect(texts(again)).toEqual(texts(mentions));
      expect((await highlights(tab)).total).toBe(mentions.length);
      // The old script's sandbox is gone; its card host must not stay beside the new one.
      expect(await tab.run(countCardHosts)).toBe(1);
      // Reloading went through another tab; a hidden tab runs no animation frames, so no hover.
      await tab.bringToFront();
      await hover(tab, 'Bakhmut');
      await shownCard(tab, 'Bakhmut');
      expect(consoleErrors(tab)).toEqual([]);
    });
  });
});
