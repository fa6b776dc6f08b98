import fc from 'fast-check';
import { afterEach, expect, test } from 'vitest';
import type { PageMention } from '../../../src/annotate';
import { fakeMatcher, settleMutations, startFakeAnnotator } from './fakes';

type Tree =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: string; attribute: string | null; children: Tree[] };

const WORDS = ['Xi', 'Jinping', 'President', 'Zelensky', 'Kremlin', 'Beijing', 'peace', 'plan'];
const FILLER = ['and', 'met', '', ' ', '\n    ', '\u00a0', ','];
const TAGS = [
  'p',
  'div',
  'li',
  'h2',
  'pre',
  'span',
  'b',
  'i',
  'a',
  'em',
  'code',
  'button',
  'br',
  'script',
  'style',
  'textarea',
  'template',
  'seedlight-card',
];
const ATTRIBUTES = [null, null, null, 'hidden', 'contenteditable', 'aria-hidden'];

const textArbitrary = fc
  .array(fc.constantFrom(...WORDS, ...FILLER), { maxLength: 6 })
  .chain((parts) => fc.constantFrom(parts.join(' '), parts.join('')));

const { tree: treeArbitrary } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    textArbitrary.map((text): Tree => ({ kind: 'text', text })),
    fc.record({
      kind: fc.constant('element' as const),
      tag: fc.constantFrom(...TAGS),
      attribute: fc.constantFrom(...ATTRIBUTES),
      children: fc.array(tie('tree'), { maxLength: 4 }),
    }),
  ),
}));

function build(tree: Tree): Node {
  if (tree.kind === 'text') return document.createTextNode(tree.text);
  const element = document.createElement(tree.tag);
  if (tree.attribute) element.setAttribute(tree.attribute, '');
  element.append(...tree.children.map(build));
  return element;
}

const SKIPPED_ANCESTOR =
  'script, style, textarea, template, seedlight-card, [hidden], [contenteditable]';

function describeMentions(mentions: readonly PageMention[]) {
  return mentions.map(({ entityId, text, range }) => ({
    entityId,
    text,
    start: [range.startContainer, range.startOffset],
    end: [range.endContainer, range.endOffset],
  }));
}

const pages = fc.array(treeArbitrary, { minLength: 1, maxLength: 5 });

afterEach(() => {
  document.body.replaceChildren();
});

test('annotating and stopping leave the DOM and its text unchanged', () => {
  fc.assert(
    fc.property(pages, (trees) => {
      document.body.replaceChildren(...trees.map(build));
      const before = document.body.cloneNode(true);
      const text = document.body.textContent;
      const { annotator } = startFakeAnnotator();
      expect(document.body.isEqualNode(before)).toBe(true);
      annotator.stop();
      expect(document.body.isEqualNode(before)).toBe(true);
      expect(document.body.textContent).toBe(text);
    }),
  );
});

test('every mention covers exactly its text, which the matcher matched whole', () => {
  const matcher = fakeMatcher();
  fc.assert(
    fc.property(pages, (trees) => {
      document.body.replaceChildren(...trees.map(build));
      const { annotator, sink } = startFakeAnnotator();
      for (const mention of annotator.mentions()) {
        expect(mention.range.toString()).toBe(mention.text);
        const matched = mention.text;
        expect(matcher.findSpans(matched)).toMatchObject([
          { start: 0, end: matched.length, entityId: mention.entityId },
        ]);
        for (const node of [mention.range.startContainer, mention.range.endContainer]) {
          expect(node.parentElement?.closest(SKIPPED_ANCESTOR)).toBeNull();
        }
      }
      const drawn = sink.ranges();
      expect(drawn).toHaveLength(annotator.mentions().length);
      annotator.stop();
    }),
  );
});

test('mentions come in document order', () => {
  fc.assert(
    fc.property(pages, (trees) => {
      document.body.replaceChildren(...trees.map(build));
      const { annotator } = startFakeAnnotator();
      const mentions = annotator.mentions();
      for (let i = 1; i < mentions.length; i++) {
        const [previous, next] = [mentions[i - 1], mentions[i]];
        if (!previous || !next) continue;
        expect(previous.range.compareBoundaryPoints(Range.START_TO_START, next.range)).toBeLessThan(
          0,
        );
        // The previous mention ends at or before the next one starts: no overlap.
        expect(
          next.range.comparePoint(previous.range.endContainer, previous.range.endOffset),
        ).toBeLessThanOrEqual(0);
      }
      annotator.stop();
    }),
  );
});

test('annotating twice equals annotating once', () => {
  fc.assert(
    fc.property(pages, (trees) => {
      document.body.replaceChildren(...trees.map(build));
      const first = startFakeAnnotator();
      const second = startFakeAnnotator();
      expect(describeMentions(second.annotator.mentions())).toEqual(
        describeMentions(first.annotator.mentions()),
      );
      first.annotator.start();
      expect(describeMentions(first.annotator.mentions())).toEqual(
        describeMentions(second.annotator.mentions()),
      );
      first.annotator.stop();
      second.annotator.stop();
    }),
  );
});

test('the first pass finds what reading each container again on its own finds', async () => {
  await fc.assert(
    fc.asyncProperty(pages, async (trees) => {
      document.body.replaceChildren(...trees.map(build));
      const { annotator, scheduler } = startFakeAnnotator();
      const walked = describeMentions(annotator.mentions());
      // Rewriting every text node as it is queues each container to be read on its own.
      const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        (node as Text).data = (node as Text).data;
      }
      await settleMutations();
      scheduler.flush();
      expect(describeMentions(annotator.mentions())).toEqual(walked);
      annotator.stop();
    }),
    { numRuns: 60 },
  );
});
