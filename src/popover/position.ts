import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  platform,
  shift,
  size,
  type Platform,
  type VirtualElement,
} from '@floating-ui/dom';

/**
 * The card never grows taller than this many of its host's em (480 px at the default text size),
 * nor than this fraction of the viewport; the rest of its body scrolls inside.
 */
export const MAX_CARD_HEIGHT_EM = 30;
export const MAX_CARD_VIEWPORT_FRACTION = 0.85;
/** Below this, the card takes what room there is: a shorter card would show no body at all. */
const MIN_CARD_HEIGHT_PX = 160;
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
 * A card in the top layer is placed in viewport coordinates, whatever the page does to <html>.
 * floating-ui corrects fixed positions by <html>'s left edge (for left-side scrollbars), which a
 * page's transform or margin on <html> moves, so the card would land beside its mention.
 */
const topLayerPlatform: Platform = {
  ...platform,
  async getElementRects({ reference, floating }) {
    const rect = reference.getBoundingClientRect();
    const { width, height } = await platform.getDimensions(floating);
    return {
      reference: { x: rect.left, y: rect.top, width: rect.width, height: rect.height },
      floating: { x: 0, y: 0, width, height },
    };
  },
};

/**
 * Positions `card` beside `range` and keeps it there while the page scrolls or resizes.
 * `point` (the pointer) picks the line of a wrapped mention. Returns the function that stops following.
 */
export function followRange(
  range: Range,
  card: HTMLElement,
  point?: { x: number; y: number },
  inTopLayer = false,
): () => void {
  const reference = rangeReference(range);
  let stopped = false;
  const update = (): void => {
    void computePosition(reference, card, {
      strategy: 'fixed',
      ...(inTopLayer ? { platform: topLayerPlatform } : {}),
      placement: 'bottom-start',
      middleware: [
        inline(point),
        offset(8),
        flip({ padding: VIEWPORT_PADDING_PX }),
        shift({ padding: VIEWPORT_PADDING_PX }),
        size({
          padding: VIEWPORT_PADDING_PX,
          apply({ availableHeight, elements }) {
            const view = elements.floating.ownerDocument.defaultView;
            const host = elements.floating.getRootNode() as ShadowRoot | Document;
            const em =
              'host' in host && view ? parseFloat(view.getComputedStyle(host.host).fontSize) : 16;
            const cap = Math.min(
              (Number.isFinite(em) ? em : 16) * MAX_CARD_HEIGHT_EM,
              (view?.innerHeight ?? Infinity) * MAX_CARD_VIEWPORT_FRACTION,
            );
            const height = Math.max(MIN_CARD_HEIGHT_PX, Math.min(availableHeight, cap));
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
