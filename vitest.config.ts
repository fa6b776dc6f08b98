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
          // Each file launches its own browsers; two files at once fill both cores of the machine
          // (vitest's default is one worker fewer than the cores: on 2 cores, one file at a time).
          fileParallelism: true,
          maxWorkers: 2,
          // After unit and dom, which keep one worker: their 5 s timeouts fail beside two browsers.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
