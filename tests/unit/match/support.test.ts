import { describe, expect, test } from 'vitest';
import { compileMatcher, keepSupported } from '../../../src/match';
import { ENTITIES, shown } from './fixtures';

const matcher = compileMatcher(ENTITIES);

describe('weak spans', () => {
  test.each<[string, boolean]>([
    ['AP', true],
    ['Associated Press', false],
    ['Xi', true],
    ['Xi Jinping', false],
    ['BRI', true],
    ['Belt and Road Initiative', false],
    ['Turkey', true],
    ['Türkiye', false],
    ['Belt', true],
    ['Store', true],
    // A person's one-word alias (a surname) names many people: weak, whatever its spelling.
    ['Støre', true],
    ['STØRE', true],
    ['Jonas Gahr Støre', false],
    ['NATO', false],
    ['Zelensky', true],
    ['Volodymyr Zelensky', false],
    ['U.S.', true],
  ])('%j weak: %s', (text, weak) => {
    expect(matcher.findSpans(text).map((span) => span.weak)).toEqual([weak]);
  });
});

describe('isSupported', () => {
  test.each<[string, string[], boolean]>([
    ['ap', [], false],
    ['ap', ['ap'], true],
    ['xi-jinping', ['xi-jinping'], true],
    ['xi-jinping', ['china'], true],
    ['xi-jinping', ['vladimir-putin'], false],
    ['turkey', ['nato'], true],
    ['nato', ['turkey'], false],
    ['unknown-entity', ['china'], false],
  ])('%s with strong %j: %s', (entityId, strong, supported) => {
    expect(matcher.isSupported(entityId, new Set(strong))).toBe(supported);
  });
});

describe('what a page shows: weak mentions need evidence on the same page', () => {
  test.each<[string, [string, string][]]>([
    ['AP, UP, MP and TN are state codes.', []],
    [
      'The AP reported. Associated Press staff agreed.',
      [
        ['AP', 'ap'],
        ['Associated Press', 'ap'],
      ],
    ],
    ['Xi met Putin.', []],
    [
      'Putin spoke from the Kremlin.',
      [
        ['Putin', 'vladimir-putin'],
        ['Kremlin', 'kremlin'],
      ],
    ],
    ['Putin, Anna (January 2005). "New Zealand rivers".', []],
    [
      'Xi visited China.',
      [
        ['Xi', 'xi-jinping'],
        ['China', 'china'],
      ],
    ],
    [
      'Xi Jinping arrived; later Xi spoke.',
      [
        ['Xi Jinping', 'xi-jinping'],
        ['Xi', 'xi-jinping'],
      ],
    ],
    [
      'Turkey joined NATO.',
      [
        ['Turkey', 'turkey'],
        ['NATO', 'nato'],
      ],
    ],
    ['Turkey for dinner, with a side of stuffing.', []],
    ['Store opening hours', []],
    [
      'Store visited Norway.',
      [
        ['Store', 'jonas-gahr-store'],
        ['Norway', 'norway'],
      ],
    ],
    ['Støre said', []],
    [
      'Jonas Gahr Støre arrived; Støre said',
      [
        ['Jonas Gahr Støre', 'jonas-gahr-store'],
        ['Støre', 'jonas-gahr-store'],
      ],
    ],
    [
      'BRI projects, as China calls them',
      [
        ['BRI', 'belt-and-road-initiative'],
        ['China', 'china'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(shown(text, keepSupported(matcher, matcher.findSpans(text)))).toEqual(expected);
  });
});
