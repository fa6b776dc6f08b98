import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { KnowledgeBase, SeedSentence } from '../../src/kb/schema';
import { CLOSE_GRACE_MS } from '../../src/popover/hover-intent';
import type { BriefingsState } from '../../src/settings/schema';
import {
  ARTIFACTS,
  hover,
  launch,
  ROOT,
  settledMentions,
  shownCard,
  startStaticServer,
  waitFor,
  type BrowserKind,
  type BrowserTab,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';
import { locateText } from './harness/page-scripts';
import { colouredPixels, readPng, shareOfColour } from './harness/png';
import {
  CARD_BOX,
  CARD_STATE,
  focusElement,
  textBox,
  type CardBox,
  type CardState,
} from './support-popover';

const SEED = readFileSync(path.join(ROOT, 'seeds/zelensky-sends-offer-to-china.txt'), 'utf8');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ARTICLE = 'popover/article.html';
const HOSTILE = 'popover/hostile-css.html';

/** The names on tests/fixtures/popover/article.html in document order, read off the page by hand. */
const ARTICLE_NAMES = ['Xi Jinping', 'Bakhmut', 'Kremlin', 'Maren Holt'];

/** Mentions to hover on the article: the page text, the card's name, the marked name in its first sentence. */
const HOVERS: [text: string, name: string, marked: string][] = [
  ['Xi Jinping', 'Xi Jinping', 'Xi Jinping'],
  ['Bakhmut', 'Bakhmut', 'Bakhmut'],
  ['Kremlin', 'Kremlin', 'Kremlin'],
];

/** The card's controls: each must be a real `<button>`. The Xi Jinping card shows all of them. */
const CONTROLS = ['close', 'sentence-source', 'more', 'related', 'previous', 'next', 'open-source'];

/** Markup in a reader's own briefing, which must reach the card as characters. */
const HOSTILE_DESCRIPTION = '<img src=x onerror=alert(1)>';
const HOLT_SOURCE =
  'Maren Holt covers the talks for The Meridian Ledger. Maren Holt filed <b>bold claims</b> from the capital.';

function quote(text: string): SeedSentence {
  const start = HOLT_SOURCE.indexOf(text);
  return { source: 'holt-notes', start, end: start + text.length, text };
}

const HOLT_KB: KnowledgeBase = {
  version: 2,
  id: 'popover-markup-briefing',
  title: 'A briefing whose description holds markup',
  sources: [{ id: 'holt-notes', title: 'Notes on Maren Holt', text: HOLT_SOURCE }],
  entities: [
    {
      id: 'maren-holt',
      name: 'Maren Holt',
      type: 'person',
      aliases: ['Maren Holt'],
      description: HOSTILE_DESCRIPTION,
      sentences: [
        quote('Maren Holt covers the talks for The Meridian Ledger.'),
        quote('Maren Holt filed <b>bold claims</b> from the capital.'),
      ],
      related: [],
      sources: ['holt-notes'],
    },
  ],
};

const BRIEFINGS: BriefingsState = {
  user: [{ kb: HOLT_KB, enabled: true, addedAt: Date.UTC(2025, 0, 1) }],
  disabledBundled: [],
};

const readCard = (tab: BrowserTab) => tab.evaluate<CardState | null>(CARD_STATE);
const cardBox = (tab: BrowserTab) => tab.evaluate<CardBox | null>(CARD_BOX);

/** Waits until the card reads as `accept` wants, and answers that reading. */
const cardUntil = (what: string, tab: BrowserTab, accept: (card: CardState) => boolean) =>
  waitFor(what, async () => {
    const card = await readCard(tab);
    return card && accept(card) ? card : null;
  });

const closed = (card: CardState) => card.state !== 'open';

/** Resolves in the page after two animation frames: pointer moves are handled once a frame. */
const TWO_FRAMES =
  'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))';

/**
 * What the viewport screenshot shows: its width, whether the card's box is drawn in the card's
 * own background, and whether the hovered mention is drawn in colour.
 */
function screenshotSight(shown: ShownCard) {
  const image = readPng(shown.file);
  const { box, mention } = shown;
  return {
    width: image.width,
    cardDrawn: shareOfColour(image, box, box.looks.cardBackground ?? '') > 0.5,
    mentionColoured: colouredPixels(image, { ...mention, bottom: mention.bottom + 2 }) > 0,
  };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface ShownCard {
  box: CardBox;
  /** The hovered mention's box. */
  mention: Box;
  /** The screenshot taken with the card open. */
  file: string;
}

/** Hovers the Bakhmut mention, waits for its card and keeps a screenshot of the viewport. */
async function showBakhmut(tab: BrowserTab, file: string): Promise<ShownCard> {
  await hover(tab, 'Bakhmut');
  await shownCard(tab, 'Bakhmut');
  const box = await cardBox(tab);
  const mention = await tab.evaluate<Box | null>(textBox('Bakhmut'));
  if (!box || !mention) throw new Error(`no card or no mention on ${tab.url()}`);
  return { box, mention, file: await tab.viewportScreenshot(file) };
}

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
}

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: the context card', (kind) => {
  let browser: ExtensionBrowser | undefined;
  let session: Promise<Session>;
  let plainShown: Promise<ShownCard> | undefined;
  let hostileShown: Promise<ShownCard> | undefined;
  let keyboardTab: Promise<BrowserTab> | undefined;

  beforeAll(() => {
    session = (async () => {
      browser = await launch(kind);
      await browser.storeBriefings(BRIEFINGS);
      const article = await browser.open(server.url(ARTICLE));
      await settledMentions(browser, article);
      return { browser, article };
    })();
    // Each test awaits the session, so a failed setup fails every test instead of skipping them.
    session.catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the article shows its names, the reader briefing included, in document order', async () => {
    const { browser, article } = await session;
    const mentions = await settledMentions(browser, article);
    expect(mentions.map((m) => m.name)).toEqual(ARTICLE_NAMES);
  });

  test.each(HOVERS)(
    'hovering "%s" shows the card of %s with a seed sentence marking it',
    async (text, name, marked) => {
      const { article } = await session;
      await hover(article, text);
      await shownCard(article, name);
      const card = await readCard(article);

      expect(card?.name).toBe(name);
      const first = card?.sentences[0];
      expect(first).toBeDefined();
      expect(collapse(SEED)).toContain(collapse(first?.text ?? ''));
      expect(first?.marks).toContain(marked);
    },
  );

  test('the pointer can move from the mention into the card, and the card stays', async () => {
    const { article } = await session;
    await hover(article, 'Bakhmut');
    await shownCard(article, 'Bakhmut');
    const from = await article.run(locateText, 'Bakhmut', 0, false);
    if (!from) throw new Error('no Bakhmut on the page');
    const box = await cardBox(article);
    if (!box) throw new Error('no card box');

    const x = Math.min(Math.max(from.x, box.left + 12), box.right - 12);
    await article.mouseMove(x, box.top + box.height / 2, 12);
    // Well past the grace period a pointer that left the mention gets.
    await sleep(CLOSE_GRACE_MS * 3);
    const card = await readCard(article);
    expect(card?.state).toBe('open');
    expect(card?.name).toBe('Bakhmut');
  });

  test('moving the pointer away from card and mention closes the card', async () => {
    const { article } = await session;
    await hover(article, 'Kremlin');
    await shownCard(article, 'Kremlin');
    // The left margin, beside the article column: no mention, no card.
    await article.mouseMove(2, 300, 5);
    const card = await cardUntil('the card to close', article, closed);
    expect(card.state).toBe('closed');
  });

  test('Esc closes a hovered card', async () => {
    const { article } = await session;
    await hover(article, 'Xi Jinping');
    await shownCard(article, 'Xi Jinping');
    await article.press('Escape');
    const card = await cardUntil('the card to close', article, closed);
    expect(card.state).toBe('closed');
  });

  /** The Xi Jinping card, open under the pointer: it has every kind of control. */
  const xiCard = async (): Promise<CardState> => {
    const { article } = await session;
    const open = await readCard(article);
    if (open?.state !== 'open' || open.name !== 'Xi Jinping') {
      // A card dismissed with Esc opens again only once the pointer has left its mention: rest
      // the pointer on the blank margin for a frame or two first, as a reader's hand would.
      await article.mouseMove(2, 300, 5);
      await article.evaluate(TWO_FRAMES);
      await hover(article, 'Xi Jinping');
      await shownCard(article, 'Xi Jinping');
    }
    const card = await readCard(article);
    if (!card) throw new Error('no card');
    return card;
  };

  test.each(CONTROLS)('the card control "%s" is a real <button>', async (part) => {
    const card = await xiCard();
    const controls = card.controls.filter((c) => c.startsWith(`${part}:`));
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.every((c) => c === `${part}:button`)).toBe(true);
  });

  test('nothing in the card can take focus but its buttons', async () => {
    const card = await xiCard();
    expect(card.nonButtonFocusables).toEqual([]);
  });

  test('a description holding markup shows as those characters, and runs nothing', async () => {
    const { article } = await session;
    await hover(article, 'Maren Holt');
    await shownCard(article, 'Maren Holt');
    const card = await readCard(article);

    expect(card?.description).toBe(HOSTILE_DESCRIPTION);
    expect(card?.sentences.map((s) => s.text)).toContain(
      'Maren Holt filed <b>bold claims</b> from the capital.',
    );
    expect(card?.live).toContain(HOSTILE_DESCRIPTION);
    expect(card?.injected).toEqual([]);
    expect(await article.evaluate<number>(`document.querySelectorAll('img').length`)).toBe(0);
    expect(article.dialogs).toEqual([]);
  });

  /** The Bakhmut card on the plain page, screenshotted; the hostile page's is compared with it. */
  const plainCard = (): Promise<ShownCard> =>
    (plainShown ??= (async () => {
      const { article } = await session;
      return showBakhmut(article, path.join(ARTIFACTS, 'e2e', `popover-${kind}-article.png`));
    })());

  /** The Bakhmut card on the page with hostile CSS, screenshotted. */
  const hostileCard = (): Promise<ShownCard> =>
    (hostileShown ??= (async () => {
      const { browser } = await session;
      const tab = await browser.open(server.url(HOSTILE));
      try {
        const mentions = await settledMentions(browser, tab);
        expect(mentions.map((m) => m.text)).toEqual(['Bakhmut']);
        return await showBakhmut(tab, path.join(ARTIFACTS, 'e2e', `popover-${kind}-hostile.png`));
      } finally {
        await tab.close();
      }
    })());

  test('a screenshot of the open card on the plain page is kept', async () => {
    const shown = await plainCard();
    expect(screenshotSight(shown)).toEqual({
      width: shown.box.viewportWidth,
      cardDrawn: true,
      mentionColoured: true,
    });
    expect(shown.box.centreIsHost).toBe(true);
  });

  const keyboard = (): Promise<BrowserTab> =>
    (keyboardTab ??= (async () => {
      const { browser } = await session;
      const tab = await browser.open(server.url(ARTICLE));
      await settledMentions(browser, tab);
      return tab;
    })());

  test(
    'navigate next (the message the background sends for Alt+Shift+J: commands cannot be ' +
      'pressed from a test) opens the first mention, focused, labelled and announced',
    async () => {
      const { browser } = await session;
      const tab = await keyboard();
      expect(await tab.evaluate<boolean>(focusElement('#page-button'))).toBe(true);

      expect(await browser.send(tab, { type: 'navigate', direction: 'next' })).toBe(true);
      const card = await cardUntil('focus in the card', tab, (c) => c.focusInDialog);
      expect(card.name).toBe(ARTICLE_NAMES[0]);
      expect(card.label).toBe(ARTICLE_NAMES[0]);
      expect(card.live).toContain(ARTICLE_NAMES[0]);
    },
  );

  test('navigate next again moves to the second mention and scrolls it into view; previous (Alt+Shift+K) goes back', async () => {
    const { browser } = await session;
    const tab = await keyboard();
    const second = ARTICLE_NAMES[1] ?? '';

    await browser.send(tab, { type: 'navigate', direction: 'next' });
    const card = await cardUntil(`the card of ${second}`, tab, (c) => c.name === second);
    expect(card.focusInDialog).toBe(true);
    expect(card.label).toBe(second);
    const inView = await waitFor(`${second} scrolled into view`, async () => {
      const point = await tab.run(locateText, second, 0, false);
      const height = await tab.evaluate<number>('window.innerHeight');
      return point && point.y > 0 && point.y < height ? point : null;
    });
    expect(inView.y).toBeGreaterThan(0);

    await browser.send(tab, { type: 'navigate', direction: 'previous' });
    const back = await cardUntil('the first card again', tab, (c) => c.name === ARTICLE_NAMES[0]);
    expect(back.focusInDialog).toBe(true);
  });

  test('Esc closes the focused card and returns focus to the page button focused before', async () => {
    const tab = await keyboard();
    await tab.press('Escape');
    const card = await cardUntil('the card to close', tab, closed);
    expect(card.pageFocus).toBe('button#page-button');
    expect(card.focusInDialog).toBe(false);
  });

  test('on a page with hostile CSS the card opens whole, visible, uncovered and unchanged', async () => {
    const plain = await plainCard();
    const shown = await hostileCard();
    const { box } = shown;

    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.viewportWidth);
    expect(box.bottom).toBeLessThanOrEqual(box.viewportHeight);
    expect(box.atCentre).toBe('seedlight-card');
    expect(box.centreIsHost).toBe(true);
    expect(box.width).toBe(plain.box.width);
    expect(box.looks).toEqual(plain.box.looks);
    expect(screenshotSight(shown)).toEqual({
      width: box.viewportWidth,
      cardDrawn: true,
      mentionColoured: true,
    });
  });

  test('on a page with hostile CSS the card lines up with its mention as on the plain page', async () => {
    const plain = await plainCard();
    const hostile = await hostileCard();
    // The card's placement is bottom-start (or top-start when flipped): its left edge is the mention's.
    expect(plain.box.left - plain.mention.left).toBeCloseTo(0, 0);
    expect(hostile.box.left - hostile.mention.left).toBeCloseTo(0, 0);
    // Beside the mention: just above or just below it.
    const gap = Math.min(
      Math.abs(hostile.box.bottom - hostile.mention.top),
      Math.abs(hostile.box.top - hostile.mention.bottom),
    );
    expect(gap).toBeLessThan(16);
  });

  test('"Edit in briefing…" on a reader’s entity opens the options page at that entity', async () => {
    const { browser, article } = await session;
    const mentions = await settledMentions(browser, article);
    const index = mentions.findIndex((m) => m.name === 'Maren Holt');
    await browser.send(article, { type: 'reveal', index });
    await cardUntil('the card of Maren Holt', article, (c) => c.name === 'Maren Holt');
    const clicked = await article.evaluate<boolean>(`(() => {
      const edit = document.querySelector('seedlight-card').shadowRoot.querySelector('[data-part="edit"]');
      if (!edit) return false;
      edit.click();
      return true;
    })()`);
    expect(clicked).toBe(true);
    const hash = `#edit=${HOLT_KB.id}&entity=maren-holt`;
    const opened = await waitFor('the options page at Maren Holt', async () => {
      const urls = await browser.extensionPageUrls();
      return urls.find((url) => url.endsWith(`/options.html${hash}`)) ?? null;
    });
    expect(opened).toMatch(/^(chrome|moz)-extension:\/\/[^/]+\/options\.html#edit=/);
  });

  test('a bundled entity’s card offers no editing', async () => {
    const { browser, article } = await session;
    const mentions = await settledMentions(browser, article);
    await browser.send(article, {
      type: 'reveal',
      index: mentions.findIndex((m) => m.name === 'Kremlin'),
    });
    const card = await cardUntil('the card of the Kremlin', article, (c) => c.name === 'Kremlin');
    expect(card.controls.filter((c) => c.startsWith('edit:'))).toEqual([]);
    expect(card.controls).toContain('open-source:button');
  });

  test('the hostile page really applies its styles: hidden divs, top z-index covers, huge fonts', async () => {
    const { browser } = await session;
    const tab = await browser.open(server.url(HOSTILE));
    // The fixture is only a test if its styles apply: check them as the page sees them.
    const looks = await tab.evaluate<{ div: string; cover: string; font: string }>(`({
      div: getComputedStyle(document.querySelector('div')).display,
      cover: getComputedStyle(document.querySelector('.cover')).zIndex,
      font: getComputedStyle(document.querySelector('p')).fontSize,
    })`);
    await tab.close();
    expect(looks).toEqual({ div: 'none', cover: '2147483647', font: '72px' });
  });
});
