import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { GAZETTEER_FILE, buildGazetteer } from '../../../scripts/gazetteer';

test('the committed gazetteer is what `npm run gazetteer` writes from its sources', () => {
  const committed: unknown = JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8'));
  expect(committed).toEqual(buildGazetteer());
});

test('the gazetteer holds cities and states, and no ordinary word or given name', () => {
  const { cities, regions } = buildGazetteer();
  expect(cities).toEqual(expect.arrayContaining(['Houston', 'Edmonton', 'Kharkiv', 'Santa Cruz']));
  expect(regions).toEqual(expect.arrayContaining(['Virginia', 'Ontario', 'Punjab']));
  for (const word of ['Reading', 'Mobile', 'Split', 'Nice', 'Most', 'Mary', 'Santa']) {
    expect([...cities, ...regions], word).not.toContain(word);
  }
});
