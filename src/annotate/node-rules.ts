/**
 * How the text map treats an element:
 * - `skip`: its text is not page text (scripts, form fields, editors, hidden, Seedlight's own UI);
 * - `block`: it starts a text block of its own (a container), so no match crosses its edges;
 * - `break`: a line break inside a block;
 * - `frame`: an iframe, whose document is annotated as a root of its own;
 * - `inline`: its text joins the surrounding block's text.
 */
export type ElementKind = 'skip' | 'block' | 'break' | 'frame' | 'inline';

const SKIPPED = [
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
];

// A fixed list approximates `display: block` without asking the style engine per element.
const BLOCKS = [
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
];

const BREAKS = ['br', 'hr'];

/** What an element's name alone says, under its `localName` and its upper-case `nodeName`. */
const KIND_BY_NAME = new Map<string, ElementKind>();
for (const [names, kind] of [
  [SKIPPED, 'skip'],
  [BLOCKS, 'block'],
  [BREAKS, 'break'],
  [['iframe'], 'frame'],
] as const) {
  for (const name of names) {
    KIND_BY_NAME.set(name, kind);
    KIND_BY_NAME.set(name.toUpperCase(), kind);
  }
}

/**
 * What an element's name says of it, attributes aside: `name` is its `localName` or `nodeName`.
 * Custom elements are usually laid out as blocks; unlisted names are inline.
 */
function kindByName(name: string): ElementKind {
  const named = KIND_BY_NAME.get(name);
  if (named !== undefined) return named;
  if (!name.includes('-')) return 'inline';
  return name.toLowerCase().startsWith('seedlight-') ? 'skip' : 'block';
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** Selects every element `isSkippedByAttribute` may reject (and editors turned off, which it keeps). */
export const ATTRIBUTES_THAT_MAY_SKIP = '[hidden], [contenteditable]';

/** Hidden by attribute, or an editor: its text is not the page's to annotate. */
export function isSkippedByAttribute(element: Element): boolean {
  return element.hasAttribute('hidden') || isEditable(element);
}

/** `isSkipped` answers the attribute question; a whole-tree walk answers it from one query. */
export function classifyElement(
  element: Element,
  isSkipped: (element: Element) => boolean = isSkippedByAttribute,
): ElementKind {
  const kind = kindByName(element.localName);
  if (kind === 'skip' || isSkipped(element)) return 'skip';
  // An open shadow root is a tree of its own, so its host is a block.
  return kind === 'inline' && element.shadowRoot ? 'block' : kind;
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
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
