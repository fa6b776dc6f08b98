/**
 * The README's quick start: `npm start` (after the build that global setup makes) opens the demo
 * article in Chromium, prints the entities it found and writes the screenshot. Run as a reader
 * runs it, in a child process without a display, so an import that only the test runner can
 * load (a stylesheet, say) breaks this test as it would break the quick start.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ARTIFACTS, ROOT } from './harness';
import { readPng } from './harness/png';

test('the quick start prints the demo article’s entities and writes its screenshot', () => {
  const shot = path.join(ARTIFACTS, 'demo.png');
  rmSync(shot, { force: true });
  const env = { ...process.env };
  delete env.DISPLAY;
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.stderr).not.toMatch(/npm start failed/);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^\s+Xi Jinping\s+[1-9]\d*$/m);
  expect(run.stdout).toMatch(/^\s+total\s+[1-9]\d*$/m);
  expect(run.stdout).toContain(`Screenshot with the "Xi Jinping" card open: ${shot}`);
  const png = readPng(shot);
  expect(png.width).toBeGreaterThan(0);
}, 150_000);
