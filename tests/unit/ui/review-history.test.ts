import { describe, expect, test } from 'vitest';
import {
  canRedo,
  canUndo,
  HISTORY_LIMIT,
  record,
  redo,
  startHistory,
  undo,
  type History,
} from '../../../src/ui/review/review-history';

type Step = ['record', string] | ['undo'] | ['redo'];

const play = (steps: readonly Step[]): History<string> =>
  steps.reduce<History<string>>(
    (h, step) =>
      step[0] === 'record' ? record(h, step[1]) : step[0] === 'undo' ? undo(h) : redo(h),
    startHistory('a'),
  );

describe('the review undo stack', () => {
  test.each<[string, Step[], string, boolean, boolean]>([
    ['nothing done', [], 'a', false, false],
    ['one action', [['record', 'b']], 'b', true, false],
    ['undone', [['record', 'b'], ['undo']], 'a', false, true],
    ['undone and redone', [['record', 'b'], ['undo'], ['redo']], 'b', true, false],
    ['undo with nothing to undo', [['undo']], 'a', false, false],
    ['redo with nothing to redo', [['record', 'b'], ['redo']], 'b', true, false],
    [
      'a new action drops the redo',
      [['record', 'b'], ['undo'], ['record', 'c'], ['redo']],
      'c',
      true,
      false,
    ],
    ['the same value records nothing', [['record', 'a']], 'a', false, false],
    ['two undos', [['record', 'b'], ['record', 'c'], ['undo'], ['undo']], 'a', false, true],
  ])('%s', (_name, steps, present, undoable, redoable) => {
    const history = play(steps);
    expect([history.present, canUndo(history), canRedo(history)]).toEqual([
      present,
      undoable,
      redoable,
    ]);
  });

  test('keeps at most HISTORY_LIMIT steps', () => {
    let history = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) history = record(history, i);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toBe(10);
  });
});
