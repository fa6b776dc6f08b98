import '../../src/ui/styles.css';
import '../../src/ui/side-panel.css';
import { localizePage } from '../../src/i18n/localize-page';
import { bundledKnowledgeBases } from '../../src/kb/bundled';
import { createSeedlightStore } from '../../src/settings';
import { createBrowserPlatform } from '../../src/ui/browser-platform';
import { createWorkerDeriveRunner } from '../../src/ui/derive-runner';
import { mountSidePanel } from '../../src/ui/side-panel';

localizePage(document, 'panelTitle');
const root = document.getElementById('app');
if (root) {
  void mountSidePanel({
    root,
    platform: createBrowserPlatform(window),
    store: createSeedlightStore(),
    bundled: bundledKnowledgeBases,
    derive: createWorkerDeriveRunner(
      () =>
        new Worker(new URL('../../src/ui/derive-worker.ts', import.meta.url), { type: 'module' }),
    ),
    parser: new DOMParser(),
    now: Date.now,
    signal: new AbortController().signal,
  });
}
