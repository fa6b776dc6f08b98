import type { Scheduler } from './types';

/**
 * The browser's clock and timers. Slices are posted through a MessageChannel, which yields to the
 * page like a new task without setTimeout's 4 ms clamp. (`scheduler.postTask` is not used: in
 * Firefox content scripts its promise rejects across the Xray boundary and the task never runs.)
 */
export function createScheduler(win: Window & typeof globalThis = window): Scheduler {
  const setTimer = (task: () => void, delayMs: number): (() => void) => {
    const id = win.setTimeout(task, delayMs);
    return () => win.clearTimeout(id);
  };
  const queue = new Set<() => void>();
  let channel: MessageChannel | null = null;
  const post = (): void => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const [next] = queue;
        if (!next) return;
        queue.delete(next);
        next();
      };
    }
    channel.port2.postMessage(null);
  };
  return {
    now: () => win.performance.now(),
    postTask(task) {
      // Each posted task gets its own wrapper, so the same function can be queued twice.
      const entry = (): void => task();
      queue.add(entry);
      post();
      return () => queue.delete(entry);
    },
    requestFrame(task) {
      if (typeof win.requestAnimationFrame !== 'function') return setTimer(task, 16);
      const id = win.requestAnimationFrame(() => task());
      return () => win.cancelAnimationFrame(id);
    },
    setTimer,
  };
}
