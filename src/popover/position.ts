import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

/** The card never grows taller than this, even in a tall viewport; the rest scrolls inside. */
export const MAX_CARD_HEIGHT_PX = 480;
const VIEWPORT_PADDING_PX = 8;

/** A floating-ui reference for a Range, so mentions that wrap across lines are handled. */
export function rangeReference(range: Range): VirtualElement {
  const start = range.startContainer;
  const contextElement = start.nodeType === 1 ? (start as Element) : start.parentElement;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(contextElement ? { contextElement } : {}),
  };
}

/**
 * Positions `card` beside `range` and keeps it there while the page scrolls or resizes.
 * `point` (the pointer) picks the line of a wrapped mention. Returns the function that stops following.
 */
export function followRange(
  range: Range,
  card: HTMLElement,
  point?: { x: number; y: number },
): () => void {
  const reference = rangeReference(range);
  let stopped = false;
  const update = (): void => {
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(point),
        offset(8),
        flip({ padding: VIEWPORT_PADDING_PX }),
        shift({ padding: VIEWPORT_PADDING_PX }),
        size({
          padding: VIEWPORT_PADDING_PX,
          apply({ availableHeight, elements }) {
            const height = Math.max(120, Math.min(availableHeight, MAX_CARD_HEIGHT_PX));
            elements.floating.style.maxHeight = `${Math.floor(height)}px`;
          },
        }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      if (stopped) return;
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
      // A mention scrolled out of sight takes its card with it rather than leaving it floating.
      card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : '';
    });
  };
  const cleanup = autoUpdate(reference, card, update);
  return () => {
    stopped = true;
    cleanup();
  };
}
