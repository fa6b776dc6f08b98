/**
 * How findSpans scales with the knowledge base: the same ~5 MB of real page text scanned with
 * 20 aliases and with 20,000. Prints a table of medians; asserts nothing.
 * Run: `npx tsx bench/match.ts` (cwd /work/main; SEEDLIGHT_CORPUS overrides the corpus folder).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { compileMatcher } from '../src/match';
import type { MatchEntity } from '../src/match';
import { random, syntheticName } from './synthetic-names';

const TARGET_CHARS = 5_000_000;
const WARMUP_RUNS = 2;
const TIMED_RUNS = 7;

/** Entities of the seed briefing: the 20 aliases every row holds. */
const SEED_ENTITIES: MatchEntity[] = [
  entity('volodymyr-zelensky', 'Volodymyr Zelensky', ['Zelensky', 'Zelenskyy']),
  entity('xi-jinping', 'Xi Jinping', ['Xi']),
  entity('belt-and-road-initiative', 'Belt and Road Initiative', ['BRI']),
  entity('vladimir-putin', 'Vladimir Putin', ['Putin']),
  entity('ap', 'AP', ['Associated Press']),
  entity('china', 'China', []),
  entity('ukraine', 'Ukraine', []),
  entity('russia', 'Russia', []),
  entity('kremlin', 'Kremlin', []),
  entity('bakhmut', 'Bakhmut', []),
  entity('john-kirby', 'John Kirby', []),
  entity('olena-zelenska', 'Olena Zelenska', []),
  entity('davos', 'Davos', []),
];

function entity(id: string, name: string, aliases: string[]): MatchEntity {
  return { id, name, type: 'other', aliases: [name, ...aliases], related: [] };
}

function aliasCount(entities: readonly MatchEntity[]): number {
  return entities.reduce((sum, e) => sum + e.aliases.length, 0);
}

/** The seed's 20 aliases plus synthetic person names up to `total` aliases. */
function withSyntheticNames(total: number, firstWords: readonly string[] = []): MatchEntity[] {
  const next = random(total + firstWords.length);
  const entities = [...SEED_ENTITIES];
  const synthetic = total - aliasCount(entities);
  for (let i = 0; i < synthetic; i++) {
    const first = firstWords[i % Math.max(firstWords.length, 1)];
    const name = first === undefined ? syntheticName(next) : `${first} ${syntheticName(next)}`;
    entities.push(entity(`synthetic-${i}`, name, []));
  }
  return entities;
}

function pageText(corpus: string): string {
  const html = readFileSync(path.join(corpus, 'mozilla-readability__yahoo-2.html'), 'utf8');
  const text = html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"');
  return text.repeat(Math.ceil(TARGET_CHARS / text.length)).slice(0, TARGET_CHARS);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Row {
  label: string;
  aliases: number;
  compileMs: number;
  scanMs: number;
  spans: number;
}

/** Rounds interleave the matchers, so a busy machine slows every row alike. */
function measure(cases: readonly [string, MatchEntity[]][], text: string): Row[] {
  const compiled = cases.map(([label, entities]) => {
    const start = performance.now();
    const matcher = compileMatcher(entities);
    return {
      label,
      entities,
      matcher,
      compileMs: performance.now() - start,
      times: [] as number[],
    };
  });
  let spans = 0;
  for (let round = 0; round < WARMUP_RUNS + TIMED_RUNS; round++) {
    for (const entry of compiled) {
      const start = performance.now();
      spans = entry.matcher.findSpans(text).length;
      if (round >= WARMUP_RUNS) entry.times.push(performance.now() - start);
    }
  }
  return compiled.map(({ label, entities, compileMs, times }) => ({
    label,
    aliases: aliasCount(entities),
    compileMs,
    scanMs: median(times),
    spans,
  }));
}

export function runMatchBench(): Record<string, number> {
  const corpus = process.env.SEEDLIGHT_CORPUS ?? path.resolve('../shared/corpus');
  const text = pageText(corpus);
  const pageWords = [...new Set(text.match(/\p{L}{4,}/gu) ?? [])].slice(0, 2000);
  const rows = measure(
    [
      ['20 aliases', withSyntheticNames(20)],
      ['20,000 aliases', withSyntheticNames(20_000)],
      ['20,000 aliases, first words on page', withSyntheticNames(20_000, pageWords)],
    ],
    text,
  );
  const base = rows[0]?.scanMs ?? Number.NaN;

  process.stdout.write(
    `findSpans on ${(text.length / 1e6).toFixed(1)} M chars of yahoo-2 text, median of ${TIMED_RUNS} runs\n\n`,
  );
  process.stdout.write('| index | aliases | compile ms | scan ms | vs 20 | spans |\n');
  process.stdout.write('|---|---:|---:|---:|---:|---:|\n');
  for (const row of rows) {
    process.stdout.write(
      `| ${row.label} | ${row.aliases} | ${row.compileMs.toFixed(1)} | ${row.scanMs.toFixed(1)} | ` +
        `${(row.scanMs / base).toFixed(2)}x | ${row.spans} |\n`,
    );
  }

  const [small, large, onPage] = rows;
  return {
    textChars: text.length,
    scan20Ms: small?.scanMs ?? Number.NaN,
    scan20000Ms: large?.scanMs ?? Number.NaN,
    scan20000OnPageMs: onPage?.scanMs ?? Number.NaN,
    ratio20000: (large?.scanMs ?? Number.NaN) / base,
    ratio20000OnPage: (onPage?.scanMs ?? Number.NaN) / base,
    compile20000Ms: large?.compileMs ?? Number.NaN,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMatchBench();
}
