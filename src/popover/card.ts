import type { PageMention } from '../annotate/types';
import type { SeedSentence } from '../kb/schema';
import type { CardHost } from './card-host';
import { buildCardModel, muteTargets, type CardEntity, type CardModel } from './card-model';
import { renderCard } from './card-view';
import type { CardFocus } from './focus';
import type { PopoverMessages } from './card-strings';
import type { Direction } from './navigation';
import { followRange } from './position';
import { sameEntityAndRange } from './same-entity-and-range';
import type { AnnotatorLike } from './types';
import type { SourceRef } from '../source-view/source-ref';

export type OpenedBy = 'hover' | 'tap' | 'focus';

export interface CardOptions {
  ui: CardHost;
  annotator: AnnotatorLike;
  focus: CardFocus;
  messages: PopoverMessages;
  entity(entityId: string): CardEntity | undefined;
  /** Names of related entities; default `entity`. */
  lookup?(entityId: string): { id: string; name: string } | undefined;
  openSource(ref: SourceRef): void;
  isEditable?(kbId: string): boolean;
  editEntity?(ref: { kbId: string; entityId: string }): void;
  mute?(entities: readonly { kbId: string; entityId: string; name: string }[]): void;
  /** A related entity's button: go to that entity's next mention. */
  related(entityId: string): void;
  /** The card's previous and next buttons: go among the entity's own mentions. */
  step(direction: Direction): void;
  /** How the page introduces the entity (empty when it does not); read when its card opens. */
  introduction?(entityId: string): string;
  /** Focus mode, where the page has one: whether it is on for an entity, and the Focus button. */
  focusMode?: {
    active(entityId: string): boolean;
    toggle(mention: PageMention, name: string): void;
  };
}

/** The one card on the page: the mention it shows, drawn from its model, placed beside it. */
export interface Card {
  /** The mention whose card is open, or null. */
  mention(): PageMention | null;
  /** The mention of the open card, else of the card open last. */
  lastMention(): PageMention | null;
  openedBy(): OpenedBy | null;
  /** Opens the card for `mention` (or keeps it, when it is open already); `focus` opening moves focus in. */
  show(
    mention: PageMention,
    how: { by: OpenedBy; point?: { x: number; y: number }; focusSelector?: string },
  ): void;
  close(opts?: { restoreFocus?: boolean }): void;
  /** Says on the open card that a related entity is not on this page, keeping focus on its button. */
  notOnPage(entityId: string): void;
  /** Draws the open card again (focus mode changed), keeping its scroll; focuses `focusSelector`. */
  redraw(focusSelector?: string): void;
  /** Looks up the open card's entity again, and draws the card again if it is found now. */
  refresh(): void;
}

interface OpenCard {
  mention: PageMention;
  entity: CardEntity | undefined;
  by: OpenedBy;
  allSentences: boolean;
  status: string;
  introduction: string;
}

