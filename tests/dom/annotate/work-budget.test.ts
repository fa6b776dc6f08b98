import { expect, test } from 'vitest';
import { WorkBudget } from '../../../src/annotate/work-budget';

type Step = readonly ['spend', number] | readonly ['wait', number];

// A budget of 10% of a core with a 50 ms burst; the result is the wait at the end.
test.each<[string, Step[], number]>([
  ['a fresh budget runs at once', [], 0],
  ['spending the whole burst leaves nothing', [['spend', 50]], 1],
  ['overspending waits until the debt is repaid', [['spend', 80]], 301],
  [
    'time refills the budget',
    [
      ['spend', 50],
      ['wait', 100],
    ],
    0,
  ],
  [
    'a long quiet time refills only up to the burst',
    [
      ['wait', 10_000],
      ['spend', 60],
    ],
    101,
  ],
])('%s', (_label, steps, expected) => {
  const budget = new WorkBudget(0, 0.1, 50);
  let now = 0;
  for (const [kind, ms] of steps) {
    if (kind === 'spend') budget.spend(ms);
    else {
      now += ms;
      budget.waitFor(now);
    }
  }
  expect(budget.waitFor(now)).toBe(expected);
});
