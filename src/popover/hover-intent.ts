import type { PageMention } from '../annotate/types';
import { sameEntityAndRange } from './same-entity-and-range';

/** How long a hover card stays after the pointer leaves, so the pointer can travel into it. */
export const CLOSE_GRACE_MS = 300;
/** No card opens until the page has been still this long after a scroll. */
export const SCROLL_QUIET_MS = 150;
/** A touch that moves further than this is a scroll or a drag, not a tap. */
export const TAP_SLOP_PX = 10;

export interface HoverIntentOptions {
  doc: Document;
  signal: AbortSignal;
  delayMs: number;
  mentionAt(x: number, y: number): PageMention | null;
  /** Whether the event happened on the card (inside its host). */
  isOnCard(event: Event): boolean;
  /** The mention whose card is open, or null. */
  openMention(): PageMention | null;
  /** Whether the open card may close because the pointer left (not when it holds focus or was tapped). */
  closesOnLeave(): boolean;
  open(mention: PageMention, point: { x: number; y: number }, by: 'hover' | 'tap'): void;
  close(): void;
}

export interface HoverIntent {
  /** The reader dismissed this mention's card: hovering it again reopens only after the pointer leaves it. */
  dismissed(mention: PageMention): void;
}

/**
 * Opens cards on hover (after a delay) and on tap, and closes hover cards when the pointer
 * leaves both the mention and the card. It never opens while text is selected, a mouse button
 * is down, or the page is scrolling. Listens until `signal` aborts.
 */
export function watchHoverIntent(options: HoverIntentOptions): HoverIntent {
  const { doc, signal } = options;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingMention: PageMention | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let lastMove: { x: number; y: number; onCard: boolean } | null = null;
  let buttonsDown = false;
  let scrolling = false;
  let tap: { id: number; x: number; y: number } | null = null;
  let dismissed: PageMention | null = null;

  const hasSelection = (): boolean => {
    const selection = doc.getSelection();
    return !!selection && selection.rangeCount > 0 && !selection.isCollapsed;
  };
  const mayOpen = (): boolean => !buttonsDown && !scrolling && !hasSelection();

  const cancelOpen = (): void => {
    clearTimeout(openTimer);
    openTimer = undefined;
    pendingMention = null;
  };
  const cancelClose = (): void => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = (): void => {
    if (closeTimer !== undefined || !options.openMention() || !options.closesOnLeave()) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      if (options.openMention() && options.closesOnLeave()) options.close();
    }, CLOSE_GRACE_MS);
  };

  const settle = (x: number, y: number, onCard: boolean): void => {
    if (onCard) {
      cancelOpen();
      cancelClose();
      return;
    }
    const mention = options.mentionAt(x, y);
    if (dismissed && !sameEntityAndRange(mention, dismissed)) dismissed = null;
    const open = options.openMention();
    if (mention && sameEntityAndRange(mention, open)) {
      cancelOpen();
      cancelClose();
      return;
    }
    if (!mention) {
      cancelOpen();
      scheduleClose();
      return;
    }
    // Another mention: its card replaces the open one once the delay passes.
    cancelClose();
    if (sameEntityAndRange(mention, pendingMention)) return;
    cancelOpen();
    if (dismissed || !mayOpen()) return;
    pendingMention = mention;
    openTimer = setTimeout(() => {
      openTimer = undefined;
      pendingMention = null;
      if (mayOpen()) options.open(mention, { x, y }, 'hover');
    }, options.delayMs);
  };

  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    passive = true,
  ): void => {
    doc.addEventListener(type, handler, { capture: true, passive, signal });
  };

  listen('pointermove', (event) => {
    if (event.pointerType === 'touch') return;
    buttonsDown = event.buttons !== 0;
    if (buttonsDown) cancelOpen();
    lastMove = { x: event.clientX, y: event.clientY, onCard: options.isOnCard(event) };
    // One look-up per frame, however fast the pointer moves.
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      if (lastMove) settle(lastMove.x, lastMove.y, lastMove.onCard);
    });
  });

  listen('pointerdown', (event) => {
    const onCard = options.isOnCard(event);
    if (event.pointerType === 'mouse') {
      buttonsDown = true;
      cancelOpen();
    } else {
      tap = { id: event.pointerId, x: event.clientX, y: event.clientY };
    }
    if (onCard) return;
    const open = options.openMention();
    if (open && !sameEntityAndRange(options.mentionAt(event.clientX, event.clientY), open)) {
      cancelClose();
      options.close();
    }
  });

  listen('pointerup', (event) => {
    if (event.pointerType === 'mouse') {
      buttonsDown = false;
      return;
    }
    const start = tap;
    tap = null;
    if (!start || start.id !== event.pointerId || options.isOnCard(event)) return;
    const moved = Math.hypot(event.clientX - start.x, event.clientY - start.y);
    if (moved > TAP_SLOP_PX || hasSelection()) return;
    const mention = options.mentionAt(event.clientX, event.clientY);
    if (mention && !sameEntityAndRange(mention, options.openMention())) {
      cancelOpen();
      options.open(mention, { x: event.clientX, y: event.clientY }, 'tap');
    }
  });

  listen('pointercancel', () => {
    tap = null;
    buttonsDown = false;
  });

  listen('scroll', () => {
    scrolling = true;
    cancelOpen();
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      scrolling = false;
    }, SCROLL_QUIET_MS);
  });

  signal.addEventListener(
    'abort',
    () => {
      cancelOpen();
      cancelClose();
      clearTimeout(scrollTimer);
      if (frame !== undefined) cancelAnimationFrame(frame);
    },
    { once: true },
  );

  return {
    dismissed(mention) {
      dismissed = mention;
      cancelOpen();
      cancelClose();
    },
  };
}
