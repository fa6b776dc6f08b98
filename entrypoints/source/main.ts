import { localizePage } from '../../src/i18n/localize-page';
import { bundledKnowledgeBases } from '../../src/kb/bundled';
import { renderSourceView } from '../../src/source-view';

localizePage(document, 'sourceDefaultTitle');
const root = document.getElementById('app');
if (root) {
  void renderSourceView({
    root,
    search: location.search,
    knowledgeBases: () => bundledKnowledgeBases,
  });
}
