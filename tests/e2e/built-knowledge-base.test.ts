import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { serializeKnowledgeBase } from '../../src/kb/parse';
import { loadSeedKnowledgeBases } from '../../scripts/seeds';
import { BUNDLED_KB_FILE } from '../../scripts/vite-bundled-kb';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness';

const fresh = loadSeedKnowledgeBases(path.resolve('seeds')).kbs;

describe.each([
  ['chromium', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
])('the %s build', (_, build) => {
  test('ships the knowledge bases that seeds/ derives to now, byte for byte', () => {
    const built = readFileSync(path.join(build, BUNDLED_KB_FILE), 'utf8');
    const expected = `[\n${fresh.map((kb) => serializeKnowledgeBase(kb).trimEnd()).join(',\n')}\n]\n`;
    expect(built === expected, 'the build is stale: run npm run build').toBe(true);
  });

  test('bundles the bundled seed with its corrections applied', () => {
    const kbs = JSON.parse(readFileSync(path.join(build, BUNDLED_KB_FILE), 'utf8')) as {
      id: string;
      entities: { id: string; aliases: string[] }[];
    }[];
    const kb = kbs.find((k) => k.id === 'zelensky-sends-offer-to-china');
    expect(kb?.entities.find((e) => e.id === 'ap')?.aliases).toContain('Associated Press');
  });
});
