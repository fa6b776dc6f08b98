/**
 * Going to a mention, as the popup, the side panel and the keyboard commands do it: the mention
 * ends inside the viewport (through the page, a scroll container or a same-origin frame), its
 * card open, visible and holding focus.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RevealReply } from '../../src/protocol';
import {
  launch,
  settledMentions,
  startStaticServer,
  waitFor,
  type BrowserKind,
  type BrowserTab,
  type ExtensionBrowser,
  type Mention,
  type StaticServer,
} from './harness';
import {
  ACTIVE_MENTION,
  CARD_SIGHT,
  SCROLL_ALL_TO_TOP,
  TWO_FRAMES,
  clickButtonNaming,
  mentionView,
  type ActiveMention,
  type CardSight,
  type MentionView,
} from './support-jump';

const LONG = 'jump/long.html';
/** A long White House transcript of the corpus: a hundred and more mentions over many screens. */
const TRANSCRIPT =
  'corpus/brian14708-wh-briefings__2023-02-17-press-briefing-jean-pierre-john-kirby.txt';
const STEPS = 20;

/** Names on jump/long.html that lie far below the fold, with where each one sits. */
const FAR: [name: string, text: string, where: string][] = [
  ['Bakhmut', 'Bakhmut', 'on the page'],
  ['Kremlin', 'Kremlin', 'at the bottom of a scroll container'],
  ['Volodymyr Zelensky', 'Volodymyr Zelensky', 'in a same-origin frame'],
];

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

const sight = (tab: BrowserTab) => tab.evaluate<CardSight | null>(CARD_SIGHT);

/** Waits for the card of `name` to be open, visible and focused; answers what it saw. */
const landedCard = (tab: BrowserTab, name: string) =>
  waitFor(`the focused card of ${name}`, async () => {
    const card = await sight(tab);
    return card && card.name === name && card.visible && card.focusInDialog ? card : null;
  });

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: going to a mention', (kind) => {
  let browser: ExtensionBrowser | undefined;
  let setup: Promise<{ browser: ExtensionBrowser; tab: BrowserTab; mentions: Mention[] }>;

  beforeAll(() => {
    setup = (async () => {
      browser = await launch(kind);
      const tab = await browser.open(server.url(LONG));
      const mentions = await settledMentions(browser, tab);
      return { browser, tab, mentions };
    })();
    setup.catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Back to the top, the card closed, with the named mention out of sight. */
  const fromTheTop = async (tab: BrowserTab, text: string) => {
    await tab.press('Escape');
    await tab.evaluate(SCROLL_ALL_TO_TOP);
    await tab.evaluate(TWO_FRAMES);
    const before = await tab.evaluate<MentionView | null>(mentionView(text));
    expect(before?.inView).toBe(false);
  };

  test('the long page lists each far name once', async () => {
    const { mentions } = await setup;
    expect(mentions.map((m) => m.name)).toEqual(['Xi Jinping', ...FAR.map(([name]) => name)]);
  });

  test.each(FAR)(
    'the reveal message brings %s (%s… %s) into view with its card open and focused',
    async (name, text) => {
      const { browser, tab, mentions } = await setup;
      await fromTheTop(tab, text);
      const index = mentions.findIndex((m) => m.name === name);
      const reply = await browser.send<RevealReply>(tab, { type: 'reveal', index });

      expect(reply).toEqual({ revealed: true });
      // The reply comes once the card shows: no waiting needed for what follows.
      const card = await sight(tab);
      expect(card).toMatchObject({ name, visible: true, focusInDialog: true });
      expect((await tab.evaluate<MentionView | null>(mentionView(text)))?.inView).toBe(true);
      // And focus stays once the page has drawn a few more frames.
      await tab.evaluate(TWO_FRAMES);
      expect((await sight(tab))?.focusInDialog).toBe(true);
    },
  );

  test('choosing an entity in the popup goes to its mention far below the fold', async () => {
    const { browser, tab } = await setup;
    await fromTheTop(tab, 'Bakhmut');
    const popup = await browser.openExtensionPageBehind('popup.html');
    try {
      await waitFor('the popup to list Bakhmut', async () =>
        (await popup.evaluate<boolean>(clickButtonNaming('.entities button', 'Bakhmut')))
          ? true
          : null,
      );
      await landedCard(tab, 'Bakhmut');
      expect((await tab.evaluate<MentionView | null>(mentionView('Bakhmut')))?.inView).toBe(true);
    } finally {
      await popup.close();
    }
  });

  test('choosing a mention in the side panel goes to it, inside its frame', async () => {
    const { browser, tab } = await setup;
    const name = 'Volodymyr Zelensky';
    await fromTheTop(tab, name);
    const panel = await browser.openExtensionPageBehind('sidepanel.html');
    try {
      await waitFor(`the side panel to list ${name}`, async () =>
        (await panel.evaluate<boolean>(clickButtonNaming('button.mention', name))) ? true : null,
      );
      await landedCard(tab, name);
      expect((await tab.evaluate<MentionView | null>(mentionView(name)))?.inView).toBe(true);
    } finally {
      await panel.close();
    }
  });

  test('a mention the page removed since it was listed says so', async () => {
    const { browser, tab, mentions } = await setup;
    await tab.press('Escape');
    const reply = await browser.send<RevealReply>(tab, { type: 'reveal', index: mentions.length });
    expect(reply).toEqual({ revealed: false, reason: 'removed' });
    const live = await tab.evaluate<string>(
      `document.querySelector('seedlight-card').shadowRoot.querySelector('[data-part="live"]').textContent`,
    );
    expect(live).toBe('That mention is no longer on the page.');
  });

  test(`the keyboard commands keep focus in the card over ${STEPS} mentions of a long transcript`, async () => {
    const { browser } = await setup;
    const tab = await browser.open(server.url(TRANSCRIPT));
    try {
      const mentions = await settledMentions(browser, tab);
      expect(mentions.length).toBeGreaterThan(STEPS);
      // Previous from the top wraps to the last mention, next from there to the first: two
      // jumps across the whole transcript, then mention after mention.
      const plan: Array<['previous' | 'next', number]> = [
        ['previous', mentions.length - 1],
        ...Array.from({ length: STEPS - 1 }, (_, i) => ['next', i] as ['next', number]),
      ];
      const seen: ActiveMention[] = [];
      for (const [direction, index] of plan) {
        const expected = mentions[index];
        if (!expected) throw new Error(`no mention ${index}`);
        const before = seen.at(-1);
        await browser.send(tab, { type: 'navigate', direction });
        const active = await waitFor(`mention ${index} (${expected.text})`, async () => {
          const now = await tab.evaluate<ActiveMention | null>(ACTIVE_MENTION);
          const card = await sight(tab);
          const moved =
            !before || now?.pageTop !== before.pageTop || now.pageLeft !== before.pageLeft;
          return now && moved && card?.focusInDialog && card.visible ? now : null;
        });
        expect(active.text).toBe(expected.text);
        expect(active.inView).toBe(true);
        expect((await sight(tab))?.name).toBe(expected.name);
        await tab.evaluate(TWO_FRAMES);
        expect((await sight(tab))?.focusInDialog).toBe(true);
        seen.push(active);
      }
      const [last, ...forward] = seen;
      // The wrap went to the bottom of the transcript; the rest went down it in order.
      expect(forward.every((m) => (last?.pageTop ?? 0) >= m.pageTop)).toBe(true);
      expect(forward.every((m, i) => i === 0 || m.pageTop >= (forward[i - 1]?.pageTop ?? 0))).toBe(
        true,
      );
    } finally {
      await tab.close();
    }
  });
});
