import { describe, expect, test } from 'vitest';
import type { Entity, KnowledgeBase } from '../../../src/kb/schema';
import { toMatchEntities } from '../../../src/match';

function kbEntity(id: string, name: string, aliases: string[], related: string[] = []): Entity {
  return {
    id,
    name,
    type: 'person',
    aliases,
    sentences: [],
    related: related.map((r) => ({ id: r, weight: 1 })),
    sources: ['seed'],
  };
}

function kb(id: string, entities: Entity[]): KnowledgeBase {
  return { version: 2, id, title: id, sources: [], entities };
}

const first = kb('first', [
  kbEntity('xi-jinping', 'Xi Jinping', ['Xi Jinping', 'Xi'], ['china']),
  kbEntity('china', 'China', ['China']),
]);
const second = kb('second', [
  {
    ...kbEntity('xi-jinping', 'President Xi', ['Xi', 'President Xi'], ['china', 'taiwan']),
    type: 'other',
  },
  kbEntity('taiwan', 'Taiwan', ['Taiwan']),
]);

describe('toMatchEntities', () => {
  test.each<[string, KnowledgeBase[], unknown[]]>([
    ['no knowledge base', [], []],
    [
      'one knowledge base, in order',
      [first],
      [
        {
          id: 'xi-jinping',
          name: 'Xi Jinping',
          type: 'person',
          aliases: ['Xi Jinping', 'Xi'],
          related: ['china'],
        },
        { id: 'china', name: 'China', type: 'person', aliases: ['China'], related: [] },
      ],
    ],
    [
      'a shared id: first name and type win, aliases and related united',
      [first, second],
      [
        {
          id: 'xi-jinping',
          name: 'Xi Jinping',
          type: 'person',
          aliases: ['Xi Jinping', 'Xi', 'President Xi'],
          related: ['china', 'taiwan'],
        },
        { id: 'china', name: 'China', type: 'person', aliases: ['China'], related: [] },
        { id: 'taiwan', name: 'Taiwan', type: 'person', aliases: ['Taiwan'], related: [] },
      ],
    ],
    [
      'the other order',
      [second, first],
      [
        {
          id: 'xi-jinping',
          name: 'President Xi',
          type: 'other',
          aliases: ['Xi', 'President Xi', 'Xi Jinping'],
          related: ['china', 'taiwan'],
        },
        { id: 'taiwan', name: 'Taiwan', type: 'person', aliases: ['Taiwan'], related: [] },
        { id: 'china', name: 'China', type: 'person', aliases: ['China'], related: [] },
      ],
    ],
  ])('%s', (_, kbs, expected) => {
    expect(toMatchEntities(kbs)).toEqual(expected);
  });

  test('is deterministic', () => {
    expect(toMatchEntities([first, second])).toEqual(toMatchEntities([first, second]));
  });
});
