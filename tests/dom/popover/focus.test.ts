import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createCardHost, type CardHost } from '../../../src/popover/card-host';
import { watchCardFocus, type CardFocus } from '../../../src/popover/focus';

let ui: CardHost;
let focus: CardFocus;
let aborter: AbortController;
let open: boolean;
let calls: string[];
let pageButton: HTMLButtonElement;
let cardButton: HTMLButtonElement;

beforeEach(() => {
  document.body.replaceChildren();
  pageButton = document.createElement('button');
  pageButton.textContent = 'Page button';
  document.body.append(pageButton);
  ui = createCardHost(document);
  cardButton = document.createElement('button');
  cardButton.dataset['part'] = 'more';
  ui.dialog.append(cardButton);
  aborter = new AbortController();
  open = true;
  calls = [];
  focus = watchCardFocus({
    doc: document,
    ui,
    signal: aborter.signal,
    isOpen: () => open,
    escape: () => calls.push('escape'),
    leave: () => calls.push('leave'),
  });
});

afterEach(() => {
  aborter.abort();
  ui.host.remove();
});

const escape = (init: KeyboardEventInit = {}): KeyboardEvent => {
  const event = new KeyboardEvent('keydown', {
    key: 'Escape',
    bubbles: true,
    cancelable: true,
    composed: true,
    ...init,
  });
  pageButton.dispatchEvent(event);
  return event;
};

describe('Esc', () => {
  test('over an open card dismisses it and keeps the key from the page', () => {
    const event = escape();
    expect(calls).toEqual(['escape']);
    expect(event.defaultPrevented).toBe(true);
  });

  test.each([
    ['while no card is open', { key: 'Escape' }, false],
    ['while an input method composes', { key: 'Escape', isComposing: true }, true],
    ['another key', { key: 'Enter' }, true],
  ])('%s does nothing', (_, init, isOpen) => {
    open = isOpen;
    const event = escape(init);
    expect(calls).toEqual([]);
    expect(event.defaultPrevented).toBe(false);
  });

  test('stops listening once the signal aborts', () => {
    aborter.abort();
    escape();
    expect(calls).toEqual([]);
  });
});

describe('where focus returns', () => {
  test('taking focus remembers the page’s focused element, and release gives it back', () => {
    pageButton.focus();
    focus.take(cardButton);
    expect(focus.inCard()).toBe(true);
    expect(ui.shadow.activeElement).toBe(cardButton);
    focus.release(true);
    expect(document.activeElement).toBe(pageButton);
    expect(focus.inCard()).toBe(false);
  });

  test('without a target the dialog takes focus', () => {
    focus.take();
    expect(ui.shadow.activeElement).toBe(ui.dialog);
  });

  test('moving focus within the card keeps where it returns to', () => {
    pageButton.focus();
    focus.take();
    focus.move(cardButton);
    expect(ui.shadow.activeElement).toBe(cardButton);
    expect(focus.returnTarget()).toBe(pageButton);
  });

  test('release without restoring leaves focus where it is, and forgets the target', () => {
    pageButton.focus();
    focus.take();
    focus.release(false);
    expect(focus.inCard()).toBe(true);
    focus.release(true);
    expect(focus.inCard()).toBe(false);
    expect(document.activeElement).not.toBe(pageButton);
  });

  test('a target the page removed is not focused: the card just lets focus go', () => {
    pageButton.focus();
    focus.take();
    pageButton.remove();
    focus.release(true);
    expect(focus.inCard()).toBe(false);
  });

  test('outside the card, the return target is whatever the page has focused now', () => {
    expect(focus.returnTarget()).toBeNull();
    pageButton.focus();
    expect(focus.returnTarget()).toBe(pageButton);
  });

  test('returnTo replaces the target, unless it has left the page', () => {
    const other = document.createElement('button');
    document.body.append(other);
    pageButton.focus();
    focus.take();
    focus.returnTo(other);
    expect(focus.returnTarget()).toBe(other);
    other.remove();
    focus.returnTo(other);
    expect(focus.returnTarget()).toBeNull();
  });
});

describe('focus moving on its own', () => {
  test('a click into the card (focus moving in from the page) remembers where it came from', () => {
    pageButton.focus();
    cardButton.focus();
    expect(focus.returnTarget()).toBe(pageButton);
    focus.release(true);
    expect(document.activeElement).toBe(pageButton);
  });

  test('tabbing out of an open card onto the page leaves it, and focus stays on the page', () => {
    focus.take(cardButton);
    pageButton.focus();
    expect(calls).toEqual(['leave']);
    expect(document.activeElement).toBe(pageButton);
  });

  test('focus moving within the card is not leaving it', () => {
    focus.take(cardButton);
    focus.move();
    expect(calls).toEqual([]);
  });
});
