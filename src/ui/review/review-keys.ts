import { ENTITY_TYPES, type EntityType } from '../../kb/schema';

/** What a key press asks the review table to do. */
export type ReviewCommand =
  | { kind: 'move'; delta: number; extend: boolean }
  | { kind: 'first' | 'last'; extend: boolean }
  | { kind: 'toggle' }
  | { kind: 'select-all' }
  | { kind: 'edit' }
  | { kind: 'leave-field' }
  | { kind: 'remove' }
  | { kind: 'merge' }
  | { kind: 'keep' }
  | { kind: 'retype'; type: EntityType }
  | { kind: 'next-mention'; back: boolean }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'save' }
  | { kind: 'flagged-only' }
  | { kind: 'filter' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The review table's keyboard shortcuts (documented on the page). `inField` is true while the
 * focus is in a text field or select of the table: there keys type, and only Esc leaves.
 */
export function reviewCommand(press: KeyPress, inField: boolean): ReviewCommand | null {
  const mod = press.ctrlKey || press.metaKey;
  if (inField) {
    if (mod && press.key.toLowerCase() === 's') return { kind: 'save' };
    return press.key === 'Escape' && !mod ? { kind: 'leave-field' } : null;
  }
  if (press.altKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (mod) {
    if (key === 'z') return press.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y') return { kind: 'redo' };
    if (key === 'a') return { kind: 'select-all' };
    if (key === 's') return { kind: 'save' };
    return null;
  }
  const extend = press.shiftKey;
  switch (key) {
    case 'ArrowDown':
      return { kind: 'move', delta: 1, extend };
    case 'ArrowUp':
      return { kind: 'move', delta: -1, extend };
    case 'PageDown':
      return { kind: 'move', delta: 10, extend };
    case 'PageUp':
      return { kind: 'move', delta: -10, extend };
    case 'Home':
      return { kind: 'first', extend };
    case 'End':
      return { kind: 'last', extend };
    case ' ':
      return { kind: 'toggle' };
    case 'Enter':
    case 'F2':
      return { kind: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'remove' };
    case 'm':
      return { kind: 'merge' };
    case 'k':
      return { kind: 'keep' };
    case 'n':
      return { kind: 'next-mention', back: press.shiftKey };
    case '/':
      return { kind: 'filter' };
    case 'f':
      return { kind: 'flagged-only' };
  }
  const digit = Number(key);
  const type = Number.isInteger(digit) ? ENTITY_TYPES[digit - 1] : undefined;
  return type ? { kind: 'retype', type } : null;
}
