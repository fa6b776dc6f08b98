import type { CardHost } from './card-host';

export interface CardFocusOptions {
  doc: Document;
  ui: Pick<CardHost, 'host' | 'shadow' | 'dialog'>;
  signal: AbortSignal;
  /** Whether a card is open (Esc and tabbing out only act on an open card). */
  isOpen(): boolean;
  /** Esc was pressed over an open card: dismiss it, returning focus. */
  escape(): void;
  /** Focus left the open card for the page: close it, leaving focus where it went. */
  leave(): void;
}

/** Where focus goes into the card and where it returns to when the card closes. */
export interface CardFocus {
  /** Whether focus is inside the card. */
  inCard(): boolean;
  /** Moves focus into the card (onto `target`, else the dialog), remembering the page's focus first. */
  take(target?: HTMLElement | null): void;
  /** Moves focus within the card (onto `target`, else the dialog). */
  move(target?: HTMLElement | null): void;
  /** Where focus would return to: the remembered element while the card holds focus, else the page's own. */
  returnTarget(): HTMLElement | null;
  /** Focus returns to `target` from now on, if it is still on the page. */
  returnTo(target: HTMLElement | null): void;
  /** The card closes: gives focus back when `restore` and the card held it, and forgets the target. */
  release(restore: boolean): void;
}

/**
 * Tracks focus for the card: where it came from, Esc (dismisses and returns focus), and tabbing
 * out onto the page (closes). Listens until `signal` aborts.
 */
export function watchCardFocus(options: CardFocusOptions): CardFocus {
  const { doc, ui, signal } = options;
  let returnFocusTo: HTMLElement | null = null;

  const inCard = (): boolean => ui.shadow.activeElement !== null;
  const pageFocus = (): HTMLElement | null => {
    const active = deepActiveElement(doc);
    return active && active !== doc.body ? active : null;
  };
  const move = (target?: HTMLElement | null): void => {
    (target ?? ui.dialog).focus({ preventScroll: true });
  };
  const isPageNode = (target: EventTarget | null): target is HTMLElement =>
    !!target &&
    'nodeType' in target &&
    !ui.shadow.contains(target as Node) &&
    target !== ui.host &&
    typeof (target as HTMLElement).focus === 'function';

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.isComposing || !options.isOpen()) return;
      options.escape();
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true, signal },
  );

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
      if (!options.isOpen() || !isPageNode(event.relatedTarget)) return;
      returnFocusTo = null;
      options.leave();
    },
    { signal },
  );

  return {
    inCard,
    take(target) {
      if (!inCard()) returnFocusTo = pageFocus();
      move(target);
    },
    move,
    returnTarget: () => (inCard() ? returnFocusTo : pageFocus()),
    returnTo(target) {
      returnFocusTo = target?.isConnected ? target : null;
    },
    release(restore) {
      const hadFocus = inCard();
      const back = returnFocusTo;
      returnFocusTo = null;
      if (!restore || !hadFocus) return;
      if (back?.isConnected) back.focus({ preventScroll: true });
      else (ui.shadow.activeElement as HTMLElement | null)?.blur();
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
