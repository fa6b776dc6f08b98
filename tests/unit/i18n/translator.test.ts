import { describe, expect, test, vi } from 'vitest';
import {
  formatList,
  formatNumber,
  messagesLocale,
  plural,
  t,
  textDirection,
} from '../../../src/i18n';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe('t', () => {
  test('asks the browser, with the key and substitutions', () => {
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('Bonjour, Ada');
    expect(t('popupSiteSwitch', 'Ada')).toBe('Bonjour, Ada');
    expect(spy).toHaveBeenCalledWith('popupSiteSwitch', ['Ada']);
    spy.mockRestore();
  });
});

// tests/setup/i18n.ts gives the fake browser the English catalog.
describe('t in English', () => {
  test.each([
    [t('popupSiteSwitch', 'example.com'), 'On for example.com'],
    [t('cardPosition', '2', '5'), '2 of 5 on this page'],
    [
      t('sitesInvalid', '3', 'http://', 'no scheme'),
      'Line 3 (“http://”): no scheme. Nothing was saved.',
    ],
    [t('sourcePageTitle', 'Notes'), 'Notes – Seedlight'],
    [t('extName'), 'Seedlight'],
  ])('shows %j', (shown, expected) => {
    expect(shown).toBe(expected);
  });

  test.each([
    [0, 'mentionCountOther'],
    [1, 'mentionCountOne'],
    [2, 'mentionCountOther'],
  ] as const)('plural(%d) picks %s', (count, key) => {
    expect(plural(count, 'mentionCountOne', 'mentionCountOther')).toBe(key);
  });

  test('formats in English, left to right', () => {
    expect(messagesLocale()).toBe('en');
    expect(formatNumber(12480)).toBe('12,480');
    expect(formatList(['Zelensky', 'Zelenskyy', 'President'])).toBe(
      'Zelensky, Zelenskyy, President',
    );
    expect(textDirection()).toBe('ltr');
  });
});
