import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type Mock } from 'vitest';
import { createPopover, type PopoverController, type PopoverOptions } from '../../../src/popover';
import {
  ENTITIES,
  KB_ID,
  afterScroll,
  cardShadow,
  fakeScroller,
  lookup,
  part,
  parts,
  setUpPage,
  type FakeAnnotator,
  type FakeScroller,
} from './fixture';

let annotator: FakeAnnotator;
let popover: PopoverController;
let openSource: Mock<PopoverOptions['openSource']>;
let scroller: FakeScroller;

beforeEach(() => {
  annotator = setUpPage(document);
  openSource = vi.fn<PopoverOptions['openSource']>();
  scroller = fakeScroller();
  popover = createPopover({
    doc: document,
    annotator,
    entity: lookup,
    openSource,
    hoverDelayMs: 0,
    scroller,
  });
});

afterEach(() => {
  popover.destroy();
});

const shadow = (): ShadowRoot => cardShadow(document);
const text = (name: string): string => part(shadow(), name).textContent ?? '';
const mention = (index: number) => {
  const found = annotator.list[index];
  if (!found) throw new Error(`no mention ${index}`);
  return found;
};
const focusedPart = (): string | null =>
  shadow().activeElement?.getAttribute('data-part') ??
  shadow().activeElement?.getAttribute('role') ??
  null;

