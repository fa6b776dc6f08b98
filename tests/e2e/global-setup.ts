import { spawnSync } from 'node:child_process';
import { browserExecutable } from './harness/browsers';
import { ROOT } from './harness/paths';

/**
 * Fails the end-to-end run up front when a browser is missing (saying how to install it), then
 * builds the extension so that the tests always load a fresh build.
 */
export default function setup(): void {
  browserExecutable('chromium');
  browserExecutable('firefox');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(
      `npm run build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`,
    );
  }
}
