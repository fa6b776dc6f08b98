import {
  isRangeAttached,
  isRangeInView,
  scrollToRange,
  type ScrollOutcome,
} from '../annotate/scroll-to-range';
import type { PageMention } from '../annotate/types';
import type { Entity, EntityType, SeedSentence } from '../kb/schema';
import { renderCard, type CardModel } from './card-view';
import { createCardHost } from './card-host';
import { watchHoverIntent } from './hover-intent';
import { defaultMessages, type PopoverMessages } from './card-strings';
import { indexFromViewport, nextMatching, stepIndex, type Direction } from './navigation';
import { followRange } from './position';
import { sameMention } from './same-mention';
import type { AnnotatorLike } from './types';

export type { AnnotatorLike } from './types';
export { defaultMessages, type PopoverMessages } from './card-strings';

/** Related entities shown on a card, strongest first. */
export const MAX_RELATED = 8;
export const DEFAULT_HOVER_DELAY_MS = 300;

/** An entity as the card shows it: one briefing's, or several briefings' joined (see kb/unify). */
export type CardEntity = Entity & {
  kbId: string;
  /** One per briefing that knows it, when joined from several. */
  sections?: readonly { kbId: string; kbTitle: string; entity: Entity }[];
  conflicts?: { types: readonly EntityType[] };
};

export interface PopoverOptions {
  doc: Document;
  annotator: AnnotatorLike;
  /** Knowledge-base lookup. */
  entity(entityId: string): CardEntity | undefined;
  /** Opens the extension page that shows this sentence in its seed; the glue sends a message. */
  openSource(ref: { kbId: string; source: string; start: number; end: number }): void;
  /** User-facing strings (default English), so translations can plug in. */
  messages?: Partial<PopoverMessages>;
  /** Default 300; tests pass 0. */
  hoverDelayMs?: number;
  /** Whether entities of this knowledge base can be edited (the reader's own briefings). */
  isEditable?(kbId: string): boolean;
  /** Opens the entity in the options page's briefing editor; the glue sends a message. */
  editEntity?(ref: { kbId: string; entityId: string }): void;
  /** Stops highlighting the entity (every briefing's entity that it joins); the glue stores it. */
  mute?(entities: readonly { kbId: string; entityId: string; name: string }[]): void;
  /** How a mention is brought into view; default: the page's own scrolling (see scroll-to-range). */
  scroller?: MentionScroller;
}

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

function pageScroller(doc: Document): MentionScroller {
  return {
    inView: isRangeInView,
    scrollTo: (range) => {
      const view = doc.defaultView ?? window;
      const reducedMotion = !!view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      return scrollToRange(range, view, { reducedMotion });
    },
  };
}

export interface PopoverController {
  openFor(mention: PageMention, opts?: { focus?: boolean }): void;
  /**
   * The one way to go to a mention (popup, side panel, keyboard, the card's own buttons): scrolls
   * it into view, waits for the page to stand still, then opens its card, focused when asked.
   * A mention that is gone (or undefined: no longer in the list) is announced as such.
   */
  reveal(mention: PageMention | undefined, opts?: { focus?: boolean }): Promise<RevealOutcome>;
  close(opts?: { restoreFocus?: boolean }): void;
  /** Keyboard command: the next mention after the current one (or after the viewport top), scrolled into view, its card open and focused. */
  next(): Promise<RevealOutcome | null>;
  /** Keyboard command: as `next`, going back. */
  previous(): Promise<RevealOutcome | null>;
  isOpen(): boolean;
  /** Removes every listener and the host element. */
  destroy(): void;
}

type OpenedBy = 'hover' | 'tap' | 'focus';

interface OpenCard {
  mention: PageMention;
  entity: CardEntity | undefined;
  by: OpenedBy;
  allSentences: boolean;
  status: string;
}

