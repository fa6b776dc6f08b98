import { describe, expect, test } from 'vitest';
import type { Entity, KnowledgeBase } from '../../../src/kb/schema';
import { unifyEntities } from '../../../src/kb/unify';

function entity(id: string, name: string, more: Partial<Entity> = {}): Entity {
  return {
    id,
    name,
    type: 'place',
    aliases: [name],
    sentences: [],
    related: [],
    sources: [],
    ...more,
  };
}

function kb(id: string, entities: Entity[]): KnowledgeBase {
  return { version: 2, id, title: `Briefing ${id}`, sources: [], entities };
}

const names = (kbs: KnowledgeBase[]) =>
  unifyEntities(kbs).map((u) => [u.id, u.sections.map((s) => `${s.kbId}/${s.entity.id}`)]);

describe('unifyEntities', () => {
  test.each<[string, KnowledgeBase[], [string, string[]][]]>([
    [
      'the same id in two briefings',
      [kb('war', [entity('china', 'China')]), kb('trade', [entity('china', 'China')])],
      [['china', ['war/china', 'trade/china']]],
    ],
    [
      'the same name under different ids',
      [kb('a', [entity('china', 'China')]), kb('b', [entity('china-2', 'China')])],
      [['china', ['a/china', 'b/china-2']]],
    ],
    [
      "one's name among the other's aliases",
      [
        kb('a', [entity('xi', 'Xi', { type: 'person' })]),
        kb('b', [
          entity('xi-jinping', 'Xi Jinping', { type: 'person', aliases: ['Xi', 'Xi Jinping'] }),
        ]),
      ],
      [['xi', ['a/xi', 'b/xi-jinping']]],
    ],
    [
      'only a shared short alias: two people, kept apart',
      [
        kb('a', [entity('nawaz-sharif', 'Nawaz Sharif', { aliases: ['Nawaz Sharif', 'Sharif'] })]),
        kb('b', [
          entity('shehbaz-sharif', 'Shehbaz Sharif', { aliases: ['Shehbaz Sharif', 'Sharif'] }),
        ]),
      ],
      [
        ['nawaz-sharif', ['a/nawaz-sharif']],
        ['shehbaz-sharif', ['b/shehbaz-sharif']],
      ],
    ],
    [
      'two entities of one briefing are never joined, even through a third',
      [
        kb('a', [
          entity('china', 'China'),
          entity('prc', "People's Republic of China", { aliases: ["People's Republic of China"] }),
        ]),
        kb('b', [entity('china', 'China', { aliases: ['China', "People's Republic of China"] })]),
      ],
      [
        ['china', ['a/china', 'b/china']],
        ['prc', ['a/prc']],
      ],
    ],
  ])('%s', (_name, kbs, expected) => {
    expect(names(kbs)).toEqual(expected);
  });

  test('unites aliases and related entities, mapping related ids across briefings', () => {
    const [china, ukraine] = unifyEntities([
      kb('a', [
        entity('china', 'China', { related: [{ id: 'ukraine', weight: 2 }] }),
        entity('ukraine', 'Ukraine'),
      ]),
      kb('b', [
        entity('prc', 'China', { aliases: ['China', 'PRC'], related: [{ id: 'kyiv', weight: 5 }] }),
        entity('kyiv', 'Kyiv'),
      ]),
    ]);
    expect(china?.aliases).toEqual(['China', 'PRC']);
    expect(china?.related).toEqual([
      { id: 'kyiv', weight: 5 },
      { id: 'ukraine', weight: 2 },
    ]);
    expect(ukraine?.sections.map((s) => s.kbTitle)).toEqual(['Briefing a']);
  });

  test('shows conflicting types and descriptions side by side, not one silently', () => {
    const [only] = unifyEntities([
      kb('a', [entity('ap', 'AP', { type: 'organization', description: 'a news agency' })]),
      kb('b', [entity('ap', 'AP', { type: 'other', description: 'Advanced Placement' })]),
      kb('c', [entity('ap', 'AP', { type: 'organization', description: 'a news agency' })]),
    ]);
    expect(only?.type).toBe('organization');
    expect(only?.conflicts).toEqual({
      types: ['organization', 'other'],
      descriptions: ['a news agency', 'Advanced Placement'],
    });
    expect(only?.sections).toHaveLength(3);
  });

  test('agreeing briefings report no conflict', () => {
    const [only] = unifyEntities([
      kb('a', [entity('kyiv', 'Kyiv', { description: 'the capital' })]),
      kb('b', [entity('kyiv', 'Kyiv', { description: 'the capital' })]),
    ]);
    expect(only?.conflicts).toEqual({ types: [], descriptions: [] });
  });

  test('the same id under different names joins nothing, and ids stay unique', () => {
    expect(
      names([
        kb('a', [entity('x', 'Ann Lee'), entity('y', 'Bo Chan')]),
        kb('b', [entity('x', 'Cy Park'), entity('y', 'Ann Lee')]),
      ]),
    ).toEqual([
      ['x', ['a/x', 'b/y']],
      ['y', ['a/y']],
      ['x-2', ['b/x']],
    ]);
  });
});
