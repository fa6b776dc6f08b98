import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS,
  launch,
  screenshot,
  settledMentions,
  startStaticServer,
  waitFor,
  type BrowserKind,
  type BrowserTab,
  type ExtensionBrowser,
  type Mention,
  type StaticServer,
} from './harness';
import { extensionOrigin } from './harness/extension';
import {
  chooseFile,
  clickButton,
  fill,
  storedItems,
  textOf,
  activateTab,
} from './harness/page-actions';

/**
 * Every visible control: its tag, accessible name and whether the keyboard reaches it
 * (in the tab order, not removed by a positive or negative tabindex).
 */
const CONTROLS = `[...document.querySelectorAll('button, input, select, textarea, a[href]')]
  .filter((e) => e.checkVisibility() && !e.disabled)
  .map((e) => {
    const label = e.id ? document.querySelector('label[for="' + e.id + '"]')?.textContent : null;
    const name = (e.getAttribute('aria-label') || label || e.textContent || '').trim();
    return { tag: e.tagName.toLowerCase(), name, reachable: e.tabIndex === 0 };
  })`;

/** Applies the page's dark-scheme rules unconditionally: the harness cannot emulate the media query. */
const FORCE_DARK = `(() => {
  for (const sheet of document.styleSheets) {
    for (const rule of [...sheet.cssRules]) {
      if (rule instanceof CSSMediaRule && rule.conditionText.includes('dark')) {
        for (const inner of [...rule.cssRules]) sheet.insertRule(inner.cssText, sheet.cssRules.length);
      }
    }
  }
  return true;
})()`;

