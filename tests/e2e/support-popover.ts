/**
 * Page probes for the context-card tests: the card's state and box as the reader meets them,
 * and helpers to focus a page element or find a text's box. JavaScript source, run in the page.
 */

const literal = (value: unknown): string => JSON.stringify(value);

/** The card as the reader meets it, read through the host's open shadow root. */
export interface CardState {
  /** `data-state` of the card: 'open' or 'closed'. */
  state: string | null;
  name: string;
  type: string;
  description: string;
  /** Each shown sentence's own text (without its button), and the text of its `<mark>`s. */
  sentences: { text: string; marks: string[] }[];
  /** The dialog's accessible name: the text of its aria-labelledby targets. */
  label: string;
  live: string;
  /** Every element with a `data-part` that the reader can act on, as `part:localName`. */
  controls: string[];
  /** Focusable elements in the dialog that are not `<button>`s, as `localName[data-part]`. */
  nonButtonFocusables: string[];
  /** `<img>`, `<script>`, `<b>` and any element carrying an inline event handler, in the shadow root. */
  injected: string[];
  /** Focus: the page's active element is the host and the host's is inside the dialog. */
  focusInDialog: boolean;
  /** The page's active element outside the card, as `localName#id`. */
  pageFocus: string;
}

/** Reads the card's state (null when the page has no card host). */
export const CARD_STATE = `(() => {
  const host = document.querySelector('seedlight-card');
  const root = host && host.shadowRoot;
  if (!root) return null;
  const part = (name) => root.querySelector('[data-part="' + name + '"]');
  const ownText = (element) => {
    if (!element) return '';
    const copy = element.cloneNode(true);
    copy.querySelectorAll('button').forEach((b) => b.remove());
    return copy.textContent.trim();
  };
  const dialog = root.querySelector('[role="dialog"]');
  const labelIds = ((dialog && dialog.getAttribute('aria-labelledby')) || '').split(/\\s+/).filter(Boolean);
  const inner = root.activeElement;
  const controlParts = ['close', 'sentence-source', 'more', 'related', 'previous', 'next', 'open-source', 'edit'];
  const focusable = 'a[href], area, input, select, textarea, summary, iframe, [contenteditable], [tabindex], [role="button"], [role="link"], [onclick], button';
  const active = document.activeElement;
  return {
    state: part('card') ? part('card').getAttribute('data-state') : null,
    name: ownText(part('name')),
    type: ownText(part('type')),
    description: part('description') ? part('description').textContent : '',
    sentences: [...root.querySelectorAll('[data-part="sentence"]')].map((s) => ({
      text: ownText(s),
      marks: [...s.querySelectorAll('mark')].map((m) => m.textContent),
    })),
    label: labelIds.map((id) => (root.getElementById(id) || { textContent: '' }).textContent.trim()).join(' '),
    live: (part('live') || { textContent: '' }).textContent,
    controls: controlParts.flatMap((name) =>
      [...root.querySelectorAll('[data-part="' + name + '"]')].map((e) => name + ':' + e.localName)),
    nonButtonFocusables: dialog
      ? [...dialog.querySelectorAll(focusable)]
          .filter((e) => e.localName !== 'button')
          .map((e) => e.localName + '[' + (e.getAttribute('data-part') || '') + ']')
      : [],
    injected: [...root.querySelectorAll('*')]
      .filter((e) => ['img', 'script', 'b'].includes(e.localName) ||
        [...e.attributes].some((a) => a.name.startsWith('on')))
      .map((e) => e.localName),
    focusInDialog: active === host && !!inner && !!dialog && (inner === dialog || dialog.contains(inner)),
    pageFocus: active ? active.localName + (active.id ? '#' + active.id : '') : '',
  };
})()`;

/** The card's box in the viewport and what the page hit-tests at its centre; null without a card. */
export interface CardBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  viewportWidth: number;
  viewportHeight: number;
  /** `elementFromPoint` at the card's centre, as `localName.class`. */
  atCentre: string;
  centreIsHost: boolean;
  /** The card's and its name's computed looks, to compare across pages. */
  looks: Record<string, string>;
}

export const CARD_BOX = `(() => {
  const host = document.querySelector('seedlight-card');
  const card = host && host.shadowRoot && host.shadowRoot.querySelector('[data-part="card"]');
  const name = card && card.querySelector('[data-part="name"]');
  if (!card || !name) return null;
  const r = card.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const cardStyle = getComputedStyle(card);
  const nameStyle = getComputedStyle(name);
  return {
    left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height,
    viewportWidth: window.innerWidth,
    viewportHeight: window.innerHeight,
    atCentre: hit ? hit.localName + (hit.className ? '.' + hit.className : '') : 'nothing',
    centreIsHost: hit === host,
    looks: {
      cardBackground: cardStyle.backgroundColor,
      cardFontSize: cardStyle.fontSize,
      cardFontFamily: cardStyle.fontFamily,
      cardTransform: cardStyle.transform,
      nameFontSize: nameStyle.fontSize,
      nameColor: nameStyle.color,
      nameDisplay: nameStyle.display,
    },
  };
})()`;

/** Focuses a page element, as a reader who tabbed to it; answers whether it took focus. */
export function focusElement(selector: string): string {
  return `(() => {
    const element = document.querySelector(${literal(selector)});
    if (!element) return false;
    element.focus();
    return document.activeElement === element;
  })()`;
}

/** The viewport box of the first occurrence of `text` in the page's body text; null when absent. */
export function textBox(text: string): string {
  return `(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(${literal(text)});
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + ${literal(text.length)});
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }
    return null;
  })()`;
}
