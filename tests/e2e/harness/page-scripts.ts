/**
 * Scripts run inside pages, kept as JavaScript source: a transpiled TypeScript function may carry
 * helpers (esbuild's `__name`) that do not exist in the page.
 */

const literal = (value: unknown): string => JSON.stringify(value);

/** Opens `url` in a new tab and answers the tab's id; runs in an extension context. */
export function createTab(api: 'chrome' | 'browser', url: string): string {
  return `${api}.tabs.create({ url: ${literal(url)} }).then((tab) => tab.id)`;
}

/** Sends the mentions message to the tab's top frame; runs in an extension context. */
export function sendMentionsMessage(api: 'chrome' | 'browser', tabId: number): string {
  return `${api}.tabs.sendMessage(${literal(tabId)}, { type: 'mentions' }, { frameId: 0 })`;
}

/**
 * Finds the `occurrence`-th (0-based) occurrence of `text` in the page's visible body text and,
 * per `action`, scrolls it to the middle of the viewport (answering whether the page scrolled) or
 * answers the viewport centre of its first client rect; null when absent.
 */
function findText(text: string, occurrence: number, action: 'scroll' | 'centre'): string {
  return `(() => {
    const wanted = ${literal(text)};
    let seen = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement && node.parentElement.closest('script, style, noscript, template, textarea')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let at = node.data.indexOf(wanted); at !== -1; at = node.data.indexOf(wanted, at + 1)) {
        if (seen++ !== ${literal(occurrence)}) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const rect = range.getClientRects()[0];
        if (!rect) return null;
        if (${literal(action)} === 'centre') {
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        const before = window.scrollY;
        window.scrollBy({ top: rect.top - window.innerHeight / 2, behavior: 'instant' });
        return window.scrollY !== before;
      }
    }
    return null;
  })()`;
}

export const scrollToText = (text: string, occurrence: number): string =>
  findText(text, occurrence, 'scroll');

export const textCentre = (text: string, occurrence: number): string =>
  findText(text, occurrence, 'centre');

/** The popover's visible parts, read through its open shadow root; null while it is not shown. */
export const READ_CARD = `(() => {
  const root = document.querySelector('seedlight-card')?.shadowRoot;
  const name = root?.querySelector('[data-part="name"]');
  if (!root || !name || !name.checkVisibility()) return null;
  // Still fading in or moving: not yet what the reader sees.
  if (root.getAnimations().some((a) => a.playState === 'running')) return null;
  // An element's own text, without the labels of the buttons inside it.
  const texts = (selector) =>
    [...root.querySelectorAll(selector)].map((e) => {
      const copy = e.cloneNode(true);
      copy.querySelectorAll('button').forEach((b) => b.remove());
      return copy.textContent.trim();
    });
  return {
    name: name.textContent.trim(),
    sentences: texts('[data-part="sentence"]'),
    descriptions: texts('[data-part="description"]'),
    dialogs: root.querySelectorAll('[role="dialog"]').length,
  };
})()`;

/** How many `<seedlight-card>` hosts the page holds. */
export const COUNT_CARD_HOSTS = `document.querySelectorAll('seedlight-card').length`;
