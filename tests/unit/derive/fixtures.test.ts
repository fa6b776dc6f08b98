import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { deriveKnowledgeBase, seedTitle } from '../../../src/derive/index';
import { scoreEntities, type ExpectedEntity } from './score';

interface Expected {
  thresholds: { precision: number; recall: number };
  entities: ExpectedEntity[];
}

const FIXTURES = ['norway-gas-deal', 'timor-leste-asean'];

describe.each(FIXTURES)('briefing fixture %s', (name) => {
  const text = readFileSync(`tests/fixtures/briefings/${name}.txt`, 'utf8');
  const expected = JSON.parse(
    readFileSync(`tests/fixtures/briefings/${name}.expected.json`, 'utf8'),
  ) as Expected;
  const { kb } = deriveKnowledgeBase({ id: name, title: seedTitle(text), text });
  const score = scoreEntities(kb, expected.entities);

  test(`reaches precision >= ${expected.thresholds.precision} and recall >= ${expected.thresholds.recall}`, () => {
    console.log(
      `${name}: precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)}` +
        (score.missed.length ? `; missed ${score.missed.join(', ')}` : '') +
        (score.extra.length ? `; extra ${score.extra.join(', ')}` : ''),
    );
    expect(score.precision).toBeGreaterThanOrEqual(expected.thresholds.precision);
    expect(score.recall).toBeGreaterThanOrEqual(expected.thresholds.recall);
  });
});
