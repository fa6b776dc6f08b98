import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { FIREFOX_BUILD, ROOT } from './harness/paths';

interface LintMessage {
  code: string;
  message: string;
  description: string;
  file?: string;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

test('web-ext lint reports no errors and no warnings on the Firefox build', () => {
  const lint = spawnSync(
    path.join(ROOT, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', FIREFOX_BUILD, '--self-hosted', '--output', 'json'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (!lint.stdout.trim()) throw new Error(`web-ext lint printed no report: ${lint.stderr}`);
  const report = JSON.parse(lint.stdout) as LintReport;
  const problems = [...report.errors, ...report.warnings].map(
    (m) => `${m.code} in ${m.file ?? '?'}: ${m.message}. ${m.description}`,
  );

  expect(problems).toEqual([]);
  expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
});