describe('content', () => {
  test('shows the name, type with an icon, and description', () => {
    popover.openFor(mention(0));
    expect(text('name')).toBe('Volodymyr Zelensky');
    expect(text('type')).toBe('Person');
    expect(part(shadow(), 'type').querySelector('svg')).not.toBeNull();
    expect(text('description')).toBe('President of Ukraine.');
  });

  test('shows the first two seed sentences with the mention marked', () => {
    popover.openFor(mention(0));
    const sentences = parts(shadow(), 'sentence');
    expect(sentences.map((s) => s.querySelector('mark')?.textContent)).toEqual([
      'Volodymyr Zelensky',
      'Zelensky',
    ]);
    expect(sentences[0]?.textContent).toContain(
      'Ukrainian President Volodymyr Zelensky extended another invitation.',
    );
  });

  test('"n more" reveals the remaining sentences and can hide them again', () => {
    popover.openFor(mention(0));
    const more = part(shadow(), 'more');
    expect(more.textContent).toBe('1 more');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    expect(parts(shadow(), 'sentence')).toHaveLength(3);
    expect(part(shadow(), 'more').getAttribute('aria-expanded')).toBe('true');
    expect(focusedPart()).toBe('more');
    part(shadow(), 'more').click();
    expect(parts(shadow(), 'sentence')).toHaveLength(2);
  });

  test('an entity with few sentences has no "more" button', () => {
    popover.openFor(mention(1));
    expect(parts(shadow(), 'sentence')).toHaveLength(1);
    expect(parts(shadow(), 'more')).toHaveLength(0);
  });

  test('lists related entities as buttons, strongest first', () => {
    popover.openFor(mention(0));
    const related = parts(shadow(), 'related');
    expect(related.map((b) => [b.tagName, b.textContent])).toEqual([
      ['BUTTON', 'Xi Jinping'],
      ['BUTTON', 'Bakhmut'],
    ]);
  });

  test.each([
    [0, '1 of 2 on this page'],
    [3, '2 of 2 on this page'],
    [2, '1 of 1 on this page'],
  ])('mention %i counts as "%s"', (index, expected) => {
    popover.openFor(mention(index));
    expect(text('count')).toBe(expected);
  });

  test('previous and next are disabled for an entity mentioned once', () => {
    popover.openFor(mention(2));
    expect((part(shadow(), 'previous') as HTMLButtonElement).disabled).toBe(true);
    expect((part(shadow(), 'next') as HTMLButtonElement).disabled).toBe(true);
  });

  test('every control is a real button', () => {
    popover.openFor(mention(0));
    const controls = ['more', 'related', 'previous', 'next', 'open-source', 'close'].flatMap(
      (name) => parts(shadow(), name),
    );
    expect(controls.length).toBeGreaterThanOrEqual(7);
    for (const control of controls) expect(control.tagName).toBe('BUTTON');
  });

  test('the dialog is labelled by the name and announced through a polite live region', () => {
    popover.openFor(mention(0));
    const dialog = shadow().querySelector('[role="dialog"]');
    const labelId = dialog?.getAttribute('aria-labelledby') ?? '';
    expect(shadow().getElementById(labelId)?.textContent).toBe('Volodymyr Zelensky');
    expect(dialog?.getAttribute('aria-modal')).toBe('false');
    const live = part(shadow(), 'live');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('Volodymyr Zelensky, Person: President of Ukraine.');
  });

  test('"Open in source" asks for the first sentence of the entity’s seed', () => {
    popover.openFor(mention(0));
    part(shadow(), 'open-source').click();
    const first = ENTITIES[0]?.sentences[0];
    expect(openSource).toHaveBeenCalledWith({
      kbId: KB_ID,
      source: first?.source,
      start: first?.start,
      end: first?.end,
    });
  });

  test('each sentence has its own source button', () => {
    popover.openFor(mention(0));
    parts(shadow(), 'sentence')[1]?.querySelector('button')?.click();
    expect(openSource).toHaveBeenCalledWith(expect.objectContaining({ start: 120, end: 160 }));
  });

  test('a mention whose entity is unknown still shows its name and type', () => {
    const stranger = { ...mention(2), entityId: 'unknown', name: 'Kyiv', type: 'place' as const };
    popover.openFor(stranger);
    expect(text('name')).toBe('Kyiv');
    expect(text('type')).toBe('Place');
    expect(parts(shadow(), 'sentence')).toHaveLength(0);
    expect(parts(shadow(), 'open-source')).toHaveLength(0);
  });

  test('the body scrolls back to the top for another entity, and stays put for "more"', () => {
    popover.openFor(mention(0), { focus: true });
    part(shadow(), 'body').scrollTop = 40;
    part(shadow(), 'more').click();
    expect(part(shadow(), 'body').scrollTop).toBe(40);
    parts(shadow(), 'related')
      .find((b) => b.textContent === 'Xi Jinping')
      ?.click();
    expect(text('name')).toBe('Xi Jinping');
    expect(part(shadow(), 'body').scrollTop).toBe(0);
  });

  test('the header and the footer sit outside the scrolling body', () => {
    popover.openFor(mention(0));
    const body = part(shadow(), 'body');
    for (const fixed of ['close', 'name', 'previous', 'next']) {
      expect(body.contains(part(shadow(), fixed))).toBe(false);
    }
    expect(body.contains(part(shadow(), 'description'))).toBe(true);
  });

  test('"Edit in briefing…" shows for a reader’s briefing only, and asks to open it there', () => {
    const editEntity = vi.fn<NonNullable<PopoverOptions['editEntity']>>();
    popover.destroy();
    popover = createPopover({
      doc: document,
      annotator,
      entity: lookup,
      openSource,
      scroller,
      editEntity,
      isEditable: (kbId) => kbId === KB_ID,
    });
    popover.openFor(mention(0));
    expect(text('edit')).toBe('Edit in briefing…');
    part(shadow(), 'edit').click();
    expect(editEntity).toHaveBeenCalledWith({ kbId: KB_ID, entityId: mention(0).entityId });

    popover.destroy();
    popover = createPopover({
      doc: document,
      annotator,
      entity: lookup,
      openSource,
      scroller,
      editEntity,
      isEditable: () => false,
    });
    popover.openFor(mention(0));
    expect(parts(shadow(), 'edit')).toEqual([]);
  });

  test('"Don’t highlight this" mutes every briefing’s entity it joins, then closes the card', () => {
    const mute = vi.fn<NonNullable<PopoverOptions['mute']>>();
    popover.destroy();
    popover = createPopover({
      doc: document,
      annotator,
      entity: lookup,
      openSource,
      scroller,
      mute,
    });
    popover.openFor(mention(0));
    part(shadow(), 'mute').click();
    expect(mute).toHaveBeenCalledWith([
      { kbId: KB_ID, entityId: 'volodymyr-zelensky', name: 'Volodymyr Zelensky' },
    ]);
    expect(popover.isOpen()).toBe(false);
    expect(
      shadow().querySelector('[aria-live]')?.textContent ?? document.body.textContent,
    ).toContain('no longer highlighted');
  });

  test('without a way to mute, the card offers none', () => {
    popover.openFor(mention(0));
    expect(parts(shadow(), 'mute')).toEqual([]);
  });

  test('an entity two briefings know shows a section per briefing, and their disagreement', () => {
    const zelensky = lookup('volodymyr-zelensky');
    if (!zelensky) throw new Error('fixture');
    const other = {
      ...zelensky,
      type: 'organization' as const,
      description: 'A name in the trade briefing.',
      sentences: [{ source: 'trade', start: 0, end: 20, text: 'Zelensky signed a deal.' }],
    };
    const joined = {
      ...zelensky,
      sections: [
        { kbId: KB_ID, kbTitle: 'War briefing', entity: zelensky },
        { kbId: 'trade', kbTitle: 'Trade briefing', entity: other },
      ],
      conflicts: { types: ['person', 'organization'] as const },
    };
    popover.destroy();
    popover = createPopover({
      doc: document,
      annotator,
      entity: (id) => (id === zelensky.id ? joined : lookup(id)),
      openSource,
      scroller,
    });
    popover.openFor(mention(0));
    const sections = parts(shadow(), 'briefing');
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).toEqual([
      'In “War briefing”',
      'In “Trade briefing”',
    ]);
    expect(sections[1]?.textContent).toContain('A name in the trade briefing.');
    expect(sections[1]?.textContent).toContain('Zelensky signed a deal.');
    expect(text('conflict')).toBe('Your briefings disagree on what this is: Person, Organization.');
    const source = sections[1]?.querySelector<HTMLButtonElement>('[data-part="sentence-source"]');
    source?.click();
    expect(openSource).toHaveBeenCalledWith({ kbId: 'trade', source: 'trade', start: 0, end: 20 });
  });

  test('custom messages replace the English strings', () => {
    popover.destroy();
    popover = createPopover({
      doc: document,
      annotator,
      entity: lookup,
      openSource,
      messages: { position: (i, n) => `${i} / ${n}`, more: (n) => `+${n}` },
    });
    popover.openFor(mention(0));
    expect(text('count')).toBe('1 / 2');
    expect(text('more')).toBe('+1');
  });
});

