import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveKnowledgeBase } from '../src/derive/index';
import { flaggedIds, mergeInto, removeEntities } from '../src/ui/review/review-actions';
import { countMentions, findSourceMentions } from '../src/ui/review/review-mentions';
import { DEFAULT_QUERY, queryRows, toRows } from '../src/ui/review/review-rows';
import { median } from './median';

/**
 * The review table's model on a real briefing (the National Post article of tests/e2e/review):
 * what one keystroke's action costs before the DOM is touched. Median of RUNS, in ms.
 */
const RUNS = 9;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const text = readFileSync(
  path.join(ROOT, 'tests/fixtures/review/national-post-india-pakistan.txt'),
  'utf8',
);

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const { kb } = deriveKnowledgeBase({ id: 'np', title: 'National Post', text });
const flagged = flaggedIds(kb);
const mentions = findSourceMentions(kb);
const rows = toRows(kb, countMentions(mentions));
const [first, second] = queryRows(rows, DEFAULT_QUERY);

export const results = {
  characters: text.length,
  entities: kb.entities.length,
  flagged: flagged.length,
  mentions: mentions.reduce((n, m) => n + m.spans.length, 0),
  'findSourceMentions ms': time(() => findSourceMentions(kb)),
  'rows + sort + filter ms': time(() =>
    queryRows(toRows(kb, countMentions(mentions)), { ...DEFAULT_QUERY, filter: 'kashmir' }),
  ),
  'remove all flagged ms': time(() => removeEntities(kb, flagged)),
  'merge two ms': time(() => mergeInto(kb, [first?.id ?? '', second?.id ?? ''], first?.id ?? '')),
};

console.table(results);
