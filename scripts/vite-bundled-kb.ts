import path from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:seedlight/bundled-knowledge-bases';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Derives the knowledge bases from `seeds/` while the extension is built, so the bundle always
 * matches the seeds and nothing derived is edited by hand. A bad seed fails the build.
 */
export function bundledKnowledgeBases(seedsDir: string): Plugin {
  return {
    name: 'seedlight:bundled-knowledge-bases',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { loadSeedKnowledgeBases } = await import('./seeds');
      const { kbs, report } = loadSeedKnowledgeBases(path.resolve(seedsDir));
      for (const line of report) this.info(line);
      return `export default ${JSON.stringify(kbs)};`;
    },
  };
}
