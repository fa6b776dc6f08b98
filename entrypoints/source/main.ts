import { bundledKnowledgeBases } from '../../src/kb/bundled';
import { renderSourceView } from '../../src/source-view';

const root = document.getElementById('app');
if (root) {
  void renderSourceView({
    root,
    search: location.search,
    knowledgeBases: () => bundledKnowledgeBases,
  });
}
