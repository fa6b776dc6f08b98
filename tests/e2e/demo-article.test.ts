import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS,
  ROOT,
  hover,
  launch,
  screenshot,
  settledMentions,
  shownCard,
  startStaticServer,
  type BrowserKind,
  type BrowserTab,
  type ExtensionBrowser,
  type Mention,
  type StaticServer,
} from './harness';
import { countCardHosts, drawnParts } from './harness/page-scripts';
import { colouredPixels, readPng, shareOfColour } from './harness/png';

const SEED = readFileSync(path.join(ROOT, 'seeds/zelensky-sends-offer-to-china.txt'), 'utf8');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Read off tests/fixtures/demo/article.html by hand: each entity's mentions in document order,
 * as the page writes them. Absent on purpose: the `<title>`, the form's input and textarea, both
 * scripts and "Xi'an", none of which may be highlighted.
 */
const EXPECTED_TEXTS: [name: string, texts: string[]][] = [
  [
    'Volodymyr Zelensky',
    ['ZELENSKY', 'Volodymyr Zelensky', 'Zelensky', 'Zelenskyy', 'Zelensky', 'Zelensky'],
  ],
  ['Xi Jinping', ['Xi Jinping', 'Xi Jinping', 'Xi', 'Xi', 'Xi Jinping', 'Xi']],
  ['Olena Zelenska', ['Olena Zelenska']],
  ['Putin', ['Putin']],
  ['Bakhmut', ['Bakhmut', 'Bakhmut']],
  ['Kremlin', ['Kremlin']],
  ['World Economic Forum', ['World Economic Forum', 'World Economic Forum']],
  ['Davos', ['Davos', 'Davos']],
  ['John Kirby', ['John Kirby']],
];

/** Mentions to hover: the page text, which occurrence of it, the card's name, a word of its sentence. */
const HOVERS: [text: string, occurrence: number, name: string, inSentence: string][] = [
  ['Xi Jinping', 1, 'Xi Jinping', 'Xi'],
  ['Bakhmut', 0, 'Bakhmut', 'Bakhmut'],
  ['Zelenskyy', 0, 'Volodymyr Zelensky', 'Zelensky'],
];

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

interface Session {
  browser: ExtensionBrowser;
  article: BrowserTab;
  mentions: Mention[];
}

describe.each<BrowserKind>(['chromium', 'firefox'])('%s with the built extension', (kind) => {
  let browser: ExtensionBrowser | undefined;
  let session: Promise<Session>;

  beforeAll(() => {
    session = (async () => {
      browser = await launch(kind);
      const article = await browser.open(server.url('demo/article.html'));
      return { browser, article, mentions: await settledMentions(browser, article) };
    })();
    // Each test awaits the session, so a failed setup fails every test instead of skipping them.
    session.catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the first mention is the all-caps headline', async () => {
    const { mentions } = await session;
    expect(mentions[0]).toEqual({
      entityId: expect.any(String),
      name: 'Volodymyr Zelensky',
      text: 'ZELENSKY',
      drawn: 'full',
    });
  });

  test.each(EXPECTED_TEXTS)('%s is highlighted as %j, in document order', async (name, texts) => {
    const { mentions } = await session;
    expect(mentions.filter((m) => m.name === name).map((m) => m.text)).toEqual(texts);
  });

  test('the Belt and Road Initiative is found under its full name and as "BRI"', async () => {
    const { mentions } = await session;
    const texts = mentions.filter((m) => m.text === 'BRI' || m.text.startsWith('Belt'));
    expect(texts.map((m) => m.text)).toEqual([
      'Belt and Road Initiative',
      'BRI',
      'Belt and Road Initiative',
    ]);
    expect(new Set(texts.map((m) => m.entityId)).size).toBe(1);
  });

  test('one entity keeps one id and one name across its mentions', async () => {
    const { mentions } = await session;
    const nameById = new Map<string, string>();
    for (const m of mentions) {
      expect(nameById.get(m.entityId) ?? m.name).toBe(m.name);
      nameById.set(m.entityId, m.name);
    }
  });

  test.each(HOVERS)(
    'hovering "%s" (occurrence %i) shows the card of %s with a seed sentence',
    async (text, occurrence, name, inSentence) => {
      const { article } = await session;
      await hover(article, text, occurrence);
      const card = await shownCard(article, name);

      expect(card.dialogs).toBe(1);
      expect(card.sentences.length).toBeGreaterThan(0);
      const sentence = collapse(card.sentences[0] ?? '');
      expect(collapse(SEED)).toContain(sentence);
      expect(sentence).toContain(inSentence);
    },
  );

  test('the page DOM is unchanged but for the card host on <html>', async () => {
    const { article } = await session;
    await hover(article, 'Kremlin');
    await shownCard(article, 'Kremlin');

    const baseline = await article.evaluate<string>('window.seedlightBaselineBody');
    const body = await article.evaluate<string>('document.body.innerHTML');
    expect(body).toBe(baseline);
    expect(
      await article.evaluate<string[]>(
        '[...document.documentElement.children].map((e) => e.localName)',
      ),
    ).toEqual(['head', 'body', 'seedlight-card']);
    expect(await article.run(countCardHosts)).toBe(1);
  });

  test('a screenshot shows the highlighted article with the card open', async () => {
    const { article } = await session;
    await hover(article, 'Xi Jinping', 0);
    await shownCard(article, 'Xi Jinping');
    const file = await screenshot(article, path.join(ARTIFACTS, 'e2e', `${kind}-demo-article.png`));

    const image = readPng(file);
    // The whole layout width: the viewport less any scrollbar (Firefox draws one, Chromium not).
    const width = await article.evaluate<number>('document.documentElement.clientWidth');
    expect(image.width).toBe(width);
    // What the reader sees: every drawn mention tinted or underlined in colour, the card in its own.
    const parts = await article.run(drawnParts, true);
    const { card } = parts;
    if (!card) throw new Error('no card on the page');
    // Mentions under the card are hidden from the reader too.
    const inSight = parts.highlights.filter(
      (box) =>
        box.right <= card.left ||
        box.left >= card.right ||
        box.bottom <= card.top ||
        box.top >= card.bottom,
    );
    expect(inSight.length).toBeGreaterThan(0);
    const untinted = inSight.filter(
      (box) => colouredPixels(image, { ...box, bottom: box.bottom + 2 }) === 0,
    );
    expect(untinted).toEqual([]);
    expect(shareOfColour(image, card, parts.cardBackground)).toBeGreaterThan(0.5);
  });

  test('a page with none of the names has no mentions', async () => {
    const { browser } = await session;
    const tab = await browser.open(server.url('demo/no-mentions.html'));
    expect(await settledMentions(browser, tab, { allowEmpty: true })).toEqual([]);
    await tab.close();
  });

  test('a White House transcript from the corpus shows John Kirby and Bakhmut', async () => {
    const { browser } = await session;
    const tab = await browser.open(
      server.url(
        'corpus/brian14708-wh-briefings__2023-02-17-press-briefing-jean-pierre-john-kirby.txt',
      ),
    );
    const names = new Set((await settledMentions(browser, tab)).map((m) => m.name));
    expect(names).toContain('John Kirby');
    expect(names).toContain('Bakhmut');
    await tab.close();
  });
});
