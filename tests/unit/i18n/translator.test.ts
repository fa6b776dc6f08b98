import { describe, expect, test } from 'vitest';
import {
  formatList,
  formatNumber,
  messagesLocale,
  plural,
  t,
  textDirection,
} from '../../../src/i18n';
import { createTranslator, type GetMessage } from '../../../src/i18n/translator';

const catalog = {
  greeting: {
    message: 'Hello, $NAME$',
    description: 'A greeting.',
    placeholders: { name: { content: '$1', example: 'Ada' } },
  },
};

describe('createTranslator', () => {
  test.each<[string, GetMessage, string]>([
    ['uses the browser’s translation', () => 'Bonjour, Ada', 'Bonjour, Ada'],
    ['falls back when the key is unknown to the browser', () => '', 'Hello, Ada'],
    ['falls back when the call is malformed', () => undefined, 'Hello, Ada'],
    [
      'falls back when there is no extension API',
      () => {
        throw new Error('Browser.i18n.getMessage not implemented');
      },
      'Hello, Ada',
    ],
  ])('%s', (_, getMessage, expected) => {
    expect(createTranslator(catalog, getMessage)('greeting', 'Ada')).toBe(expected);
  });

  test('passes the key and substitutions to the browser', () => {
    const calls: [string, string[]][] = [];
    const translate = createTranslator(catalog, (name, substitutions) => {
      calls.push([name, substitutions]);
      return 'x';
    });
    translate('greeting', 'Ada');
    expect(calls).toEqual([['greeting', ['Ada']]]);
  });
});

// Vitest's fake browser has no i18n.getMessage, as on a page outside the extension.
describe('t without a browser i18n API', () => {
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
