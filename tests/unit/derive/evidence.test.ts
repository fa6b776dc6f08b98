import { describe, expect, test } from 'vitest';
import { decidingCue } from '../../../src/derive/evidence';
import { deriveKnowledgeBase, seedTitle } from '../../../src/derive/index';
import type { TypeReason } from '../../../src/derive/mention';

const r = (type: TypeReason['type'], weight: number, cue: TypeReason['cue'], quote?: string) =>
  quote === undefined ? { type, weight, cue } : { type, weight, cue, quote };

describe('decidingCue', () => {
  test.each([
    ['no reasons', [], 'person', { cue: 'none' }],
    [
      'the heaviest cue for the chosen type',
      [
        r('organization', 3, 'description', 'the state nuclear corporation'),
        r('organization', 1, 'lexicon'),
        r('person', 4, 'person-cue', 'said'),
      ],
      'organization',
      { cue: 'description', quote: 'the state nuclear corporation' },
    ],
    [
      'cues summed over mentions',
      [
        r('place', 1, 'place-cue', 'in'),
        r('place', 1, 'place-cue', 'from'),
        r('place', 1, 'lexicon'),
      ],
      'place',
      { cue: 'place-cue', quote: 'in' },
    ],
    [
      'a tie goes by the order of TYPE_CUES',
      [r('person', 2, 'lexicon'), r('person', 2, 'description', 'an actor')],
      'person',
      { cue: 'description', quote: 'an actor' },
    ],
    ['negative weights never decide', [r('person', -1, 'name-form')], 'person', { cue: 'none' }],
  ] as const)('%s', (_, reasons, type, expected) => {
    expect(decidingCue(reasons, type)).toEqual(expected);
  });
});

describe('doubts', () => {
  const text =
    'Zelensky sends offer\n\nUkrainian President Volodymyr Zelensky spoke in Kyiv on Monday. Zelensky said Ukraine would talk to Beijing. The Zorbly deal fell through.\n\nTeams\n\nOdesa Lions (2012)\n';
  const entities = deriveKnowledgeBase({ id: 'doubts', title: seedTitle(text), text }).kb.entities;
  const doubts = (name: string) => entities.find((e) => e.name === name)?.evidence?.doubts;

  test.each(['Volodymyr Zelensky', 'Kyiv', 'Ukraine'])(
    'a well-attested %s carries no doubt',
    (name) => {
      expect(doubts(name)).toEqual([]);
    },
  );

  test.each([
    ['Zorbly', 'seen-once'],
    ['Zorbly', 'type-guessed'],
    ['Odesa Lions', 'structure-only'],
  ])('%s is doubted: %s', (name, doubt) => {
    expect(doubts(name)).toContain(doubt);
  });

  test('confidence falls with every doubt', () => {
    const sure = entities.find((e) => e.name === 'Volodymyr Zelensky')?.evidence?.confidence;
    const weak = entities.find((e) => e.name === 'Odesa Lions')?.evidence?.confidence ?? 1;
    expect(sure).toBe(1);
    expect(weak).toBeLessThan(0.6);
  });
});
