import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { HighlightSink } from '../../../src/annotate';
import type { PageMention } from '../../../src/annotate/types';
import { createPopover, type PopoverController } from '../../../src/popover';
import {
  DIM_HIGHLIGHT,
  createFocusMode,
  rangesBetween,
  sentenceRanges,
} from '../../../src/popover/focus-mode';
import { introductionOnPage } from '../../../src/popover/introduction-on-page';
import { rangeOf, textAround } from '../../../src/popover/page-text';
import { afterScroll, cardShadow, fakeScroller, lookup, part, parts } from './fixture';

/** An article: Xi in two sentences of the first paragraph (twice in one), and in the third. */
const ARTICLE = [
  '<h1>Talks in Beijing</h1>',
  '<p>Leaders met on Monday. <b>Xi Jinping</b>, the leader of China, spoke first. ' +
    'Zelensky listened while Xi Jinping and his aides took notes.</p>',
  '<p>Nobody else spoke. The talks ended late.</p>',
  '<p>Afterwards, reporters asked Zelensky about Xi Jinping. He smiled.</p>',
].join('\n');

/** A sink that records what is drawn, as the browser's highlight registry would hold it. */
interface RecordingSink extends HighlightSink {
  drawn: Map<string, readonly Range[]>;
}

function recordingSink(): RecordingSink {
  const drawn = new Map<string, readonly Range[]>();
  return {
    drawn,
    set: (name, ranges) => {
      drawn.set(name, ranges);
    },
    clear: () => drawn.clear(),
  };
}

/** The mentions of `name` on the page (each `text` found in text nodes), as the annotator lists them. */
function mentionsOf(doc: Document, entityId: string, text: string): PageMention[] {
  const found: PageMention[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let at = data.indexOf(text); at >= 0; at = data.indexOf(text, at + text.length)) {
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const known = lookup(entityId);
      found.push({
        entityId,
        name: known?.name ?? text,
        type: known?.type ?? 'other',
        text,
        range,
        drawn: 'full',
      });
    }
  }
  return found;
}

/** Replaces the page's body with `html`, parsed (the test's own markup). */
function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((n) => document.importNode(n, true)),
  );
}

const inDocumentOrder = (list: PageMention[]): PageMention[] =>
  list.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));

let xi: PageMention[];
let zelensky: PageMention[];

beforeEach(() => {
  setBody(ARTICLE);
  xi = mentionsOf(document, 'xi-jinping', 'Xi Jinping');
  zelensky = mentionsOf(document, 'volodymyr-zelensky', 'Zelensky');
});

describe('page text around a mention', () => {
  test('reads the block of a mention split over elements, and maps offsets back to ranges', () => {
    setBody('<p>Said <b>John</b> <i>Kirby</i>, the spokesman, today.</p>');
    const p = document.querySelector('p');
    const [john, kirby] = [document.querySelector('b'), document.querySelector('i')];
    if (!p || !john?.firstChild || !kirby?.firstChild) throw new Error('no page');
    const range = document.createRange();
    range.setStart(john.firstChild, 0);
    range.setEnd(kirby.firstChild, 5);
    const around = textAround(range);
    expect(around?.block.text).toBe('Said John Kirby, the spokesman, today.');
    expect(around && around.block.text.slice(around.start, around.end)).toBe('John Kirby');
    const back = around && rangeOf(around.block, around.start, around.end);
    expect(back?.toString()).toBe('John Kirby');
  });

  test('leaves script and style text out of the block', () => {
    setBody(
      '<div>Kirby<script>var x = 1;</script>, the spokesman<style>p{}</style>, said no.</div>',
    );
    const text = document.querySelector('div')?.firstChild;
    if (!text) throw new Error('no page');
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 5);
    expect(textAround(range)?.block.text).toBe('Kirby, the spokesman, said no.');
  });
});

describe('introductionOnPage', () => {
  test('is the first introduction among the entity’s mentions, in document order', () => {
    const mentions = inDocumentOrder([...xi, ...zelensky]);
    expect(introductionOnPage(mentions, 'xi-jinping')).toBe('the leader of China');
  });

  test('is empty when the page introduces the entity nowhere', () => {
    const mentions = inDocumentOrder([...xi, ...zelensky]);
    expect(introductionOnPage(mentions, 'volodymyr-zelensky')).toBe('');
  });
});

