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

/** The first Firefox that paints a custom highlight's text decoration (MDN compatibility data). */
const FIREFOX_DECORATING_HIGHLIGHTS = 149;

/**
 * Whether a browser paints the text decoration of a `::highlight`. Firefox before 149 (Debian
 * stable's ESR 140 among them) paints a custom highlight's background only, so an underlined
 * mention would not show at all there; those browsers get `decorationFallbackCss` too.
 */
export function paintsHighlightDecorations(userAgent: string): boolean {
  const firefox = /\bFirefox\/(\d+)/.exec(userAgent);
  return !firefox || Number(firefox[1]) >= FIREFOX_DECORATING_HIGHLIGHTS;
}

/** Tint strengths standing in for the underlines: a style's full one, and the calm density's light one. */
const FALLBACK_TINT = { underline: 0.3, light: 0.22 } as const;

/**
 * Rules that give each highlight drawn by underline alone (a type's `underline` style and the
 * calm density's `light` mentions) a tint in its underline's colour, for browsers that do not
 * paint a highlight's text decoration. Read off `css`, so the colours have one home.
 */
export function decorationFallbackCss(css: string = HIGHLIGHT_CSS): string {
  const rules: string[] = [];
  const rule = /::highlight\((seedlight-[a-z]+-(underline|light))\)\s*\{([^}]*)\}/g;
  for (const [, name, kind, body] of css.matchAll(rule)) {
    const colour = /text-decoration-color:\s*rgb\((\d+) (\d+) (\d+)/.exec(body ?? '');
    if (!name || !colour) continue;
    const alpha = FALLBACK_TINT[kind as keyof typeof FALLBACK_TINT];
    rules.push(
      `::highlight(${name}) { background-color: rgb(${colour[1]} ${colour[2]} ${colour[3]} / ${alpha}); }`,
    );
  }
  return rules.join('\n');
}

/** The extra highlight rules a browser needs: the decoration fallback where it is due, else none. */
export function extraHighlightCss(userAgent: string): string {
  return paintsHighlightDecorations(userAgent) ? '' : decorationFallbackCss();
}

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
