/**
 * The density modes on a real, busy page: what is drawn under each highlight name against what
 * the `mentions` reply reports, which is every mention whatever the mode. Once with the bundled
 * briefing alone, once with a reader's briefing on the same story (India–Pakistan), derived from
 * the article's text as the options page derives it, which puts hundreds of mentions on the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deriveKnowledgeBase } from '../../src/derive/index';
import type { MentionItem } from '../../src/protocol';
import type { BriefingsState } from '../../src/settings/schema';
import {
  FIXTURES,
  launch,
  settledMentions,
  startStaticServer,
  waitFor,
  type BrowserKind,
  type BrowserTab,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';
import { HIGHLIGHT_SUMMARY, type HighlightSummary } from './support/page-probes';

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

/**
 * A reader's briefing on the page's own story: the article's text (navigation lines included,
 * as a reader copies it) derived whole. Doubted entities are stored too, as the options page
 * stores them; the content script leaves them off the page under the default settings.
 */
function indiaPakistanBriefings(): BriefingsState {
  const text = readFileSync(path.join(FIXTURES, 'review/national-post-india-pakistan.txt'), 'utf8');
  const { kb } = deriveKnowledgeBase({
    id: 'india-and-pakistan-may-2025',
    title: 'India and Pakistan, May 2025',
    text,
  });
  return { user: [{ kb, enabled: true, addedAt: Date.UTC(2026, 0, 1) }], disabledBundled: [] };
}

interface Briefing {
  name: string;
  /** The reader's briefings stored before the page opens; none means the bundled one alone. */
  state?: BriefingsState;
}

const BRIEFINGS: Briefing[] = [
  { name: 'the bundled briefing' },
  { name: 'an India–Pakistan briefing', state: indiaPakistanBriefings() },
];

/** One drawn range: its text, whether it is drawn lightly, and the section it sits in. */
interface DrawnRange {
  text: string;
  light: boolean;
  /** The range's section as the reader sees it, in first-seen order (see DRAWN_RANGES). */
  section: number;
}

/**
 * Every Seedlight range of the page in document order, each with its section: the part of its
 * nearest article, aside, menu or other sectioning element that begins at the last heading
 * before it (the whole page when there is none), found here by a plain scan of the headings.
 */
const DRAWN_RANGES = `(() => {
  const ranges = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('seedlight-') || name === 'seedlight-active') continue;
    for (const range of highlight) ranges.push({ range, light: name.endsWith('-light') });
  }
  ranges.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  const sectioning = 'aside, nav, header, footer, dialog, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"]';
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')];
  const sections = new Map();
  const sectionOf = (node) => {
    const element = node.nodeType === 1 ? node : node.parentElement;
    const area = (element && element.closest(sectioning)) || document;
    let last = null;
    for (const h of headings) {
      if (h.contains(node) || (h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) last = h;
    }
    const key = last && area.contains(last) ? last : area;
    if (!sections.has(key)) sections.set(key, sections.size);
    return sections.get(key);
  };
  return ranges.map(({ range, light }) => ({
    text: range.toString(),
    light,
    section: sectionOf(range.startContainer),
  }));
})()`;

/** How 'calm' draws the mentions in page order: each entity's first in a section fully, later ones lightly. */
function calmDrawing(mentions: readonly MentionItem[], ranges: readonly DrawnRange[]) {
  const seen = new Set<string>();
  return mentions.map((mention, i) => {
    const key = `${mention.entityId} in ${ranges[i]?.section ?? 'no section'}`;
    if (seen.has(key)) return 'light';
    seen.add(key);
    return 'full';
  });
}

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

const CASES = (['chromium', 'firefox'] as const).flatMap((kind: BrowserKind) =>
  BRIEFINGS.map((briefing) => ({ kind, briefing })),
);

describe.each(CASES)('$kind: highlight density with $briefing.name', ({ kind, briefing }) => {
  let browser: ExtensionBrowser | undefined;
  let setup: Promise<{
    browser: ExtensionBrowser;
    tab: BrowserTab;
    options: BrowserTab;
    all: MentionItem[];
  }>;

  beforeAll(() => {
    setup = (async () => {
      browser = await launch(kind);
      if (briefing.state) await browser.storeBriefings(briefing.state);
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

  /** Chooses a density, then prints what is drawn against what is reported, to be quoted. */
  const chooseAndReport = async (density: Density) => {
    const chosen = await choose(density);
    const { mentions, entities, page } = chosen;
    console.log(
      `${kind}, ${briefing.name}, ${density}: ${mentions.length} mentions of ${entities} entities reported; ` +
        `drawn ${page.full} full, ${page.light} light`,
    );
    return chosen;
  };

  test('the busy page has enough repeated names to tell the modes apart', async () => {
    const { all } = await setup;
    expect(all.length).toBeGreaterThan(new Set(all.map((m) => m.entityId)).size * 2);
  });

  test('every mention: all drawn fully, all reported', async () => {
    const { all } = await setup;
    const { mentions, page } = await chooseAndReport('every');
    expect(identity(mentions)).toEqual(identity(all));
    expect(page).toEqual({ full: all.length, light: 0 });
  });

  test('first only: one drawn per entity, every mention still reported', async () => {
    const { all } = await setup;
    const { mentions, page, entities, summary } = await chooseAndReport('first');
    expect(identity(mentions)).toEqual(identity(all));
    expect(page).toEqual({ full: entities, light: 0 });
    expect(summary.total).toBe(entities);
    expect(mentions.filter((m) => m.drawn === 'none')).toHaveLength(all.length - entities);
  });

  test('calm (the default): first per section fully, later ones lightly, every mention reported', async () => {
    const { all } = await setup;
    const { mentions, page, entities } = await chooseAndReport('calm');
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

  test('calm draws fully exactly the first mention of each entity in each section', async () => {
    const { tab } = await setup;
    const { mentions, page } = await choose('calm');
    const ranges = await tab.evaluate<DrawnRange[]>(DRAWN_RANGES);
    // The drawn ranges are the reported mentions, one for one, in page order.
    expect(ranges.map((r) => r.text)).toEqual(mentions.map((m) => m.text));
    const expected = calmDrawing(mentions, ranges);
    const pairs = expected.filter((d) => d === 'full').length;
    console.log(
      `${kind}, ${briefing.name}, calm: ${pairs} distinct (entity, section) pairs in ` +
        `${new Set(ranges.map((r) => r.section)).size} sections; ${page.full} drawn full`,
    );
    expect(mentions.map((m) => m.drawn)).toEqual(expected);
    expect(ranges.map((r) => (r.light ? 'light' : 'full'))).toEqual(expected);
    expect(page.full).toBe(pairs);
  });
});
