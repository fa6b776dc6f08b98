import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatchEntity } from '../../../src/match';
import { shown } from './fixtures';

function entity(id: string, aliases: string[], name = aliases[0] ?? id): MatchEntity {
  return { id, name, type: 'other', aliases, related: [] };
}

describe('compiling aliases', () => {
  test.each<[string, MatchEntity[], string, [string, string][]]>([
    [
      'a shared alias goes to the first entity',
      [entity('planet', ['Mercury']), entity('element', ['Mercury'])],
      'Mercury rising',
      [['Mercury', 'planet']],
    ],
    [
      'in either input order',
      [entity('element', ['Mercury']), entity('planet', ['Mercury'])],
      'Mercury rising',
      [['Mercury', 'element']],
    ],
    [
      'empty and punctuation-only aliases are skipped',
      [entity('kyiv', ['', '   ', '—', '...', 'Kyiv'], 'Kyiv')],
      'Kyiv — ... ok',
      [['Kyiv', 'kyiv']],
    ],
    [
      'a possessive alias highlights the name only',
      [entity('zelensky', ["Zelensky's"], 'Volodymyr Zelensky')],
      "Zelensky's plan and Zelensky",
      [
        ['Zelensky', 'zelensky'],
        ['Zelensky', 'zelensky'],
      ],
    ],
    [
      'the name counts as an alias',
      [entity('kirby', ['Kirby'], 'John Kirby')],
      'John Kirby',
      [['John Kirby', 'kirby']],
    ],
    ['no entities, no spans', [], 'Xi Jinping and Putin', []],
  ])('%s', (_, entities, text, expected) => {
    const matcher = compileMatcher(entities);
    expect(shown(text, matcher.findSpans(text))).toEqual(expected);
  });
});
