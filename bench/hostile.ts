/**
 * What Seedlight costs a hostile page, in Chromium, with the extension and without it:
 * (a) CPU time while a page rewrites its text every 10 ms for 10 s (DevTools Performance metrics
 *     of the page's renderer, before and after), as ms of CPU per second of wall time;
 * (b) JS heap and DOM nodes after garbage collection, once 1,000 and once 10,000 paragraphs were
 *     appended to a feed that keeps only the newest 200 (infinite scroll).
 * Prints tables; asserts nothing. Needs a build (`npm run build`).
 * Run: `npx tsx bench/hostile.ts` (cwd /work/main).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { browserExecutable, launch, settledMentions, waitFor } from '../tests/e2e/harness';
import { VIEWPORT } from '../tests/e2e/harness/chromium';
import { createTempDir } from '../tests/e2e/harness/temp-dir';
import { startStaticServer } from '../tests/e2e/harness';

const REWRITE_MS = 10_000;
const FEED_STEPS = [1_000, 10_000];
const FEED_BATCH = 50;
const FEED_PAUSE_MS = 20;

interface BenchTab {
  page: Page;
  cdp: CDPSession;
  /** Resolves once Seedlight has caught up with the page (at once without Seedlight). */
  settle(): Promise<void>;
}

interface Subject {
  label: string;
  open(url: string): Promise<BenchTab>;
  close(): Promise<void>;
}

export interface CpuRow {
  label: string;
  seconds: number;
  scriptMsPerSecond: number;
  taskMsPerSecond: number;
  rewrites: number;
}

export interface HeapRow {
  label: string;
  paragraphs: number;
  heapMb: number;
  domNodes: number;
  listeners: number;
}

/** Chromium with the Chrome build loaded. */
async function withSeedlight(): Promise<Subject> {
  const browser = await launch('chromium');
  return {
    label: 'with Seedlight',
    async open(url) {
      const tab = await browser.open(url);
      return {
        page: tab.page,
        cdp: tab.cdp,
        settle: async () => {
          await settledMentions(browser, tab, { allowEmpty: true });
        },
      };
    },
    close: () => browser.close(),
  };
}

/** The same Chromium with no extension: the page's own cost. */
async function withoutExtension(): Promise<Subject> {
  const temp = await createTempDir('chromium-bench');
  const context = await chromium.launchPersistentContext(path.join(temp.path, 'profile'), {
    executablePath: browserExecutable('chromium'),
    headless: true,
    viewport: VIEWPORT,
    env: { ...process.env, TMPDIR: temp.path },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  return {
    label: 'without extension',
    async open(url) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(url, { waitUntil: 'load' });
      return { page, cdp, settle: async () => undefined };
    },
    close: async () => {
      await context.close();
      await temp.remove();
    },
  };
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  await cdp.send('Performance.enable');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((m) => [m.name, m.value]));
}

const delta = (before: Map<string, number>, after: Map<string, number>, name: string): number =>
  (after.get(name) ?? 0) - (before.get(name) ?? 0);

/** CPU of the page's renderer while it rewrites itself, per second of wall time. */
async function measureRewrites(subject: Subject, url: string): Promise<CpuRow> {
  const { page, cdp } = await subject.open(url);
  const before = await metrics(cdp);
  // Sleep through the run, then poll: probing the page costs its renderer CPU too.
  await new Promise((resolve) => setTimeout(resolve, REWRITE_MS));
  await waitFor(
    'the page to finish rewriting',
    async () => ((await page.evaluate<boolean>('window.hostile.done')) ? true : null),
    REWRITE_MS * 3,
  );
  const after = await metrics(cdp);
  const seconds = delta(before, after, 'Timestamp');
  const rewrites = await page.evaluate<number>('window.hostile.rewrites');
  await page.close();
  return {
    label: subject.label,
    seconds,
    scriptMsPerSecond: (delta(before, after, 'ScriptDuration') * 1000) / seconds,
    taskMsPerSecond: (delta(before, after, 'TaskDuration') * 1000) / seconds,
    rewrites,
  };
}

/** Appends paragraphs as infinite scroll does (the feed keeps the newest 200), then measures. */
async function measureFeed(subject: Subject, url: string): Promise<HeapRow[]> {
  const tab = await subject.open(url);
  const rows: HeapRow[] = [];
  for (const paragraphs of FEED_STEPS) {
    await tab.page.evaluate(`(async () => {
      while (window.hostile.added < ${paragraphs}) {
        window.hostile.append(Math.min(${FEED_BATCH}, ${paragraphs} - window.hostile.added));
        await new Promise((resolve) => setTimeout(resolve, ${FEED_PAUSE_MS}));
      }
    })()`);
    await tab.settle();
    await tab.cdp.send('HeapProfiler.collectGarbage');
    const heap = await tab.cdp.send('Runtime.getHeapUsage');
    const dom = await tab.cdp.send('Memory.getDOMCounters');
    rows.push({
      label: subject.label,
      paragraphs,
      heapMb: heap.usedSize / 1024 / 1024,
      domNodes: dom.nodes,
      listeners: dom.jsEventListeners,
    });
  }
  await tab.page.close();
  return rows;
}

export async function runHostileBench(): Promise<{ cpu: CpuRow[]; heap: HeapRow[] }> {
  const server = await startStaticServer();
  const cpu: CpuRow[] = [];
  const heap: HeapRow[] = [];
  try {
    for (const start of [withoutExtension, withSeedlight]) {
      const subject = await start();
      try {
        cpu.push(
          await measureRewrites(
            subject,
            server.url(`hostile/rewriting.html?duration=${REWRITE_MS}`),
          ),
        );
        heap.push(
          ...(await measureFeed(subject, server.url('hostile/infinite-scroll.html?manual=1'))),
        );
      } finally {
        await subject.close();
      }
    }
  } finally {
    await server.close();
  }

  process.stdout.write(
    `Page rewriting its text every 10 ms for ${REWRITE_MS / 1000} s: renderer CPU per second of wall time\n\n`,
  );
  process.stdout.write(
    '| browser | seconds | script ms/s | task ms/s | rewrites |\n|---|---:|---:|---:|---:|\n',
  );
  for (const row of cpu) {
    process.stdout.write(
      `| ${row.label} | ${row.seconds.toFixed(1)} | ${row.scriptMsPerSecond.toFixed(1)} | ` +
        `${row.taskMsPerSecond.toFixed(1)} | ${row.rewrites} |\n`,
    );
  }
  const [plain, seeded] = cpu;
  if (plain && seeded) {
    process.stdout.write(
      `\nSeedlight's share: ${(seeded.taskMsPerSecond - plain.taskMsPerSecond).toFixed(1)} ms of task ` +
        `time per second (${(seeded.scriptMsPerSecond - plain.scriptMsPerSecond).toFixed(1)} ms of script)\n`,
    );
  }

  process.stdout.write(
    `\nFeed keeping the newest 200 paragraphs: after garbage collection\n\n` +
      '| browser | paragraphs appended | JS heap MB | DOM nodes | JS listeners |\n|---|---:|---:|---:|---:|\n',
  );
  for (const row of heap) {
    process.stdout.write(
      `| ${row.label} | ${row.paragraphs} | ${row.heapMb.toFixed(2)} | ${row.domNodes} | ${row.listeners} |\n`,
    );
  }
  return { cpu, heap };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runHostileBench();
}
