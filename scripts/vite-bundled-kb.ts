import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { serializeKnowledgeBase } from '../src/kb/parse';
import type { KnowledgeBase } from '../src/kb/schema';

const VIRTUAL_ID = 'virtual:seedlight/bundled-knowledge-bases';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The derived knowledge bases, also shipped as a file so tests can check the build is fresh. */
export const BUNDLED_KB_FILE = 'knowledge-bases.json';

/** WXT runs one Vite build per entrypoint group; derive once per distinct state of the seeds. */
let cache: { key: string; kbs: KnowledgeBase[]; report: string[] } | null = null;

function seedsKey(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(path.join(dir, name)))
      .update('\0');
  }
  return hash.digest('hex');
}

/**
 * Derives the knowledge bases from `seeds/` while the extension is built, so the bundle always
 * matches the seeds and nothing derived is edited by hand. A bad seed fails the build.
 */
export function bundledKnowledgeBases(seedsDir: string): Plugin {
  const dir = path.resolve(seedsDir);
  return {
    name: 'seedlight:bundled-knowledge-bases',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const key = seedsKey(dir);
      if (cache?.key !== key) {
        const { loadSeedKnowledgeBases } = await import('./seeds');
        cache = { key, ...loadSeedKnowledgeBases(dir) };
        // Vite hides plugin info logs by default; what corrections changed must show in the build.
        for (const line of cache.report) process.stderr.write(`seeds: ${line}\n`);
      }
      for (const name of readdirSync(dir)) this.addWatchFile(path.join(dir, name));
      if (this.meta.watchMode === false) {
        this.emitFile({
          type: 'asset',
          fileName: BUNDLED_KB_FILE,
          source: `[\n${cache.kbs.map((kb) => serializeKnowledgeBase(kb).trimEnd()).join(',\n')}\n]\n`,
        });
      }
      return `export default ${JSON.stringify(cache.kbs)};`;
    },
  };
}
