/**
 * Wraps an async job so runs never overlap: a call during a run waits for it and then runs once
 * more (calls while waiting share that one run), so the last call always sees the latest state.
 */
export function serialized<T>(job: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const run = job().finally(() => {
      if (running === run) running = null;
    });
    running = run;
    return run;
  };
  return () => {
    if (!running) return start();
    if (!queued) {
      const after = running.catch(() => undefined);
      queued = after.then(() => {
        queued = null;
        return start();
      });
    }
    return queued;
  };
}
