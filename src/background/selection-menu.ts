import type { SelectionReply } from '../protocol';
import type { PendingSelection } from '../settings/pending-selection';

/** The context menu item shown on selected text. */
export const SELECTION_MENU_ID = 'seedlight-add-selection';

/** The options page's query that takes the pending selection. */
export const SELECTION_QUERY = '?selection=1';

export interface SelectionMenuDeps {
  /** Asks the content script of the tab's frame for its selection; undefined when it can't answer. */
  selectionIn(tabId: number, frameId: number): Promise<SelectionReply | undefined>;
  keep(selection: PendingSelection): Promise<void>;
  /** Opens the options page with this query. */
  openOptions(query: string): Promise<void>;
  now(): number;
}

/** What the context menu's click tells about where it was chosen. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
  pageUrl?: string;
  frameUrl?: string;
}

/**
 * "Add to Seedlight briefing" on a selection: the frame's own selection (with its line breaks)
 * or, when its content script can't answer (a page it does not run on), the menu's folded
 * `selectionText`; kept with the page's address and title for the options page, which derives
 * its entities. Answers whether the click was this menu's.
 */
export async function addSelection(
  deps: SelectionMenuDeps,
  click: MenuClick,
  tab: { id?: number; url?: string; title?: string } | undefined,
): Promise<boolean> {
  if (click.menuItemId !== SELECTION_MENU_ID) return false;
  const reply =
    tab?.id === undefined
      ? undefined
      : await deps.selectionIn(tab.id, click.frameId ?? 0).catch(() => undefined);
  const text = reply?.text.trim() ? reply.text : (click.selectionText ?? '');
  const url = reply?.url || click.frameUrl || click.pageUrl || tab?.url || '';
  await deps.keep({ text, url, title: tab?.title || reply?.title || url, at: deps.now() });
  await deps.openOptions(SELECTION_QUERY);
  return true;
}
