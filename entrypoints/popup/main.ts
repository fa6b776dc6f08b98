import '../../src/ui/styles.css';
import '../../src/ui/popup.css';
import { createSeedlightStore } from '../../src/settings';
import { createBrowserPlatform } from '../../src/ui/browser-platform';
import { mountPopup } from '../../src/ui/popup';

const root = document.getElementById('app');
if (root) {
  void mountPopup({
    root,
    platform: createBrowserPlatform(window),
    store: createSeedlightStore(),
    signal: new AbortController().signal,
  });
}
