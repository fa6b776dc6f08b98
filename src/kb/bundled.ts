import bundled from 'virtual:seedlight/bundled-knowledge-bases';
import type { KnowledgeBase } from './schema';

/** The knowledge bases derived from `seeds/` at build time. */
export const bundledKnowledgeBases: readonly KnowledgeBase[] = bundled;