describe('focus mode', () => {
  test('lights the sentences of the mentions, one per sentence, in document order', () => {
    const lit = sentenceRanges(document, xi.map((m) => m.range).reverse());
    expect(lit.map((r) => r.toString())).toEqual([
      'Xi Jinping, the leader of China, spoke first.',
      'Zelensky listened while Xi Jinping and his aides took notes.',
      'Afterwards, reporters asked Zelensky about Xi Jinping.',
    ]);
  });

  test('fades everything between the lit sentences, and nothing in them', () => {
    const lit = sentenceRanges(
      document,
      xi.map((m) => m.range),
    );
    const faded = rangesBetween(document, lit);
    const pieces = [faded[0], lit[0], faded[1], lit[1], faded[2], lit[2], faded[3]];
    expect(faded).toHaveLength(4);
    expect(pieces.map((r) => r?.toString() ?? '').join('')).toBe(document.body.textContent);
    expect(faded[2]?.toString()).toContain('Nobody else spoke. The talks ended late.');
    for (const range of faded) {
      for (const sentence of lit) {
        expect(
          range.compareBoundaryPoints(Range.END_TO_START, sentence) <= 0 ||
            range.compareBoundaryPoints(Range.START_TO_END, sentence) >= 0,
        ).toBe(true);
      }
    }
  });

  test('enter draws the fading in its sink, leave takes it down, and the DOM never changes', () => {
    const before = document.body.innerHTML;
    const sink = recordingSink();
    const mode = createFocusMode({ doc: document, sink });
    expect(
      mode.enter(
        'xi-jinping',
        xi.map((m) => m.range),
      ),
    ).toBe(3);
    expect(mode.entityId()).toBe('xi-jinping');
    expect(sink.drawn.get(DIM_HIGHLIGHT)).toHaveLength(4);
    expect(document.body.innerHTML).toBe(before);
    mode.leave();
    expect(mode.entityId()).toBeNull();
    expect(sink.drawn.size).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  test('with no mention it can reach, nothing is faded', () => {
    const sink = recordingSink();
    const mode = createFocusMode({ doc: document, sink });
    expect(mode.enter('xi-jinping', [])).toBe(0);
    expect(mode.entityId()).toBeNull();
    expect(sink.drawn.size).toBe(0);
  });
});

describe('the card: what this page says, and Focus', () => {
  let popover: PopoverController;
  let sink: RecordingSink;
  let list: PageMention[];

  beforeEach(() => {
    list = inDocumentOrder([...xi, ...zelensky]);
    sink = recordingSink();
    popover = createPopover({
      doc: document,
      annotator: { mentions: () => list, mentionAt: () => null, setActive: () => undefined },
      entity: lookup,
      openSource: () => undefined,
      hoverDelayMs: 0,
      scroller: fakeScroller(),
      focusSink: sink,
    });
  });

  afterEach(() => {
    popover.destroy();
  });

  const shadow = (): ShadowRoot => cardShadow(document);
  const live = (): string => part(shadow(), 'live').textContent ?? '';
  const focusedPart = (): string | null =>
    shadow().activeElement?.getAttribute('data-part') ?? null;
  const escape = (): void => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  };

  test('shows how the page introduces the entity, under its own heading, beside the briefing', () => {
    popover.openFor(xi[1] as PageMention);
    const section = part(shadow(), 'page-introduction');
    expect(section.querySelector('h3')?.textContent).toBe('On this page');
    expect(part(shadow(), 'introduction').textContent).toBe('the leader of China');
    expect(part(shadow(), 'description').textContent).toBe('Leader of China.');
  });

  test('has no page section for an entity the page does not introduce', () => {
    popover.openFor(zelensky[0] as PageMention);
    expect(parts(shadow(), 'page-introduction')).toEqual([]);
  });

  test('Focus fades the page but the entity’s sentences, says so, and becomes "Leave focus"', () => {
    const before = document.body.innerHTML;
    popover.openFor(xi[0] as PageMention, { focus: true });
    const button = part(shadow(), 'focus');
    expect(button.textContent).toBe('Focus');
    expect(button.getAttribute('aria-label')).toBe(
      'Focus on Xi Jinping: fade the page except the sentences that mention it',
    );
    button.click();
    expect(sink.drawn.get(DIM_HIGHLIGHT)).toHaveLength(4);
    expect(live()).toBe('Focusing on Xi Jinping: 3 sentences. Esc to leave.');
    expect(part(shadow(), 'focus').textContent).toBe('Leave focus');
    expect(focusedPart()).toBe('focus');
    expect(document.body.innerHTML).toBe(before);

    part(shadow(), 'focus').click();
    expect(sink.drawn.size).toBe(0);
    expect(live()).toBe('Focus mode off: the whole page shows again.');
    expect(part(shadow(), 'focus').textContent).toBe('Focus');
  });

  test('one sentence is announced in the singular', () => {
    popover.openFor(zelensky[1] as PageMention);
    const only = list.filter((m) => m !== zelensky[0]);
    list = only;
    part(shadow(), 'focus').click();
    expect(live()).toBe('Focusing on Volodymyr Zelensky: 1 sentence. Esc to leave.');
  });

  test('Esc closes the card and leaves focus mode at once, restoring the page', () => {
    const before = document.body.innerHTML;
    popover.openFor(xi[0] as PageMention, { focus: true });
    part(shadow(), 'focus').click();
    escape();
    expect(popover.isOpen()).toBe(false);
    expect(sink.drawn.size).toBe(0);
    expect(live()).toBe('Focus mode off: the whole page shows again.');
    expect(document.body.innerHTML).toBe(before);
  });

  test('Esc leaves focus mode with the card closed too', () => {
    popover.openFor(xi[0] as PageMention, { focus: true });
    part(shadow(), 'focus').click();
    popover.close();
    escape();
    expect(sink.drawn.size).toBe(0);
  });

  test('in focus mode, next and previous go through the focused entity’s mentions only', async () => {
    popover.openFor(xi[0] as PageMention, { focus: true });
    part(shadow(), 'focus').click();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await popover.next();
      await afterScroll();
      seen.push(part(shadow(), 'name').textContent ?? '');
    }
    expect(seen).toEqual(['Xi Jinping', 'Xi Jinping', 'Xi Jinping']);
    expect(part(shadow(), 'count').textContent).toBe('1 of 3 on this page');
  });

  test('destroying the popover leaves no fading behind', () => {
    popover.openFor(xi[0] as PageMention, { focus: true });
    part(shadow(), 'focus').click();
    popover.destroy();
    expect(sink.drawn.size).toBe(0);
  });
});
