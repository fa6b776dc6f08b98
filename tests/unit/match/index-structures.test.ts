import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatchEntity } from '../../../src/match';
import { HASH_SEED, mixUnit } from '../../../src/match/first-words';
import { ROOT, buildTrie } from '../../../src/match/trie';
import { shown } from './fixtures';

function wordHash(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = mixUnit(hash, word.charCodeAt(i));
  return hash;
}

function walk(keys: string[], path: string): number {
  const trie = buildTrie(keys);
  let node = ROOT;
  for (let i = 0; i < path.length && node >= 0; i++) node = trie.child(node, path.charCodeAt(i));
  return node < 0 ? -1 : trie.keyAt(node);
}

describe('trie', () => {
  test.each<[string[], string, number]>([
    [['xi', 'xi jinping', 'putin'], 'xi', 1],
    [['xi', 'xi jinping', 'putin'], 'xi jinping', 2],
    [['xi', 'xi jinping', 'putin'], 'putin', 0],
    [['xi', 'xi jinping', 'putin'], 'xi jin', -1],
    [['xi', 'xi jinping', 'putin'], 'zelensky', -1],
    [['b', 'a', 'b'], 'b', 1],
    [[], 'a', -1],
  ])('%j: %j is key %i', (keys, path, key) => {
    expect(walk(keys, path)).toBe(key);
  });
});

describe('first words whose hashes collide', () => {
  // Two different words with the same 32-bit FNV-1a hash, found by a birthday search.
  const [one, two] = ['tzddktm', 'fdgjfxa'];

  test('really collide', () => {
    expect(wordHash(one)).toBe(wordHash(two));
  });

  const entities: MatchEntity[] = [
    { id: 'one', name: `${one} Alpha`, type: 'other', aliases: [], related: [] },
    { id: 'two', name: `${two} Beta`, type: 'other', aliases: [], related: [] },
  ];
  const matcher = compileMatcher(entities);

  test.each<[string, [string, string][]]>([
    [
      `${one} Alpha and ${two} Beta`,
      [
        [`${one} Alpha`, 'one'],
        [`${two} Beta`, 'two'],
      ],
    ],
    [`${one} Beta and ${two} Alpha`, []],
  ])('%j', (text, expected) => {
    expect(shown(text, matcher.findSpans(text))).toEqual(expected);
  });
});
