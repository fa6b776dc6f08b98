/**
 * The popup tells the truth about the page it was opened over, in Chromium and Firefox: what its
 * switches and its status line say for each reason Seedlight can be off, that its counts are the
 * page's real counts, and that text inside a URL, an e-mail address or a file path on the page
 * is no mention. Screenshots of the popup, light and dark, go to artifacts/e2e/.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSeedKnowledgeBases } from '../../scripts/seeds';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/settings';
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
import { activateTab, storeItems } from './harness/page-actions';

const BUNDLED_IDS = loadSeedKnowledgeBases('seeds').kbs.map((kb) => kb.id);

/** What the popup shows, read from its page. */
interface PopupView {
  status: string;
  site: { checked: boolean; disabled: boolean };
  global: boolean;
  density: string | null;
  entities: { label: string; count: number }[];
  text: string;
}

const VIEW = `(() => {
  if (window.seedlightStalePopup) return null;
  const site = document.querySelector('#site-switch');
  const global = document.querySelector('#global-switch');
  const status = document.querySelector('#site-status');
  if (!site || !global || !status || !status.textContent) return null;
  return {
    status: status.textContent,
    site: { checked: site.checked, disabled: site.disabled },
    global: global.checked,
    density: document.querySelector('input[name="popup-density"]:checked')?.value ?? null,
    entities: [...document.querySelectorAll('.entities button')].map((b) => ({
      label: b.getAttribute('aria-label'),
      count: Number(b.querySelector('.count')?.textContent),
    })),
    text: document.body.innerText,
  };
})()`;

