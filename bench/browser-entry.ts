/**
 * The in-page half of the browser benchmark, bundled by bench/browser.ts (esbuild, iife) and
 * evaluated in a corpus page. It exposes `window.__seedlightBench`; nothing runs on load.
 */
import { createAnnotator, createHighlightSink, createScheduler } from '../src/annotate';
import type { Annotator, HighlightSink, Scheduler } from '../src/annotate';
import type { KnowledgeBase } from '../src/kb/schema';
import { compileMatcher, toMatchEntities } from '../src/match';
import type { MatchEntity, Matcher } from '../src/match';

export interface FloorResult {
  ms: number;
  textNodes: number;
  chars: number;
}

export interface AnnotateResult {
  /** Wall time from `start()` to `ready()`: what a reader waits for. */
  ms: number;
  /** Compiling the matcher, before `start()`. */
  compileMs: number;
  mentions: number;
  /** Chromium: the longest 'longtask' entry during the pass, or the longest slice when none was long; elsewhere the longest slice. */
  longestTaskMs: number;
  /** The longest slice of annotator work, timed around each scheduled callback. */
  longestSliceMs: number;
  /** The annotator's own work: the sum of its slices. */
  sliceSumMs: number;
  slices: number;
  /** Longest 'longtask' entry during the pass; null where the browser has no such entries. */
  longtaskMs: number | null;
  /** The longest gap between two animation frames during the pass (rendering included). */
  maxFrameGapMs: number;
  /** Parts of the slice time: the matcher's scan and the highlight registry. */
  findSpansMs: number;
  highlightMs: number;
}

export interface MarkResult {
  ms: number;
  marks: number;
}

export interface SeedlightBench {
  floor(): FloorResult;
  /**
   * The floor of a pass that knows the page's structure, as any highlighter that keeps block
   * edges and skips scripts must: a TreeWalker over elements and text, asking each node its
   * type and reading each text node's data. Nothing is classified or matched.
   */
  treeFloor(): FloorResult;
  /** Annotates the page with the knowledge bases (or `aliasesOverride`, matcher entities used instead). */
  annotate(kbJson: string, aliasesOverride?: readonly MatchEntity[]): Promise<AnnotateResult>;
  /** Stops the annotator of the last `annotate`, clearing its highlights. */
  stop(): void;
  /** mark.js (loaded beforehand as `window.Mark`) marking `aliases`, until its `done` callback. */
  markjs(aliases: readonly string[]): Promise<MarkResult>;
}

interface MarkInstance {
  mark(
    keywords: readonly string[],
    options: {
      separateWordSearch: boolean;
      accuracy: string;
      diacritics: boolean;
      done: (marks: number) => void;
    },
  ): void;
}

declare global {
  interface Window {
    __seedlightBench?: SeedlightBench;
    Mark?: new (context: Element) => MarkInstance;
  }
}

const now = (): number => performance.now();

/** The scheduler, with every callback timed: the annotator's slices. */
function timedScheduler(inner: Scheduler, onSlice: (ms: number) => void): Scheduler {
  const timed = (task: () => void) => (): void => {
    const start = now();
    try {
      task();
    } finally {
      onSlice(now() - start);
    }
  };
  return {
    now: () => inner.now(),
    postTask: (task) => inner.postTask(timed(task)),
    requestFrame: (task) => inner.requestFrame(timed(task)),
    setTimer: (task, delayMs) => inner.setTimer(timed(task), delayMs),
  };
}

function timedMatcher(inner: Matcher, onScan: (ms: number) => void): Matcher {
  return {
    findSpans(text) {
      const start = now();
      const spans = inner.findSpans(text);
      onScan(now() - start);
      return spans;
    },
    isSupported: (entityId, strong) => inner.isSupported(entityId, strong),
  };
}

