import * as v from 'valibot';
import { storage, type StorageItemKey } from 'wxt/utils/storage';

/**
 * Where the background leaves the text the reader chose "Add to Seedlight briefing" for, until
 * the options page takes it. Session storage: the selection is never written to disk, and goes
 * with the browser session if the page is never opened.
 */
export const PENDING_SELECTION_KEY: StorageItemKey = 'session:pending-selection';

export const PendingSelectionSchema = v.object({
  text: v.string(),
  /** The page the selection is on, and its title. */
  url: v.string(),
  title: v.string(),
  /** When it was selected, in milliseconds since the epoch: the date the page was read. */
  at: v.number(),
});

export type PendingSelection = v.InferOutput<typeof PendingSelectionSchema>;

export async function keepSelection(selection: PendingSelection): Promise<void> {
  await storage.setItem(PENDING_SELECTION_KEY, selection);
}

/**
 * Takes the pending selection (it is removed, so a reload does not add it twice): null when there
 * is none, holds no text, or is damaged.
 */
export async function takeSelection(): Promise<PendingSelection | null> {
  const raw = await storage.getItem<unknown>(PENDING_SELECTION_KEY);
  await storage.removeItem(PENDING_SELECTION_KEY);
  const parsed = v.safeParse(PendingSelectionSchema, raw);
  return parsed.success && parsed.output.text.trim() ? parsed.output : null;
}
