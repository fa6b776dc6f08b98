import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPopover, type PopoverController } from '../../../src/popover';
import { CLOSE_GRACE_MS, SCROLL_QUIET_MS } from '../../../src/popover/hover-intent';
import {
  NOWHERE,
  cardShadow,
  fakeScroller,
  lookup,
  part,
  pointOf,
  setUpPage,
  type FakeAnnotator,
} from './fixture';

const DELAY = 300;
// Pointer look-ups wait for an animation frame; this covers it.
const FRAME = 20;

let annotator: FakeAnnotator;
let popover: PopoverController;

beforeEach(() => {
  vi.useFakeTimers();
  annotator = setUpPage(document);
  document.getSelection()?.removeAllRanges();
  popover = createPopover({
    doc: document,
    annotator,
    entity: lookup,
    openSource: () => {},
    hoverDelayMs: DELAY,
    scroller: fakeScroller(),
  });
});

afterEach(() => {
  popover.destroy();
  vi.useRealTimers();
});

function pointer(
  type: string,
  at: { x: number; y: number },
  init: PointerEventInit = {},
  target: EventTarget = document.body,
): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      clientX: at.x,
      clientY: at.y,
      pointerType: 'mouse',
      pointerId: 1,
      bubbles: true,
      composed: true,
      ...init,
    }),
  );
}

const hover = (at: { x: number; y: number }, init: PointerEventInit = {}): void => {
  pointer('pointermove', at, init);
  vi.advanceTimersByTime(FRAME);
};
const openName = (): string | null =>
  popover.isOpen() ? part(cardShadow(document), 'name').textContent : null;

describe('hover', () => {
  test('opens the card of the hovered mention after the delay, not before', () => {
    hover(pointOf(1));
    vi.advanceTimersByTime(DELAY - FRAME - 1);
    expect(popover.isOpen()).toBe(false);
    vi.advanceTimersByTime(FRAME + 1);
    expect(openName()).toBe('Xi Jinping');
    expect(annotator.active.at(-1)).toBe(annotator.list[1]);
  });

  test('does not take focus when opened by hover', () => {
    const pageButton = document.getElementById('page-button') as HTMLButtonElement;
    pageButton.focus();
    hover(pointOf(1));
    vi.advanceTimersByTime(DELAY);
    expect(popover.isOpen()).toBe(true);
    expect(document.activeElement).toBe(pageButton);
  });

  test('passing over a mention without stopping opens nothing', () => {
    hover(pointOf(1));
    vi.advanceTimersByTime(DELAY / 2);
    hover(NOWHERE);
    vi.advanceTimersByTime(DELAY);
    expect(popover.isOpen()).toBe(false);
  });

  test.each([
    [
      'text is selected',
      () => {
        const selection = document.getSelection();
        const range = document.createRange();
        range.selectNodeContents(document.body);
        selection?.addRange(range);
      },
      {},
    ],
    ['a mouse button is down', () => {}, { buttons: 1 }],
    [
      'the page has just scrolled',
      () => {
        document.dispatchEvent(new Event('scroll'));
      },
      {},
    ],
  ] as const)('never opens while %s', (_, before, init) => {
    before();
    hover(pointOf(1), init);
    vi.advanceTimersByTime(DELAY);
    expect(popover.isOpen()).toBe(false);
  });

  test('opens again once scrolling has stopped', () => {
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(SCROLL_QUIET_MS);
    hover(pointOf(1));
    vi.advanceTimersByTime(DELAY);
    expect(openName()).toBe('Xi Jinping');
  });

  test('closes after a grace period when the pointer leaves mention and card', () => {
    hover(pointOf(1));
    vi.advanceTimersByTime(DELAY);
    hover(NOWHERE);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - FRAME - 1);
    expect(popover.isOpen()).toBe(true);
    vi.advanceTimersByTime(FRAME + 1);
    expect(popover.isOpen()).toBe(false);
    expect(annotator.active.at(-1)).toBeNull();
  });

  test('stays open while the pointer travels into the card', () => {
    hover(pointOf(1));
    vi.advanceTimersByTime(DELAY);
    hover(NOWHERE);
    const name = part(cardShadow(document), 'name');
    pointer('pointermove', NOWHERE, {}, name);
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 3);
    expect(openName()).toBe('Xi Jinping');
  });

  test('hovering another mention replaces the card', () => {
    hover(pointOf(1));
    vi.advanceTimersByTime(DELAY);
    hover(pointOf(2));
    vi.advanceTimersByTime(DELAY);
    expect(openName()).toBe('China');
    expect(document.querySelectorAll('seedlight-card')).toHaveLength(1);
  });

  test('after Esc, the card stays closed until the pointer leaves the mention', () => {
    hover(pointOf(1));
    vi.advanceTimersByTime(DELAY);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    hover({ x: pointOf(1).x, y: pointOf(1).y });
    vi.advanceTimersByTime(DELAY * 2);
    expect(popover.isOpen()).toBe(false);
    hover(NOWHERE);
    hover(pointOf(1));
    vi.advanceTimersByTime(DELAY);
    expect(openName()).toBe('Xi Jinping');
  });

  test('a card opened from the keyboard does not close when the pointer moves away', () => {
    popover.next();
    hover(NOWHERE);
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 2);
    expect(openName()).toBe('Volodymyr Zelensky');
  });

  test('after destroy, hovering opens nothing', () => {
    popover.destroy();
    hover(pointOf(1));
    vi.advanceTimersByTime(DELAY * 2);
    expect(annotator.active).toEqual([]);
  });
});

describe('touch', () => {
  const tap = (at: { x: number; y: number }, moveTo = at, target?: EventTarget): void => {
    pointer('pointerdown', at, { pointerType: 'touch' }, target);
    pointer('pointerup', moveTo, { pointerType: 'touch' }, target);
  };

  test('a tap on a mention opens its card at once', () => {
    tap(pointOf(2));
    expect(openName()).toBe('China');
  });

  test('a swipe that starts on a mention opens nothing', () => {
    tap(pointOf(2), { x: pointOf(2).x, y: pointOf(2).y + 40 });
    expect(popover.isOpen()).toBe(false);
  });

  test('a tap elsewhere closes the card; a tap inside it does not', () => {
    tap(pointOf(2));
    tap(NOWHERE, NOWHERE, part(cardShadow(document), 'description'));
    expect(popover.isOpen()).toBe(true);
    tap(NOWHERE);
    expect(popover.isOpen()).toBe(false);
  });

  test('a tapped card does not close on a timer', () => {
    tap(pointOf(2));
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 3);
    expect(popover.isOpen()).toBe(true);
  });
});
