import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { chunkBounds, matchBlockText, matchTogether } from '../../../src/annotate/text-matching';
import { compileMatcher, type MatchEntity } from '../../../src/match';
import { fakeMatcher } from './fakes';

function runToEnd<T>(generator: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = generator.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

describe('chunked matching', () => {
  test('a short text is one chunk', () => {
    expect(chunkBounds('word '.repeat(2), 100, 3)).toEqual([[0, 10]]);
  });

  test('a long text is cut at whitespace into overlapping chunks that cover it', () => {
    const raw = 'word '.repeat(60);
    const bounds = chunkBounds(raw, 100, 20);
    expect(bounds.length).toBeGreaterThan(3);
    expect(bounds[0]?.[0]).toBe(0);
    expect(bounds.at(-1)?.[1]).toBe(raw.length);
    for (const [i, [start, end]] of bounds.entries()) {
      expect(end - start).toBeLessThanOrEqual(100);
      if (end < raw.length) expect(raw[end]).toBe(' ');
      const next = bounds[i + 1];
      if (next) expect(end - next[0]).toBeGreaterThanOrEqual(20);
    }
  });

  test('chunked matching finds exactly what one call over the whole text finds', () => {
    const matcher = fakeMatcher();
    const words = ['Xi', 'Jinping', 'Zelensky', 'met', 'the', 'Kremlin', 'peace', 'plan', '\n  '];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 200 }),
        fc.integer({ min: 64, max: 200 }),
        (parts, size) => {
          const raw = parts.join(' ');
          const whole = runToEnd(
            matchBlockText(raw, (t) => matcher.findSpans(t), Infinity, 1e9, 30),
          );
          const chunked = runToEnd(
            matchBlockText(raw, (t) => matcher.findSpans(t), Infinity, size, 30),
          );
          expect(chunked.value).toEqual(whole.value);
          for (const span of chunked.value) {
            const text = raw.slice(span.start, span.end);
            expect(matcher.findSpans(text)).toEqual([
              { start: 0, end: text.length, entityId: span.entityId, weak: span.weak },
            ]);
          }
        },
      ),
    );
  });

  test('a huge text pauses between chunks', () => {
    const raw = 'Zelensky spoke. '.repeat(20_000);
    const { value, pauses } = runToEnd(matchBlockText(raw, (t) => fakeMatcher().findSpans(t)));
    expect(value).toHaveLength(20_000);
    expect(pauses).toBeGreaterThan(3);
  });
});

describe('matching texts together', () => {
  const entity = (id: string, name: string, aliases: string[]): MatchEntity => ({
    id,
    name,
    type: 'person',
    aliases,
    related: [],
  });
  const matcher = compileMatcher([
    entity('xi', 'Xi Jinping', ['Xi']),
    entity('zelensky', 'Volodymyr Zelensky', ['Zelensky']),
    entity('bri', 'Belt and Road Initiative', ['BRI']),
    // An alias holding the separator: a hostile knowledge base must not join two texts.
    entity('joined', 'Ab\u0000Cd', []),
  ]);
  const findSpans = (text: string) => matcher.findSpans(text);

  test('finds in each text exactly what a call of its own finds', () => {
    const words = ['Xi', 'Jinping', "Xi's", 'Zelensky', 'Belt', 'and', 'Road', 'Initiative'];
    const pieces = [...words, 'BRI', 'Ab', 'Cd', ' ', '\n', "'s", '-led', ''];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), { maxLength: 12 }),
        (parts) => {
          const texts = parts.map((words) => words.join(''));
          expect(matchTogether(texts, findSpans)).toEqual(texts.map(findSpans));
        },
      ),
    );
  });

  test('a match across two texts is dropped', () => {
    expect(findSpans('Ab\u0000Cd')).toHaveLength(1);
    expect(matchTogether(['Ab', 'Cd'], findSpans)).toEqual([[], []]);
  });
});
