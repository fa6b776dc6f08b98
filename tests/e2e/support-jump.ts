/**
 * Page probes for the tests that go to a mention: where a mention and the card are in the
 * viewport, and which mention the card is open on. JavaScript source, run in the page's world.
 */

const literal = (value: unknown): string => JSON.stringify(value);

/** Where a mention lies, in the top window's viewport, and whether the reader can see it. */
export interface MentionView {
  top: number;
  bottom: number;
  viewportHeight: number;
  /** Inside the viewport, inside every scroll container around it and inside its frame. */
  inView: boolean;
}

/**
 * Box of a range (in its own window) mapped to the top window, and whether every scroll
 * container and frame on the way shows it. `range` is a JavaScript expression.
 */
const VIEW_OF_RANGE = `(range) => {
  const doc = range.startContainer.ownerDocument;
  const view = doc.defaultView;
  const box = range.getBoundingClientRect();
  let visible = box.height > 0;
  for (let e = range.startContainer.parentElement; e && e !== doc.body; e = e.parentElement) {
    if (!/(auto|scroll|hidden)/.test(view.getComputedStyle(e).overflowY)) continue;
    const clip = e.getBoundingClientRect();
    if (box.bottom <= clip.top || box.top >= clip.bottom) visible = false;
  }
  let top = box.top;
  let bottom = box.bottom;
  const frame = view.frameElement;
  if (frame) {
    if (bottom <= 0 || top >= view.innerHeight) visible = false;
    const outer = frame.getBoundingClientRect();
    top += outer.top + frame.clientTop;
    bottom += outer.top + frame.clientTop;
  }
  return {
    top,
    bottom,
    viewportHeight: window.innerHeight,
    inView: visible && bottom > 0 && top < window.innerHeight,
  };
}`;

/** The first occurrence of `text` in the page or a same-origin frame, as a MentionView; null when absent. */
export function mentionView(text: string): string {
  return `(() => {
    const viewOf = ${VIEW_OF_RANGE};
    const docs = [document];
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        if (frame.contentDocument) docs.push(frame.contentDocument);
      } catch (error) {
        // Cross-origin: not ours to read.
      }
    }
    for (const doc of docs) {
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(${literal(text)});
        if (at === -1) continue;
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + ${literal(text.length)});
        return viewOf(range);
      }
    }
    return null;
  })()`;
}

/** The mention the card is open on (the `seedlight-active` highlight) and where it is. */
export interface ActiveMention extends MentionView {
  text: string;
  /** Its top and left in the document, for telling apart mentions with the same text. */
  pageTop: number;
  pageLeft: number;
}

export const ACTIVE_MENTION = `(() => {
  const viewOf = ${VIEW_OF_RANGE};
  const highlight = CSS.highlights.get('seedlight-active');
  const range = highlight ? [...highlight][0] : null;
  if (!range) return null;
  const view = viewOf(range);
  return { ...view, text: range.toString(), pageTop: Math.round(view.top + window.scrollY),
    pageLeft: Math.round(range.getBoundingClientRect().left + window.scrollX) };
})()`;

/** The open card as the reader sees it. */
export interface CardSight {
  name: string;
  /** Drawn (not display:none, not visibility:hidden) and wholly inside the viewport. */
  visible: boolean;
  /** The page's focus is on the card host and the host's on the dialog or inside it. */
  focusInDialog: boolean;
  live: string;
}

export const CARD_SIGHT = `(() => {
  const host = document.querySelector('seedlight-card');
  const root = host && host.shadowRoot;
  const card = root && root.querySelector('[data-part="card"]');
  if (!card || card.getAttribute('data-state') !== 'open') return null;
  const dialog = root.querySelector('[role="dialog"]');
  const r = card.getBoundingClientRect();
  const inside = r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 &&
    r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  const inner = root.activeElement;
  return {
    name: root.querySelector('[data-part="name"]').textContent.trim(),
    visible: card.checkVisibility({ visibilityProperty: true }) && inside,
    focusInDialog: document.activeElement === host && !!inner && (inner === dialog || dialog.contains(inner)),
    live: root.querySelector('[data-part="live"]').textContent,
  };
})()`;

/** Resolves in the page after two animation frames. */
export const TWO_FRAMES =
  'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))';

/** Scrolls the page, its scroll containers and its frames back to the top. */
export const SCROLL_ALL_TO_TOP = `(() => {
  const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
  for (const doc of docs) {
    doc.defaultView.scrollTo({ top: 0, behavior: 'instant' });
    for (const e of doc.querySelectorAll('*')) if (e.scrollTop) e.scrollTop = 0;
  }
  return true;
})()`;

/** Clicks the first button whose accessible name (aria-label or text) contains `name`; answers whether it did. */
export function clickButtonNaming(selector: string, name: string): string {
  return `(() => {
    const button = [...document.querySelectorAll(${literal(selector)})].find((b) =>
      ((b.getAttribute('aria-label') || '') + ' ' + b.textContent).includes(${literal(name)}));
    if (!button) return false;
    button.click();
    return true;
  })()`;
}
