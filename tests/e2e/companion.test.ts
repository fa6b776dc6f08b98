/**
 * The card as a reading companion, on real corpus pages: it shows how the page itself introduces
 * a name, and Focus fades the page but that name's sentences (a CSS highlight, the DOM untouched)
 * until Esc. Screenshots go to artifacts/e2e/companion-*.png.
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

/** Fox News: its one Xi Jinping is in a caption, "Chinese President Xi Jinping discussing…". */
const FOX = 'corpus/flairNLP-fundus__us-FoxNews_2023_04_28-china-committee.html';
/**
 * A White House transcript, served one paragraph per line and running no script of its own (a
 * news page's scripts change its DOM as they please): ten lines each hold one Xi Jinping.
 */
const TRANSCRIPT =
  'corpus/brian14708-wh-briefings__2023-02-17-press-briefing-jean-pierre-john-kirby.txt';

interface Companion {
  open: boolean;
  name: string | null;
  introduction: string | null;
  introductionHeading: string | null;
  focusButton: string | null;
  live: string;
  /** Ranges in the page's seedlight-dim highlight; null when there is none. */
  dimRanges: number | null;
}

const READ = `(() => {
  const root = document.querySelector('seedlight-card')?.shadowRoot;
  const part = (name) => root?.querySelector('[data-part="' + name + '"]') ?? null;
  const dim = CSS.highlights.get('seedlight-dim');
  return {
    open: part('card')?.getAttribute('data-state') === 'open',
    name: part('name')?.textContent ?? null,
    introduction: part('introduction')?.textContent ?? null,
    introductionHeading: part('page-introduction')?.querySelector('h3')?.textContent ?? null,
    focusButton: part('focus')?.textContent ?? null,
    live: part('live')?.textContent ?? '',
    dimRanges: dim ? dim.size : null,
  };
})()`;

const CLICK_FOCUS = `(() => {
  const button = document.querySelector('seedlight-card')?.shadowRoot?.querySelector('[data-part="focus"]');
  button?.click();
  return !!button;
})()`;

const BODY = 'document.body.innerHTML';

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])(
  '%s: the card as a reading companion',
  (kind) => {
    let browser: ExtensionBrowser | undefined;
    let launched: Promise<ExtensionBrowser>;

    beforeAll(() => {
      launched = launch(kind).then((b) => (browser = b));
      launched.catch(() => undefined);
    });

    afterAll(async () => {
      await browser?.close();
    });

    const read = (tab: BrowserTab) => tab.evaluate<Companion>(READ);
    const until = (what: string, tab: BrowserTab, accept: (c: Companion) => boolean) =>
      waitFor(what, async () => {
        const state = await read(tab);
        return accept(state) ? state : null;
      });

    /** Opens `page`, then the card of its first Xi Jinping, as the side panel's list does. */
    const xiCard = async (page: string): Promise<BrowserTab> => {
      const b = await launched;
      const tab = await b.open(server.url(page));
      const mentions = await settledMentions(b, tab);
      const index = mentions.findIndex((m) => m.name === 'Xi Jinping');
      expect(index).toBeGreaterThanOrEqual(0);
      await b.send(tab, { type: 'reveal', index });
      await until('the card of Xi Jinping', tab, (c) => c.open && c.name === 'Xi Jinping');
      return tab;
    };

    test('the card shows how the page introduces the name, under "On this page"', async () => {
      const tab = await xiCard(FOX);
      try {
        const card = await read(tab);
        expect(card.introductionHeading).toBe('On this page');
        expect(card.introduction).toBe('Chinese President');
        await tab.viewportScreenshot(
          path.join(ARTIFACTS, 'e2e', `companion-${kind}-introduction.png`),
        );
      } finally {
        await tab.close();
      }
    });

    test('Focus fades the page but the sentences of the name, leaving the DOM as it was; Esc restores', async () => {
      const tab = await xiCard(TRANSCRIPT);
      try {
        const before = await tab.evaluate<string>(BODY);
        expect((await read(tab)).dimRanges).toBeNull();

        expect(await tab.evaluate<boolean>(CLICK_FOCUS)).toBe(true);
        const focused = await until('the page to fade', tab, (c) => (c.dimRanges ?? 0) > 0);
        expect(focused.live).toBe('Focusing on Xi Jinping: 10 sentences. Esc to leave.');
        expect(focused.focusButton).toBe('Leave focus');
        // Around ten sentences lie eleven stretches of the page (before, between, after).
        expect(focused.dimRanges).toBe(11);
        expect(await tab.evaluate<string>(BODY)).toBe(before);
        await tab.viewportScreenshot(path.join(ARTIFACTS, 'e2e', `companion-${kind}-focus.png`));

        await tab.press('Escape');
        const left = await until('the fading to go', tab, (c) => c.dimRanges === null);
        expect(left.open).toBe(false);
        expect(left.live).toBe('Focus mode off: the whole page shows again.');
        expect(await tab.evaluate<string>(BODY)).toBe(before);
        await tab.viewportScreenshot(path.join(ARTIFACTS, 'e2e', `companion-${kind}-restored.png`));
      } finally {
        await tab.close();
      }
    });
  },
);
