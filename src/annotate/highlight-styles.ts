import type { EntityType } from '../kb/schema';
import highlightsCss from './highlights.css?raw';
import type { HighlightStyle } from './types';

/** The highlight drawn over the mention the reader points at or has opened. */
export const ACTIVE_HIGHLIGHT = 'seedlight-active';

/**
 * The CSS highlight name for a type's mentions drawn in one of the reader's styles (see
 * highlights.css). Without a style, the tint and the underline together: the look of the review
 * page's mentions, and of an annotator told no style for the type.
 */
export function highlightName(type: EntityType, style?: Exclude<HighlightStyle, 'none'>): string {
  return style ? `seedlight-${type}-${style}` : `seedlight-${type}`;
}

/** The CSS highlight name for a type's lightly drawn mentions (the 'calm' density's later ones). */
export function lightHighlightName(type: EntityType): string {
  return `seedlight-${type}-light`;
}

/** CSS text with a `::highlight()` rule for every Seedlight highlight name. */
export const HIGHLIGHT_CSS: string = highlightsCss;

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
  css: string = HIGHLIGHT_CSS,
): () => void {
  return adoptSheet(target, css) ?? appendStyleElement(target, css);
}
