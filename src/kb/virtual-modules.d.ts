declare module 'virtual:seedlight/bundled-knowledge-bases' {
  import type { KnowledgeBase } from './schema';
  const knowledgeBases: KnowledgeBase[];
  export default knowledgeBases;
}
