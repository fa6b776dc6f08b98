import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { serializeKnowledgeBase } from '../../../src/kb/parse';
import { loadSeedKnowledgeBases, readSeedFile } from '../../../scripts/seeds';

function seedsDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'seedlight-seeds-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('loadSeedKnowledgeBases', () => {
  test('derives the bundled seeds, applies their corrections and reports the changes', () => {
    const { kbs, report } = loadSeedKnowledgeBases('seeds');
    expect(kbs.map((kb) => kb.id)).toEqual(['zelensky-sends-offer-to-china']);
    expect(kbs[0]?.entities.find((e) => e.id === 'ap')?.aliases).toContain('Associated Press');
    expect(report).toContain(
      'seeds/zelensky-sends-offer-to-china.corrections.json: added alias "Associated Press" to ap',
    );
  });

  test('reads .txt and .md seeds in file-name order and ignores other files', () => {
    const dir = seedsDir({
      'b.md': '# Second\n\nAngela Merkel visited Paris.',
      'a.txt': 'First\n\nEmmanuel Macron spoke in Berlin.',
      'notes.json': '{}',
    });
    const { kbs } = loadSeedKnowledgeBases(dir);
    expect(kbs.map((kb) => [kb.id, kb.title])).toEqual([
      ['a', 'First'],
      ['b', 'Second'],
    ]);
  });

  test('gives byte-identical output on every build', () => {
    const first = loadSeedKnowledgeBases('seeds').kbs.map(serializeKnowledgeBase);
    expect(loadSeedKnowledgeBases('seeds').kbs.map(serializeKnowledgeBase)).toEqual(first);
  });

  test.each([
    ['an empty seed', { 'bad.txt': '' }, /bad\.txt: the text is empty/],
    ['a binary seed', { 'bad.txt': Buffer.from([0, 1, 2, 3]) }, /bad\.txt: .*binary/],
    [
      'corrections that are not JSON',
      { 'good.txt': 'Title\n\nJohn Kirby spoke.', 'good.corrections.json': '{' },
      /good\.corrections\.json: not valid JSON/,
    ],
    [
      'corrections of the wrong shape',
      { 'good.txt': 'Title\n\nJohn Kirby spoke.', 'good.corrections.json': '{"version":1}' },
      /good\.corrections\.json: .*corrections/,
    ],
    [
      'stale corrections',
      {
        'good.txt': 'Title\n\nJohn Kirby spoke.',
        'good.corrections.json':
          '{"version":1,"corrections":[{"op":"setType","entity":"gone","type":"place"}]}',
      },
      /good\.corrections\.json: correction 1 \(setType gone\): no entity has the id "gone"/,
    ],
  ])('fails the build on %s, naming the file and the reason', (_, files, message) => {
    expect(() => loadSeedKnowledgeBases(seedsDir(files))).toThrow(message);
  });
});

describe('readSeedFile', () => {
  test('takes the id from the file name and the title from the first non-empty line', () => {
    const dir = seedsDir({});
    copyFileSync('seeds/zelensky-sends-offer-to-china.txt', path.join(dir, 'my-seed.txt'));
    expect(readSeedFile(path.join(dir, 'my-seed.txt'))).toMatchObject({
      id: 'my-seed',
      title: 'Zelensky Sends Offer To China',
    });
  });

  test('refuses a 10 MB file without deriving it', () => {
    const dir = seedsDir({ 'huge.txt': 'word '.repeat(2 * 1024 * 1024) });
    expect(() => readSeedFile(path.join(dir, 'huge.txt'))).toThrow(
      /huge\.txt: the file is too large/,
    );
  });
});
