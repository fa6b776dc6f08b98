/**
 * `npm run bench`: every benchmark, one after another, each printing its own table.
 * Numbers only; nothing here asserts on time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runBrowserBench } from './browser';
import { runDeriveBench } from './derive';
import { runHostileBench } from './hostile';
import { runLibraryBench } from './library';
import { runMatchBench } from './match';

const RESULTS = new URL('./results.json', import.meta.url);

process.stdout.write('\n## Derivation (Node)\n');
await runDeriveBench();
process.stdout.write('\n## Matcher scan (Node)\n');
runMatchBench();
process.stdout.write('\n## Library: a page load with 1, 10 and 200 briefings (Node)\n');
const library = await runLibraryBench();
process.stdout.write('\n## Annotation in Chromium and Firefox (writes bench/results.json)\n');
await runBrowserBench();
// The browser bench rewrites results.json; the library rows join it, so one file holds the run.
const results: unknown = JSON.parse(readFileSync(RESULTS, 'utf8'));
writeFileSync(RESULTS, `${JSON.stringify({ ...(results as object), library }, null, 2)}\n`);
process.stdout.write('\n## Hostile pages (Chromium)\n');
await runHostileBench();
