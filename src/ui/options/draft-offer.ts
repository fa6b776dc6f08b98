import { el, replaceChildren } from '../../dom/el';
import { ui } from '../ui-strings';
import type { ReviewDraft, ReviewDraftStore } from '../review/review-draft';

/**
 * Offers a review that was kept when the options tab closed: resume it, or discard it. Shows
 * nothing when there is no draft.
 */
export async function mountDraftOffer(
  container: HTMLElement,
  drafts: ReviewDraftStore,
  onResume: (draft: ReviewDraft) => void,
): Promise<void> {
  const doc = container.ownerDocument;
  const draft = await drafts.get();
  if (!draft) {
    container.hidden = true;
    return;
  }
  const resume = el(doc, 'button', { type: 'button', class: 'primary' }, [ui.reviewDraftResume]);
  const discard = el(doc, 'button', { type: 'button' }, [ui.reviewDraftDiscard]);
  const hide = () => {
    replaceChildren(container, []);
    container.hidden = true;
  };
  resume.addEventListener('click', () => {
    hide();
    onResume(draft);
  });
  discard.addEventListener('click', () => {
    hide();
    void drafts.clear();
  });
  replaceChildren(container, [
    el(doc, 'p', {}, [
      ui.reviewDraftOffer(draft.kb.title || draft.kb.id, draft.kb.entities.length),
    ]),
    el(doc, 'div', { class: 'actions' }, [resume, discard]),
  ]);
  container.hidden = false;
}
