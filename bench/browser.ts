/**
 * Seedlight in real Chromium and Firefox on the large corpus pages and on a ~5 MB page joined from
 * them, side by side with the floor (a bare TreeWalker pass over every text node) and mark.js
 * marking the same aliases; then the cost of 20 against 20,000 aliases. Prints tables of medians
 * and writes bench/results.json; asserts nothing. See bench/README.md for what each column means.
 * Run: `npx tsx bench/browser.ts` (cwd /work/main; SEEDLIGHT_CORPUS overrides the corpus folder).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { loadSeedKnowledgeBases } from '../scripts/seeds';
import type { KnowledgeBase } from '../src/kb/schema';
import { toMatchEntities } from '../src/match';
import type { MatchEntity } from '../src/match';
import { browserExecutable, type BrowserKind } from '../tests/e2e/harness/browsers';
import { chromiumArgs } from '../tests/e2e/harness/chromium';
import { createTempDir } from '../tests/e2e/harness/temp-dir';
import type { AnnotateResult, FloorResult, MarkResult } from './browser-entry';
import { random, syntheticName } from './synthetic-names';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
const CORPUS = process.env.SEEDLIGHT_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const RESULTS = path.join(BENCH, 'results.json');

const BROWSERS: BrowserKind[] = ['chromium', 'firefox'];
/** Timed runs per tool and page (BENCH_RUNS overrides); each run loads the page afresh. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const JOINED = 'joined-5mb';
const JOINED_BYTES = 5_000_000;
/** The corpus pages over 300 KB, by short name. */
const LARGE_PAGES: [name: string, file: string][] = [
  ['yahoo-2', 'mozilla-readability__yahoo-2.html'],
  ['cnn-2019', 'scrapinghub-article-extraction-benchmark__cnn-2019-trump-health-walter-reed.html'],
  ['wikipedia-2', 'mozilla-readability__wikipedia-2-new-zealand.html'],
  ['APNews', 'flairNLP-fundus__us-APNews_2024_09_03.html'],
  ['NationalPost', 'flairNLP-fundus__ca-NationalPost_2025_05_08-india-pakistan.html'],
  [
    'moderndiplomacy',
    'omnivore-app-omnivore__moderndiplomacy-2023-russia-ukraine-war-bangladesh.html',
  ],
  ['GlobalNews', 'flairNLP-fundus__ca-GlobalNews_2026_05_24-russia-hits-kyiv.html'],
];
/** BENCH_PAGES=yahoo-2,joined-5mb runs only those pages (alias scaling always runs). */
const selected = (page: string): boolean =>
  process.env.BENCH_PAGES?.split(',').includes(page) ?? true;
const SMALL_ALIASES = 20;
const LARGE_ALIASES = 20_000;
const VIEWPORT = { width: 1280, height: 800 };
/**
 * Pages run none of their own scripts and load nothing from elsewhere: every tool starts from the
 * same static DOM. The bench's code is evaluated through the driver, which CSP does not govern.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'";

/** One row of bench/results.json. */
export interface PageResult {
  browser: BrowserKind;
  page: string;
  textNodes: number;
  floorMs: number;
  /** The walk over elements and text that any structure-aware pass makes (see `treeFloor`). */
  treeFloorMs: number;
  seedlightMs: number;
  markjsMs: number;
  longestTaskMs: number;
}

export interface AliasScaling {
  browser: BrowserKind;
  aliases20Ms: number;
  aliases20000Ms: number;
}

/** What bench/results.json holds. */
export interface BrowserBenchResults {
  pages: PageResult[];
  aliasScaling: AliasScaling[];
}

/** Medians of the columns that only the printed tables show. */
interface PageDetails {
  chars: number;
  mentions: number;
  marks: number;
  sliceSumMs: number;
  longestSliceMs: number;
  /** The longest task of all runs, where `longestTaskMs` is the median of each run's longest. */
  worstTaskMs: number;
  maxFrameGapMs: number;
  findSpansMs: number;
  highlightMs: number;
  compileMs: number;
  heapMb: number | null;
  heapDeltaMb: number | null;
}

