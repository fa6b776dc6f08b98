/**
 * The table's selection: the checked rows, the row the keyboard is on (the cursor) and the
 * anchor a Shift-extended range starts from. Pure: each returns a new selection.
 */
export interface Selection {
  readonly checked: ReadonlySet<string>;
  readonly cursor: string | null;
  readonly anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { checked: new Set(), cursor: null, anchor: null };

/** Moves the cursor to a row without changing what is checked. */
export function moveTo(selection: Selection, id: string): Selection {
  return { ...selection, cursor: id, anchor: id };
}

/** Checks or unchecks one row (a click on its checkbox, Space, Ctrl+click). */
export function toggle(selection: Selection, id: string): Selection {
  const checked = new Set(selection.checked);
  if (checked.has(id)) checked.delete(id);
  else checked.add(id);
  return { checked, cursor: id, anchor: id };
}

/** Checks every row from the anchor to `id` in the shown order (Shift+click, Shift+arrow). */
export function extendTo(selection: Selection, order: readonly string[], id: string): Selection {
  const anchor = selection.anchor ?? selection.cursor ?? id;
  const from = order.indexOf(anchor);
  const to = order.indexOf(id);
  if (from < 0 || to < 0) return toggle(selection, id);
  const checked = new Set(selection.checked);
  for (const rowId of order.slice(Math.min(from, to), Math.max(from, to) + 1)) checked.add(rowId);
  return { checked, cursor: id, anchor };
}

/** Checks all the shown rows, or unchecks them when all are checked already. */
export function toggleAll(selection: Selection, order: readonly string[]): Selection {
  const all = order.length > 0 && order.every((id) => selection.checked.has(id));
  const checked = new Set(selection.checked);
  for (const id of order) {
    if (all) checked.delete(id);
    else checked.add(id);
  }
  return { ...selection, checked };
}

/** The row `delta` steps from the cursor in the shown order, clamped to its ends. */
export function stepFrom(
  order: readonly string[],
  cursor: string | null,
  delta: number,
): string | null {
  if (order.length === 0) return null;
  const at = cursor === null ? -1 : order.indexOf(cursor);
  if (at < 0) return delta < 0 ? (order.at(-1) ?? null) : (order[0] ?? null);
  return order[Math.max(0, Math.min(order.length - 1, at + delta))] ?? null;
}

/**
 * The selection after rows went away: gone rows are unchecked, and a cursor on a gone row moves
 * to the row that now stands where it stood (`previousOrder` is the order before the change).
 */
export function keepExisting(
  selection: Selection,
  order: readonly string[],
  previousOrder: readonly string[],
): Selection {
  const present = new Set(order);
  const checked = new Set([...selection.checked].filter((id) => present.has(id)));
  let cursor = selection.cursor;
  if (cursor !== null && !present.has(cursor)) {
    const at = previousOrder.indexOf(cursor);
    const after = previousOrder.slice(at + 1).find((id) => present.has(id));
    const before = previousOrder
      .slice(0, Math.max(0, at))
      .reverse()
      .find((id) => present.has(id));
    cursor = after ?? before ?? order[0] ?? null;
  }
  const anchor =
    selection.anchor !== null && present.has(selection.anchor) ? selection.anchor : cursor;
  return { checked, cursor, anchor };
}

/** What an action acts on: the checked rows, or else the cursor's row. */
export function targets(selection: Selection): string[] {
  if (selection.checked.size > 0) return [...selection.checked];
  return selection.cursor === null ? [] : [selection.cursor];
}
