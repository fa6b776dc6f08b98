import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileMatcher, type Span } from '../../../src/match';
import { normalizeAlias } from '../../../src/match/alias';
import { ENTITIES } from './fixtures';

const matcher = compileMatcher(ENTITIES);

/** Pieces that make texts full of near misses: names, variants, glue and noise. */
const FRAGMENTS = [
  ...ENTITIES.flatMap((entity) => [entity.name, ...entity.aliases]),
  'XI',
  'xi',
  "Xi'an",
  'Xi’an',
  'Store',
  'STØRE',
  'Zelensky’s',
  "Putin's",
  'Louis',
  'Road',
  'and',
  'City',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '-',
  "'",
  '’',
  's',
  '.',
  ',',
  '(',
  ')',
  '\u00ad',
  '\u0308',
  '😀',
];

const pageText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 2 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function aliasKeys(entityId: string): Set<string | undefined> {
  const entity = ENTITIES.find((e) => e.id === entityId);
  return new Set(
    [entity?.name ?? '', ...(entity?.aliases ?? [])].map((a) => normalizeAlias(a)?.key),
  );
}

function isOrdered(spans: readonly Span[]): boolean {
  return spans.every(
    (span, i) => span.start < span.end && (i === 0 || (spans[i - 1]?.end ?? 0) <= span.start),
  );
}

describe('findSpans properties', () => {
  test('spans are sorted, non-empty and do not overlap', () => {
    fc.assert(fc.property(pageText, (text) => isOrdered(matcher.findSpans(text))));
  });

  test('each span folds to an alias of its entity', () => {
    fc.assert(
      fc.property(pageText, (text) =>
        matcher
          .findSpans(text)
          .every((span) =>
            aliasKeys(span.entityId).has(normalizeAlias(text.slice(span.start, span.end))?.key),
          ),
      ),
    );
  });

  test('each span starts and ends at a word boundary', () => {
    fc.assert(
      fc.property(pageText, (text) =>
        matcher.findSpans(text).every((span) => {
          const before = text.slice(Math.max(0, span.start - 1), span.start);
          return !WORD_CHAR.test(before) && !WORD_CHAR.test(text.charAt(span.end));
        }),
      ),
    );
  });

  test('findSpans is deterministic, also across compilations', () => {
    const again = compileMatcher(ENTITIES);
    fc.assert(
      fc.property(pageText, (text) => {
        const first = matcher.findSpans(text);
        expect(matcher.findSpans(text)).toEqual(first);
        expect(again.findSpans(text)).toEqual(first);
      }),
    );
  });

  test('widening whitespace changes no mention', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const wide = text.replace(/ /g, ' \n\t');
        const ids = (t: string) => matcher.findSpans(t).map((span) => span.entityId);
        expect(ids(wide)).toEqual(ids(text));
      }),
    );
  });
});
