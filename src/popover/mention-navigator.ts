import {
  isRangeAttached,
  isRangeInView,
  scrollToRange,
  type ScrollOutcome,
} from '../annotate/scroll-to-range';
import type { PageMention } from '../annotate/types';
import type { Card } from './card';
import type { CardFocus } from './focus';
import { indexFromViewport, nextMatching, stepIndex, type Direction } from './navigation';
import { sameEntityAndRange } from './same-entity-and-range';
import type { AnnotatorLike } from './types';

/** Scrolls mentions into view; tests pass a fake. */
export interface MentionScroller {
  inView(range: Range): boolean;
  /** Scrolls the range into view and resolves once it stands still. */
  scrollTo(range: Range): Promise<ScrollOutcome>;
}

/**
 * How going to a mention ended: its card is shown; the page removed it (the live region said
 * so); or a later request took over before it landed.
 */
export type RevealOutcome = 'shown' | 'removed' | 'superseded';

/** The page's own scrolling, smooth unless the reader asks for reduced motion. */
export function pageScroller(doc: Document): MentionScroller {
  return {
    inView: isRangeInView,
    scrollTo: (range) => {
      const view = doc.defaultView ?? window;
      const reducedMotion = !!view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      return scrollToRange(range, view, { reducedMotion });
    },
  };
}

export interface MentionNavigatorOptions {
  annotator: Pick<AnnotatorLike, 'mentions'>;
  card: Pick<Card, 'mention' | 'lastMention' | 'show' | 'close' | 'notOnPage'>;
  focus: Pick<CardFocus, 'returnTarget' | 'returnTo'>;
  scroller: MentionScroller;
  /** Tells the reader the mention asked for is no longer on the page. */
  announceGone(): void;
  /** The entity that `step` keeps to (focus mode's), or null for every mention. */
  scope?(): string | null;
}

/** Goes to mentions: every way of going (commands, the card's buttons, the popup) reveals the same way. */
export interface MentionNavigator {
  /**
   * Scrolls `mention` into view, waits for the page to stand still, then opens its card (focused,
   * on `focusSelector` when given). A mention that is gone (or undefined) is announced as such.
   */
  reveal(
    mention: PageMention | undefined,
    how: { focus: boolean; focusSelector?: string },
  ): Promise<RevealOutcome>;
  /**
   * The next (or previous) mention on the page after the current one, or after the viewport top;
   * in focus mode, the focused entity's.
   */
  step(direction: Direction): Promise<RevealOutcome | null>;
  /** The next (or previous) mention of the open card's entity. */
  stepSameEntity(direction: Direction): void;
  /** The next mention of `entityId` after the open card's; the card says so when there is none. */
  toEntity(entityId: string): void;
}

export function createMentionNavigator(options: MentionNavigatorOptions): MentionNavigator {
  const { annotator, card, focus, scroller } = options;
  /** The mention a reveal is scrolling to; the next command steps on from it. */
  let pending: PageMention | null = null;
  let generation = 0;

  const reveal: MentionNavigator['reveal'] = async (mention, how) => {
    const mine = ++generation;
    if (!mention || !isRangeAttached(mention.range)) {
      pending = null;
      options.announceGone();
      return 'removed';
    }
    // Where Esc returns focus to, kept across the jump: the card may lose focus while it moves.
    const back = focus.returnTarget();
    if (!scroller.inView(mention.range)) {
      pending = mention;
      // The open card would follow its mention off screen, hidden, and drop focus on the way.
      const open = card.mention();
      if (open && !sameEntityAndRange(open, mention)) card.close({ restoreFocus: false });
      const outcome = await scroller.scrollTo(mention.range);
      if (mine !== generation) return 'superseded';
      pending = null;
      if (outcome === 'removed') {
        options.announceGone();
        return 'removed';
      }
    }
    pending = null;
    card.show(mention, {
      by: how.focus ? 'focus' : 'hover',
      ...(how.focusSelector ? { focusSelector: how.focusSelector } : {}),
    });
    if (how.focus) focus.returnTo(back);
    return 'shown';
  };

  const indexOf = (list: readonly PageMention[], mention: PageMention | null): number =>
    mention ? list.findIndex((m) => sameEntityAndRange(m, mention)) : -1;

  return {
    reveal,
    step(direction) {
      const only = options.scope?.() ?? null;
      const all = annotator.mentions();
      const list = only === null ? all : all.filter((m) => m.entityId === only);
      const from = indexOf(list, pending ?? card.lastMention());
      const target =
        from >= 0
          ? stepIndex(list.length, from, direction)
          : indexFromViewport(
              list.map((m) => m.range.getBoundingClientRect().top),
              direction,
            );
      const mention = list[target];
      return mention ? reveal(mention, { focus: true }) : Promise.resolve(null);
    },
    stepSameEntity(direction) {
      const open = card.mention();
      if (!open) return;
      const list = annotator.mentions().filter((m) => m.entityId === open.entityId);
      const mention = list[stepIndex(list.length, indexOf(list, open), direction)];
      if (!mention) return;
      void reveal(mention, {
        focus: true,
        focusSelector: `[data-part="${direction === 1 ? 'next' : 'previous'}"]`,
      });
    },
    toEntity(entityId) {
      const open = card.mention();
      if (!open) return;
      const list = annotator.mentions();
      const mention = list[nextMatching(list, indexOf(list, open), (m) => m.entityId === entityId)];
      if (mention) void reveal(mention, { focus: true });
      else card.notOnPage(entityId);
    },
  };
}
