import { DESCRIPTION_ID, NAME_ID } from './card-view';
import { CARD_CSS, HOST_DECLARATIONS } from './styles';

/** The card's elements, inside a shadow root so page styles cannot reach them. */
export interface CardHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The positioned box, shown in the top layer where the Popover API exists. */
  card: HTMLElement;
  /** Whether the card is shown in the top layer (the Popover API), where page transforms cannot reach. */
  topLayer: boolean;
  /** The labelled dialog inside the card; it takes focus on the keyboard path. */
  dialog: HTMLElement;
  /** A polite live region outside the card, so it exists before the text it announces. */
  live: HTMLElement;
  show(): void;
  hide(): void;
}

type PopoverElement = HTMLElement & { showPopover?: () => void; hidePopover?: () => void };

/**
 * Builds the host element. It is a plain unknown element, not a custom element: Firefox content
 * scripts have no `customElements` registry.
 */
export function createCardHost(doc: Document): CardHost {
  const host = doc.createElement('seedlight-card');
  host.setAttribute('style', HOST_DECLARATIONS);
  const shadow = host.attachShadow({ mode: 'open' });

  const style = doc.createElement('style');
  style.textContent = CARD_CSS;

  const live = doc.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  live.setAttribute('data-part', 'live');

  const card: PopoverElement = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('data-part', 'card');
  card.setAttribute('data-state', 'closed');
  const topLayer = typeof card.showPopover === 'function';
  if (topLayer) card.setAttribute('popover', 'manual');

  const dialog = doc.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'false');
  dialog.setAttribute('aria-labelledby', NAME_ID);
  dialog.setAttribute('aria-describedby', DESCRIPTION_ID);
  dialog.tabIndex = -1;
  card.append(dialog);

  shadow.append(style, live, card);
  // A copy of Seedlight from before an update (Firefox re-injects) cannot remove its own host.
  for (const stale of doc.documentElement.querySelectorAll(':scope > seedlight-card'))
    stale.remove();
  doc.documentElement.append(host);

  const isShowing = (): boolean => {
    try {
      return card.matches(':popover-open');
    } catch {
      return false;
    }
  };

  return {
    host,
    shadow,
    card,
    topLayer,
    dialog,
    live,
    show() {
      // Pages that rebuild the document can drop the host; put it back before showing.
      if (!host.isConnected) doc.documentElement.append(host);
      card.setAttribute('data-state', 'open');
      if (topLayer && !isShowing()) card.showPopover?.();
    },
    hide() {
      card.setAttribute('data-state', 'closed');
      if (topLayer && isShowing()) card.hidePopover?.();
    },
  };
}
