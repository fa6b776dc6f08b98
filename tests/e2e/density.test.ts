/**
 * The density modes on a real, busy page: what is drawn under each highlight name against what
 * the `mentions` reply reports, which is every mention whatever the mode.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MentionItem } from '../../src/messages';
import {
  settledMentions,
  startStaticServer,
  waitFor,
  type BrowserKind,
  type StaticServer,
} from './harness';
import { HIGHLIGHT_SUMMARY, type HighlightSummary } from './support/page-probes';
import { launchForPopover, type PopoverBrowser, type PopoverTab } from './support-popover';

const PAGE = 'corpus/flairNLP-fundus__ca-NationalPost_2025_05_08-india-pakistan.html';

type Density = 'every' | 'calm' | 'first';

interface Drawn {
  full: number;
  light: number;
}

/** Ranges drawn fully (`seedlight-<type>[-style]`) and lightly (`seedlight-<type>-light`). */
function drawnOnPage(summary: HighlightSummary): Drawn {
  let full = 0;
  let light = 0;
  for (const [name, size] of Object.entries(summary.sizes)) {
    if (name.endsWith('-light')) light += size;
    else full += size;
  }
  return { full, light };
}

/** What the reply says is drawn. */
function drawnByReply(mentions: readonly MentionItem[]): Drawn {
  return {
    full: mentions.filter((m) => m.drawn === 'full').length,
    light: mentions.filter((m) => m.drawn === 'light').length,
  };
}

const identity = (mentions: readonly MentionItem[]) =>
  mentions.map(({ entityId, text }) => ({ entityId, text }));

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: highlight density', (kind) => {
  let browser: PopoverBrowser | undefined;
  let setup: Promise<{
    browser: PopoverBrowser;
    tab: PopoverTab;
    options: PopoverTab;
    all: MentionItem[];
  }>;

  beforeAll(() => {
    setup = (async () => {
      browser = await launchForPopover(kind);
      const tab = await browser.open(server.url(PAGE));
      const all = (await settledMentions(browser, tab)) as MentionItem[];
      const options = await browser.openExtensionPageBehind('options.html');
      return { browser, tab, options, all };
    })();
    setup.catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Chooses a density on the options page, as the reader does, and waits for the page to follow. */
  const choose = async (density: Density) => {
    const { browser, tab, options } = await setup;
    await waitFor(`the ${density} density to be chosen`, () =>
      options.evaluate<boolean | null>(`(() => {
        const radio = document.getElementById('density-${density}');
        if (!radio) return null;
        if (!radio.checked) radio.click();
        return radio.checked || null;
      })()`),
    );
    const isDone: Record<Density, (reply: Drawn, all: number, entities: number) => boolean> = {
      every: (d, all) => d.full === all,
      first: (d, _all, entities) => d.full === entities && d.light === 0,
      calm: (d, all) => d.full + d.light === all && d.full < all,
    };
    return waitFor(`the page to draw ${density}`, async () => {
      const mentions = (await browser.mentions(tab)) as MentionItem[];
      const entities = new Set(mentions.map((m) => m.entityId)).size;
      const reply = drawnByReply(mentions);
      const summary = await tab.evaluate<HighlightSummary>(HIGHLIGHT_SUMMARY);
      const page = drawnOnPage(summary);
      const settled = isDone[density](reply, mentions.length, entities);
      return settled && page.full === reply.full && page.light === reply.light
        ? { mentions, reply, page, summary, entities }
        : null;
    });
  };

  test('the busy page has enough repeated names to tell the modes apart', async () => {
    const { all } = await setup;
    expect(all.length).toBeGreaterThan(new Set(all.map((m) => m.entityId)).size * 2);
  });

  test('every mention: all drawn fully, all reported', async () => {
    const { all } = await setup;
    const { mentions, page } = await choose('every');
    expect(identity(mentions)).toEqual(identity(all));
    expect(page).toEqual({ full: all.length, light: 0 });
  });

  test('first only: one drawn per entity, every mention still reported', async () => {
    const { all } = await setup;
    const { mentions, page, entities, summary } = await choose('first');
    expect(identity(mentions)).toEqual(identity(all));
    expect(page).toEqual({ full: entities, light: 0 });
    expect(summary.total).toBe(entities);
    expect(mentions.filter((m) => m.drawn === 'none')).toHaveLength(all.length - entities);
  });

  test('calm (the default): first per block fully, later ones lightly, every mention reported', async () => {
    const { all } = await setup;
    const { mentions, page, entities } = await choose('calm');
    expect(identity(mentions)).toEqual(identity(all));
    expect(page.full + page.light).toBe(all.length);
    expect(page.light).toBeGreaterThan(0);
    expect(page.full).toBeGreaterThanOrEqual(entities);
    // Each entity's first mention on the page is one of the fully drawn ones.
    const firsts = new Set<string>();
    for (const mention of mentions) {
      if (firsts.has(mention.entityId)) continue;
      firsts.add(mention.entityId);
      expect(mention.drawn).toBe('full');
    }
  });
});
