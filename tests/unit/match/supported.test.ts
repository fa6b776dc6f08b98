import { describe, expect, test } from 'vitest';
import { keepSupported, strongEntities, supportRule } from '../../../src/match';

// A matcher whose support rule is a table: entity -> the strong entities that support it.
const SUPPORTERS: Record<string, string[]> = {
  'xi-jinping': ['xi-jinping', 'china'],
  ap: ['ap'],
};
function tableMatcher() {
  const asked: string[] = [];
  return {
    asked,
    isSupported(entityId: string, strongOnPage: ReadonlySet<string>) {
      asked.push(entityId);
      return (SUPPORTERS[entityId] ?? []).some((id) => strongOnPage.has(id));
    },
  };
}

describe('supportRule', () => {
  test.each<[string, boolean, string[], boolean]>([
    ['a strong mention is always shown', false, [], true],
    ['a weak mention with no evidence is not', true, [], false],
    ['a weak mention of an entity named strongly elsewhere is', true, ['xi-jinping'], true],
    ['a weak mention supported by a related strong entity is', true, ['china'], true],
    ['a weak mention with unrelated evidence is not', true, ['ap'], false],
  ])('%s', (_, weak, strong, expected) => {
    const isShown = supportRule(tableMatcher(), new Set(strong));
    expect(isShown({ entityId: 'xi-jinping', weak })).toBe(expected);
  });

  test('asks the matcher once per entity, and never for a strong mention', () => {
    const matcher = tableMatcher();
    const isShown = supportRule(matcher, new Set(['china']));
    isShown({ entityId: 'xi-jinping', weak: true });
    isShown({ entityId: 'xi-jinping', weak: true });
    isShown({ entityId: 'ap', weak: false });
    isShown({ entityId: 'ap', weak: true });
    expect(matcher.asked).toEqual(['xi-jinping', 'ap']);
  });
});

test('strongEntities lists the entities with a strong mention', () => {
  const mentions = [
    { entityId: 'ap', weak: true },
    { entityId: 'china', weak: false },
    { entityId: 'china', weak: false },
  ];
  expect([...strongEntities(mentions)]).toEqual(['china']);
});

test('keepSupported keeps strong mentions and the weak ones the page supports, in order', () => {
  const mentions = [
    { entityId: 'xi-jinping', weak: true, at: 0 },
    { entityId: 'ap', weak: true, at: 1 },
    { entityId: 'china', weak: false, at: 2 },
  ];
  expect(keepSupported(tableMatcher(), mentions).map((m) => m.at)).toEqual([0, 2]);
});
