import { expect, test } from 'vitest';
import { emphasise } from '../../../src/popover/emphasise';

/** Renders pieces as text with [brackets] around marked ones, to compare at a glance. */
const show = (text: string, aliases: string[]): string =>
  emphasise(text, aliases)
    .map((p) => (p.marked ? `[${p.text}]` : p.text))
    .join('');

test.each([
  ['Zelensky spoke.', ['Zelensky'], '[Zelensky] spoke.'],
  [
    'President Volodymyr Zelensky met Zelensky’s aides.',
    ['Zelensky', 'Volodymyr Zelensky'],
    'President [Volodymyr Zelensky] met [Zelensky]’s aides.',
  ],
  ['Xinhua quoted Xi.', ['Xi'], 'Xinhua quoted [Xi].'],
  ['No match here.', ['Bakhmut'], 'No match here.'],
  ['China, China.', ['China'], '[China], [China].'],
  ['the BRI (BRI) plan', ['BRI'], 'the [BRI] ([BRI]) plan'],
  ['<b>Kyiv</b>', ['Kyiv'], '<b>[Kyiv]</b>'],
  ['Empty aliases are ignored.', ['', 'aliases'], 'Empty [aliases] are ignored.'],
])('emphasise(%j, %j) marks %j', (text, aliases, expected) => {
  expect(show(text, aliases)).toBe(expected);
});

test('the pieces put back together are the sentence', () => {
  const text = 'Putin said Xi Jinping had voiced concerns to Putin.';
  const pieces = emphasise(text, ['Putin', 'Xi Jinping']);
  expect(pieces.map((p) => p.text).join('')).toBe(text);
});
