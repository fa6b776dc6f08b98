import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS,
  CHROME_BUILD,
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
import { FIREFOX_EXTENSION_UUID } from './harness/firefox';

/** Chromium names an unpacked extension after the SHA-256 of its folder, in the letters a to p. */
function chromiumExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const origin = (kind: BrowserKind) =>
  kind === 'chromium'
    ? `chrome-extension://${chromiumExtensionId(CHROME_BUILD)}`
    : `moz-extension://${FIREFOX_EXTENSION_UUID}`;

const literal = (value: unknown) => JSON.stringify(value);

/** Page scripts, as JavaScript source (see harness/page-scripts.ts for why). */
const api = `(globalThis.browser ?? globalThis.chrome)`;
const STORED = `${api}.storage.local.get(null)`;
const clickButton = (label: string) => `(() => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === ${literal(label)});
  if (!button || button.disabled) return false;
  button.click();
  return true;
})()`;
const fill = (selector: string, value: string) => `(() => {
  const field = document.querySelector(${literal(selector)});
  field.value = ${literal(value)};
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;
const chooseFile = (selector: string, name: string, text: string) => `(() => {
  const input = document.querySelector(${literal(selector)});
  const files = new DataTransfer();
  files.items.add(new File([${literal(text)}], ${literal(name)}, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;
const textOf = (selector: string) =>
  `document.querySelector(${literal(selector)})?.textContent ?? null`;

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
    const tab = await browser.open(`${origin(kind)}/${file}`);
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
    const before = await options.evaluate<unknown>(STORED);
    const invalid = JSON.stringify({
      version: 1,
      id: 'bad',
      title: 'Bad',
      sources: [],
      entities: [{ id: 'Not A Slug' }],
    });
    await options.evaluate(chooseFile('#import-file', 'bad.json', invalid));
    const message = await waitFor('the import message', () =>
      options.evaluate<string | null>(textOf('#import-message')).then((t) => t || null),
    );
    expect(message).toMatch(
      /^“bad\.json” was not imported, nothing was changed: not a Seedlight briefing: entities\.0\./,
    );
    expect(await options.evaluate<unknown>(STORED)).toEqual(before);
  });

  test('a pasted briefing is highlighted in an already open tab, without reloading it', async () => {
    const { browser, options } = await ready;
    const article = await highlightedArticle();
    await article.evaluate(`window.seedlightNotReloaded = true`);
    await options.evaluate(fill('#add-title', 'Ledger staff'));
    await options.evaluate(fill('#add-text', BRIEFING));
    expect(await options.evaluate(clickButton('Find entities'))).toBe(true);
    await waitFor(
      'the review',
      () =>
        options.evaluate<boolean | null>(
          `document.querySelector('.review-table tbody tr') ? true : null`,
        ),
      30_000,
    );
    expect(await options.evaluate(clickButton('Save briefing'))).toBe(true);
    await waitFor('the saved message', () =>
      options.evaluate<boolean | null>(
        `${textOf('#add-status')}?.startsWith('Saved') ? true : null`,
      ),
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
    await options.evaluate(fill('#sites-deny', '127.0.0.1'));
    expect(await options.evaluate(clickButton('Save site lists'))).toBe(true);
    const mentions = await waitFor('the highlights to go', async () => {
      const now = await browser.mentions(article);
      return now.length === 0 ? now : null;
    });
    expect(mentions).toEqual([]);
    await options.evaluate(fill('#sites-deny', ''));
    await options.evaluate(clickButton('Save site lists'));
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
    await panel.evaluate(`${api}.tabs.update(${literal(article.id)}, { active: true })`);
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
