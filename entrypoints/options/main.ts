import '../../src/ui/styles.css';
import '../../src/ui/options.css';
import { checkSeedText } from '../../src/derive/check-text';
import { localizePage } from '../../src/i18n/localize-page';
import { bundledKnowledgeBases } from '../../src/kb/bundled';
import { createSeedlightStore } from '../../src/settings';
import { takeSelection } from '../../src/settings/pending-selection';
import { createBrowserPlatform } from '../../src/ui/browser-platform';
import { createWorkerDeriveRunner } from '../../src/ui/derive-runner';
import { mountOptionsPage } from '../../src/ui/options/options-page';
import { createReviewDraftStore } from '../../src/ui/review/review-draft';

localizePage(document, 'optionsTitle');
const root = document.getElementById('app');
if (root) {
  mountOptionsPage({
    root,
    store: createSeedlightStore(),
    bundled: bundledKnowledgeBases,
    platform: createBrowserPlatform(window),
    derive: createWorkerDeriveRunner(
      () =>
        new Worker(new URL('../../src/ui/derive-worker.ts', import.meta.url), { type: 'module' }),
    ),
    checkText: checkSeedText,
    parser: new DOMParser(),
    pageUrl: location.href,
    takeSelection,
    drafts: createReviewDraftStore(),
    now: Date.now,
    signal: new AbortController().signal,
  });
}
