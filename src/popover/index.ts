import type { PageMention } from '../annotate/types';
import type { Entity, SeedSentence } from '../kb/schema';
import { renderCard, type CardModel } from './card-view';
import { createCardHost } from './card-host';
import { watchHoverIntent } from './hover-intent';
import { defaultMessages, type PopoverMessages } from './messages';
import { indexFromViewport, nextMatching, stepIndex, type Direction } from './navigation';
import { followRange } from './position';
import { sameMention } from './same-mention';
import type { AnnotatorLike } from './types';

export type { AnnotatorLike } from './types';
export { defaultMessages, type PopoverMessages } from './messages';

/** Related entities shown on a card, strongest first. */
export const MAX_RELATED = 8;
export const DEFAULT_HOVER_DELAY_MS = 300;

export interface PopoverOptions {
  doc: Document;
  annotator: AnnotatorLike;
  /** Knowledge-base lookup. */
  entity(entityId: string): (Entity & { kbId: string }) | undefined;
  /** Opens the extension page that shows this sentence in its seed; the glue sends a message. */
  openSource(ref: { kbId: string; source: string; start: number; end: number }): void;
  /** User-facing strings (default English), so translations can plug in. */
  messages?: Partial<PopoverMessages>;
  /** Default 300; tests pass 0. */
  hoverDelayMs?: number;
}

export interface PopoverController {
  openFor(mention: PageMention, opts?: { focus?: boolean }): void;
  close(opts?: { restoreFocus?: boolean }): void;
  /** Keyboard command: the next mention after the current one (or after the viewport top), scrolled into view, its card open and focused. */
  next(): void;
  /** Keyboard command: as `next`, going back. */
  previous(): void;
  isOpen(): boolean;
  /** Removes every listener and the host element. */
  destroy(): void;
}

type OpenedBy = 'hover' | 'tap' | 'focus';

interface OpenCard {
  mention: PageMention;
  entity: (Entity & { kbId: string }) | undefined;
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

  let current: OpenCard | null = null;
  let lastMention: PageMention | null = null;
  let stopFollowing: (() => void) | null = null;
  let returnFocusTo: HTMLElement | null = null;

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
    };
  };

  const render = (focusSelector?: string): CardModel | null => {
    if (!current) return null;
    const model = buildModel(current);
    renderCard(ui.dialog, model, messages, {
      close: () => close({ restoreFocus: true }),
      toggleSentences: () => {
        if (!current) return;
        current.allSentences = !current.allSentences;
        render('[data-part="more"]');
      },
      related: (id) => jumpToEntity(id),
      step: (direction) => stepSameEntity(direction),
      openSource: (sentence) => openSource(sentence),
    });
    if (focusSelector) {
      const target = ui.dialog.querySelector<HTMLElement>(focusSelector);
      (target ?? ui.dialog).focus({ preventScroll: true });
    }
    return model;
  };

  const openSource = (sentence: SeedSentence): void => {
    const kbId = current?.entity?.kbId;
    if (!kbId) return;
    options.openSource({ kbId, source: sentence.source, start: sentence.start, end: sentence.end });
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

  const scrollToMention = (mention: PageMention): void => {
    const start = mention.range.startContainer;
    const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
    const reduced = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: reduced ? 'auto' : 'smooth',
    });
  };

  const goTo = (mention: PageMention, focusSelector?: string): void => {
    scrollToMention(mention);
    show(mention, { by: 'focus', ...(focusSelector ? { focusSelector } : {}) });
  };

  const indexOf = (list: readonly PageMention[], mention: PageMention | null): number =>
    mention ? list.findIndex((m) => sameMention(m, mention)) : -1;

  const go = (direction: Direction): void => {
    const list = annotator.mentions();
    const from = indexOf(list, current?.mention ?? lastMention);
    const target =
      from >= 0
        ? stepIndex(list.length, from, direction)
        : indexFromViewport(
            list.map((m) => m.range.getBoundingClientRect().top),
            direction,
          );
    const mention = list[target];
    if (mention) goTo(mention);
  };

  const stepSameEntity = (direction: Direction): void => {
    if (!current) return;
    const entityId = current.mention.entityId;
    const list = annotator.mentions().filter((m) => m.entityId === entityId);
    const mention = list[stepIndex(list.length, indexOf(list, current.mention), direction)];
    if (mention) goTo(mention, `[data-part="${direction === 1 ? 'next' : 'previous'}"]`);
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
      goTo(mention);
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
