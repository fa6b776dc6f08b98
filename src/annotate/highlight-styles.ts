import type { EntityType } from '../kb/schema';

/** The highlight drawn over the mention the reader points at or has opened. */
export const ACTIVE_HIGHLIGHT = 'seedlight-active';

/** One CSS highlight name per entity type. */
export function highlightName(type: EntityType): string {
  return `seedlight-${type}`;
}

// Translucent tints show on light and dark pages alike; the underline carries the type's colour.
const TYPE_COLOURS: Record<EntityType, string> = {
  person: '59 130 246',
  place: '16 185 129',
  organization: '245 158 11',
  other: '168 85 247',
};

/** How a type's mentions are drawn: a tint and an underline together, or one of them. */
export type TypeStyle = 'both' | 'underline' | 'background';

function typeRule(type: EntityType, style: TypeStyle): string {
  const rgb = TYPE_COLOURS[type];
  const tint = style === 'underline' ? [] : [`  background-color: rgb(${rgb} / 0.18);`];
  const underline =
    style === 'background'
      ? []
      : [
          '  text-decoration-line: underline;',
          `  text-decoration-color: rgb(${rgb} / 0.9);`,
          '  text-decoration-thickness: 2px;',
        ];
  return [`::highlight(${highlightName(type)}) {`, ...tint, ...underline, '}'].join('\n');
}

/** CSS text with one `::highlight()` rule per Seedlight highlight name. */
export function highlightStyles(styles: Partial<Record<EntityType, TypeStyle>> = {}): string {
  return [
    ...(Object.keys(TYPE_COLOURS) as EntityType[]).map((type) =>
      typeRule(type, styles[type] ?? 'both'),
    ),
    [
      `::highlight(${ACTIVE_HIGHLIGHT}) {`,
      '  background-color: rgb(250 204 21 / 0.45);',
      '  text-decoration-line: underline;',
      '  text-decoration-color: rgb(234 88 12);',
      '  text-decoration-thickness: 2px;',
      '}',
    ].join('\n'),
  ].join('\n');
}

/** The default rules: every type tinted and underlined. */
export const HIGHLIGHT_STYLES: string = highlightStyles();

type StyleTarget = Document | ShadowRoot;

function documentOf(target: StyleTarget): Document {
  return target.nodeType === Node.DOCUMENT_NODE
    ? (target as Document)
    : (target as ShadowRoot).host.ownerDocument;
}

/**
 * Adopts a constructed sheet, which leaves the page's DOM tree untouched. A sheet must be
 * constructed by the target document's own window (iframes; Firefox's Xray wrappers), so that
 * constructor is tried before this script's global one.
 */
function adoptSheet(target: StyleTarget, css: string): (() => void) | null {
  const view = documentOf(target).defaultView as (Window & typeof globalThis) | null;
  const constructors = [view?.CSSStyleSheet, globalThis.CSSStyleSheet].filter(
    (c): c is typeof CSSStyleSheet => typeof c === 'function',
  );
  for (const Sheet of constructors) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      if (!target.adoptedStyleSheets.includes(sheet)) continue;
      return () => {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      // This constructor or this target refused the sheet; try the next way.
    }
  }
  return null;
}

function appendStyleElement(target: StyleTarget, css: string): () => void {
  const doc = documentOf(target);
  const style = doc.createElement('style');
  style.textContent = css;
  const parent = target === doc ? (doc.head ?? doc.documentElement) : target;
  parent?.append(style);
  return () => style.remove();
}

/**
 * Makes Seedlight's highlights visible in a document or a shadow root (highlights inside a shadow
 * tree only take that tree's `::highlight` rules). Returns the uninstall function.
 */
export function installHighlightStyles(
  target: StyleTarget,
  css: string = HIGHLIGHT_STYLES,
): () => void {
  return adoptSheet(target, css) ?? appendStyleElement(target, css);
}
