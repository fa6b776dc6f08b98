import { expect, test } from 'vitest';
import {
  EMPTY_SELECTION,
  extendTo,
  keepExisting,
  moveTo,
  stepFrom,
  targets,
  toggle,
  toggleAll,
  type Selection,
} from '../../../src/ui/review/review-selection';

const order = ['a', 'b', 'c', 'd', 'e'];
const sel = (checked: string[], cursor: string | null, anchor = cursor): Selection => ({
  checked: new Set(checked),
  cursor,
  anchor,
});
const view = (s: Selection) => ({ checked: [...s.checked].sort(), cursor: s.cursor });

test.each<[string, Selection, { checked: string[]; cursor: string | null }]>([
  ['toggle checks', toggle(EMPTY_SELECTION, 'b'), { checked: ['b'], cursor: 'b' }],
  ['toggle again unchecks', toggle(sel(['b'], 'b'), 'b'), { checked: [], cursor: 'b' }],
  ['move keeps the checks', moveTo(sel(['a'], 'a'), 'c'), { checked: ['a'], cursor: 'c' }],
  [
    'extend down from the anchor',
    extendTo(sel([], 'b'), order, 'd'),
    { checked: ['b', 'c', 'd'], cursor: 'd' },
  ],
  ['extend up', extendTo(sel([], 'd'), order, 'b'), { checked: ['b', 'c', 'd'], cursor: 'b' }],
  [
    'extend keeps earlier checks',
    extendTo(sel(['e'], 'a'), order, 'b'),
    { checked: ['a', 'b', 'e'], cursor: 'b' },
  ],
  ['select all shown', toggleAll(sel(['a'], 'a'), order), { checked: order, cursor: 'a' }],
  ['select all again clears', toggleAll(sel(order, 'a'), order), { checked: [], cursor: 'a' }],
  [
    'removed rows: cursor to the next row',
    keepExisting(sel(['b', 'c'], 'c'), ['a', 'b', 'e'], order),
    { checked: ['b'], cursor: 'e' },
  ],
  [
    'removed last row: cursor to the one before',
    keepExisting(sel([], 'e'), ['a', 'b'], order),
    { checked: [], cursor: 'b' },
  ],
  ['nothing left', keepExisting(sel(['a'], 'a'), [], ['a']), { checked: [], cursor: null }],
])('%s', (_name, selection, expected) => {
  expect(view(selection)).toEqual(expected);
});

test.each<[string | null, number, string | null]>([
  [null, 1, 'a'],
  [null, -1, 'e'],
  ['a', 1, 'b'],
  ['a', -1, 'a'],
  ['e', 1, 'e'],
  ['b', 10, 'e'],
  ['gone', 1, 'a'],
])('stepFrom(%j, %i) is %j', (cursor, delta, next) => {
  expect(stepFrom(order, cursor, delta)).toBe(next);
  expect(stepFrom([], cursor, delta)).toBeNull();
});

test.each<[Selection, string[]]>([
  [sel(['a', 'c'], 'b'), ['a', 'c']],
  [sel([], 'b'), ['b']],
  [EMPTY_SELECTION, []],
])('targets: checked rows, else the cursor', (selection, ids) => {
  expect(targets(selection).sort()).toEqual(ids);
});
