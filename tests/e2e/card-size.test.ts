/**
 * The card at 100% and 200% zoom, light and dark: inside the viewport, its header and main
 * buttons in sight, its body scrolling between them. Screenshots go to artifacts/e2e/card-*.png.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS,
  launch,
  settledMentions,
  startStaticServer,
  waitFor,
  type BrowserKind,
  type BrowserTab,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';
import { CARD_SIGHT, SCROLL_ALL_TO_TOP, TWO_FRAMES, type CardSight } from './support-jump';

const ARTICLE = 'popover/article.html';
/** The first name on the article: its card has sentences, "more", related entities and the footer. */
const NAME = 'Xi Jinping';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
}

interface CardParts {
  viewport: { width: number; height: number };
  card: Box;
  /** The parts that must stay in sight, by data-part. */
  fixed: Record<string, Box>;
  body: { clientHeight: number; scrollHeight: number };
  /** The shortest button's height. */
  minButtonHeight: number;
  background: string;
  pixelRatio: number;
}

const CARD_PARTS = `(() => {
  const root = document.querySelector('seedlight-card').shadowRoot;
  const box = (e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  };
  const part = (name) => root.querySelector('[data-part="' + name + '"]');
  const card = part('card');
  const body = part('body');
  const fixed = {};
  for (const name of ['name', 'close', 'previous', 'next']) fixed[name] = box(part(name));
  return {
    viewport: { width: window.innerWidth, height: window.innerHeight },
    card: box(card),
    fixed,
    body: { clientHeight: body.clientHeight, scrollHeight: body.scrollHeight },
    minButtonHeight: Math.min(...[...root.querySelectorAll('button')]
      .filter((b) => b.checkVisibility()).map((b) => b.getBoundingClientRect().height)),
    background: getComputedStyle(card).backgroundColor,
    pixelRatio: window.devicePixelRatio,
  };
})()`;

const inside = (inner: Box, outer: { top: number; bottom: number; left: number; right: number }) =>
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5 &&
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5;

/** Waits for the card's fade-in to end and the size middleware to run (over the next frames). */
async function cardStandsStill(tab: BrowserTab): Promise<void> {
  await waitFor('the card to stand still', () =>
    tab.evaluate<boolean | null>(
      `document.querySelector('seedlight-card').shadowRoot.getAnimations().length === 0 || null`,
    ),
  );
  await tab.evaluate(TWO_FRAMES);
}

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

const LOOKS: [kind: BrowserKind, scheme: 'light' | 'dark'][] = [
  ['chromium', 'light'],
  ['chromium', 'dark'],
  ['firefox', 'light'],
  ['firefox', 'dark'],
];

describe.each(LOOKS)('%s, %s: the card at any size', (kind, scheme) => {
  let browser: ExtensionBrowser | undefined;
  let setup: Promise<{ browser: ExtensionBrowser; tab: BrowserTab }>;

  beforeAll(() => {
    setup = (async () => {
      browser = await launch(kind, { colorScheme: scheme });
      const tab = await browser.open(server.url(ARTICLE));
      await settledMentions(browser, tab);
      return { browser, tab };
    })();
    setup.catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each([1, 2])(
    'at %sx zoom: inside the viewport, header and buttons in sight, body scrolling',
    async (zoom) => {
      const { browser, tab } = await setup;
      await tab.press('Escape');
      await browser.zoom(tab, zoom);
      await waitFor(`${zoom * 100}% zoom`, () =>
        tab.evaluate<boolean | null>(`window.devicePixelRatio === ${zoom} || null`),
      );
      await tab.evaluate(SCROLL_ALL_TO_TOP);
      await tab.evaluate(TWO_FRAMES);
      await browser.send(tab, { type: 'reveal', index: 0 });
      await waitFor(`the card of ${NAME}`, async () => {
        const card = await tab.evaluate<CardSight | null>(CARD_SIGHT);
        return card?.name === NAME && card.visible && card.focusInDialog ? card : null;
      });
      await cardStandsStill(tab);
      const parts = await tab.evaluate<CardParts>(CARD_PARTS);
      await tab.viewportScreenshot(
        path.join(ARTIFACTS, 'e2e', `card-${kind}-${zoom}x-${scheme}.png`),
      );

      const viewport = {
        top: 0,
        left: 0,
        bottom: parts.viewport.height,
        right: parts.viewport.width,
      };
      expect(parts.pixelRatio).toBe(zoom);
      expect(inside(parts.card, viewport)).toBe(true);
      for (const [name, box] of Object.entries(parts.fixed)) {
        expect({ name, inside: inside(box, parts.card) }).toEqual({ name, inside: true });
      }
      // Room for text between header and footer, even when the viewport is half as tall.
      expect(parts.body.clientHeight).toBeGreaterThanOrEqual(40);
      expect(parts.minButtonHeight).toBeGreaterThanOrEqual(24);
      expect(parts.background).toBe(scheme === 'dark' ? 'rgb(31, 31, 31)' : 'rgb(255, 255, 255)');
    },
  );
});

describe.each<BrowserKind>(['chromium', 'firefox'])('%s, touch screen: the card', (kind) => {
  let browser: ExtensionBrowser | undefined;

  afterAll(async () => {
    await browser?.close();
  });

  test('its buttons are 44 px targets for fingers', async () => {
    browser = await launch(kind, { touch: true });
    const tab = await browser.open(server.url(ARTICLE));
    await settledMentions(browser, tab);
    expect(await tab.evaluate<boolean>(`matchMedia('(pointer: coarse)').matches`)).toBe(true);
    await browser.send(tab, { type: 'reveal', index: 0 });
    await waitFor(`the card of ${NAME}`, async () => {
      const card = await tab.evaluate<CardSight | null>(CARD_SIGHT);
      return card?.name === NAME && card.visible ? card : null;
    });
    await cardStandsStill(tab);
    const parts = await tab.evaluate<CardParts>(CARD_PARTS);
    expect(parts.minButtonHeight).toBeGreaterThanOrEqual(44);
    await tab.viewportScreenshot(path.join(ARTIFACTS, 'e2e', `card-${kind}-touch.png`));
  });
});
