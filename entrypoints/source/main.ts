import { localizePage } from '../../src/i18n/localize-page';
import { bundledKnowledgeBases } from '../../src/kb/bundled';
import { createSeedlightStore } from '../../src/settings';
import { renderSourceView } from '../../src/source-view';

localizePage(document, 'sourceDefaultTitle');
const root = document.getElementById('app');
if (root) {
  void renderSourceView({
    root,
    search: location.search,
    // The bundled briefings and the reader's own: "Open in source" works for both.
    knowledgeBases: async () => [
      ...bundledKnowledgeBases,
      ...(await createSeedlightStore().briefings.getValue()).user.map((b) => b.kb),
    ],
  });
}