interface ScalingDetails {
  compile20Ms: number;
  compile20000Ms: number;
  slices20Ms: number;
  slices20000Ms: number;
  findSpans20Ms: number;
  findSpans20000Ms: number;
  mentions20: number;
  mentions20000: number;
}

interface Tab {
  load(url: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  /** Bytes of JS heap in use after a garbage collection; null where the browser does not say. */
  heapUsed(): Promise<number | null>;
}

interface BenchBrowser {
  tab: Tab;
  close(): Promise<void>;
}

/**
 * Seedlight's highlight rules reach every page through the content script's manifest CSS, before
 * the page is built; the bench adopts the same sheet at document start to match.
 */
const MANIFEST_CSS = `(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(${JSON.stringify(readFileSync(path.resolve('src/annotate/highlights.css'), 'utf8'))});
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
})();`;

/** Launches a browser as tests/e2e/harness does, without the extension: the bench injects its own code. */
async function launchBrowser(kind: BrowserKind): Promise<BenchBrowser> {
  const executablePath = browserExecutable(kind);
  const temp = await createTempDir(`bench-${kind}`);
  const env = { ...process.env, TMPDIR: temp.path };
  if (kind === 'chromium') {
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      env,
      // Only the bench's server resolves: a page can never reach the network.
      args: chromiumArgs(null),
    });
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript({ content: MANIFEST_CSS });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    return {
      tab: {
        async load(url) {
          await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        },
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        async heapUsed() {
          await cdp.send('HeapProfiler.collectGarbage');
          return (await cdp.send('Runtime.getHeapUsage')).usedSize;
        },
      },
      async close() {
        await browser.close();
        await temp.remove();
      },
    };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: path.join(temp.path, 'profile'),
    defaultViewport: VIEWPORT,
    env,
    // Firefox rounds performance.now() to 1 ms by default, too coarse for the floor.
    extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.evaluateOnNewDocument(MANIFEST_CSS);
  return {
    tab: {
      async load(url) {
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      },
      evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
      heapUsed: () => Promise.resolve(null),
    },
    async close() {
      await browser.close();
      await temp.remove();
    },
  };
}

/** The body of an HTML document, or the whole text when it has no body tags. */
function bodyOf(html: string): string {
  const open = /<body\b[^>]*>/i.exec(html);
  const close = html.toLowerCase().lastIndexOf('</body>');
  if (!open) return html;
  return html.slice(open.index + open[0].length, close > open.index ? close : undefined);
}

