/** Elements that hold a section of their own, apart from the story: an aside, a menu, a footer. */
const SECTIONING =
  'aside, nav, header, footer, dialog, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * A function from a mention's node to its section, for one pass over the page: the part of its
 * nearest aside, menu, header or footer (else of its whole document or shadow root) that begins
 * at the last heading before it. The section is the unit of the 'calm' density: a name is drawn
 * fully where a section first names it, so a story that names a country in every paragraph
 * draws it fully once per section. (Articles and `<section>`s do not count: news sites wrap
 * each paragraph in one.) Headings are read once per document or shadow root and pass.
 */
export function sectionKeys(): (node: Node) => object {
  const headingsOf = new Map<Node, Element[]>();
  return (node) => {
    const root = node.getRootNode();
    const element = node instanceof Element ? node : node.parentElement;
    const area: Node = element?.closest(SECTIONING) ?? root;
    let headings = headingsOf.get(root);
    if (!headings) {
      headings =
        'querySelectorAll' in root
          ? [...(root as Document | ShadowRoot).querySelectorAll(HEADINGS)]
          : [];
      headingsOf.set(root, headings);
    }
    const heading = lastHeadingAtOrBefore(headings, node);
    return heading && area.contains(heading) ? heading : area;
  };
}

/** The last of the headings (in document order) that holds `node` or comes before it. */
function lastHeadingAtOrBefore(headings: readonly Element[], node: Node): Element | null {
  let lo = 0;
  let hi = headings.length - 1;
  let found: Element | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const heading = headings[mid] as Element;
    const before =
      heading.contains(node) ||
      (heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (before) {
      found = heading;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
