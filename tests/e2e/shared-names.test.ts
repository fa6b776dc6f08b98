import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { KnowledgeBase, SeedSentence } from '../../src/kb/schema';
import type { BriefingsState } from '../../src/settings/schema';
import {
  hover,
  launch,
  settledMentions,
  shownCard,
  startStaticServer,
  waitFor,
  type BrowserKind,
  type BrowserTab,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

/** A reader's own briefing that also knows Xi Jinping and Bakhmut, with its own sentences. */
const NOTES =
  'Xi Jinping met trade envoys in Beijing. Bakhmut lies in ruins after months of fighting.';
const quote = (text: string): SeedSentence => {
  const start = NOTES.indexOf(text);
  return { source: 'trade-notes', start, end: start + text.length, text };
};
const TRADE: KnowledgeBase = {
  version: 2,
  id: 'trade-notes',
  title: 'Trade notes',
  sources: [{ id: 'trade-notes', title: 'Trade notes', text: NOTES }],
  entities: [
    {
      id: 'xi',
      name: 'Xi Jinping',
      type: 'person',
      aliases: ['Xi Jinping'],
      description: 'met trade envoys',
      sentences: [quote('Xi Jinping met trade envoys in Beijing.')],
      related: [],
      sources: ['trade-notes'],
    },
    {
      id: 'bakhmut',
      name: 'Bakhmut',
      type: 'place',
      aliases: ['Bakhmut'],
      sentences: [quote('Bakhmut lies in ruins after months of fighting.')],
      related: [],
      sources: ['trade-notes'],
    },
  ],
};
const BRIEFINGS: BriefingsState = {
  user: [{ kb: TRADE, enabled: true, addedAt: Date.UTC(2026, 0, 1) }],
  disabledBundled: [],
};
const BUNDLED_TITLE = 'Zelensky Sends Offer To China';

/** The card's briefing sections: each one's heading and sentences, read in the page. */
const SECTIONS = `(() => {
  const root = document.querySelector('seedlight-card')?.shadowRoot;
  if (!root) return null;
  return [...root.querySelectorAll('[data-part="briefing"]')].map((s) => ({
    heading: s.querySelector('h3')?.textContent ?? '',
    sentences: [...s.querySelectorAll('[data-part="sentence"]')].map((e) => e.textContent ?? ''),
  }));
})()`;

/** Clicks one of the card's buttons by its part name, in the page. */
const clickPart = (part: string) => `(() => {
  const button = document.querySelector('seedlight-card')?.shadowRoot?.querySelector('[data-part="${part}"]');
  if (!button) return false;
  button.click();
  return true;
})()`;

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => {
  await server.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: a name two briefings know', (kind) => {
  let browser: ExtensionBrowser | undefined;
  let ready: Promise<{ browser: ExtensionBrowser; article: BrowserTab }>;

  beforeAll(() => {
    ready = (async () => {
      browser = await launch(kind);
      await browser.storeBriefings(BRIEFINGS);
      const article = await browser.open(server.url('popover/article.html'));
      await settledMentions(browser, article);
      return { browser, article };
    })();
    ready.catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('shows one highlight and one card with a section per briefing', async () => {
    const { browser, article } = await ready;
    const mentions = await settledMentions(browser, article);
    expect(mentions.filter((m) => m.text === 'Xi Jinping')).toHaveLength(1);
    await hover(article, 'Xi Jinping');
    await shownCard(article, 'Xi Jinping');
    const sections = await waitFor('two briefing sections', async () => {
      const found = await article.evaluate<{ heading: string; sentences: string[] }[] | null>(
        SECTIONS,
      );
      return found && found.length === 2 ? found : null;
    });
    expect(sections.map((s) => s.heading)).toEqual([`In “${BUNDLED_TITLE}”`, 'In “Trade notes”']);
    expect(sections[1]?.sentences.join(' ')).toContain('Xi Jinping met trade envoys in Beijing.');
  });

  test('"Don’t highlight this" takes the name off the page, and the page keeps the rest', async () => {
    const { browser, article } = await ready;
    await hover(article, 'Bakhmut');
    await shownCard(article, 'Bakhmut');
    expect(await article.evaluate<boolean>(clickPart('mute'))).toBe(true);
    const after = await waitFor('Bakhmut to leave the mentions', async () => {
      const list = await settledMentions(browser, article, { allowEmpty: true });
      return list.some((m) => m.name === 'Bakhmut') ? null : list;
    });
    expect(after.map((m) => m.name)).toContain('Xi Jinping');
    expect(after.map((m) => m.name)).not.toContain('Bakhmut');
  });
});
