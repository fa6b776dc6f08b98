/**
 * The e2e tests' fixtures, through vitest's `test.extend`: one test server per file, and the
 * browsers a file launches, each launched once when first asked for and closed with the file.
 */
import { test as base } from 'vitest';
import type { BrowserKind } from './browsers';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { startStaticServer } from './server';
import type { ExtensionBrowser, LaunchOptions } from './types';

export interface Browsers {
  /** The browser of `kind` launched with `options`, the same one for every test of the file. */
  get(kind: BrowserKind, options?: LaunchOptions): Promise<ExtensionBrowser>;
}

export const test = base
  // Vitest reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await startStaticServer();
    onCleanup(() => server.close());
    return server;
  })
  // eslint-disable-next-line no-empty-pattern
  .extend('browsers', { scope: 'file' }, ({}, { onCleanup }): Browsers => {
    const launched = new Map<string, Promise<ExtensionBrowser>>();
    onCleanup(async () => {
      for (const result of await Promise.allSettled(launched.values())) {
        if (result.status === 'fulfilled') await result.value.close();
      }
    });
    return {
      get(kind, options = {}) {
        const key = `${kind} ${JSON.stringify(options)}`;
        let browser = launched.get(key);
        if (!browser) {
          browser = kind === 'chromium' ? launchChromium(options) : launchFirefox(options);
          launched.set(key, browser);
        }
        return browser;
      },
    };
  });
