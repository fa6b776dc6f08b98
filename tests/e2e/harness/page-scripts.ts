/** Page functions the harness's actions run in a page (see page-function.ts). */

/** Where an occurrence of a text is, and whether finding it scrolled the page. */
export interface TextSpot {
  /** Viewport centre of its first line. */
  x: number;
  y: number;
  scrolled: boolean;
}

/**
 * Finds the `occurrence`-th (0-based) occurrence of `text` in the page's visible body text,
 * scrolls it to the middle of the viewport when `scroll`, and answers the viewport centre of its
 * first client rect; null when absent.
 */
export function locateText(text: string, occurrence: number, scroll: boolean): TextSpot | null {
  let seen = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, noscript, template, textarea')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let at = node.data.indexOf(text); at !== -1; at = node.data.indexOf(text, at + 1)) {
      if (seen++ !== occurrence) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const before = window.scrollY;
      const first = range.getClientRects()[0];
      if (!first) return null;
      if (scroll) window.scrollBy({ top: first.top - window.innerHeight / 2, behavior: 'instant' });
      const rect = range.getClientRects()[0] ?? first;
      return {
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
        scrolled: window.scrollY !== before,
      };
    }
  }
  return null;
}

export interface CardContent {
  name: string;
  sentences: string[];
  descriptions: string[];
  dialogs: number;
}

/** The popover's visible parts, read through its open shadow root; null while it is not shown. */
export function readCard(): CardContent | null {
  const root = document.querySelector('seedlight-card')?.shadowRoot;
  const name = root?.querySelector('[data-part="name"]');
  if (!root || !name || !name.checkVisibility()) return null;
  // Still fading in or moving: not yet what the reader sees.
  if (root.getAnimations().some((a) => a.playState === 'running')) return null;
  // An element's own text, without the labels of the buttons inside it.
  const texts = (selector: string) =>
    [...root.querySelectorAll(selector)].map((e) => {
      const copy = e.cloneNode(true) as Element;
      copy.querySelectorAll('button').forEach((b) => b.remove());
      return (copy.textContent ?? '').trim();
    });
  return {
    name: (name.textContent ?? '').trim(),
    sentences: texts('[data-part="sentence"]'),
    descriptions: texts('[data-part="description"]'),
    dialogs: root.querySelectorAll('[role="dialog"]').length,
  };
}

/** How many `<seedlight-card>` hosts the page holds. */
export function countCardHosts(): number {
  return document.querySelectorAll('seedlight-card').length;
}

/** A box in CSS pixels, in the viewport or (with `inDocument`) in the whole page. */
export interface PageBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a screenshot should show: Seedlight's drawn ranges and its open card, and the card's colour. */
export interface DrawnParts {
  /** The first line box of each range Seedlight draws (active highlight excluded). */
  highlights: PageBox[];
  /** The open card's box, or null. */
  card: PageBox | null;
  cardBackground: string;
}

/** Where the page shows Seedlight's highlights and card (offset by the scroll when `inDocument`). */
export function drawnParts(inDocument: boolean): DrawnParts {
  const dx = inDocument ? window.scrollX : 0;
  const dy = inDocument ? window.scrollY : 0;
  const shift = (r: DOMRect): PageBox => ({
    left: r.left + dx,
    top: r.top + dy,
    right: r.right + dx,
    bottom: r.bottom + dy,
  });
  const highlights: PageBox[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('seedlight-') || name === 'seedlight-active') continue;
    for (const range of highlight) {
      const rect = (range as Range).getClientRects()[0];
      if (rect && rect.width > 0) highlights.push(shift(rect));
    }
  }
  const card = document
    .querySelector('seedlight-card')
    ?.shadowRoot?.querySelector('[data-part="card"]');
  return {
    highlights,
    card: card ? shift(card.getBoundingClientRect()) : null,
    cardBackground: card ? getComputedStyle(card).backgroundColor : '',
  };
}
