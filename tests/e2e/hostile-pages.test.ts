import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
import { countCardHosts } from './harness/page-scripts';
import { consoleErrors } from './support/observed';
import {
  CLICK_BUMP,
  HIGHLIGHT_SUMMARY,
  PAGE_STATE,
  SHOWN_COUNT,
  type HighlightSummary,
  type PageState,
} from './support/page-probes';

/** What the page does for itself, checked after Seedlight ran on it. */
type PageCheck = (tab: BrowserTab) => Promise<void>;

interface HostileCase {
  /** What makes the page hostile. */
  what: string;
  /** Under tests/fixtures; `{cross}` is replaced by the second origin. */
  file: string;
  /** Every mention's text in document order, read off the fixture by hand. */
  texts: string[];
  /** Waits for the page's own run to finish, before mentions are read. */
  finish?: PageCheck;
  /** The page's own script still works; default: its button updates its counter. */
  works?: PageCheck;
  /** Mentions whose text Seedlight may not reach (closed shadow roots): left out of `texts`. */
  unreachable?: string[];
}

const state = (tab: BrowserTab) => tab.evaluate<PageState>(PAGE_STATE);

/** The page's button, clicked three times, shows 3: its handler and its DOM writes work. */
const buttonWorks: PageCheck = async (tab) => {
  for (let i = 0; i < 3; i++) await tab.evaluate(CLICK_BUMP);
  expect(await tab.evaluate<string>(SHOWN_COUNT)).toBe('3');
};

const until =
  (what: string, done: string): PageCheck =>
  async (tab) => {
    await waitFor(what, async () => ((await tab.evaluate<boolean>(done)) ? true : null), 30_000);
  };

const CASES: HostileCase[] = [
  {
    what: 'replaces DOM prototypes, CSS, observers, timers and extension-named globals',
    file: 'hostile/prototypes.html',
    texts: [
      'Volodymyr Zelensky',
      'Xi Jinping',
      'Volodymyr Zelensky',
      'Xi Jinping',
      'Bakhmut',
      'John Kirby',
    ],
  },
  {
    what: 'loads a library whose global is called Highlight',
    file: 'hostile/page-globals.html',
    texts: ['Volodymyr Zelensky', 'Xi Jinping'],
    works: async (tab) => {
      expect((await state(tab)).highlighted).toBe(1);
      await buttonWorks(tab);
    },
  },
  {
    what: 'holds 100,000 text nodes, a name split across two of them',
    file: 'hostile/many-text-nodes.html',
    texts: Array.from({ length: 10 }, () => ['Xi Jinping', 'Bakhmut']).flat(),
    works: async (tab) => {
      expect(await tab.evaluate<number>('window.hostile.textNodes()')).toBe(100_000);
      await buttonWorks(tab);
    },
  },
  {
    what: 'holds one text node of 5 MB with names at its start, middle and end',
    file: 'hostile/huge-text-node.html',
    texts: ['Xi Jinping', 'Bakhmut', 'John Kirby'],
    works: async (tab) => {
      expect(await tab.evaluate<number>('window.hostile.textNodes()')).toBe(1);
      expect((await state(tab)).length).toBe(5_000_000);
      await buttonWorks(tab);
    },
  },
  {
    what: 'rewrites its text every 10 ms for 10 s',
    file: 'hostile/rewriting.html',
    texts: ['Volodymyr Zelensky', 'Xi Jinping', 'John Kirby'],
    finish: until('the page to finish rewriting', 'window.hostile.done'),
    works: async (tab) => {
      // Timers are clamped under load, so only "it ran many times" is certain, not how many.
      expect((await state(tab)).rewrites).toBeGreaterThan(50);
      await buttonWorks(tab);
    },
  },
  {
    what: 'keeps text and its button in a closed shadow root',
    file: 'hostile/closed-shadow.html',
    texts: ['Xi Jinping', 'Bakhmut', 'John Kirby'],
    unreachable: ['Kremlin'],
    works: async (tab) => {
      expect((await state(tab)).closedIsHidden).toBe(true);
      await tab.evaluate('window.hostile.clickInside()');
      expect(await tab.evaluate<string>(SHOWN_COUNT)).toBe('1');
    },
  },
  {
    what: "is served with a strict CSP (default-src 'none')",
    file: 'hostile/strict-csp.html',
    texts: ['Volodymyr Zelensky', 'Xi Jinping', 'Volodymyr Zelensky', 'Bakhmut', 'Kremlin'],
    works: async (tab) => {
      await buttonWorks(tab);
      // Firefox reports its own favicon request against the page's policy; that is not Seedlight.
      const violations = (await state(tab)).violations as string[];
      expect(violations.filter((v) => !v.endsWith('/favicon.ico'))).toEqual([]);
    },
  },
  {
    what: 'embeds a same-origin and a cross-origin iframe',
    file: 'hostile/iframes.html?cross={cross}',
    texts: ['Xi Jinping', 'Bakhmut'],
    finish: until('the cross-origin frame to load', 'window.hostile.crossLoaded'),
    works: async (tab) => {
      await tab.evaluate('window.hostile.ping()');
      await until('the cross-origin frame to answer', 'window.hostile.pongs > 0')(tab);
      await buttonWorks(tab);
    },
  },
  {
    what: 'appends 10,000 paragraphs and removes all but the newest 200, like infinite scroll',
    file: 'hostile/infinite-scroll.html',
    // The newest 200 are items 9800-9999: every 10th names Xi Jinping.
    texts: ['Volodymyr Zelensky', ...Array.from({ length: 20 }, () => 'Xi Jinping')],
    finish: until('the feed to finish', 'window.hostile.done'),
    works: async (tab) => {
      expect((await state(tab)).added).toBe(10_000);
      await buttonWorks(tab);
    },
  },
];

