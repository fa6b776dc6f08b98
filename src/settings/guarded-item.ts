import * as v from 'valibot';
import { problemForLog, problemFromIssues } from '../kb/problem';
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { defaultLocks, runExclusive, type LockManagerLike } from './exclusive';
import { addRecovered, RecoveredListSchema, type RecoveredRecord } from './recovered';

/** Where damaged values are kept until the reader exports or dismisses them. */
export const RECOVERED_KEY: StorageItemKey = 'local:recovered';

type Schema<T> = v.GenericSchema<unknown, T>;

/**
 * A typed, versioned storage item that never hands out an invalid value: a stored value that
 * fails its schema is moved to the recovered list and the item falls back to its default.
 */
export interface GuardedItem<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /**
   * Reads, applies `change` and writes, holding the item's lock: updates from every extension
   * page run one after another, so none overwrites another's change. Returns the written value.
   */
  update(change: (value: T) => T): Promise<T>;
  /** Calls back with every valid new value; returns the function that stops watching. */
  watch(callback: (value: T) => void): () => void;
}

export interface GuardedItemOptions<T> {
  key: StorageItemKey;
  schema: Schema<T>;
  fallback: T;
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
  now: () => number;
  /** The lock manager shared by the extension's pages; defaults to `navigator.locks`. */
  locks?: LockManagerLike | undefined;
}

/** The recovered record keeps the reason for the reader's export file, in the log's words. */
function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  return problemForLog(problemFromIssues(issues));
}

/** Reads the recovered list; a damaged list is itself kept as one record. */
export async function readRecovered(now: () => number = Date.now): Promise<RecoveredRecord[]> {
  const raw = await storage.getItem<unknown>(RECOVERED_KEY);
  if (raw == null) return [];
  const parsed = v.safeParse(RecoveredListSchema, raw);
  if (parsed.success) return parsed.output;
  return [{ key: RECOVERED_KEY, reason: describeIssue(parsed.issues), raw, at: now() }];
}

export async function keepRecovered(record: RecoveredRecord): Promise<void> {
  const records = await readRecovered(() => record.at);
  await storage.setItem(RECOVERED_KEY, addRecovered(records, record));
}

export async function clearRecovered(): Promise<void> {
  await storage.removeItem(RECOVERED_KEY);
}

export function watchRecovered(callback: (records: RecoveredRecord[]) => void): () => void {
  return storage.watch<unknown>(RECOVERED_KEY, () => {
    void readRecovered().then(callback);
  });
}

export function defineGuardedItem<T>(options: GuardedItemOptions<T>): GuardedItem<T> {
  const { key, schema, fallback, version, now } = options;
  const item = storage.defineItem<unknown>(key, {
    version,
    migrations: options.migrations ?? {},
  });

  async function recover(raw: unknown, reason: string): Promise<T> {
    await keepRecovered({ key, reason, raw, at: now() });
    await item.setValue(fallback);
    // A value whose migration failed still carries the old version; mark the fallback current.
    await item.setMeta({ v: version });
    return fallback;
  }

  async function check(raw: unknown): Promise<T> {
    if (raw == null) return fallback;
    const parsed = v.safeParse(schema, raw);
    if (parsed.success) return parsed.output;
    return recover(raw, describeIssue(parsed.issues));
  }

  const locks = 'locks' in options ? options.locks : defaultLocks();
  const lockName = `seedlight:${key}`;

  const guarded: GuardedItem<T> = {
    key,
    fallback,
    getValue: async () => check(await item.getValue()),
    setValue: async (value) => {
      await item.setValue(v.parse(schema, value));
    },
    update(change) {
      return runExclusive(
        lockName,
        async () => {
          const next = change(await guarded.getValue());
          await guarded.setValue(next);
          return next;
        },
        locks,
      );
    },
    watch(callback) {
      return item.watch((raw) => {
        void check(raw).then(callback);
      });
    },
  };
  return guarded;
}
