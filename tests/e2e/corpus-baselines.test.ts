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
import { describe, expect } from 'vitest';
import {
  CORPUS,
  FIXTURES,
  settledMentions,
  type BrowserKind,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';
import { test, type Browsers } from './harness/fixtures';

const BROWSERS: BrowserKind[] = ['chromium', 'firefox'];
const BASELINES = path.join(FIXTURES, 'baselines');
const UPDATE = process.env.UPDATE_BASELINES === '1';
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

/** The page's mentions once Seedlight has settled on it (pages may still be loading parts). */
async function settled(browser: ExtensionBrowser, url: string): Promise<BaselineMention[]> {
  const tab = await browser.open(url);
  try {
    const mentions = await settledMentions(browser, tab, {
      allowEmpty: true,
      timeoutMs: PAGE_TIMEOUT_MS - 5_000,
    });
    return mentions.map(({ entityId, text }) => ({ entityId, text }));
  } finally {
    await tab.close();
  }
}

/** What each browser shows on each page, loaded once by whichever test asks first. */
const shown = new Map<string, Promise<BaselineMention[]>>();

function mentionsOn(
  { server, browsers }: { server: StaticServer; browsers: Browsers },
  kind: BrowserKind,
  page: string,
): Promise<BaselineMention[]> {
  const key = `${kind}/${page}`;
  let mentions = shown.get(key);
  if (!mentions) {
    const file = PAGES.find(([name]) => name === page)?.[1];
    if (!file) throw new Error(`${page} is not in the corpus`);
    mentions = (async () => {
      const found = await settled(await browsers.get(kind), server.url(`corpus/${file}`));
      if (UPDATE && kind === 'chromium') writeBaseline(toBaseline(page, found));
      return found;
    })();
    shown.set(key, mentions);
  }
  return mentions;
}

describe.each(BROWSERS)('%s: corpus pages', (kind) => {
  test.for(PAGES)(
    '%s shows its baseline mentions',
    { timeout: PAGE_TIMEOUT_MS },
    async ([page], { server, browsers }) => {
      const mentions = await mentionsOn({ server, browsers }, kind, page);
      // When updating, Firefox is compared against what Chromium writes.
      const baseline = UPDATE
        ? toBaseline(page, await mentionsOn({ server, browsers }, 'chromium', page))
        : readBaseline(page);
      expect(mentions).toEqual(baseline.mentions);
      expect(toBaseline(page, mentions).counts).toEqual(baseline.counts);
    },
  );

  test.for(NEAR_MISSES)(
    '%s: nothing wrong is highlighted (%s)',
    { timeout: PAGE_TIMEOUT_MS },
    async ([pageKey, , forbidden], { server, browsers }) => {
      const page = PAGES.find(([name]) => name.includes(pageKey))?.[0];
      if (!page) throw new Error(`no corpus page matches ${pageKey}`);
      const mentions = await mentionsOn({ server, browsers }, kind, page);
      expect(mentions.filter((m) => forbidden.includes(m.entityId))).toEqual([]);
    },
  );
});

describe('Chromium and Firefox', () => {
  test.for(PAGES)(
    'highlight the same mentions on %s',
    { timeout: PAGE_TIMEOUT_MS * 2 },
    async ([page], { server, browsers }) => {
      const [chromium, firefox] = await Promise.all(
        BROWSERS.map((kind) => mentionsOn({ server, browsers }, kind, page)),
      );
      expect(firefox).toEqual(chromium);
    },
  );
});
