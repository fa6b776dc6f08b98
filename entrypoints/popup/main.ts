import '../../src/ui/styles.css';
import '../../src/ui/popup.css';
import { localizePage } from '../../src/i18n/localize-page';
import { bundledKnowledgeBases } from '../../src/kb/bundled';
import { createSeedlightStore } from '../../src/settings';
import { createBrowserPlatform } from '../../src/ui/browser-platform';
import { mountPopup } from '../../src/ui/popup';

localizePage(document, 'extName');
const root = document.getElementById('app');
if (root) {
  void mountPopup({
    root,
    platform: createBrowserPlatform(window),
    store: createSeedlightStore(),
    bundled: bundledKnowledgeBases,
    signal: new AbortController().signal,
  });
}
