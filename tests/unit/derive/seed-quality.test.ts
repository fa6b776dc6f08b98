import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { deriveKnowledgeBase, seedTitle } from '../../../src/derive/index';
import type { EntityType } from '../../../src/kb/schema';
import { scoreEntities } from './score';

const text = readFileSync('seeds/zelensky-sends-offer-to-china.txt', 'utf8');
const { kb } = deriveKnowledgeBase({
  id: 'zelensky-sends-offer-to-china',
  title: seedTitle(text),
  text,
});

/** What a careful reader lists for the bundled seed, without any hand corrections. */
const EXPECTED: [string, EntityType, string[]][] = [
  ['Volodymyr Zelensky', 'person', ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi']],
  ['Xi Jinping', 'person', ['Xi']],
  ['Putin', 'person', []],
  ['Olena Zelenska', 'person', []],
  ['Petro Poroshenko', 'person', []],
  ['John Kirby', 'person', []],
  ['China', 'place', []],
  ['Russia', 'place', []],
  ['Ukraine', 'place', []],
  ['Bakhmut', 'place', []],
  ['Davos', 'place', []],
  ['Switzerland', 'place', []],
  ['AP', 'organization', []],
  ['Communist Party', 'organization', []],
  ['Chinese Foreign Ministry', 'organization', []],
  ['Kremlin', 'organization', []],
  ['World Economic Forum', 'organization', []],
  ['National Security Council', 'organization', []],
  ['Belt and Road Initiative', 'other', ['BRI']],
];

describe('the bundled seed', () => {
  test.each(EXPECTED)('finds %s as a %s with its aliases merged', (name, type, aliases) => {
    const entity = kb.entities.find((e) => e.name === name);
    expect(entity?.type).toBe(type);
    expect(entity?.aliases).toEqual(expect.arrayContaining([name, ...aliases]));
  });

  test('lists nothing else: no titles, fragments, dates or demonyms', () => {
    expect(kb.entities.map((e) => e.name).sort()).toEqual(EXPECTED.map(([name]) => name).sort());
    const score = scoreEntities(
      kb,
      EXPECTED.map(([name, type, aliases]) => ({ name, type, aliases })),
    );
    console.log(
      `bundled seed: precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)}`,
    );
    expect(score).toMatchObject({ precision: 1, recall: 1 });
  });

  test.each([
    'President',
    'First Lady',
    'Chinese',
    'Ukrainian',
    'September',
    'January',
    'Road Initiative',
  ])('has no entity or alias "%s"', (junk) => {
    expect(kb.entities.flatMap((e) => e.aliases)).not.toContain(junk);
  });

  test('keeps Olena Zelenska apart from Volodymyr Zelensky', () => {
    const zelensky = kb.entities.find((e) => e.name === 'Volodymyr Zelensky');
    expect(zelensky?.aliases).not.toContain('Olena Zelenska');
    expect(zelensky?.aliases).not.toContain('Zelenska');
  });

  test.each([
    ['John Kirby', 'coordinator for strategic communications at the National Security Council'],
    ['Olena Zelenska', 'Ukrainian First Lady'],
    ['Volodymyr Zelensky', 'Ukrainian President'],
    ['Petro Poroshenko', 'President of Ukraine'],
  ])('describes %s as "%s"', (name, description) => {
    expect(kb.entities.find((e) => e.name === name)?.description).toBe(description);
  });

  test.each([
    ['Volodymyr Zelensky', 'volodymyr-zelensky'],
    ['Belt and Road Initiative', 'belt-and-road-initiative'],
  ])('gives %s the id %s', (name, id) => {
    expect(kb.entities.find((e) => e.name === name)?.id).toBe(id);
  });

  test('cites the sentences that mention Bakhmut and relates the entities of those sentences', () => {
    const bakhmut = kb.entities.find((e) => e.name === 'Bakhmut');
    expect(bakhmut?.sentences.map((s) => s.text)).toEqual([
      expect.stringMatching(/^Zelensky voiced fear .* the area of Bakhmut\.$/s),
    ]);
    expect(bakhmut?.related.map((r) => r.id)).toEqual(['volodymyr-zelensky']);
  });
});
