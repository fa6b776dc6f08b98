import { beforeEach, expect, test } from 'vitest';
import type { PageMention } from '../../../src/annotate/types';
import { sameEntityAndRange } from '../../../src/popover/same-entity-and-range';

let first: Text;
let second: Text;

beforeEach(() => {
  document.body.replaceChildren();
  first = document.createTextNode('Zelensky met Xi Jinping.');
  second = document.createTextNode('Zelensky again.');
  document.body.append(first, second);
});

function mention(
  node: Text,
  start: number,
  end: number,
  entityId = 'volodymyr-zelensky',
): PageMention {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return {
    entityId,
    name: 'Volodymyr Zelensky',
    type: 'person',
    text: node.data.slice(start, end),
    range,
    drawn: 'full',
  };
}

test('a mention is the same as itself', () => {
  const one = mention(first, 0, 8);
  expect(sameEntityAndRange(one, one)).toBe(true);
});

test('a fresh object for the same entity over the same range is the same mention', () => {
  expect(sameEntityAndRange(mention(first, 0, 8), mention(first, 0, 8))).toBe(true);
});

test.each([
  ['another entity', () => mention(first, 0, 8, 'xi-jinping')],
  ['another start', () => mention(first, 1, 8)],
  ['another end', () => mention(first, 0, 7)],
  ['another text node', () => mention(second, 0, 8)],
])('%s is another mention', (_, other) => {
  expect(sameEntityAndRange(mention(first, 0, 8), other())).toBe(false);
});

test.each([
  [null, null, true],
  ['mention', null, false],
  [null, 'mention', false],
] as const)('%s and %s: %s', (a, b, same) => {
  const of = (m: 'mention' | null) => (m ? mention(first, 0, 8) : null);
  expect(sameEntityAndRange(of(a), of(b))).toBe(same);
});