/** Names a test by its page, so that a failure says which hostile page broke what. */
const label = (c: HostileCase) => c.file.replace(/\?.*$/, '');

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('%s on hostile pages', (kind) => {
  let browser: Promise<ExtensionBrowser>;

  beforeAll(() => {
    browser = launch(kind, { observe: true });
    // Each test awaits the browser, so a failed launch fails every test instead of skipping them.
    browser.catch(() => undefined);
  });

  afterAll(async () => {
    await (await browser.catch(() => null))?.close();
  });

  const open = async (file: string): Promise<{ seedlight: ExtensionBrowser; tab: BrowserTab }> => {
    const seedlight = await browser;
    const tab = await seedlight.open(server.url(file.replace('{cross}', server.crossOrigin)));
    return { seedlight, tab };
  };

  /** The mentions once settled, with each highlighted exactly once and none for removed text. */
  const highlighted = async (seedlight: ExtensionBrowser, tab: BrowserTab) => {
    // An empty answer settles too, so that a page Seedlight fails on shows what it found.
    const mentions = await settledMentions(seedlight, tab, { allowEmpty: true });
    const summary = await tab.evaluate<HighlightSummary>(HIGHLIGHT_SUMMARY);
    return { mentions, summary };
  };

  test.each(CASES.map((c) => [label(c), c] as const))(
    '%s: the page works, Seedlight highlights it, no console errors',
    async (_file, c) => {
      const { seedlight, tab } = await open(c.file);
      const ticksBefore = (await state(tab)).ticks;
      await c.finish?.(tab);

      const { mentions, summary } = await highlighted(seedlight, tab);
      const unreachable = new Set(c.unreachable ?? []);
      expect(mentions.map((m) => m.text).filter((t) => !unreachable.has(t))).toEqual(c.texts);
      expect(summary.detached, 'highlight ranges left on removed text').toBe(0);
      expect(summary.total, 'highlight ranges drawn, one per mention').toBe(mentions.length);

      await (c.works ?? buttonWorks)(tab);
      // The page's own timer kept running while Seedlight worked.
      await waitFor('the page timer', async () =>
        (await state(tab)).ticks > ticksBefore ? true : null,
      );

      const first = c.texts[0] ?? '';
      await hover(tab, first);
      expect((await shownCard(tab)).name).toBe(mentions[0]?.name);
      expect(await tab.run(countCardHosts)).toBe(1);

      expect(consoleErrors(tab)).toEqual([]);
      await tab.close();
    },
  );

  test('a single-page app that removes and re-adds its whole body: highlights follow each body', async () => {
    const { seedlight, tab } = await open('hostile/body-swap.html');
    const front = ['Xi Jinping', 'Volodymyr Zelensky'];
    const story = ['John Kirby', 'Bakhmut', 'Kremlin'];
    const shows = async (texts: string[]) => {
      await waitFor(`the mentions ${texts.join(', ')}`, async () => {
        const mentions = await seedlight.mentions(tab);
        return JSON.stringify(mentions.map((m) => m.text)) === JSON.stringify(texts) ? true : null;
      });
      const { mentions, summary } = await highlighted(seedlight, tab);
      expect(mentions.map((m) => m.text)).toEqual(texts);
      expect(summary).toMatchObject({ total: texts.length, detached: 0 });
    };

    await shows(front);
    await tab.evaluate('window.hostile.toStory()');
    await shows(story);
    await tab.evaluate('window.hostile.toFront()');
    await shows(front);

    // The page's listener survived on the body that came back, and the card still opens.
    await buttonWorks(tab);
    await hover(tab, 'Volodymyr Zelensky');
    expect((await shownCard(tab, 'Volodymyr Zelensky')).dialogs).toBe(1);
    expect(await tab.run(countCardHosts)).toBe(1);
    expect(consoleErrors(tab)).toEqual([]);
    await tab.close();
  });
});
