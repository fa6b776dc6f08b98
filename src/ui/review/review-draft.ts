import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { validateKnowledgeBase } from '../../kb/parse';
import type { KnowledgeBase } from '../../kb/schema';

/** A review in progress, kept in storage so that closing the options tab loses nothing. */
export interface ReviewDraft {
  /** `new`: a derived briefing not saved yet; `edit`: changes to the saved briefing of that id. */
  mode: 'new' | 'edit';
  kb: KnowledgeBase;
  savedAt: number;
}

export interface ReviewDraftStore {
  /** The kept draft, or null when there is none or it no longer reads as a valid briefing. */
  get(): Promise<ReviewDraft | null>;
  set(draft: ReviewDraft): Promise<void>;
  clear(): Promise<void>;
}

export const REVIEW_DRAFT_KEY = 'local:reviewDraft';

const DraftShape = v.object({
  mode: v.picklist(['new', 'edit']),
  kb: v.unknown(),
  savedAt: v.number(),
});

/** Reads a stored value as a draft; anything else (damaged, an older format) is no draft. */
export function readDraft(value: unknown): ReviewDraft | null {
  const shape = v.safeParse(DraftShape, value);
  if (!shape.success) return null;
  const kb = validateKnowledgeBase(shape.output.kb);
  return kb.ok ? { mode: shape.output.mode, kb: kb.kb, savedAt: shape.output.savedAt } : null;
}

/** The draft in the extension's local storage (WXT's fake browser in tests). */
export function createReviewDraftStore(): ReviewDraftStore {
  const item = storage.defineItem<unknown>(REVIEW_DRAFT_KEY, { fallback: null });
  return {
    get: async () => readDraft(await item.getValue()),
    set: (draft) => item.setValue(draft),
    clear: () => item.removeValue(),
  };
}
