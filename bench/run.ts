/**
 * `npm run bench`: every benchmark, one after another, each printing its own table.
 * Numbers only; nothing here asserts on time.
 */
import { runBrowserBench } from './browser';
import { runDeriveBench } from './derive';
import { runHostileBench } from './hostile';
import { runMatchBench } from './match';

process.stdout.write('\n## Derivation (Node)\n');
await runDeriveBench();
process.stdout.write('\n## Matcher scan (Node)\n');
runMatchBench();
process.stdout.write('\n## Annotation in Chromium and Firefox (writes bench/results.json)\n');
await runBrowserBench();
process.stdout.write('\n## Hostile pages (Chromium)\n');
await runHostileBench();