export function createCard(options: CardOptions): Card {
  const { ui, annotator, focus, messages } = options;
  let current: OpenCard | null = null;
  let lastMention: PageMention | null = null;
  let stopFollowing: (() => void) | null = null;

  const modelOf = (card: OpenCard): CardModel => {
    const { mention, entity } = card;
    const sameEntity = annotator.mentions().filter((m) => m.entityId === mention.entityId);
    return buildCardModel({
      mention,
      entity,
      place: {
        index: sameEntity.findIndex((m) => sameEntityAndRange(m, mention)),
        count: sameEntity.length,
      },
      lookup: options.lookup ?? options.entity,
      allSentences: card.allSentences,
      status: card.status,
      canEdit: (kbId) => !!options.editEntity && !!options.isEditable?.(kbId),
      canMute: !!options.mute,
      introduction: card.introduction,
      ...(options.focusMode
        ? { focus: { active: options.focusMode.active(mention.entityId) } }
        : {}),
    });
  };

  const part = (selector: string | undefined): HTMLElement | null =>
    selector ? ui.dialog.querySelector<HTMLElement>(selector) : null;

  /** Draws the card; the body keeps its scroll only when redrawing the same card (`keepScroll`). */
  const render = (card: OpenCard, focusSelector?: string, keepScroll = false): CardModel => {
    const model = modelOf(card);
    const scrollTop = keepScroll ? (part('[data-part="body"]')?.scrollTop ?? 0) : 0;
    renderCard(
      ui.dialog,
      model,
      messages,
      {
        close: () => close({ restoreFocus: true }),
        toggleSentences: () => {
          if (!current) return;
          current.allSentences = !current.allSentences;
          render(current, '[data-part="more"]', true);
        },
        related: options.related,
        step: options.step,
        openSource: (sentence, kbId) => openSource(sentence, kbId),
        edit: () => {
          const entity = current?.entity;
          if (entity) options.editEntity?.({ kbId: entity.kbId, entityId: entity.id });
        },
        mute: () => mute(),
        focus: () => {
          if (current) options.focusMode?.toggle(current.mention, model.name);
        },
      },
      scrollTop,
    );
    ui.card.scrollTop = 0;
    if (focusSelector) focus.move(part(focusSelector));
    return model;
  };

  const openSource = (sentence: SeedSentence, sectionKbId?: string): void => {
    const kbId = sectionKbId ?? current?.entity?.kbId;
    if (!kbId) return;
    options.openSource({ kbId, source: sentence.source, start: sentence.start, end: sentence.end });
  };

  const mute = (): void => {
    const entity = current?.entity;
    if (!entity || !options.mute) return;
    options.mute(muteTargets(entity));
    close({ restoreFocus: true });
    ui.live.textContent = messages.muted(entity.name);
  };

  const show: Card['show'] = (mention, how) => {
    const byFocus = how.by === 'focus';
    if (current && sameEntityAndRange(current.mention, mention)) {
      if (byFocus) current.by = 'focus';
    } else {
      stopFollowing?.();
      stopFollowing = null;
      const entity = options.entity(mention.entityId);
      const introduction = options.introduction?.(mention.entityId) ?? '';
      current = { mention, entity, by: how.by, allSentences: false, status: '', introduction };
      lastMention = mention;
      const model = render(current);
      // A card hidden with a mention that scrolled away must not stay hidden: it could not take focus.
      ui.card.style.visibility = '';
      ui.show();
      stopFollowing = followRange(mention.range, ui.card, how.point, ui.topLayer);
      annotator.setActive(mention);
      ui.live.textContent = messages.announce(
        model.name,
        messages.typeLabel(model.type),
        model.description,
      );
    }
    if (byFocus) focus.take(part(how.focusSelector));
  };

  const close: Card['close'] = (opts = {}) => {
    if (!current) return;
    current = null;
    stopFollowing?.();
    stopFollowing = null;
    focus.release(opts.restoreFocus ?? true);
    ui.hide();
    annotator.setActive(null);
  };

  return {
    mention: () => current?.mention ?? null,
    lastMention: () => lastMention,
    openedBy: () => current?.by ?? null,
    show,
    close,
    notOnPage(entityId) {
      if (!current) return;
      current.status = messages.notOnPage(options.entity(entityId)?.name ?? entityId);
      render(current);
      const button = [...ui.dialog.querySelectorAll<HTMLElement>('[data-part="related"]')].find(
        (b) => b.dataset['entityId'] === entityId,
      );
      focus.move(button);
    },
    redraw(focusSelector) {
      if (current) render(current, focusSelector, true);
    },
    refresh() {
      if (!current || current.entity) return;
      const entity = options.entity(current.mention.entityId);
      if (!entity) return;
      current.entity = entity;
      // Focus stays on the part it was on (the card's elements are drawn anew).
      const focused = ui.shadow.activeElement as HTMLElement | null;
      const where = focused && focused !== ui.dialog ? focused.dataset['part'] : undefined;
      render(current, where ? `[data-part="${where}"]` : undefined, true);
    },
  };
}
