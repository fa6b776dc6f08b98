import {
  ACTIVE_HIGHLIGHT,
  createHighlightSink,
  extraHighlightCss,
  highlightName,
} from '../../annotate';
import type { EntityType } from '../../kb/schema';
import { el, replaceChildren } from '../../dom/el';
import type { SourceMentions } from './review-mentions';
import { mentionAt, type MentionAt } from './review-spans';

export interface ReviewTextView {
  /** Shows the texts with every mention drawn in its entity's type colour. */
  show(
    mentions: readonly SourceMentions[],
    typeOf: (entityId: string) => EntityType | undefined,
    flagged: (entityId: string) => boolean,
  ): void;
  /** Marks mentions as the active ones (the selected row's) and scrolls the first into view. */
  activate(mentions: readonly MentionAt[], scrollTo: MentionAt | null): void;
  disconnect(): void;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text offset under a point, through whichever caret API the browser has. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const caret = doc as CaretDocument;
  const position = caret.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = caret.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The briefing's text beside the review table, drawn with the page highlighter's own sink and
 * highlight names, so the review shows what pages will show. The DOM holds the plain text only.
 */
export function mountReviewTextView(
  pane: HTMLElement,
  onPick: (entityId: string, at: MentionAt) => void,
): ReviewTextView {
  const doc = pane.ownerDocument;
  const sink = createHighlightSink({ extraCss: extraHighlightCss(navigator.userAgent) });
  let texts: Text[] = [];
  let current: readonly SourceMentions[] = [];
  let drawn = new Set<string>();

  const rangeOf = (at: MentionAt): Range | null => {
    const span = current[at.source]?.spans[at.span];
    const node = texts[at.source];
    if (!span || !node) return null;
    const range = doc.createRange();
    range.setStart(node, span.start);
    range.setEnd(node, span.end);
    return range;
  };

  pane.addEventListener('click', (event) => {
    const caret = caretAt(doc, event.clientX, event.clientY);
    if (!caret) return;
    const source = texts.findIndex((t) => t === caret.node);
    if (source < 0) return;
    const found = mentionAt(current, source, caret.offset);
    if (found) onPick(found.entityId, found.at);
  });

  return {
    show(mentions, typeOf, flagged) {
      const sameTexts =
        mentions.length === current.length &&
        mentions.every((m, i) => m.text === current[i]?.text && m.title === current[i]?.title);
      current = mentions;
      if (!sameTexts) {
        texts = mentions.map((m) => doc.createTextNode(m.text));
        replaceChildren(
          pane,
          mentions.map((m, i) =>
            el(doc, 'div', { class: 'review-source' }, [
              mentions.length > 1 ? el(doc, 'h4', {}, [m.title]) : null,
              el(doc, 'div', { class: 'review-text', 'data-source': i }, [texts[i]]),
            ]),
          ),
        );
      }
      const byName = new Map<string, Range[]>();
      mentions.forEach((m, source) => {
        m.spans.forEach((span, index) => {
          const type = typeOf(span.entityId);
          const range = type && rangeOf({ source, span: index });
          if (!type || !range) return;
          const name = highlightName(type, flagged(span.entityId) ? 'underline' : undefined);
          const list = byName.get(name) ?? [];
          list.push(range);
          byName.set(name, list);
        });
      });
      for (const name of drawn) if (!byName.has(name)) sink.set(name, []);
      for (const [name, ranges] of byName) sink.set(name, ranges);
      drawn = new Set(byName.keys());
    },
    activate(mentions, scrollTo) {
      sink.set(
        ACTIVE_HIGHLIGHT,
        mentions.map(rangeOf).filter((r): r is Range => r !== null),
      );
      const target = scrollTo && rangeOf(scrollTo);
      if (!target) return;
      const box = target.getBoundingClientRect();
      const frame = pane.getBoundingClientRect();
      // Scrolls the text pane only: the page and the table stay where the reader has them.
      if (box.top < frame.top || box.bottom > frame.bottom) {
        pane.scrollTop += box.top - frame.top - frame.height / 3;
      }
    },
    disconnect() {
      sink.clear();
    },
  };
}
