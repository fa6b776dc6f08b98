import { expect, test } from 'vitest';
import { reviewCommand, type KeyPress } from '../../../src/ui/review/review-keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

test.each([
  [press('ArrowDown'), false, { kind: 'move', delta: 1, extend: false }],
  [press('ArrowUp', { shiftKey: true }), false, { kind: 'move', delta: -1, extend: true }],
  [press('PageDown'), false, { kind: 'move', delta: 10, extend: false }],
  [press('Home'), false, { kind: 'first', extend: false }],
  [press('End', { shiftKey: true }), false, { kind: 'last', extend: true }],
  [press(' '), false, { kind: 'toggle' }],
  [press('a', { ctrlKey: true }), false, { kind: 'select-all' }],
  [press('Enter'), false, { kind: 'edit' }],
  [press('Delete'), false, { kind: 'remove' }],
  [press('M', { shiftKey: true }), false, { kind: 'merge' }],
  [press('k'), false, { kind: 'keep' }],
  [press('2'), false, { kind: 'retype', type: 'place' }],
  [press('4'), false, { kind: 'retype', type: 'other' }],
  [press('5'), false, null],
  [press('n'), false, { kind: 'next-mention', back: false }],
  [press('N', { shiftKey: true }), false, { kind: 'next-mention', back: true }],
  [press('z', { ctrlKey: true }), false, { kind: 'undo' }],
  [press('z', { metaKey: true }), false, { kind: 'undo' }],
  [press('Z', { ctrlKey: true, shiftKey: true }), false, { kind: 'redo' }],
  [press('y', { ctrlKey: true }), false, { kind: 'redo' }],
  [press('/'), false, { kind: 'filter' }],
  [press('f'), false, { kind: 'flagged-only' }],
  [press('f'), true, null],
  [press('s', { ctrlKey: true }), false, { kind: 'save' }],
  [press('s', { metaKey: true }), true, { kind: 'save' }],
  [press('m', { altKey: true }), false, null],
  // In a field, keys type: only Esc leaves it.
  [press('Delete'), true, null],
  [press('m'), true, null],
  [press('z', { ctrlKey: true }), true, null],
  [press('Escape'), true, { kind: 'leave-field' }],
])('%j (in a field: %s)', (key, inField, command) => {
  expect(reviewCommand(key, inField)).toEqual(command);
});
