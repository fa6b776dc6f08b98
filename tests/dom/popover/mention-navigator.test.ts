import { beforeEach, describe, expect, test } from 'vitest';
import type { PageMention } from '../../../src/annotate/types';
import type { Card } from '../../../src/popover/card';
import {
  createMentionNavigator,
  type MentionNavigator,
} from '../../../src/popover/mention-navigator';
import {
  afterScroll,
  fakeScroller,
  setUpPage,
  type FakeAnnotator,
  type FakeScroller,
} from './fixture';

type Shown = { mention: PageMention; by: string; focusSelector?: string };

let annotator: FakeAnnotator;
let scroller: FakeScroller;
let navigation: MentionNavigator;
let open: PageMention | null;
let last: PageMention | null;
let shown: Shown[];
let closed: number;
let notOnPage: string[];
let gone: number;

beforeEach(() => {
  annotator = setUpPage(document);
  scroller = fakeScroller();
  open = null;
  last = null;
  shown = [];
  closed = 0;
  notOnPage = [];
  gone = 0;
  const card: Pick<Card, 'mention' | 'lastMention' | 'show' | 'close' | 'notOnPage'> = {
    mention: () => open,
    lastMention: () => last,
    show(mention, how) {
      shown.push({
        mention,
        by: how.by,
        ...(how.focusSelector ? { focusSelector: how.focusSelector } : {}),
      });
      open = mention;
      last = mention;
    },
    close() {
      closed++;
      open = null;
    },
    notOnPage: (entityId) => notOnPage.push(entityId),
  };
  navigation = createMentionNavigator({
    annotator,
    card,
    focus: { returnTarget: () => null, returnTo: () => undefined },
    scroller,
    announceGone: () => gone++,
  });
});

const mention = (index: number): PageMention => {
  const found = annotator.list[index];
  if (!found) throw new Error(`no mention ${index}`);
  return found;
};
const shownIndexes = (): number[] => shown.map((s) => annotator.list.indexOf(s.mention));

describe('reveal', () => {
  test('a mention in view opens at once, focused when asked', async () => {
    expect(await navigation.reveal(mention(1), { focus: true })).toBe('shown');
    expect(shown).toEqual([{ mention: mention(1), by: 'focus' }]);
    expect(scroller.scrolled).toEqual([]);
  });

  test('a mention off screen is scrolled to first; the open card of another closes meanwhile', async () => {
    open = mention(0);
    scroller.offScreen.add(mention(1).range);
    const landed = navigation.reveal(mention(1), { focus: false });
    expect(closed).toBe(1);
    expect(shown).toEqual([]);
    expect(await landed).toBe('shown');
    expect(scroller.scrolled).toEqual([mention(1).range]);
    expect(shown).toEqual([{ mention: mention(1), by: 'hover' }]);
  });

  test.each([
    ['undefined (no longer in the list)', () => undefined],
    [
      'removed from the page',
      () => {
        const gone = mention(2);
        gone.range.startContainer.parentNode?.parentNode?.removeChild(
          gone.range.startContainer.parentNode,
        );
        return gone;
      },
    ],
  ])('a mention %s is announced as gone and opens nothing', async (_, which) => {
    expect(await navigation.reveal(which(), { focus: true })).toBe('removed');
    expect(gone).toBe(1);
    expect(shown).toEqual([]);
  });

  test('a later reveal supersedes one still scrolling', async () => {
    scroller.offScreen.add(mention(0).range);
    const first = navigation.reveal(mention(0), { focus: true });
    const second = navigation.reveal(mention(1), { focus: true });
    expect(await second).toBe('shown');
    expect(await first).toBe('superseded');
    expect(shownIndexes()).toEqual([1]);
  });
});

describe('next and previous on the page', () => {
  test.each([
    [1, [0, 1, 2, 3, 0]],
    [-1, [3, 2, 1, 0, 3]],
  ] as const)('direction %i visits %j, wrapping around', async (direction, expected) => {
    for (let i = 0; i < expected.length; i += 1) await navigation.step(direction);
    expect(shownIndexes()).toEqual(expected);
  });

  test('a command while the page scrolls steps on from where it is going', async () => {
    scroller.offScreen.add(mention(0).range);
    const first = navigation.step(1);
    await navigation.step(1);
    await first;
    expect(shownIndexes()).toEqual([1]);
  });

  test('with no mentions there is nowhere to go', async () => {
    annotator.list.length = 0;
    expect(await navigation.step(1)).toBeNull();
  });
});

describe('the card’s own buttons', () => {
  test('previous and next move among the entity’s mentions, focus on the button pressed', async () => {
    open = mention(0);
    navigation.stepSameEntity(1);
    await afterScroll();
    expect(shown).toEqual([
      { mention: mention(3), by: 'focus', focusSelector: '[data-part="next"]' },
    ]);
    navigation.stepSameEntity(-1);
    await afterScroll();
    expect(shown.at(-1)).toEqual({
      mention: mention(0),
      by: 'focus',
      focusSelector: '[data-part="previous"]',
    });
  });

  test('a related entity goes to its next mention after the open one', async () => {
    open = mention(1);
    navigation.toEntity('volodymyr-zelensky');
    await afterScroll();
    expect(shownIndexes()).toEqual([3]);
  });

  test('a related entity not on the page is said so on the card', () => {
    open = mention(0);
    navigation.toEntity('bakhmut');
    expect(notOnPage).toEqual(['bakhmut']);
    expect(shown).toEqual([]);
  });

  test.each([
    ['stepSameEntity', () => navigation.stepSameEntity(1)],
    ['toEntity', () => navigation.toEntity('china')],
  ])('%s does nothing without an open card', async (_, press) => {
    press();
    await afterScroll();
    expect(shown).toEqual([]);
    expect(notOnPage).toEqual([]);
  });
});
