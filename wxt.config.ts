import { defineConfig } from 'wxt';
import { bundledKnowledgeBases } from './scripts/vite-bundled-kb';

// Firefox add-on id: stable, so storage and tests can address the extension.
export const GECKO_ID = 'seedlight@seedlight.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Static files (icons) live under src/ so the top level stays as the design lays it out.
  publicDir: 'src/public',
  manifestVersion: 3,
  vite: () => ({ plugins: [bundledKnowledgeBases('seeds')] }),
  manifest: ({ browser }) => ({
    name: 'Seedlight',
    description:
      'Highlights the people, places and organizations of your news briefing on any page, with context on hover.',
    permissions: ['storage'],
    commands: {
      'toggle-seedlight': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Turn Seedlight on or off',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next highlighted mention and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous highlighted mention and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