/** Creates the context card for one document: one card at a time, opened by hover, tap or keyboard. */
export function createPopover(options: PopoverOptions): PopoverController {
  const { doc, annotator } = options;
  const messages: PopoverMessages = { ...defaultMessages, ...options.messages };
  const aborter = new AbortController();
  const { signal } = aborter;
  const ui = createCardHost(doc);
  const scroller = options.scroller ?? pageScroller(doc);

  let current: OpenCard | null = null;
  let lastMention: PageMention | null = null;
  let stopFollowing: (() => void) | null = null;
  let returnFocusTo: HTMLElement | null = null;
  /** The mention a reveal is scrolling to; the next command steps on from it. */
  let pending: PageMention | null = null;
  let revealGeneration = 0;

  const focusInCard = (): boolean => ui.shadow.activeElement !== null;

  const buildModel = (card: OpenCard): CardModel => {
    const { mention, entity } = card;
    const sameEntity = annotator.mentions().filter((m) => m.entityId === mention.entityId);
    const found = sameEntity.findIndex((m) => sameMention(m, mention));
    const related = (entity?.related ?? [])
      .slice()
      .sort((a, b) => b.weight - a.weight)
      .flatMap((r) => {
        const other = options.entity(r.id);
        return other ? [{ id: other.id, name: other.name }] : [];
      })
      .slice(0, MAX_RELATED);
    return {
      name: entity?.name ?? mention.name,
      type: entity?.type ?? mention.type,
      description: entity?.description?.trim() ?? '',
      aliases: entity
        ? [...entity.aliases, entity.name, mention.text]
        : [mention.name, mention.text],
      sentences: entity?.sentences ?? [],
      related,
      index: found >= 0 ? found + 1 : 1,
      total: Math.max(sameEntity.length, 1),
      allSentences: card.allSentences,
      status: card.status,
      editable: !!entity && !!options.editEntity && !!options.isEditable?.(entity.kbId),
      sections:
        entity?.sections && entity.sections.length > 1
          ? entity.sections.map((s) => ({
              kbId: s.kbId,
              title: s.kbTitle,
              description: s.entity.description?.trim() ?? '',
              sentences: s.entity.sentences,
            }))
          : [],
      conflictingTypes: entity?.conflicts?.types ?? [],
      mutable: !!entity && !!options.mute,
    };
  };

  /** Draws the card; the body keeps its scroll only when redrawing the same card (`keepScroll`). */
  const render = (focusSelector?: string, keepScroll = false): CardModel | null => {
    if (!current) return null;
    const model = buildModel(current);
    const scrollTop = keepScroll
      ? (ui.dialog.querySelector<HTMLElement>('[data-part="body"]')?.scrollTop ?? 0)
      : 0;
    renderCard(
      ui.dialog,
      model,
      messages,
      {
        close: () => close({ restoreFocus: true }),
        toggleSentences: () => {
          if (!current) return;
          current.allSentences = !current.allSentences;
          render('[data-part="more"]', true);
        },
        related: (id) => jumpToEntity(id),
        step: (direction) => stepSameEntity(direction),
        openSource: (sentence, kbId) => openSource(sentence, kbId),
        edit: () => editEntity(),
        mute: () => muteEntity(),
      },
      scrollTop,
    );
    ui.card.scrollTop = 0;
    if (focusSelector) {
      const target = ui.dialog.querySelector<HTMLElement>(focusSelector);
      (target ?? ui.dialog).focus({ preventScroll: true });
    }
    return model;
  };

  const openSource = (sentence: SeedSentence, sectionKbId?: string): void => {
    const kbId = sectionKbId ?? current?.entity?.kbId;
    if (!kbId) return;
    options.openSource({ kbId, source: sentence.source, start: sentence.start, end: sentence.end });
  };

  const muteEntity = (): void => {
    const entity = current?.entity;
    if (!entity || !options.mute) return;
    const parts = entity.sections ?? [{ kbId: entity.kbId, entity }];
    options.mute(parts.map((p) => ({ kbId: p.kbId, entityId: p.entity.id, name: p.entity.name })));
    close({ restoreFocus: true });
    ui.live.textContent = messages.muted(entity.name);
  };

  const editEntity = (): void => {
    const entity = current?.entity;
    if (entity) options.editEntity?.({ kbId: entity.kbId, entityId: entity.id });
  };

  const show = (
    mention: PageMention,
    how: { by: OpenedBy; point?: { x: number; y: number }; focusSelector?: string },
  ): void => {
    const focus = how.by === 'focus';
    if (current && sameMention(current.mention, mention)) {
      if (focus) current.by = 'focus';
    } else {
      stopFollowing?.();
      stopFollowing = null;
      const entity = options.entity(mention.entityId);
      current = { mention, entity, by: how.by, allSentences: false, status: '' };
      lastMention = mention;
      const model = render();
      // A card hidden with a mention that scrolled away must not stay hidden: it could not take focus.
      ui.card.style.visibility = '';
      ui.show();
      stopFollowing = followRange(mention.range, ui.card, how.point, ui.topLayer);
      annotator.setActive(mention);
      if (model) {
        ui.live.textContent = messages.announce(
          model.name,
          messages.typeLabel(model.type),
          model.description,
        );
      }
    }
    if (focus) {
      if (!focusInCard()) {
        const active = deepActiveElement(doc);
        returnFocusTo = active && active !== doc.body ? active : null;
      }
      const target = how.focusSelector
        ? ui.dialog.querySelector<HTMLElement>(how.focusSelector)
        : null;
      (target ?? ui.dialog).focus({ preventScroll: true });
    }
  };

  const close = (opts: { restoreFocus?: boolean } = {}): void => {
    if (!current) return;
    const hadFocus = focusInCard();
    current = null;
    stopFollowing?.();
    stopFollowing = null;
    const back = returnFocusTo;
    returnFocusTo = null;
    if ((opts.restoreFocus ?? true) && hadFocus) {
      if (back?.isConnected) back.focus({ preventScroll: true });
      else (ui.shadow.activeElement as HTMLElement | null)?.blur();
    }
    ui.hide();
    annotator.setActive(null);
  };

  const pageFocus = (): HTMLElement | null => {
    const active = deepActiveElement(doc);
    return active && active !== doc.body ? active : null;
  };

  const goTo = async (
    mention: PageMention | undefined,
    how: { focus: boolean; focusSelector?: string },
  ): Promise<RevealOutcome> => {
    const mine = ++revealGeneration;
    if (!mention || !isRangeAttached(mention.range)) {
      pending = null;
      ui.live.textContent = messages.mentionGone;
      return 'removed';
    }
    // Where Esc returns focus to, kept across the jump: the card may lose focus while it moves.
    const back = focusInCard() ? returnFocusTo : pageFocus();
    if (!scroller.inView(mention.range)) {
      pending = mention;
      // The open card would follow its mention off screen, hidden, and drop focus on the way.
      if (current && !sameMention(current.mention, mention)) close({ restoreFocus: false });
      const outcome = await scroller.scrollTo(mention.range);
      if (mine !== revealGeneration) return 'superseded';
      pending = null;
      if (outcome === 'removed') {
        ui.live.textContent = messages.mentionGone;
        return 'removed';
      }
    }
    pending = null;
    show(mention, {
      by: how.focus ? 'focus' : 'hover',
      ...(how.focusSelector ? { focusSelector: how.focusSelector } : {}),
    });
    if (how.focus) returnFocusTo = back?.isConnected ? back : null;
    return 'shown';
  };

  const indexOf = (list: readonly PageMention[], mention: PageMention | null): number =>
    mention ? list.findIndex((m) => sameMention(m, mention)) : -1;

  const go = (direction: Direction): Promise<RevealOutcome | null> => {
    const list = annotator.mentions();
    const from = indexOf(list, pending ?? current?.mention ?? lastMention);
    const target =
      from >= 0
        ? stepIndex(list.length, from, direction)
        : indexFromViewport(
            list.map((m) => m.range.getBoundingClientRect().top),
            direction,
          );
    const mention = list[target];
    return mention ? goTo(mention, { focus: true }) : Promise.resolve(null);
  };

  const stepSameEntity = (direction: Direction): void => {
    if (!current) return;
    const entityId = current.mention.entityId;
    const list = annotator.mentions().filter((m) => m.entityId === entityId);
    const mention = list[stepIndex(list.length, indexOf(list, current.mention), direction)];
    if (mention) {
      void goTo(mention, {
        focus: true,
        focusSelector: `[data-part="${direction === 1 ? 'next' : 'previous'}"]`,
      });
    }
  };

  const jumpToEntity = (entityId: string): void => {
    if (!current) return;
    const list = annotator.mentions();
    const target = nextMatching(
      list,
      indexOf(list, current.mention),
      (m) => m.entityId === entityId,
    );
    const mention = list[target];
    if (mention) {
      void goTo(mention, { focus: true });
      return;
    }
    const name = options.entity(entityId)?.name ?? entityId;
    current.status = messages.notOnPage(name);
    render();
    const button = [...ui.dialog.querySelectorAll<HTMLElement>('[data-part="related"]')].find(
      (b) => b.dataset['entityId'] === entityId,
    );
    (button ?? ui.dialog).focus({ preventScroll: true });
  };

  const hover = watchHoverIntent({
    doc,
    signal,
    delayMs: options.hoverDelayMs ?? DEFAULT_HOVER_DELAY_MS,
    mentionAt: (x, y) => annotator.mentionAt(x, y),
    isOnCard: (event) => event.composedPath().includes(ui.host),
    openMention: () => current?.mention ?? null,
    closesOnLeave: () => current?.by === 'hover' && !focusInCard(),
    open: (mention, point, by) => show(mention, { by, point }),
    close: () => close({ restoreFocus: false }),
  });

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.isComposing || !current) return;
      hover.dismissed(current.mention);
      close({ restoreFocus: true });
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true, signal },
  );

  const isPageNode = (target: EventTarget | null): target is HTMLElement =>
    !!target &&
    'nodeType' in target &&
    !ui.shadow.contains(target as Node) &&
    target !== ui.host &&
    typeof (target as HTMLElement).focus === 'function';

  // A click into a hover card moves focus too; Esc should then return it where it was.
  ui.dialog.addEventListener(
    'focusin',
    (event) => {
      if (!returnFocusTo && isPageNode(event.relatedTarget)) returnFocusTo = event.relatedTarget;
    },
    { signal },
  );

  // Tabbing out of a focused card onto the page closes it rather than leaving it behind.
  ui.dialog.addEventListener(
    'focusout',
    (event) => {
      if (!current || !isPageNode(event.relatedTarget)) return;
      returnFocusTo = null;
      close({ restoreFocus: false });
    },
    { signal },
  );

  return {
    openFor(mention, opts = {}) {
      show(mention, { by: opts.focus ? 'focus' : 'hover' });
    },
    reveal: (mention, opts = {}) => goTo(mention, { focus: opts.focus ?? false }),
    close,
    next: () => go(1),
    previous: () => go(-1),
    isOpen: () => current !== null,
    destroy() {
      close();
      aborter.abort();
      ui.host.remove();
    },
  };
}

/** The focused element, looking through open shadow roots (a page's own widgets included). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active && typeof (active as HTMLElement).focus === 'function'
    ? (active as HTMLElement)
    : null;
}
