import { isRendered } from './node-rules';

/**
 * A check, for one container, that a mention's text is rendered: the container itself is known
 * to be, but an inline element inside it (a `display: none` span) may hide part of its text.
 * Each inline parent is asked once (one style query), and only parents other than the container.
 */
export function createSpanVisibility(container: Element): (nodes: readonly Text[]) => boolean {
  const known = new Map<Element, boolean>();
  const shown = (element: Element): boolean => {
    let rendered = known.get(element);
    if (rendered === undefined) {
      rendered = isRendered(element);
      known.set(element, rendered);
    }
    return rendered;
  };
  return (nodes) =>
    nodes.every((node) => {
      const parent = node.parentElement;
      return !parent || parent === container || shown(parent);
    });
}
