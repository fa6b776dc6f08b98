import { createScheduler } from '../annotate/scheduler';
import type { Scheduler } from '../annotate/types';

/**
 * Dispatched on the page's document each time Seedlight has no work left: after the first pass,
 * after each batch of page changes is published, and when the settings leave it nothing to do.
 * Tests wait for it instead of a quiet period.
 */
export const SETTLED_EVENT = 'seedlight-settled';
/** Dispatched once when this copy of the content script stops for good (its extension went away). */
export const STOPPED_EVENT = 'seedlight-stopped';

export function announceSettled(doc: Document): void {
  doc.dispatchEvent(new Event(SETTLED_EVENT));
}

export function announceStopped(doc: Document): void {
  doc.dispatchEvent(new Event(STOPPED_EVENT));
}

/**
 * The browser's scheduler, counting the annotator's pending tasks: when one has run and none is
 * left, the annotator is idle, and `onIdle` is called.
 */
export function settleAwareScheduler(
  win: Window & typeof globalThis,
  onIdle: () => void,
): Scheduler {
  const inner = createScheduler(win);
  let pending = 0;
  const track =
    <A extends unknown[]>(schedule: (task: () => void, ...rest: A) => () => void) =>
    (task: () => void, ...rest: A): (() => void) => {
      let live = true;
      pending++;
      const cancel = schedule(
        () => {
          if (!live) return;
          live = false;
          pending--;
          task();
          if (pending === 0) onIdle();
        },
        ...rest,
      );
      return () => {
        if (live) pending--;
        live = false;
        cancel();
      };
    };
  return {
    now: () => inner.now(),
    postTask: track(inner.postTask),
    requestFrame: track(inner.requestFrame),
    setTimer: track(inner.setTimer),
  };
}