/** The large pages' bodies one after another, each in its own section, taken again from the first until the page reaches `JOINED_BYTES`. */
function joinedPage(pages: readonly string[]): string {
  const bodies = pages.map(bodyOf);
  const sections: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < JOINED_BYTES && bodies.length > 0; i++) {
    const section = `<section data-page="${i}">\n${bodies[i % bodies.length] ?? ''}\n</section>`;
    sections.push(section);
    bytes += Buffer.byteLength(section);
  }
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${JOINED}</title></head>\n<body>\n${sections.join('\n')}\n</body></html>\n`;
}

interface PageServer {
  url(page: string): string;
  close(): Promise<void>;
}

/** Serves each page from memory at `/<name>.html` on 127.0.0.1. */
async function servePages(pages: ReadonlyMap<string, Buffer>): Promise<PageServer> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(request.url ?? '/').replace(/^\/|\.html$/g, '');
    const body = pages.get(name);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (page) => `${origin}/${encodeURIComponent(page)}.html`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function bundleEntry(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(BENCH, 'browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        // Vite's `?raw` suffix (the highlight rules as text), which esbuild does not know.
        name: 'raw-text',
        setup(builder) {
          builder.onResolve({ filter: /\?raw$/ }, (args) => ({
            path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
            namespace: 'raw-text',
          }));
          builder.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({
            contents: readFileSync(args.path, 'utf8'),
            loader: 'text',
          }));
        },
      },
    ],
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no bundle');
  return output.text;
}

const aliasesOf = (entity: MatchEntity): string[] => [...new Set([entity.name, ...entity.aliases])];

/** The knowledge base's first `SMALL_ALIASES` aliases, plus synthetic person names up to `total`. */
function scaledEntities(kbs: readonly KnowledgeBase[], total: number): MatchEntity[] {
  const entities: MatchEntity[] = [];
  let count = 0;
  for (const entity of toMatchEntities(kbs)) {
    const aliases = aliasesOf(entity).slice(0, SMALL_ALIASES - count);
    if (aliases.length === 0) break;
    const [name = entity.name] = aliases;
    entities.push({ ...entity, name, aliases });
    count += aliases.length;
  }
  const next = random(total);
  const names = new Set<string>();
  while (count + names.size < total) names.add(syntheticName(next));
  let i = 0;
  for (const name of names) {
    entities.push({ id: `synthetic-${i++}`, name, type: 'person', aliases: [name], related: [] });
  }
  return entities;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const value =
    sorted.length % 2 === 1
      ? sorted[Math.floor(mid)]
      : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
  return value ?? Number.NaN;
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

interface Tools {
  bundle: string;
  markjs: string;
  kbJson: string;
  aliases: string[];
}

const literal = (value: unknown): string => JSON.stringify(value);

/** Loads the page afresh, lets it lay out, and installs the bench's code. */
async function freshPage(tab: Tab, url: string, tools: Tools, withMark = false): Promise<void> {
  await tab.load(url);
  await tab.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
  );
  await tab.evaluate(`${tools.bundle};true`);
  if (withMark) await tab.evaluate(`${tools.markjs};true`);
}

async function runFloor(
  tab: Tab,
  url: string,
  tools: Tools,
  which: 'floor' | 'treeFloor' = 'floor',
): Promise<FloorResult> {
  await freshPage(tab, url, tools);
  return tab.evaluate<FloorResult>(`window.__seedlightBench.${which}()`);
}

type SeedlightRun = AnnotateResult & { heapBefore: number | null; heapAfter: number | null };

interface PageRuns {
  floor: FloorResult[];
  treeFloor: FloorResult[];
  seedlight: SeedlightRun[];
  mark: MarkResult[];
}

async function runSeedlight(
  tab: Tab,
  url: string,
  tools: Tools,
  entities: readonly MatchEntity[] | null,
  measureHeap: boolean,
): Promise<SeedlightRun> {
  await freshPage(tab, url, tools);
  const heapBefore = measureHeap ? await tab.heapUsed() : null;
  const args = entities ? `${literal(tools.kbJson)}, ${literal(entities)}` : literal(tools.kbJson);
  const result = await tab.evaluate<AnnotateResult>(`window.__seedlightBench.annotate(${args})`);
  const heapAfter = measureHeap ? await tab.heapUsed() : null;
  await tab.evaluate('window.__seedlightBench.stop()');
  return { ...result, heapBefore, heapAfter };
}

async function runMarkjs(tab: Tab, url: string, tools: Tools): Promise<MarkResult> {
  await freshPage(tab, url, tools, true);
  return tab.evaluate<MarkResult>(`window.__seedlightBench.markjs(${literal(tools.aliases)})`);
}

const MB = 1024 * 1024;

async function benchPage(tab: Tab, url: string, tools: Tools): Promise<PageRuns> {
  const floor: FloorResult[] = [];
  const treeFloor: FloorResult[] = [];
  const seedlight: SeedlightRun[] = [];
  const mark: MarkResult[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Tools take turns within each run, so a busy moment of the machine slows all of them alike.
    floor.push(await runFloor(tab, url, tools));
    treeFloor.push(await runFloor(tab, url, tools, 'treeFloor'));
    seedlight.push(await runSeedlight(tab, url, tools, null, run === 0));
    mark.push(await runMarkjs(tab, url, tools));
  }
  return { floor, treeFloor, seedlight, mark };
}

function summarize(
  kind: BrowserKind,
  page: string,
  runs: PageRuns,
): { result: PageResult; details: PageDetails } {
  const { floor, treeFloor, seedlight, mark } = runs;
  const of = <T>(list: readonly T[], pick: (item: T) => number): number => median(list.map(pick));
  const first = seedlight[0];
  const heapAfter = first?.heapAfter ?? null;
  const heapBefore = first?.heapBefore ?? null;
  return {
    result: {
      browser: kind,
      page,
      textNodes: floor[0]?.textNodes ?? 0,
      floorMs: round(
        of(floor, (r) => r.ms),
        2,
      ),
      treeFloorMs: round(
        of(treeFloor, (r) => r.ms),
        2,
      ),
      seedlightMs: round(of(seedlight, (r) => r.ms)),
      markjsMs: round(of(mark, (r) => r.ms)),
      longestTaskMs: round(of(seedlight, (r) => r.longestTaskMs)),
    },
    details: {
      chars: floor[0]?.chars ?? 0,
      mentions: seedlight[0]?.mentions ?? 0,
      marks: mark[0]?.marks ?? 0,
      sliceSumMs: round(of(seedlight, (r) => r.sliceSumMs)),
      longestSliceMs: round(of(seedlight, (r) => r.longestSliceMs)),
      worstTaskMs: round(Math.max(...seedlight.map((r) => r.longestTaskMs))),
      maxFrameGapMs: round(of(seedlight, (r) => r.maxFrameGapMs)),
      findSpansMs: round(of(seedlight, (r) => r.findSpansMs)),
      highlightMs: round(of(seedlight, (r) => r.highlightMs)),
      compileMs: round(
        of(seedlight, (r) => r.compileMs),
        2,
      ),
      heapMb: heapAfter === null ? null : round(heapAfter / MB),
      heapDeltaMb:
        heapAfter === null || heapBefore === null ? null : round((heapAfter - heapBefore) / MB),
    },
  };
}

async function benchScaling(
  kind: BrowserKind,
  tab: Tab,
  url: string,
  tools: Tools,
  kbs: readonly KnowledgeBase[],
): Promise<{ result: AliasScaling; details: ScalingDetails }> {
  const small = scaledEntities(kbs, SMALL_ALIASES);
  const large = scaledEntities(kbs, LARGE_ALIASES);
  const smallRuns: AnnotateResult[] = [];
  const largeRuns: AnnotateResult[] = [];
  for (let run = 0; run < RUNS; run++) {
    smallRuns.push(await runSeedlight(tab, url, tools, small, false));
    largeRuns.push(await runSeedlight(tab, url, tools, large, false));
  }
  return {
    result: {
      browser: kind,
      aliases20Ms: round(median(smallRuns.map((r) => r.ms))),
      aliases20000Ms: round(median(largeRuns.map((r) => r.ms))),
    },
    details: {
      compile20Ms: round(median(smallRuns.map((r) => r.compileMs)), 2),
      compile20000Ms: round(median(largeRuns.map((r) => r.compileMs))),
      slices20Ms: round(median(smallRuns.map((r) => r.sliceSumMs))),
      slices20000Ms: round(median(largeRuns.map((r) => r.sliceSumMs))),
      findSpans20Ms: round(median(smallRuns.map((r) => r.findSpansMs))),
      findSpans20000Ms: round(median(largeRuns.map((r) => r.findSpansMs))),
      mentions20: smallRuns[0]?.mentions ?? 0,
      mentions20000: largeRuns[0]?.mentions ?? 0,
    },
  };
}

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** Progress goes to stderr, so that stdout holds only the tables. */
const progress = (line: string): void => {
  process.stderr.write(`  ${line}\n`);
};

const loadAverage = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function printPages(rows: readonly { result: PageResult; details: PageDetails }[]): void {
  out(
    '| browser | page | chars | text nodes | floor ms | tree floor ms | Seedlight ms | x floor | x tree floor | mark.js ms | mark.js / Seedlight | longest task ms (worst) | longest slice ms | frame gap ms | slices sum ms | findSpans ms | highlights ms | rest ms | mentions | marks | heap MB (+delta) |',
  );
  out(
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const { result: r, details: d } of rows) {
    const heap = d.heapMb === null ? 'n/a' : `${d.heapMb} (+${d.heapDeltaMb ?? 0})`;
    out(
      `| ${r.browser} | ${r.page} | ${(d.chars / 1e6).toFixed(2)} M | ${r.textNodes} | ${r.floorMs} | ` +
        `${r.treeFloorMs} | ` +
        `${r.seedlightMs} | ${(r.seedlightMs / r.floorMs).toFixed(1)}x | ` +
        `${(r.seedlightMs / r.treeFloorMs).toFixed(1)}x | ${r.markjsMs} | ` +
        `${(r.markjsMs / r.seedlightMs).toFixed(1)}x | ${r.longestTaskMs} (${d.worstTaskMs}) | ` +
        `${d.longestSliceMs} | ` +
        `${d.maxFrameGapMs} | ${d.sliceSumMs} | ${d.findSpansMs} | ${d.highlightMs} | ` +
        `${round(d.sliceSumMs - d.findSpansMs - d.highlightMs)} | ${d.mentions} | ` +
        `${d.marks} | ${heap} |`,
    );
  }
}

function printScaling(rows: readonly { result: AliasScaling; details: ScalingDetails }[]): void {
  out(
    `| browser | ${SMALL_ALIASES} aliases ms | ${LARGE_ALIASES} aliases ms | ratio | slices sum ms | findSpans ms | compile ms | mentions |`,
  );
  out('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const { result: r, details: d } of rows) {
    out(
      `| ${r.browser} | ${r.aliases20Ms} | ${r.aliases20000Ms} | ` +
        `${(r.aliases20000Ms / r.aliases20Ms).toFixed(2)}x | ${d.slices20Ms} / ${d.slices20000Ms} | ` +
        `${d.findSpans20Ms} / ${d.findSpans20000Ms} | ${d.compile20Ms} / ${d.compile20000Ms} | ` +
        `${d.mentions20} / ${d.mentions20000} |`,
    );
  }
}

export async function runBrowserBench(): Promise<BrowserBenchResults> {
  const { kbs } = loadSeedKnowledgeBases(path.join(ROOT, 'seeds'));
  const tools: Tools = {
    bundle: await bundleEntry(),
    markjs: readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8'),
    kbJson: JSON.stringify(kbs),
    aliases: [...new Set(toMatchEntities(kbs).flatMap(aliasesOf))],
  };
  const html = LARGE_PAGES.map(([, file]) => readFileSync(path.join(CORPUS, file)));
  const pages = new Map<string, Buffer>(
    LARGE_PAGES.map(([name], i) => [name, html[i] ?? Buffer.alloc(0)]),
  );
  pages.set(JOINED, Buffer.from(joinedPage(html.map((b) => b.toString('utf8')))));
  const server = await servePages(pages);

  out(
    `\nSeedlight vs the floor and mark.js: ${tools.aliases.length} aliases, median of ${RUNS} fresh loads per tool; ` +
      `${JOINED} is ${((pages.get(JOINED)?.length ?? 0) / 1e6).toFixed(1)} MB.`,
  );
  out(`Load average at start: ${loadAverage()} (${os.cpus().length} cores).`);
  out(
    'Longest task: Chromium, the longest "longtask" entry (or the longest slice when no task reached 50 ms); ' +
      'Firefox has no longtask entries: the longest slice of annotator work.\n',
  );
  const pageRows: { result: PageResult; details: PageDetails }[] = [];
  const scalingRows: { result: AliasScaling; details: ScalingDetails }[] = [];
  try {
    for (const kind of BROWSERS) {
      const browser = await launchBrowser(kind);
      try {
        for (const name of [...pages.keys()].filter(selected)) {
          const rows = summarize(kind, name, await benchPage(browser.tab, server.url(name), tools));
          pageRows.push(rows);
          progress(`${kind} ${name}: Seedlight ${rows.result.seedlightMs} ms`);
        }
        scalingRows.push(await benchScaling(kind, browser.tab, server.url(JOINED), tools, kbs));
        progress(`${kind} alias scaling done`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }

  out(`\nLoad average at end: ${loadAverage()}.`);
  out('\n### Pages\n');
  printPages(pageRows);
  out(`\n### Alias scaling (${JOINED}, Seedlight start to ready)\n`);
  printScaling(scalingRows);
  const results: BrowserBenchResults = {
    pages: pageRows.map((r) => r.result),
    aliasScaling: scalingRows.map((r) => r.result),
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  out(`\nwrote ${path.relative(process.cwd(), RESULTS)}`);
  return results;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runBrowserBench();
}
