import type { PageMention } from '../../../src/annotate/types';
import type { Entity } from '../../../src/kb/schema';
import type { MentionScroller } from '../../../src/popover';
import type { AnnotatorLike } from '../../../src/popover/types';

export const KB_ID = 'zelensky-offer';
const SOURCE = 'zelensky-sends-offer-to-china';

type KbEntity = Entity & { kbId: string };

function entity(fields: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'type'>): KbEntity {
  return {
    aliases: [fields.name],
    sentences: [],
    related: [],
    sources: [SOURCE],
    kbId: KB_ID,
    ...fields,
  };
}

export const ENTITIES: readonly KbEntity[] = [
  entity({
    id: 'volodymyr-zelensky',
    name: 'Volodymyr Zelensky',
    type: 'person',
    aliases: ['Volodymyr Zelensky', 'Zelensky'],
    description: 'President of Ukraine.',
    sentences: [
      {
        source: SOURCE,
        start: 30,
        end: 97,
        text: 'Ukrainian President Volodymyr Zelensky extended another invitation.',
      },
      { source: SOURCE, start: 120, end: 160, text: 'Zelensky voiced fear for his army.' },
      {
        source: SOURCE,
        start: 200,
        end: 240,
        text: 'In response to Zelensky’s words, China was silent.',
      },
    ],
    related: [
      { id: 'bakhmut', weight: 1 },
      { id: 'xi-jinping', weight: 3 },
    ],
  }),
  entity({
    id: 'xi-jinping',
    name: 'Xi Jinping',
    type: 'person',
    aliases: ['Xi Jinping', 'Xi'],
    description: 'Leader of China.',
    sentences: [{ source: SOURCE, start: 0, end: 20, text: 'Xi Jinping voiced concerns.' }],
    related: [{ id: 'volodymyr-zelensky', weight: 3 }],
  }),
  entity({ id: 'china', name: 'China', type: 'place' }),
  entity({ id: 'bakhmut', name: 'Bakhmut', type: 'place', description: 'A city in Ukraine.' }),
];

export function lookup(id: string): KbEntity | undefined {
  return ENTITIES.find((e) => e.id === id);
}

/** The page: each mention is a word in its own text node, found by a real Range. */
const PAGE: readonly { entityId: string; text: string }[] = [
  { entityId: 'volodymyr-zelensky', text: 'Zelensky' },
  { entityId: 'xi-jinping', text: 'Xi Jinping' },
  { entityId: 'china', text: 'China' },
  { entityId: 'volodymyr-zelensky', text: 'Volodymyr Zelensky' },
];

/** Where a test "points" at mention i: mentionAt answers for these coordinates only. */
export const pointOf = (index: number): { x: number; y: number } => ({ x: index * 100 + 5, y: 10 });
export const NOWHERE = { x: 900, y: 900 };

/** A scroller that scrolls nothing: ranges listed in `offScreen` need a scroll, which it records. */
export interface FakeScroller extends MentionScroller {
  offScreen: Set<Range>;
  scrolled: Range[];
}

export function fakeScroller(): FakeScroller {
  const offScreen = new Set<Range>();
  const scrolled: Range[] = [];
  return {
    offScreen,
    scrolled,
    inView: (range) => !offScreen.has(range),
    scrollTo(range) {
      scrolled.push(range);
      offScreen.delete(range);
      return Promise.resolve(range.startContainer.isConnected ? 'settled' : 'removed');
    },
  };
}

/** Lets a reveal that awaited a scroll finish. */
export const afterScroll = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface FakeAnnotator extends AnnotatorLike {
  active: (PageMention | null)[];
  list: PageMention[];
}

export function setUpPage(doc: Document): FakeAnnotator {
  doc.body.replaceChildren();
  const button = doc.createElement('button');
  button.id = 'page-button';
  button.textContent = 'Page button';
  doc.body.append(button);
  const list: PageMention[] = PAGE.map(({ entityId, text }) => {
    const p = doc.createElement('p');
    const node = doc.createTextNode(`Before ${text} after.`);
    p.append(node);
    doc.body.append(p);
    const range = doc.createRange();
    range.setStart(node, 7);
    range.setEnd(node, 7 + text.length);
    const known = lookup(entityId);
    return {
      entityId,
      name: known?.name ?? text,
      type: known?.type ?? 'other',
      text,
      range,
      drawn: 'full',
    };
  });
  const active: (PageMention | null)[] = [];
  return {
    list,
    active,
    mentions: () => list,
    mentionAt: (x, y) => list.find((_, i) => pointOf(i).x === x && pointOf(i).y === y) ?? null,
    setActive: (mention) => {
      active.push(mention);
    },
  };
}

export function part(shadow: ShadowRoot, name: string): HTMLElement {
  const element = shadow.querySelector<HTMLElement>(`[data-part="${name}"]`);
  if (!element) throw new Error(`no [data-part="${name}"] in the card`);
  return element;
}

export function parts(shadow: ShadowRoot, name: string): HTMLElement[] {
  return [...shadow.querySelectorAll<HTMLElement>(`[data-part="${name}"]`)];
}

export function cardShadow(doc: Document): ShadowRoot {
  const hosts = doc.querySelectorAll('seedlight-card');
  if (hosts.length !== 1) throw new Error(`expected one card host, found ${hosts.length}`);
  const shadow = hosts[0]?.shadowRoot;
  if (!shadow) throw new Error('the card host has no open shadow root');
  return shadow;
}