function timedSink(inner: HighlightSink, onDraw: (ms: number) => void): HighlightSink {
  return {
    set(name, ranges) {
      const start = now();
      inner.set(name, ranges);
      onDraw(now() - start);
    },
    clear: () => inner.clear(),
  };
}

/** Long tasks reported while it runs (Chromium); null where the entry type does not exist. */
function watchLongTasks(): { longest(): Promise<number | null>; stop(): void } {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    return { longest: () => Promise.resolve(null), stop: () => undefined };
  }
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return {
    async longest() {
      // The entry of the task that resolved ready() is queued after that task ends.
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      return longest;
    },
    stop: () => observer.disconnect(),
  };
}

/** The longest gap between animation frames until stopped. */
function watchFrames(): { stop(): number } {
  let last = now();
  let longest = 0;
  let id = requestAnimationFrame(function tick(time) {
    longest = Math.max(longest, time - last);
    last = time;
    id = requestAnimationFrame(tick);
  });
  return {
    stop() {
      cancelAnimationFrame(id);
      return Math.max(longest, now() - last);
    },
  };
}

/**
 * A TreeWalker over the body showing `whatToShow`, reading every text node's data. Showing text
 * only, it never asks a node its type: the floor does no more than read.
 */
function readText(whatToShow: number): FloorResult {
  const textOnly = whatToShow === NodeFilter.SHOW_TEXT;
  const start = now();
  const walker = document.createTreeWalker(document.body, whatToShow);
  let textNodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!textOnly && node.nodeType !== Node.TEXT_NODE) continue;
    chars += (node as Text).data.length;
    textNodes++;
  }
  return { ms: now() - start, textNodes, chars };
}

let running: Annotator | null = null;

const bench: SeedlightBench = {
  floor: () => readText(NodeFilter.SHOW_TEXT),

  treeFloor: () => readText(NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT),

  async annotate(kbJson, aliasesOverride) {
    bench.stop();
    const compileStart = now();
    const matchEntities = aliasesOverride ?? toMatchEntities(JSON.parse(kbJson) as KnowledgeBase[]);
    let findSpansMs = 0;
    const matcher = timedMatcher(compileMatcher(matchEntities), (ms) => (findSpansMs += ms));
    const compileMs = now() - compileStart;
    const entities = new Map(matchEntities.map((e) => [e.id, { name: e.name, type: e.type }]));

    let highlightMs = 0;
    let slices = 0;
    let sliceSumMs = 0;
    let longestSliceMs = 0;
    const scheduler = timedScheduler(createScheduler(window), (ms) => {
      slices++;
      sliceSumMs += ms;
      longestSliceMs = Math.max(longestSliceMs, ms);
    });
    const sink = timedSink(createHighlightSink({ styled: document }), (ms) => (highlightMs += ms));
    const annotator = createAnnotator({ root: document, matcher, entities, sink, scheduler });
    running = annotator;

    const longTasks = watchLongTasks();
    const frames = watchFrames();
    const start = now();
    annotator.start();
    await annotator.ready();
    const ms = now() - start;
    const maxFrameGapMs = frames.stop();
    const longtaskMs = await longTasks.longest();
    longTasks.stop();
    return {
      ms,
      compileMs,
      mentions: annotator.mentions().length,
      longestTaskMs: Math.max(longtaskMs ?? 0, longestSliceMs),
      longestSliceMs,
      sliceSumMs,
      slices,
      longtaskMs,
      maxFrameGapMs,
      findSpansMs,
      highlightMs,
    };
  },

  stop() {
    running?.stop();
    running = null;
  },

  markjs(aliases) {
    const Mark = window.Mark;
    if (!Mark) return Promise.reject(new Error('mark.js is not loaded'));
    return new Promise((resolve) => {
      const start = now();
      new Mark(document.body).mark(aliases, {
        separateWordSearch: false,
        accuracy: 'exactly',
        diacritics: false,
        done: (marks) => resolve({ ms: now() - start, marks }),
      });
    });
  },
};

window.__seedlightBench = bench;
