type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text node and offset under a viewport point, looking into the given open shadow roots. */
export function textPositionAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { node: Text; offset: number } | null {
  const caretDoc = doc as CaretDocument;
  let node: Node | undefined;
  let offset = 0;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y, { shadowRoots });
    node = position?.offsetNode;
    offset = position?.offset ?? 0;
  } else if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    node = range?.startContainer;
    offset = range?.startOffset ?? 0;
  }
  return node?.nodeType === Node.TEXT_NODE ? { node: node as Text, offset } : null;
}

/**
 * Whether the point falls on the range's text. Caret lookups return the nearest caret even
 * beside the text, so the range's own boxes decide.
 */
export function pointIsInRange(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