describe('security', () => {
  test('markup in knowledge-base fields shows as characters, never as elements', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    popover.destroy();
    popover = createPopover({
      doc: document,
      annotator,
      entity: (id) => {
        const known = lookup(id);
        return known && { ...known, name: `${hostile} name`, description: hostile };
      },
      openSource,
    });
    popover.openFor(mention(0));
    expect(text('description')).toBe(hostile);
    expect(text('name')).toBe(`${hostile} name`);
    expect(shadow().querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  test('markup in the page text shows as characters', () => {
    const hostile = '<b onmouseover=alert(1)>Kyiv</b>';
    popover.openFor({ ...mention(2), entityId: 'unknown', name: hostile });
    expect(text('name')).toBe(hostile);
    expect(shadow().querySelector('b')).toBeNull();
  });
});

describe('opening and closing', () => {
  test('openFor shows the card and emphasises the mention; close hides it', () => {
    expect(popover.isOpen()).toBe(false);
    popover.openFor(mention(1));
    expect(popover.isOpen()).toBe(true);
    expect(part(shadow(), 'card').getAttribute('data-state')).toBe('open');
    expect(annotator.active.at(-1)).toBe(mention(1));
    popover.close();
    expect(popover.isOpen()).toBe(false);
    expect(part(shadow(), 'card').getAttribute('data-state')).toBe('closed');
    expect(annotator.active.at(-1)).toBeNull();
  });

  test('one card at a time: opening another mention replaces the card', () => {
    popover.openFor(mention(0));
    popover.openFor(mention(1));
    expect(document.querySelectorAll('seedlight-card')).toHaveLength(1);
    expect(shadow().querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(parts(shadow(), 'name').map((n) => n.textContent)).toEqual(['Xi Jinping']);
  });

  test('the host sits on the document element, outside the page body', () => {
    expect(document.querySelector('seedlight-card')?.parentElement).toBe(document.documentElement);
  });

  test('the close button closes the card', () => {
    popover.openFor(mention(0));
    part(shadow(), 'close').click();
    expect(popover.isOpen()).toBe(false);
  });

  test('destroy removes the host and stops listening', () => {
    popover.openFor(mention(0));
    popover.destroy();
    expect(document.querySelector('seedlight-card')).toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popover.isOpen()).toBe(false);
  });
});

describe('keyboard', () => {
  const go = (steps: string): number[] =>
    [...steps].map((step) => {
      if (step === 'n') popover.next();
      else popover.previous();
      return annotator.list.findIndex((m) => m === annotator.active.at(-1));
    });

  test.each([
    ['n', [0]],
    ['nnnnn', [0, 1, 2, 3, 0]],
    ['p', [3]],
    ['npp', [0, 3, 2]],
    ['nnpn', [0, 1, 0, 1]],
  ])('commands %s visit mentions %j, wrapping around', (steps, expected) => {
    expect(go(steps)).toEqual(expected);
  });

  test('next scrolls an off-screen mention into view first, then opens its card focused', async () => {
    scroller.offScreen.add(mention(0).range);
    const landed = popover.next();
    // Nothing opens while the page scrolls: the card would follow its mention, hidden.
    expect(popover.isOpen()).toBe(false);
    expect(await landed).toBe('shown');
    expect(scroller.scrolled).toEqual([mention(0).range]);
    expect(popover.isOpen()).toBe(true);
    expect(text('name')).toBe('Volodymyr Zelensky');
    expect(document.activeElement?.tagName).toBe('SEEDLIGHT-CARD');
    expect(focusedPart()).toBe('dialog');
  });

  test('a long jump keeps focus in the card and Esc still returns it to the page', async () => {
    const pageButton = document.getElementById('page-button') as HTMLButtonElement;
    pageButton.focus();
    await popover.next();
    scroller.offScreen.add(mention(1).range);
    expect(await popover.next()).toBe('shown');
    expect(annotator.active.at(-1)).toBe(mention(1));
    expect(focusedPart()).toBe('dialog');
    shadow().activeElement?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(document.activeElement).toBe(pageButton);
  });

  test('a command pressed while the page scrolls steps on from where it is going', async () => {
    scroller.offScreen.add(mention(0).range);
    const first = popover.next();
    const second = popover.next();
    expect(await first).toBe('superseded');
    expect(await second).toBe('shown');
    expect(annotator.active.at(-1)).toBe(mention(1));
  });

  test('revealing a mention the page removed says so, and opens nothing', async () => {
    const gone = mention(2);
    gone.range.startContainer.parentNode?.parentNode?.removeChild(
      gone.range.startContainer.parentNode,
    );
    expect(await popover.reveal(gone, { focus: true })).toBe('removed');
    expect(popover.isOpen()).toBe(false);
    expect(part(shadow(), 'live').textContent).toBe('That mention is no longer on the page.');
    expect(await popover.reveal(undefined)).toBe('removed');
  });

  test('the related entity buttons go through the same scroll first', async () => {
    popover.openFor(mention(0), { focus: true });
    scroller.offScreen.add(mention(1).range);
    parts(shadow(), 'related')
      .find((b) => b.textContent === 'Xi Jinping')
      ?.click();
    await afterScroll();
    expect(scroller.scrolled).toEqual([mention(1).range]);
    expect(text('name')).toBe('Xi Jinping');
    expect(focusedPart()).toBe('dialog');
  });

  test('Esc closes the card and returns focus where it was', () => {
    const pageButton = document.getElementById('page-button') as HTMLButtonElement;
    pageButton.focus();
    popover.next();
    popover.next();
    expect(focusedPart()).toBe('dialog');
    shadow().activeElement?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(popover.isOpen()).toBe(false);
    expect(document.activeElement).toBe(pageButton);
  });

  test('Esc on a card that never took focus leaves focus alone', () => {
    const pageButton = document.getElementById('page-button') as HTMLButtonElement;
    pageButton.focus();
    popover.openFor(mention(1));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popover.isOpen()).toBe(false);
    expect(document.activeElement).toBe(pageButton);
  });

  test('the card’s next and previous buttons move among mentions of the same entity', () => {
    popover.openFor(mention(0), { focus: true });
    part(shadow(), 'next').click();
    expect(annotator.active.at(-1)).toBe(mention(3));
    expect(text('count')).toBe('2 of 2 on this page');
    expect(focusedPart()).toBe('next');
    part(shadow(), 'next').click();
    expect(annotator.active.at(-1)).toBe(mention(0));
    part(shadow(), 'previous').click();
    expect(annotator.active.at(-1)).toBe(mention(3));
  });

  test('a related entity’s button moves to its next mention on the page', () => {
    popover.openFor(mention(0), { focus: true });
    parts(shadow(), 'related')
      .find((b) => b.textContent === 'Xi Jinping')
      ?.click();
    expect(text('name')).toBe('Xi Jinping');
    expect(annotator.active.at(-1)).toBe(mention(1));
    expect(focusedPart()).toBe('dialog');
  });

  test('a related entity that is not on the page says so', () => {
    popover.openFor(mention(0), { focus: true });
    const bakhmut = parts(shadow(), 'related').find((b) => b.textContent === 'Bakhmut');
    bakhmut?.click();
    expect(text('status')).toBe('Bakhmut is not on this page');
    expect(text('name')).toBe('Volodymyr Zelensky');
    expect(part(shadow(), 'status').getAttribute('role')).toBe('status');
    expect(shadow().activeElement?.textContent).toBe('Bakhmut');
  });
});

describe('details that arrive after the card opened', () => {
  test('the card shows the name first, then the description and sentences, focus kept', () => {
    popover.destroy();
    let loaded = false;
    popover = createPopover({
      doc: document,
      annotator,
      // As the content script's card details: nothing until the entity's bucket is read.
      entity: (id) => (loaded ? lookup(id) : undefined),
      lookup,
      openSource,
      hoverDelayMs: 0,
      scroller,
    });
    popover.openFor(mention(0), { focus: true });
    expect(text('name')).toBe('Volodymyr Zelensky');
    expect(text('description')).toBe('');
    expect(parts(shadow(), 'sentence')).toHaveLength(0);
    part(shadow(), 'close').focus();

    loaded = true;
    popover.refresh();
    expect(text('description')).toBe('President of Ukraine.');
    expect(parts(shadow(), 'sentence')).toHaveLength(2);
    expect(focusedPart()).toBe('close');
  });

  test('a refresh with nothing new leaves the open card as it is', () => {
    popover.openFor(mention(0));
    const before = part(shadow(), 'name');
    popover.refresh();
    expect(part(shadow(), 'name')).toBe(before);
  });
});
