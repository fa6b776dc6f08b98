import { ACTIVE_HIGHLIGHT, HIGHLIGHT_CSS, installHighlightStyles } from './highlight-styles';
import type { HighlightSink } from './types';

type HighlightWindow = Window & {
  CSS?: { highlights?: Map<string, Highlight> };
  Highlight?: new (...ranges: AbstractRange[]) => Highlight;
};

/**
 * The page's own object behind a Firefox Xray wrapper (elsewhere, the object itself). Xrays hide
 * the map and set methods of the highlight registry and of Highlight; the waived object has them.
 */
function waive<T>(value: T): T {
  return (value as T & { wrappedJSObject?: T }).wrappedJSObject ?? value;
}

/**
 * The document's highlight registry and a way to make highlights. Both are read through the
 * content script's view of the window (an Xray in Firefox, an isolated world in Chromium), so a
 * page that redefines `CSS` or `Highlight` cannot hand Seedlight its own versions.
 */
function registryOf(
  doc: Document,
): { highlights: Map<string, Highlight>; create: () => Highlight } | null {
  const view = doc.defaultView as HighlightWindow | null;
  const highlights = view?.CSS?.highlights;
  const Ctor = view?.Highlight;
  if (!highlights || typeof Ctor !== 'function') return null;
  return { highlights: waive(highlights), create: () => waive(new Ctor()) };
}

/**
 * Takes one of this sink's highlights down. The name may meanwhile belong to another copy of
 * Seedlight (Firefox re-injects the content script after an update while the old one winds
 * down), so only a registry entry that is still this highlight is removed.
 */
function unregister(doc: Document, name: string, highlight: Highlight): void {
  highlight.clear();
  const registry = registryOf(doc);
  if (registry?.highlights.get(name) === highlight) registry.highlights.delete(name);
}

interface Drawn {
  highlight: Highlight;
  /** The ranges in the highlight, kept here: a page's Highlight cannot be iterated through Xrays. */
  ranges: Set<Range>;
}

function groupByDocument(ranges: readonly Range[]): Map<Document, Range[]> {
  const groups = new Map<Document, Range[]>();
  for (const range of ranges) {
    const doc = range.startContainer.ownerDocument;
    if (!doc) continue;
    const group = groups.get(doc);
    if (group) group.push(range);
    else groups.set(doc, [range]);
  }
  return groups;
}

/**
 * Draws with the CSS Custom Highlight API, which leaves the page's DOM as it is. Each document
 * (the page, a same-origin iframe) has its own registry, and every tree that holds a highlight
 * gets Seedlight's `::highlight` rules, shadow roots included.
 */
export interface HighlightSinkOptions {
  /** A document that has the rules already (the content script's manifest CSS): no sheet is added. */
  styled?: Document;
  /**
   * Rules added after Seedlight's own in every tree this sink draws in, the styled document
   * included (`decorationFallbackCss` for a browser that paints no highlight decorations).
   */
  extraCss?: string;
}

export function createHighlightSink(options: HighlightSinkOptions = {}): HighlightSink {
  const drawn = new Map<string, Map<Document, Drawn>>();
  const styled = new Map<Document | ShadowRoot, () => void>();

  const style = (ranges: readonly Range[]): void => {
    for (const [root, uninstall] of styled) {
      const node = root.nodeType === Node.DOCUMENT_NODE ? root : (root as ShadowRoot).host;
      if (!node.isConnected) {
        uninstall();
        styled.delete(root);
      }
    }
    for (const range of ranges) {
      const root = range.startContainer.getRootNode() as Document | ShadowRoot;
      if (root.nodeType !== Node.DOCUMENT_NODE && !('host' in root)) continue;
      if (styled.has(root)) continue;
      const extra = options.extraCss ?? '';
      const css = root === options.styled ? extra : `${HIGHLIGHT_CSS}\n${extra}`;
      if (css.trim()) styled.set(root, installHighlightStyles(root, css));
    }
  };

  return {
    set(name, ranges) {
      const byDocument = drawn.get(name) ?? new Map<Document, Drawn>();
      drawn.set(name, byDocument);
      const groups = groupByDocument(ranges);
      for (const [doc, { highlight }] of byDocument) {
        if (groups.has(doc)) continue;
        unregister(doc, name, highlight);
        byDocument.delete(doc);
      }
      for (const [doc, group] of groups) {
        const registry = registryOf(doc);
        if (!registry) continue;
        let entry = byDocument.get(doc);
        if (!entry) {
          const highlight = registry.create();
          highlight.priority = name === ACTIVE_HIGHLIGHT ? 1 : 0;
          registry.highlights.set(name, highlight);
          entry = { highlight, ranges: new Set() };
          byDocument.set(doc, entry);
        }
        // Only the difference: ranges drawn already stay, so the browser repaints what changed.
        const next = new Set(group);
        for (const range of entry.ranges) {
          if (next.has(range)) continue;
          entry.highlight.delete(range);
          entry.ranges.delete(range);
        }
        for (const range of group) {
          if (entry.ranges.has(range)) continue;
          entry.highlight.add(range);
          entry.ranges.add(range);
        }
      }
      style(ranges);
    },
    clear() {
      for (const [name, byDocument] of drawn) {
        for (const [doc, { highlight }] of byDocument) unregister(doc, name, highlight);
      }
      drawn.clear();
      for (const uninstall of styled.values()) uninstall();
      styled.clear();
    },
  };
}
