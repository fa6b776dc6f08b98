import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deriveSeedFile } from './seeds';

const HELP = `Usage: npm run eval -- [--top N] [--show] [DOC...]

Derives every text of the nlp-dev set (../shared/nlp-dev, or $NLP_DEV) in this process and scores
it with the set's own score.mjs: one row per genre, then the set's summary line.
  --top N   also list the N most common misses and false positives
  --show    print each document's misses, false positives, merges and splits
  DOC...    only these documents (e.g. GUM_news_korea)
`;

interface DocResult {
  readonly doc: string;
  readonly genre: string;
  readonly gold: number;
  readonly derived: number;
  readonly correct: number;
  readonly found: number;
  readonly typed: number;
  readonly merged: number;
  readonly split: number;
}

interface ScoreModule {
  score(gold: unknown, kb: unknown): DocResult;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f2 = (x: number): string => x.toFixed(2);

function row(label: string, results: readonly DocResult[]): string {
  const sum = (key: keyof DocResult): number => results.reduce((n, r) => n + (r[key] as number), 0);
  const p = ratio(sum('correct'), sum('derived'));
  const r = ratio(sum('found'), sum('gold'));
  return [
    label.padEnd(10),
    String(results.length).padStart(4),
    f2(p).padStart(5),
    f2(r).padStart(5),
    f2(ratio(2 * p * r, p + r)).padStart(5),
    f2(ratio(sum('typed'), sum('gold'))).padStart(6),
    String(sum('merged')).padStart(6),
    String(sum('split')).padStart(5),
  ].join(' ');
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 0;
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 && args.splice(showAt, 1).length > 0;
  const root = process.env.NLP_DEV ?? path.resolve('../shared/nlp-dev');
  const scorer = (await import(pathToFileURL(path.join(root, 'score.mjs')).href)) as ScoreModule;
  const docs =
    args.length > 0
      ? args
      : readdirSync(path.join(root, 'texts'))
          .filter((f) => f.endsWith('.txt'))
          .map((f) => f.replace(/\.txt$/, ''))
          .sort();
  const results: DocResult[] = [];
  const misses: string[] = [];
  const extras: string[] = [];
  let failed = 0;
  const started = performance.now();
  for (const doc of docs) {
    const gold = JSON.parse(readFileSync(path.join(root, 'gold', `${doc}.json`), 'utf8')) as {
      genre: string;
    };
    try {
      const { kb } = deriveSeedFile(path.join(root, 'texts', `${doc}.txt`));
      const result = scorer.score(gold, kb) as DocResult & {
        misses: { name: string; type: string }[];
        falsePositives: { name: string; type: string }[];
        mergedList: { derived: string; gold: string[] }[];
        splitList: { gold: string; derived: string[] }[];
      };
      results.push({ ...result, genre: gold.genre });
      misses.push(...result.misses.map((m) => `${m.name.toLowerCase()} [${m.type}]`));
      extras.push(...result.falsePositives.map((m) => `${m.name.toLowerCase()} [${m.type}]`));
      if (show) {
        process.stdout.write(`${doc}\n`);
        const list = (title: string, xs: string[]): void => {
          if (xs.length > 0) process.stdout.write(`  ${title}: ${xs.join('; ')}\n`);
        };
        list(
          'missed',
          result.misses.map((m) => `${m.name} [${m.type}]`),
        );
        list(
          'false',
          result.falsePositives.map((m) => `${m.name} [${m.type}]`),
        );
        list(
          'merged',
          result.mergedList.map((m) => `${m.derived} <- ${m.gold.join(' | ')}`),
        );
        list(
          'split',
          result.splitList.map((m) => `${m.gold} -> ${m.derived.join(' | ')}`),
        );
      }
    } catch (error) {
      failed++;
      process.stderr.write(`eval: ${doc} failed: ${(error as Error).message}\n`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const counted = (xs: string[]): string[] => {
    const counts = new Map<string, number>();
    for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, top)
      .map(([k, n]) => `  ${String(n).padStart(3)}  ${k}`);
  };
  if (top > 0) {
    process.stdout.write(
      `most common misses (of ${misses.length}):\n${counted(misses).join('\n')}\n`,
    );
    process.stdout.write(
      `most common false positives (of ${extras.length}):\n${counted(extras).join('\n')}\n`,
    );
  }
  process.stdout.write(`${'genre'.padEnd(10)} docs     P     R    F1 typedR merged split\n`);
  for (const genre of [...new Set(results.map((r) => r.genre))].sort()) {
    process.stdout.write(
      `${row(
        genre,
        results.filter((r) => r.genre === genre),
      )}\n`,
    );
  }
  process.stdout.write(`${row('all', results)}\n`);
  const all = row('', results).trim().split(/\s+/);
  process.stdout.write(
    `nlp-dev docs ${results.length}: P ${all[1]} R ${all[2]} F1 ${all[3]} typedR ${all[4]} ` +
      `merged ${all[5]} split ${all[6]} failed ${failed} (${seconds.toFixed(1)} s)\n`,
  );
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