const BRIEFING = [
  'Maren Holt is the foreign affairs correspondent of The Meridian Ledger.',
  'Maren Holt has reported from Kyiv and Warsaw for a decade.',
  'Readers of The Meridian Ledger know Maren Holt for her interviews.',
].join(' ');

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: popup, side panel and options', (kind) => {
  let browser: ExtensionBrowser | undefined;
  let ready: Promise<{ browser: ExtensionBrowser; options: BrowserTab }>;
  let article: Promise<BrowserTab> | undefined;

  const openExtensionPage = async (file: string) => {
    if (!browser) throw new Error('no browser');
    const tab = await browser.open(`${extensionOrigin(kind)}/${file}`);
    await waitFor(`${file} to render`, () =>
      tab.evaluate<boolean | null>(`document.querySelector('h1') ? true : null`),
    );
    return tab;
  };

  /** The demo article, opened once and highlighted before the reader changes anything. */
  const highlightedArticle = () => {
    article ??= ready.then(async ({ browser }) => {
      const tab = await browser.open(server.url('demo/article.html'));
      await settledMentions(browser, tab);
      return tab;
    });
    return article;
  };

  beforeAll(() => {
    ready = (async () => {
      browser = await launch(kind);
      return { browser, options: await openExtensionPage('options.html') };
    })();
    // Each test awaits the setup, so a failed setup fails every test instead of skipping them.
    ready.catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('importing an invalid file shows why and changes nothing', async () => {
    const { options } = await ready;
    const before = await options.run(storedItems, null);
    const invalid = JSON.stringify({
      version: 1,
      id: 'bad',
      title: 'Bad',
      sources: [],
      entities: [{ id: 'Not A Slug' }],
    });
    await options.run(chooseFile, '#import-file', 'bad.json', invalid);
    const message = await waitFor('the import message', () =>
      options.run(textOf, '#import-message').then((t) => t || null),
    );
    expect(message).toMatch(
      /^“bad\.json” was not imported, nothing was changed: not a Seedlight briefing: entities\.0\./,
    );
    expect(await options.run(storedItems, null)).toEqual(before);
  });

  test('a pasted briefing is highlighted in an already open tab, without reloading it', async () => {
    const { browser, options } = await ready;
    const article = await highlightedArticle();
    await article.evaluate(`window.seedlightNotReloaded = true`);
    await options.run(fill, '#add-title', 'Ledger staff');
    await options.run(fill, '#add-text', BRIEFING);
    expect(await options.run(clickButton, 'Find entities')).toBe(true);
    await waitFor(
      'the review',
      () =>
        options.evaluate<boolean | null>(
          `document.querySelector('.review-table tbody tr') ? true : null`,
        ),
      30_000,
    );
    expect(await options.run(clickButton, 'Save briefing')).toBe(true);
    await waitFor('the saved message', () =>
      options.run(textOf, '#add-status').then((t) => (t?.startsWith('Saved') ? true : null)),
    );
    const holt = await waitFor('Maren Holt to be highlighted', async () => {
      const mentions = await browser.mentions(article);
      return mentions.some((m) => m.name === 'Maren Holt') ? mentions : null;
    });
    expect(holt.filter((m: Mention) => m.name === 'Maren Holt').map((m) => m.text)).toEqual([
      'Maren Holt',
    ]);
    expect(await article.evaluate('window.seedlightNotReloaded')).toBe(true);
  });

  test('turning the site off removes every highlight from the open tab', async () => {
    const { browser, options } = await ready;
    const article = await highlightedArticle();
    await options.run(fill, '#sites-deny', '127.0.0.1');
    expect(await options.run(clickButton, 'Save site lists')).toBe(true);
    const mentions = await waitFor('the highlights to go', async () => {
      const now = await browser.mentions(article);
      return now.length === 0 ? now : null;
    });
    expect(mentions).toEqual([]);
    await options.run(fill, '#sites-deny', '');
    await options.run(clickButton, 'Save site lists');
    expect((await settledMentions(browser, article)).length).toBeGreaterThan(0);
  });

  test.each(['popup.html', 'options.html'])(
    'every control of %s is named and in the keyboard’s tab order',
    async (file) => {
      const { options } = await ready;
      const tab = file === 'options.html' ? options : await openExtensionPage(file);
      const controls =
        await tab.evaluate<{ tag: string; name: string; reachable: boolean }[]>(CONTROLS);
      expect(controls.length).toBeGreaterThan(0);
      expect(controls.filter((c) => !c.reachable || c.name === '')).toEqual([]);
      if (tab !== options) await tab.close();
    },
  );

  test('the side panel outlines the tab that becomes active, every mention a named, reachable button', async () => {
    await ready;
    const article = await highlightedArticle();
    const panel = await openExtensionPage('sidepanel.html');
    await panel.run(activateTab, article.id);
    const heading = await waitFor('the outline', () =>
      panel.evaluate<string | null>(`document.querySelector('.group h2')?.textContent ?? null`),
    );
    expect(heading).toMatch(/^People: \d+ entities, \d+ mentions$/);
    const controls =
      await panel.evaluate<{ tag: string; name: string; reachable: boolean }[]>(CONTROLS);
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.filter((c) => !c.reachable || c.name === '')).toEqual([]);
    await screenshot(panel, path.join(ARTIFACTS, 'e2e', `ui-${kind}-sidepanel-light.png`));
    await panel.evaluate(FORCE_DARK);
    await screenshot(panel, path.join(ARTIFACTS, 'e2e', `ui-${kind}-sidepanel-dark.png`));
    await panel.close();
  });

  test.each(['popup.html', 'options.html'])('screenshots of %s in light and dark', async (file) => {
    const { options } = await ready;
    const tab = file === 'options.html' ? options : await openExtensionPage(file);
    const name = file.replace('.html', '');
    const background = () =>
      tab.evaluate<string>(`getComputedStyle(document.body).backgroundColor`);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await screenshot(tab, path.join(ARTIFACTS, 'e2e', `ui-${kind}-${name}-light.png`));
    await tab.evaluate(FORCE_DARK);
    expect(await background()).toBe('rgb(23, 25, 29)');
    await screenshot(tab, path.join(ARTIFACTS, 'e2e', `ui-${kind}-${name}-dark.png`));
    if (tab !== options) await tab.close();
  });
});
