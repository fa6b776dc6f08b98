import { describe, expect, test } from 'vitest';
import { formatMessage, type LocaleMessage } from '../../../src/i18n/format-message';

const host = { host: { content: '$1', example: 'example.com' } };

describe('formatMessage, like i18n.getMessage', () => {
  test.each<[string, LocaleMessage, string[], string]>([
    ['no placeholders', { message: 'Close' }, [], 'Close'],
    [
      'one placeholder',
      { message: 'On for $HOST$', placeholders: host },
      ['a.org'],
      'On for a.org',
    ],
    [
      'placeholder names ignore case',
      { message: 'On for $Host$', placeholders: { HOST: { content: '$1' } } },
      ['a.org'],
      'On for a.org',
    ],
    [
      'order follows the content, not the message',
      {
        message: '$TOTAL$ / $INDEX$',
        placeholders: { index: { content: '$1' }, total: { content: '$2' } },
      },
      ['2', '5'],
      '5 / 2',
    ],
    [
      'the same placeholder twice',
      { message: '$N$ and $N$', placeholders: { n: { content: '$1' } } },
      ['x'],
      'x and x',
    ],
    [
      'a placeholder with fixed content',
      { message: 'Visit $SITE$', placeholders: { site: { content: 'example.com' } } },
      [],
      'Visit example.com',
    ],
    ['a bare $1 in the message', { message: 'Line $1' }, ['7'], 'Line 7'],
    ['$$ is a literal dollar', { message: 'Costs $$5' }, [], 'Costs $5'],
    [
      'a missing substitution becomes empty',
      { message: 'On for $HOST$', placeholders: host },
      [],
      'On for ',
    ],
    [
      'substituted text is not expanded again',
      { message: 'On for $HOST$', placeholders: host },
      ['$2 $HOST$'],
      'On for $2 $HOST$',
    ],
    ['an undeclared placeholder stays as written', { message: 'Hi $WHO$' }, ['x'], 'Hi $WHO$'],
  ])('%s', (_, entry, substitutions, expected) => {
    expect(formatMessage(entry, substitutions)).toBe(expected);
  });
});
