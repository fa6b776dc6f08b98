import { describe, expect, test } from 'vitest';
import { pluralForm, type PluralForm } from '../../../src/i18n/plural';

describe('pluralForm', () => {
  test.each<[number, string, PluralForm]>([
    [1, 'en', 'one'],
    [0, 'en', 'other'],
    [2, 'en', 'other'],
    [21, 'en', 'other'],
    [0, 'fr', 'one'],
    [1, 'fr', 'one'],
    [2, 'fr', 'other'],
    [21, 'ru', 'one'],
    [3, 'ru', 'other'],
    [1, 'ja', 'other'],
    [1, 'not a locale!', 'one'],
    [2, 'not a locale!', 'other'],
  ])('%d in %s takes the %s form', (count, locale, expected) => {
    expect(pluralForm(count, locale)).toBe(expected);
  });
});
