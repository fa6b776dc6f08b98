import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Modules read stylesheets as text (`?raw`); vitest would otherwise hand them empty strings.
    css: true,
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/dom/**/*.test.ts'],
          setupFiles: ['tests/setup/i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One file at a time. Two at once (two browsers on the 2-core machines this runs on)
          // took e2e from about 400 s to 250 s, but made the Firefox jump test's wrap to the last
          // mention of a long transcript time out now and then; a suite that fails at random
          // lands nothing. `SEEDLIGHT_E2E_WORKERS=2` runs two files at once on a bigger machine.
          fileParallelism: true,
          maxWorkers: Number(process.env.SEEDLIGHT_E2E_WORKERS ?? 1),
          // After unit and dom, which keep one worker: their 5 s timeouts fail beside two browsers.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
