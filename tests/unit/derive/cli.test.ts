import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseKnowledgeBase } from '../../../src/kb/parse';

const dir = mkdtempSync(path.join(tmpdir(), 'seedlight-derive-'));
const empty = path.join(dir, 'empty.txt');
const binary = path.join(dir, 'binary.txt');
const latin1 = path.join(dir, 'latin1.txt');
const missing = path.join(dir, 'missing.txt');
writeFileSync(empty, '');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
writeFileSync(latin1, Buffer.from('Caf\xe9 in Troms\xf8 with J\xf8rgen Str\xf8m', 'latin1'));

const tsx = path.resolve('node_modules/.bin/tsx');

function derive(...files: string[]) {
  return spawnSync(tsx, ['scripts/derive.ts', ...files], { encoding: 'utf8', timeout: 60_000 });
}

/** The command as the README gives it, npm's own output included. */
function npmRunDerive(...files: string[]) {
  return spawnSync('npm', ['run', 'derive', '--', ...files], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run derive', () => {
  test.each([
    ['an empty file', empty, /empty/],
    ['a binary file', binary, /binary/],
    ['a file that is not UTF-8', latin1, /not UTF-8/],
    ['a missing file', missing, /ENOENT/],
    ['a folder', dir, /not a regular file/],
  ])('fails on %s, naming the file and the reason', (_, file, reason) => {
    const run = derive(file);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(file);
    expect(run.stderr).toMatch(reason);
  });

  test('prints only the knowledge base JSON on stdout for a good seed', () => {
    const run = npmRunDerive('seeds/zelensky-sends-offer-to-china.txt');
    expect(run.status).toBe(0);
    const parsed = parseKnowledgeBase(run.stdout);
    expect(parsed).toMatchObject({ ok: true, kb: { id: 'zelensky-sends-offer-to-china' } });
    expect(run.stderr).toContain('added alias "Associated Press" to ap');
  });

  test('prints a JSON array of knowledge bases for several seeds', () => {
    const run = derive(
      'tests/fixtures/briefings/norway-gas-deal.txt',
      'tests/fixtures/briefings/timor-leste-asean.txt',
    );
    expect(run.status).toBe(0);
    const kbs = JSON.parse(run.stdout) as unknown[];
    expect(kbs.map((kb) => parseKnowledgeBase(JSON.stringify(kb)))).toMatchObject([
      { ok: true, kb: { id: 'norway-gas-deal' } },
      { ok: true, kb: { id: 'timor-leste-asean' } },
    ]);
  });
});
