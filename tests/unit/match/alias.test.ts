import { describe, expect, test } from 'vitest';
import { normalizeAlias } from '../../../src/match/alias';

describe('normalizeAlias', () => {
  test.each<[string, string]>([
    ['Støre', 'store'],
    ['Xi Jinping', 'xi jinping'],
    ['  Xi \n\t Jinping  ', 'xi jinping'],
    ['Xi\u00a0Jinping', 'xi jinping'],
    ['Türkiye', 'turkiye'],
    ['Zelensky’s', 'zelensky'],
    ["Zelensky's", 'zelensky'],
    ["Reuters'", 'reuters'],
    ["Xi'an", "xi'an"],
    ['Xi’an', "xi'an"],
    ['Sto\u0308re', 'store'],
    ['Łukaszenka', 'lukaszenka'],
    ['“Xi”', 'xi'],
    ["'Zelensky's'", 'zelensky'],
  ])('%j folds to %j', (alias, key) => {
    expect(normalizeAlias(alias)?.key).toBe(key);
  });

  test.each(['', '   ', '\u00ad', '—', '“”', "'", '...'])('%j is no alias', (alias) => {
    expect(normalizeAlias(alias)).toBeUndefined();
  });

  test.each<[string, boolean]>([
    ['Xi', true],
    ['AP', true],
    ['BRI', true],
    ['NATO', true],
    ['NATO SUMMIT', true],
    ['apple', true],
    ['Zelensky', false],
    ['Xi Jinping', false],
    ['Belt and Road Initiative', false],
    ['iPhone', false],
  ])('%j matches in exact case only: %s', (alias, exact) => {
    expect(normalizeAlias(alias)?.exactCase).toBe(exact);
  });

  test.each([
    ['Xi', 'weak'],
    ['AP', 'weak'],
    ['UN', 'weak'],
    ['BRI', 'weak'],
    ['Apple', 'weak'],
    ['Turkey', 'weak'],
    ['Chad', 'weak'],
    ['Bush', 'weak'],
    ['Sun', 'weak'],
    ['Mark', 'weak'],
    ['Will', 'weak'],
    ['Støre', 'weak-when-folded'],
    ['Kirby', 'strong'],
    ['Zelensky', 'strong'],
    ['NATO', 'strong'],
    ['Xi Jinping', 'strong'],
    ['Associated Press', 'strong'],
    ['Apple Inc', 'strong'],
  ])('%j is %s', (alias, strength) => {
    expect(normalizeAlias(alias)?.strength).toBe(strength);
  });
});