/** Per entity name, how many mentions the tab's own `mentions` answer lists. */
function countsOf(mentions: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { name } of mentions) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: the popup over a page', (kind) => {
  let browser: ExtensionBrowser | undefined;
  let ready: Promise<{ browser: ExtensionBrowser; article: BrowserTab; popup: BrowserTab }>;

  /** Stores settings and briefings as the extension pages do, from the popup's own page. */
  const store = async (settings: Partial<Settings>, disabledBundled: string[] = []) => {
    const { popup } = await ready;
    await popup.run(storeItems, {
      settings: { ...DEFAULT_SETTINGS, ...settings },
      settings$: { v: SETTINGS_VERSION },
      briefings: { user: [], disabledBundled },
    });
  };

  /**
   * Reloads the popup while the article is the active tab, as when the toolbar button is
   * pressed over it (the popup runs in a background tab of the same window), and waits until it
   * shows `status` and `density`.
   */
  const reopen = async (status: string, density: Settings['density'] = 'calm') => {
    const { popup } = await ready;
    // The open popup follows storage and may already say `status` before the reload takes it
    // away: mark the old document, so only the reloaded one can answer (else the next evaluate
    // meets the reload as a destroyed context).
    await popup
      .evaluate(`(window.seedlightStalePopup = true, location.reload(), true)`)
      .catch(() => undefined);
    return waitFor(`the reloaded popup to say "${status}"`, async () => {
      const view = await popup.evaluate<PopupView | null>(VIEW).catch(() => null);
      return view?.status === status && view.density === density ? view : null;
    });
  };

  beforeAll(() => {
    ready = (async () => {
      browser = await launch(kind);
      const popup = await browser.open(`${extensionOrigin(kind)}/popup.html`);
      await waitFor('the popup to render', () =>
        popup.evaluate<boolean | null>(`document.querySelector('h1') ? true : null`),
      );
      const article = await browser.open(server.url('demo/article.html'));
      await settledMentions(browser, article);
      await popup.run(activateTab, article.id);
      return { browser, article, popup };
    })();
    ready.catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('on: both switches on, the real counts sorted by count, the panel in the browser’s word', async () => {
    const { browser, article, popup } = await ready;
    await store({});
    await reopen('Seedlight is on for this page.');
    // The status line shows at once; the list follows when the tab has answered.
    const view = await waitFor('the popup to list the page’s entities', async () => {
      const shown = await popup.evaluate<PopupView | null>(VIEW).catch(() => null);
      return shown && shown.entities.length > 0 ? shown : null;
    });
    const counts = countsOf(await settledMentions(browser, article));
    expect(view.site).toEqual({ checked: true, disabled: false });
    expect(view.global).toBe(true);
    expect(view.density).toBe('calm');
    expect(view.entities.length).toBe(counts.size);
    for (const { label, count } of view.entities) {
      const name = [...counts.keys()]
        .filter((n) => label.includes(n))
        .sort((a, b) => b.length - a.length)[0];
      expect(name, label).toBeDefined();
      expect(count, label).toBe(counts.get(name ?? ''));
    }
    const shownCounts = view.entities.map((e) => e.count);
    expect(shownCounts).toEqual([...shownCounts].sort((a, b) => b - a));
    expect(view.text).toContain(kind === 'firefox' ? 'Open the sidebar' : 'Open the side panel');
    await screenshot(popup, path.join(ARTIFACTS, 'e2e', `popup-${kind}-light.png`));
    await popup.evaluate(`(() => {
      for (const sheet of document.styleSheets) {
        for (const rule of [...sheet.cssRules]) {
          if (rule instanceof CSSMediaRule && rule.conditionText.includes('dark')) {
            for (const inner of [...rule.cssRules]) sheet.insertRule(inner.cssText, sheet.cssRules.length);
          }
        }
      }
      return true;
    })()`);
    await screenshot(popup, path.join(ARTIFACTS, 'e2e', `popup-${kind}-dark.png`));
  });

  test.each<[string, Partial<Settings>, string[], string, [boolean, boolean, boolean]]>([
    [
      'denied by a pattern with a port',
      { deny: [] },
      [],
      'Seedlight is off here: the deny list has “{host}”. Remove it in Options and briefings to turn it on.',
      [false, true, true],
    ],
    [
      'off everywhere',
      { enabled: false },
      [],
      'Seedlight is off everywhere. Turn on “On everywhere” to use it.',
      [false, true, false],
    ],
    [
      'every briefing off',
      {},
      BUNDLED_IDS,
      'Nothing is highlighted: every briefing is off. Turn one on in Options and briefings.',
      [false, true, true],
    ],
  ])('%s: the switches and the line agree', async (name, settings, off, line, expected) => {
    const { browser, article } = await ready;
    const host = new URL(article.url()).host;
    const deny = name.startsWith('denied') ? [host] : (settings.deny ?? []);
    await store({ ...settings, deny }, off);
    const view = await reopen(line.replace('{host}', host));
    expect([view.site.checked, view.site.disabled, view.global]).toEqual(expected);
    expect(view.entities).toEqual([]);
    expect(view.text).not.toContain('No mentions');
    // The page agrees: nothing is highlighted.
    await waitFor('the highlights to go', async () =>
      (await browser.mentions(article)).length === 0 ? true : null,
    );
  });

  test('first mention only: the chooser says so and the counts are still the reply’s', async () => {
    const { browser, article, popup } = await ready;
    await store({ density: 'first' });
    expect((await reopen('Seedlight is on for this page.', 'first')).density).toBe('first');
    const counts = [...countsOf(await settledMentions(browser, article)).values()].sort();
    // The popup may have asked while the page was still applying the new settings; it lists the
    // page's entities again when the page's mentions change, so wait for the list it settles on.
    const view = await waitFor('the popup to list the settled counts', async () => {
      const shown = await popup.evaluate<PopupView | null>(VIEW).catch(() => null);
      const shownCounts = shown?.entities.map((e) => e.count).sort() ?? [];
      return JSON.stringify(shownCounts) === JSON.stringify(counts) ? shown : null;
    }).catch(async () => popup.evaluate<PopupView | null>(VIEW));
    expect(view?.density).toBe('first');
    expect(view?.entities.map((e) => e.count).sort()).toEqual(counts);
  });

  test('text inside a URL, an e-mail address or a file path is no mention', async () => {
    const { browser, article } = await ready;
    await store({});
    const before = countsOf(await settledMentions(browser, article));
    await article.evaluate(`(() => {
      const p = document.createElement('p');
      p.textContent = 'Sources: https://news.example.com/2026/china-ukraine-talks/ and ' +
        'www.example.org/zelensky-kremlin, ukraine.desk@example.com, /srv/news/china/putin.txt. ' +
        'China and Ukraine met.';
      document.body.append(p);
      return true;
    })()`);
    const after = await waitFor('the new paragraph to be matched', async () => {
      const counts = countsOf(await browser.mentions(article));
      return (counts.get('China') ?? 0) > (before.get('China') ?? 0) ? counts : null;
    });
    const settled = countsOf(await settledMentions(browser, article));
    expect(settled).toEqual(after);
    const added = [...settled]
      .filter(([n, c]) => c !== (before.get(n) ?? 0))
      .map(([n, c]) => [n, c - (before.get(n) ?? 0)])
      .sort();
    expect(added).toEqual([
      ['China', 1],
      ['Ukraine', 1],
    ]);
  });
});
