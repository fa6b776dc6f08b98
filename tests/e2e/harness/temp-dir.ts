import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface TempDir {
  path: string;
  remove(): Promise<void>;
}

/** A private directory for one browser's profile and TMPDIR, so nothing it writes outlives it. */
export async function createTempDir(prefix: string): Promise<TempDir> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `seedlight-${prefix}-`));
  return { path: dir, remove: () => rm(dir, { recursive: true, force: true, maxRetries: 3 }) };
}
