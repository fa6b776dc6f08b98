import { expect, test } from 'vitest';
import { formatSourceRef, parseSourceRef } from '../../../src/source-view/source-ref';

test.each([
  ['?kb=k1&source=s1&start=3&end=9', { kbId: 'k1', source: 's1', start: 3, end: 9 }],
  ['kb=k1&source=a%20b&start=0&end=1', { kbId: 'k1', source: 'a b', start: 0, end: 1 }],
  ['?kb=k1&source=s1&start=3', null],
  ['?kb=&source=s1&start=3&end=9', null],
  ['?kb=k1&source=s1&start=-3&end=9', null],
  ['?kb=k1&source=s1&start=1.5&end=9', null],
  ['?kb=k1&source=s1&start=x&end=9', null],
  ['', null],
])('parseSourceRef(%j) is %j', (search, expected) => {
  expect(parseSourceRef(search)).toEqual(expected);
});

test('formatSourceRef round-trips through parseSourceRef', () => {
  const ref = { kbId: 'kb & co', source: 'seed?/1', start: 12, end: 40 };
  expect(parseSourceRef(formatSourceRef(ref))).toEqual(ref);
});
