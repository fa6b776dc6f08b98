import { expect, test } from 'vitest';
import { indexFromViewport, nextMatching, stepIndex } from '../../../src/popover/navigation';

test.each([
  [4, 0, 1, 1],
  [4, 3, 1, 0],
  [4, 0, -1, 3],
  [4, 2, -1, 1],
  [4, -1, 1, 0],
  [4, -1, -1, 3],
  [1, 0, 1, 0],
  [0, -1, 1, -1],
] as const)(
  'stepIndex(count %i, from %i, direction %i) is %i',
  (count, from, direction, expected) => {
    expect(stepIndex(count, from, direction)).toBe(expected);
  },
);

test.each([
  [[-300, -20, 40, 900], 1, 2],
  [[-300, -20, 40, 900], -1, 1],
  [[10, 40], -1, 1],
  [[-50, -10], 1, 0],
  [[], 1, -1],
] as const)('indexFromViewport(tops %j, direction %i) is %i', (tops, direction, expected) => {
  expect(indexFromViewport(tops, direction)).toBe(expected);
});

test.each([
  [['a', 'b', 'a', 'c'], 0, 'a', 2],
  [['a', 'b', 'a', 'c'], 2, 'a', 0],
  [['a', 'b', 'a', 'c'], 1, 'c', 3],
  [['a', 'b', 'a', 'c'], 3, 'b', 1],
  [['a', 'b'], 0, 'z', -1],
  [['a', 'b'], -1, 'a', 0],
  [['a'], 0, 'a', 0],
])('nextMatching(%j, after %i, %j) is %i', (items, from, wanted, expected) => {
  expect(nextMatching(items, from, (item) => item === wanted)).toBe(expected);
});
