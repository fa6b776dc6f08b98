/**
 * `npm run bench`: every benchmark, one after another, each printing its own table.
 * Numbers only; nothing here asserts on time.
 */
import { runDeriveBench } from './derive';
import { runMatchBench } from './match';

process.stdout.write('\n## Derivation (Node)\n');
await runDeriveBench();
process.stdout.write('\n## Matcher scan (Node)\n');
runMatchBench();
