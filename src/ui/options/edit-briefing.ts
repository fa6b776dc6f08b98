import type { KnowledgeBase } from '../../kb/schema';
import { checkStorageSize, replaceBriefing, type SeedlightStore } from '../../settings';
import { el, replaceChildren } from '../../dom/el';
import { ui } from '../ui-strings';
import type { ReviewDraftStore } from '../review/review-draft';
import { mountReviewEditor, type ReviewEditor } from '../review/review-editor';

export interface EditBriefingOptions {
  section: HTMLElement;
  store: SeedlightStore;
  bundled: readonly KnowledgeBase[];
  drafts: ReviewDraftStore;
  now: () => number;
}

export interface EditBriefing {
  /** Opens a saved briefing of the reader's, with the focus on one entity's row if given. */
  edit(kbId: string, entityId?: string): Promise<void>;
  /** Reopens a kept draft of changes to a saved briefing. */
  resume(kb: KnowledgeBase): void;
}

/** Editing a saved briefing with the review editor; saving replaces it in place. */
export function mountEditBriefing(options: EditBriefingOptions): EditBriefing {
  const { section, store, bundled, drafts, now } = options;
  const doc = section.ownerDocument;
  const message = el(doc, 'p', { role: 'alert', class: 'message', id: 'edit-message' });
  const host = el(doc, 'div', { class: 'review-area' });
  let editor: ReviewEditor | undefined;
  section.hidden = true;

  const close = () => {
    editor?.disconnect();
    editor = undefined;
    replaceChildren(host, []);
  };

  const open = (kb: KnowledgeBase, entityId?: string) => {
    close();
    message.textContent = '';
    section.hidden = false;
    editor = mountReviewEditor({
      container: host,
      kb,
      mode: 'edit',
      warnings: [],
      focusEntity: entityId,
      onChange: (next) => void drafts.set({ mode: 'edit', kb: next, savedAt: now() }),
      async onSave(next) {
        const state = await store.briefings.getValue();
        const replaced = replaceBriefing(state, next);
        if (!replaced.ok) return ui.problem(replaced.error);
        const fits = checkStorageSize(replaced.state);
        if (!fits.ok) return ui.problem(fits.error);
        await store.briefings.setValue(replaced.state);
        await drafts.clear();
        close();
        message.textContent = ui.reviewSavedEdit(next.title || next.id);
        return null;
      },
      onDiscard() {
        close();
        void drafts.clear();
        section.hidden = true;
      },
    });
    if (!entityId) section.scrollIntoView?.({ block: 'start' });
  };

  replaceChildren(section, [message, host]);

  return {
    async edit(kbId, entityId) {
      const state = await store.briefings.getValue();
      const mine = state.user.find((b) => b.kb.id === kbId);
      if (mine) {
        open(mine.kb, entityId);
        return;
      }
      close();
      section.hidden = false;
      const bundledKb = bundled.find((kb) => kb.id === kbId);
      message.textContent = bundledKb
        ? ui.editBundled(bundledKb.title || bundledKb.id)
        : ui.editNotFound(kbId);
    },
    resume: (kb) => open(kb),
  };
}
