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
const huge = path.join(dir, 'huge.txt');
const foreign = path.join(dir, 'foreign.txt');
const nameless = path.join(dir, 'nameless.txt');
writeFileSync(huge, 'The minister spoke in Oslo on Monday. '.repeat(270_000));
writeFileSync(
  foreign,
  'Der Bundeskanzler traf am Montag in Berlin die Ministerpräsidenten der Länder. Sie sprachen über die Energiepreise, über die Schulen und über den Haushalt des nächsten Jahres. Danach gab es eine Pressekonferenz im Kanzleramt.\n',
);
writeFileSync(
  nameless,
  'it rained all day and nobody went out. the shops stayed closed until evening.\n',
);
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

// Each test starts a Node process; on a busy machine that alone can take longer than vitest's
// default 5 s, so the tests wait as long as the processes may run.
describe('npm run derive', { timeout: 60_000 }, () => {
  test.each([
    ['an empty file', empty, /empty/],
    ['a binary file', binary, /binary/],
    ['a file that is not UTF-8', latin1, /not UTF-8/],
    ['a missing file', missing, /ENOENT/],
    ['a folder', dir, /not a regular file/],
    ['a 10 MB file', huge, /too large/],
  ])('fails on %s, naming the file and the reason', (_, file, reason) => {
    const run = derive(file);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(file);
    expect(run.stderr).toMatch(reason);
  });

  test.each([
    ['text that is not English', foreign, /does not look like English/],
    ['text without names', nameless, /no named entities were found/],
  ])('derives %s with a warning instead of failing', (_, file, warning) => {
    const run = derive(file);
    expect(run.status).toBe(0);
    expect(parseKnowledgeBase(run.stdout)).toMatchObject({ ok: true });
    expect(run.stderr).toMatch(warning);
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
