/**
 * Scrolling a mention into view and waiting until it stands still, through nested scroll
 * containers and same-origin frames. The page's DOM is left as it is: only scroll positions move.
 */

/** Longest wait for a scroll to settle; past it, the scroll is finished at once. */
export const SETTLE_TIMEOUT_MS = 2000;
/** Animation frames a moved mention must stand still to count as settled. */
export const QUIET_FRAMES = 3;
/** Frames to watch a mention that has not moved at all (the scroll may not have started yet). */
export const STILL_FRAMES = 8;

export type ScrollOutcome = 'settled' | 'timed-out' | 'removed';

export interface ScrollToRangeOptions {
  /** Jump instead of animating (the reader's prefers-reduced-motion). */
  reducedMotion: boolean;
  timeoutMs?: number;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The frame element showing `doc` in its parent document, when that parent is readable. */
function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** Whether the range's nodes are still in a document that is still shown. */
export function isRangeAttached(range: Range): boolean {
  const node = range.startContainer;
  if (!node.isConnected || !range.endContainer.isConnected) return false;
  let doc = node.ownerDocument;
  while (doc) {
    const frame = frameElementOf(doc);
    if (!frame) return true;
    if (!frame.isConnected) return false;
    doc = frame.ownerDocument;
  }
  return false;
}

/** Each level's box of the range, innermost first: in its own window, then in each parent's. */
function boxesByLevel(range: Range): Array<{ box: Box; view: Window }> {
  const rect = range.getBoundingClientRect();
  let box: Box = { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
  const levels: Array<{ box: Box; view: Window }> = [];
  let doc: Document | null = range.startContainer.ownerDocument;
  while (doc?.defaultView) {
    levels.push({ box, view: doc.defaultView });
    const frame = frameElementOf(doc);
    if (!frame) break;
    const outer = frame.getBoundingClientRect();
    const dx = outer.left + frame.clientLeft;
    const dy = outer.top + frame.clientTop;
    box = {
      top: box.top + dy,
      left: box.left + dx,
      bottom: box.bottom + dy,
      right: box.right + dx,
    };
    doc = frame.ownerDocument;
  }
  return levels;
}

const within = (box: Box, view: Window): boolean =>
  box.bottom > 0 && box.top < view.innerHeight && box.right > 0 && box.left < view.innerWidth;

/** Whether the range shows inside the viewport of its window and of every frame above it. */
export function isRangeInView(range: Range): boolean {
  const levels = boxesByLevel(range);
  return levels.length > 0 && levels.every(({ box, view }) => within(box, view));
}

/** Where the range sits in the top window: a key that changes whenever anything scrolls. */
function positionKey(range: Range): string {
  const top = boxesByLevel(range).at(-1)?.box;
  return top ? `${Math.round(top.top)},${Math.round(top.left)}` : '';
}

function startElement(range: Range): Element | null {
  const node = range.startContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** For each window whose viewport the range misses, scrolls that window (not the frame) onto it. */
function centreByWindow(range: Range): void {
  for (const { box, view } of boxesByLevel(range)) {
    if (within(box, view)) continue;
    const dy = box.top - view.innerHeight / 2;
    const dx = box.right > view.innerWidth || box.left < 0 ? box.left - view.innerWidth / 2 : 0;
    view.scrollBy({ top: dy, left: dx, behavior: 'instant' });
  }
}

/**
 * Watches the range's position once an animation frame until it has stood still (or a
 * `scrollend` arrived and one more frame passed), or until `timeoutMs`. Answers whether it settled.
 */
function waitUntilStill(
  range: Range,
  view: Window,
  before: string,
  timeoutMs: number,
): Promise<boolean> {
  return new Promise((resolve) => {
    const docs = new Set<Document>([view.document]);
    const own = range.startContainer.ownerDocument;
    if (own) docs.add(own);
    let last = positionKey(range);
    let moved = last !== before;
    let quiet = 0;
    let ended = false;
    let done = false;
    const listeners = new AbortController();
    const finish = (settled: boolean): void => {
      if (done) return;
      done = true;
      listeners.abort();
      view.clearTimeout(timer);
      resolve(settled);
    };
    const timer = view.setTimeout(() => finish(false), timeoutMs);
    for (const doc of docs) {
      doc.addEventListener(
        'scrollend',
        () => {
          ended = true;
        },
        { capture: true, signal: listeners.signal },
      );
    }
    const frame = (): void => {
      if (done) return;
      const key = positionKey(range);
      if (key !== last) {
        moved = true;
        quiet = 0;
        last = key;
      } else {
        quiet += 1;
      }
      if ((ended && quiet >= 1) || quiet >= (moved ? QUIET_FRAMES : STILL_FRAMES)) finish(true);
      else view.requestAnimationFrame(frame);
    };
    view.requestAnimationFrame(frame);
  });
}

/**
 * Scrolls the range into the middle of the view (every scroll container and same-origin frame
 * on the way) unless it is in view already, and resolves once it stands still. A range the page
 * has removed resolves 'removed' without scrolling.
 */
export async function scrollToRange(
  range: Range,
  view: Window,
  options: ScrollToRangeOptions,
): Promise<ScrollOutcome> {
  if (!isRangeAttached(range)) return 'removed';
  if (isRangeInView(range)) return 'settled';
  const element = startElement(range);
  const before = positionKey(range);
  const behavior: ScrollBehavior = options.reducedMotion ? 'instant' : 'smooth';
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
  const settled = await waitUntilStill(range, view, before, options.timeoutMs ?? SETTLE_TIMEOUT_MS);
  if (!isRangeAttached(range)) return 'removed';
  // A scroll still running at the deadline is finished at once, so the card opens on a still page.
  if (!settled)
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  // A block taller than the viewport centres its box, not the mention: put the mention in sight.
  if (!isRangeInView(range)) centreByWindow(range);
  return settled ? 'settled' : 'timed-out';
}
