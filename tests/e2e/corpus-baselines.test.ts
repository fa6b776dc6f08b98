/**
 * Regression baselines on the twenty real pages of the shared corpus: what Seedlight highlights
 * on each page, in document order, checked by hand (see tests/fixtures/baselines/README.md).
 *
 * Regenerate after a deliberate change, then check the diff by hand:
 *   UPDATE_BASELINES=1 npx vitest run --project e2e tests/e2e/corpus-baselines.test.ts
 * Chromium writes the files; Firefox is then compared against what Chromium wrote.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CORPUS,
  FIXTURES,
  launch,
  startStaticServer,
  waitFor,
  type BrowserKind,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

const BROWSERS: BrowserKind[] = ['chromium', 'firefox'];
const BASELINES = path.join(FIXTURES, 'baselines');
const UPDATE = process.env.UPDATE_BASELINES === '1';
/** The `mentions` answer must stay the same this long before it counts as settled. */
const SETTLE_MS = 1_000;
const POLL_MS = 250;
/** The largest pages (1.6 MB) take a few seconds to load and annotate in Firefox. */
const PAGE_TIMEOUT_MS = 60_000;

interface BaselineMention {
  entityId: string;
  text: string;
}

interface Baseline {
  page: string;
  /** Mentions per entity, for a reader of the file; derived from `mentions`. */
  counts: Record<string, number>;
  mentions: BaselineMention[];
}

/** Corpus pages, by file name without its extension: the key of each baseline file. */
const PAGES: [page: string, file: string][] = readdirSync(CORPUS)
  .filter((file) => /\.(html|txt)$/.test(file))
  .sort()
  .map((file) => [file.replace(/\.(html|txt)$/, ''), file]);

/**
 * Near misses the corpus holds on purpose: entities that must not be highlighted on a page, as a
 * reader would judge it. (BerlinerZeitung's one mention is its visible "Ukraine" topic link.)
 */
const NEAR_MISSES: [pageKey: string, why: string, forbidden: string[]][] = [
  [
    'BerlinerZeitung',
    'Xi and Selenskyj are only inside script JSON',
    ['xi-jinping', 'volodymyr-zelensky'],
  ],
  ['eatwhattonight', '"Chinese" cuisine is not China', ['china']],
  [
    'leukefeld-handball',
    '"AP" region codes and "Xinjiang" are neither AP nor Xi',
    ['ap', 'xi-jinping'],
  ],
  [
    'MediaIndonesia',
    'the roman numeral "XI" and "BRICS" are neither Xi nor BRI',
    ['xi-jinping', 'belt-and-road-initiative'],
  ],
  [
    'sott-net',
    'Zelensky, Xi and Putin appear only in a hidden sidebar',
    ['volodymyr-zelensky', 'xi-jinping', 'putin'],
  ],
];

const baselineFile = (page: string) => path.join(BASELINES, `${page}.json`);

function toBaseline(page: string, mentions: BaselineMention[]): Baseline {
  const counts: Record<string, number> = {};
  for (const { entityId } of mentions) counts[entityId] = (counts[entityId] ?? 0) + 1;
  return { page, counts, mentions };
}

function readBaseline(page: string): Baseline {
  return JSON.parse(readFileSync(baselineFile(page), 'utf8')) as Baseline;
}

function writeBaseline(baseline: Baseline): void {
  mkdirSync(BASELINES, { recursive: true });
  const lines = baseline.mentions.map((m) => `    ${JSON.stringify(m)}`).join(',\n');
  const mentions = lines ? `[\n${lines}\n  ]` : '[]';
  const head = JSON.stringify({ page: baseline.page, counts: baseline.counts }, null, 2);
  writeFileSync(
    baselineFile(baseline.page),
    `${head.slice(0, -2)},\n  "mentions": ${mentions}\n}\n`,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The tab's mentions once the answer has not changed for SETTLE_MS (pages may still be loading parts). */
async function settled(browser: ExtensionBrowser, url: string): Promise<BaselineMention[]> {
  const tab = await browser.open(url);
  try {
    let previous = '';
    let since = Date.now();
    return await waitFor(
      `the mentions of ${url} to settle`,
      async () => {
        const current = JSON.stringify(
          (await browser.mentions(tab)).map(({ entityId, text }) => ({ entityId, text })),
        );
        if (current !== previous) {
          previous = current;
          since = Date.now();
        }
        if (Date.now() - since < SETTLE_MS) {
          await sleep(POLL_MS);
          return null;
        }
        return JSON.parse(current) as BaselineMention[];
      },
      PAGE_TIMEOUT_MS - 5_000,
    );
  } finally {
    await tab.close();
  }
}

let server: StaticServer;
/** What each browser showed on each page, for the comparison of the two browsers. */
const observed = new Map<BrowserKind, Map<string, BaselineMention[]>>(
  BROWSERS.map((kind) => [kind, new Map()]),
);

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

describe.each(BROWSERS)('%s: corpus pages', (kind) => {
  let browser: ExtensionBrowser | undefined;
  let launched: Promise<ExtensionBrowser>;

  beforeAll(() => {
    launched = launch(kind).then((b) => (browser = b));
    // Each test awaits the launch, so a failed launch fails every test instead of skipping them.
    launched.catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(PAGES)(
    '%s shows its baseline mentions',
    async (page, file) => {
      const mentions = await settled(await launched, server.url(`corpus/${file}`));
      observed.get(kind)?.set(page, mentions);
      if (UPDATE && kind === 'chromium') writeBaseline(toBaseline(page, mentions));

      const baseline = readBaseline(page);
      expect(mentions).toEqual(baseline.mentions);
      expect(toBaseline(page, mentions).counts).toEqual(baseline.counts);
    },
    PAGE_TIMEOUT_MS,
  );

  test.each(NEAR_MISSES)('%s: nothing wrong is highlighted (%s)', (pageKey, _why, forbidden) => {
    const page = PAGES.find(([name]) => name.includes(pageKey))?.[0];
    const mentions = page ? observed.get(kind)?.get(page) : undefined;
    if (!mentions) throw new Error(`${pageKey} was not loaded in ${kind}`);

    expect(mentions.filter((m) => forbidden.includes(m.entityId))).toEqual([]);
  });
});

describe('Chromium and Firefox', () => {
  test.each(PAGES)('highlight the same mentions on %s', (page) => {
    const [chromium, firefox] = BROWSERS.map((kind) => observed.get(kind)?.get(page));
    if (!chromium || !firefox) throw new Error(`${page} was not loaded in both browsers`);
    expect(firefox).toEqual(chromium);
  });
});
