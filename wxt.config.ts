import { defineConfig } from 'wxt';
import { bundledKnowledgeBases } from './scripts/vite-bundled-kb';
import { inertReadability } from './scripts/vite-inert-readability';

// Firefox add-on id: stable, so storage and tests can address the extension.
export const GECKO_ID = 'seedlight@seedlight.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Static files (icons) live under src/ so the top level stays as the design lays it out.
  publicDir: 'src/public',
  manifestVersion: 3,
  // The Firefox sources zip holds what a reviewer needs to rebuild the add-on: no tests, no artifacts.
  zip: {
    excludeSources: ['artifacts/**', 'tests/**', 'bench/**', '.github/**', '.ci/**', '.dbg/**'],
  },
  vite: () => ({ plugins: [bundledKnowledgeBases('seeds'), inertReadability()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    default_locale: 'en',
    description: '__MSG_extDescription__',
    // Chromium's storage.local holds 10 MiB without `unlimitedStorage`: too little for the
    // briefings and the page index built from them. Firefox's quota is its IndexedDB one.
    permissions: [
      'storage',
      // "Add to Seedlight briefing" on selected text.
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['unlimitedStorage']),
    ],
    commands: {
      'toggle-seedlight': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_cmdToggle__',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdPreviousMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: the ESR that Debian stable ships; the Custom Highlight API and the data
              // collection manifest key both arrived in it on the desktop.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data collection key from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
