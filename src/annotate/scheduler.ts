/** The clock and the timers the annotator works with; tests pass a synchronous fake. */
export interface Scheduler {
  /** Milliseconds from an arbitrary origin, monotonic. */
  now(): number;
  /** Runs `task` soon, in a task of its own, so the page can run between two slices. */
  postTask(task: () => void): () => void;
  /** Runs `task` before the next frame is painted. */
  requestFrame(task: () => void): () => void;
  /** Runs `task` after at least `delayMs`. */
  setTimer(task: () => void, delayMs: number): () => void;
}

interface PostTaskScheduler {
  postTask(task: () => void, options: { priority: string; signal: AbortSignal }): Promise<unknown>;
}

/** The browser's scheduler: `scheduler.postTask` when there is one, else `setTimeout(0)`. */
export function createScheduler(win: Window & typeof globalThis = window): Scheduler {
  const native = (win as unknown as { scheduler?: PostTaskScheduler }).scheduler;
  const setTimer = (task: () => void, delayMs: number): (() => void) => {
    const id = win.setTimeout(task, delayMs);
    return () => win.clearTimeout(id);
  };
  return {
    now: () => win.performance.now(),
    postTask(task) {
      if (typeof native?.postTask !== 'function') return setTimer(task, 0);
      const controller = new AbortController();
      native
        .postTask(task, { priority: 'user-visible', signal: controller.signal })
        .catch(() => undefined);
      return () => controller.abort();
    },
    requestFrame(task) {
      if (typeof win.requestAnimationFrame !== 'function') return setTimer(task, 16);
      const id = win.requestAnimationFrame(() => task());
      return () => win.cancelAnimationFrame(id);
    },
    setTimer,
  };
}
