/**
 * How the text map treats an element:
 * - `skip`: its text is not page text (scripts, form fields, editors, hidden, Seedlight's own UI);
 * - `block`: it starts a text block of its own (a container), so no match crosses its edges;
 * - `break`: a line break inside a block;
 * - `frame`: an iframe, whose document is annotated as a root of its own;
 * - `inline`: its text joins the surrounding block's text.
 */
export type ElementKind = 'skip' | 'block' | 'break' | 'frame' | 'inline';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'head',
  'title',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'frame',
  'frameset',
]);

// A fixed list approximates `display: block` without asking the style engine per element.
const BLOCKS = new Set([
  'html',
  'body',
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'section',
  'article',
  'blockquote',
  'pre',
  'figcaption',
  'figure',
  'dd',
  'dt',
  'dl',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'ul',
  'ol',
  'menu',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
  'dialog',
  'address',
  'center',
  'hgroup',
  'search',
]);

const BREAKS = new Set(['br', 'hr']);

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

export function classifyElement(element: Element): ElementKind {
  const name = element.localName;
  if (SKIPPED.has(name) || name.startsWith('seedlight-')) return 'skip';
  if (element.hasAttribute('hidden') || isEditable(element)) return 'skip';
  if (name === 'iframe') return 'frame';
  if (BREAKS.has(name)) return 'break';
  // Custom elements are usually laid out as blocks, and an open shadow root is a tree of its own.
  if (BLOCKS.has(name) || name.includes('-') || element.shadowRoot) return 'block';
  return 'inline';
}

type VisibilityCheck = (options: { visibilityProperty: boolean }) => boolean;

/**
 * Whether a container is rendered: one style query per block, never per inline element.
 * `display: contents` boxes report invisible though their children render, so they count as shown.
 */
export function isRendered(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check !== 'function') return true;
  if (check.call(element, { visibilityProperty: true })) return true;
  if (!element.isConnected) return false;
  const view = element.ownerDocument.defaultView;
  return view?.getComputedStyle(element).display === 'contents';
}
