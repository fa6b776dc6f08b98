import type { HighlightSink } from '../annotate';
import type { PageMention } from '../annotate/types';
import { createCard } from './card';
import { createCardHost } from './card-host';
import type { CardEntity } from './card-model';
import { watchCardFocus } from './focus';
import { createFocusMode } from './focus-mode';
import { watchHoverIntent } from './hover-intent';
import { cachedIntroductions } from './introduction-on-page';
import {
  createMentionNavigator,
  pageScroller,
  type MentionScroller,
  type RevealOutcome,
} from './mention-navigator';
import { defaultMessages, type PopoverMessages } from './card-strings';
import type { AnnotatorLike } from './types';
import type { SourceRef } from '../source-view/source-ref';

export const DEFAULT_HOVER_DELAY_MS = 300;

export interface PopoverOptions {
  doc: Document;
  annotator: AnnotatorLike;
  /** Knowledge-base lookup. */
  entity(entityId: string): CardEntity | undefined;
  /** Names of related entities, where they are known before their details; default `entity`. */
  lookup?(entityId: string): { id: string; name: string } | undefined;
  /** Opens the extension page that shows this sentence in its seed; the glue sends a message. */
  openSource(ref: SourceRef): void;
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
  /** Where focus mode draws the page's fading (a sink of its own); without one, no Focus button. */
  focusSink?: HighlightSink;
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
  /** The open card's entity was not known when it opened: look it up again and draw what is found. */
  refresh(): void;
  /** Removes every listener and the host element. */
  destroy(): void;
}

/** Creates the context card for one document: one card at a time, opened by hover, tap or keyboard. */
export function createPopover(options: PopoverOptions): PopoverController {
  const { doc, annotator } = options;
  const messages: PopoverMessages = { ...defaultMessages, ...options.messages };
  const aborter = new AbortController();
  const { signal } = aborter;
  const ui = createCardHost(doc);
  const focusMode = options.focusSink ? createFocusMode({ doc, sink: options.focusSink }) : null;

  const leaveFocusMode = (): void => {
    if (focusMode?.entityId() == null) return;
    focusMode.leave();
    ui.live.textContent = messages.focusLeft;
  };
  const toggleFocusMode = (mention: PageMention, name: string): void => {
    if (!focusMode) return;
    if (focusMode.entityId() === mention.entityId) leaveFocusMode();
    else {
      const ranges = annotator
        .mentions()
        .filter((m) => m.entityId === mention.entityId)
        .map((m) => m.range);
      const sentences = focusMode.enter(mention.entityId, ranges);
      if (sentences === 0) return;
      ui.live.textContent = messages.focusing(name, sentences);
    }
    card.redraw('[data-part="focus"]');
  };

  const focus = watchCardFocus({
    doc,
    ui,
    signal,
    isOpen: () => card.mention() !== null,
    escape: () => {
      const open = card.mention();
      if (open) hover.dismissed(open);
      card.close({ restoreFocus: true });
    },
    leave: () => card.close({ restoreFocus: false }),
  });
  const card = createCard({
    ...options,
    ui,
    focus,
    messages,
    related: (entityId) => navigation.toEntity(entityId),
    step: (direction) => navigation.stepSameEntity(direction),
    introduction: cachedIntroductions(() => annotator.mentions()),
    ...(focusMode
      ? {
          focusMode: {
            active: (entityId: string) => focusMode.entityId() === entityId,
            toggle: toggleFocusMode,
          },
        }
      : {}),
  });
  const navigation = createMentionNavigator({
    annotator,
    card,
    focus,
    scroller: options.scroller ?? pageScroller(doc),
    announceGone: () => {
      ui.live.textContent = messages.mentionGone;
    },
    scope: () => focusMode?.entityId() ?? null,
  });
  // Registered after the card's own Esc (which closes an open card): one Esc leaves both.
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.isComposing || focusMode?.entityId() == null) return;
      leaveFocusMode();
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true, signal },
  );
  const hover = watchHoverIntent({
    doc,
    signal,
    delayMs: options.hoverDelayMs ?? DEFAULT_HOVER_DELAY_MS,
    mentionAt: (x, y) => annotator.mentionAt(x, y),
    isOnCard: (event) => event.composedPath().includes(ui.host),
    openMention: () => card.mention(),
    closesOnLeave: () => card.openedBy() === 'hover' && !focus.inCard(),
    open: (mention, point, by) => card.show(mention, { by, point }),
    close: () => card.close({ restoreFocus: false }),
  });

  return {
    openFor: (mention, opts = {}) => card.show(mention, { by: opts.focus ? 'focus' : 'hover' }),
    reveal: (mention, opts = {}) => navigation.reveal(mention, { focus: opts.focus ?? false }),
    close: (opts) => card.close(opts),
    next: () => navigation.step(1),
    previous: () => navigation.step(-1),
    isOpen: () => card.mention() !== null,
    refresh: () => card.refresh(),
    destroy() {
      card.close();
      focusMode?.leave();
      aborter.abort();
      ui.host.remove();
    },
  };
}
