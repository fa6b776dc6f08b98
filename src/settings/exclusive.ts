/**
 * What `update` needs of the Web Locks API (`navigator.locks`): one holder per name at a time,
 * across every page and worker of the extension.
 */
export interface LockManagerLike {
  request<R>(name: string, callback: () => Promise<R>): Promise<R>;
}

/** The extension-wide lock manager, or undefined where the platform has none (Node tests). */
export function defaultLocks(): LockManagerLike | undefined {
  const locks = (globalThis as { navigator?: { locks?: Partial<LockManagerLike> | null } })
    .navigator?.locks;
  // Some environments (happy-dom) define the property as null.
  return typeof locks?.request === 'function' ? (locks as LockManagerLike) : undefined;
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` holding the lock `name`: through `locks` when given, so pages of the same
 * extension take turns; otherwise one after another within this JavaScript realm.
 */
export function runExclusive<R>(
  name: string,
  task: () => Promise<R>,
  locks: LockManagerLike | undefined,
): Promise<R> {
  if (locks !== undefined) return locks.request(name, task);
  const run = (queues.get(name) ?? Promise.resolve()).then(task);
  const settled = run.catch(() => undefined);
  queues.set(name, settled);
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name);
  });
  return run;
}
