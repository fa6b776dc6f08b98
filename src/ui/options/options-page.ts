import type { Problem } from '../../kb/problem';
import type { KnowledgeBase } from '../../kb/schema';
import type { SeedlightStore } from '../../settings';
import type { PendingSelection } from '../../settings/pending-selection';
import type { DeriveRunner } from '../derive-runner';
import { el, replaceChildren } from '../../dom/el';
import { ui } from '../ui-strings';
import type { PagePlatform } from '../platform';
import { mountRecoveredNotice } from '../recovered-notice';
import type { ReviewDraftStore } from '../review/review-draft';
import { mountAddBriefing } from './add-briefing';
import { mountBriefingsList } from './briefings-list';
import { mountDraftOffer } from './draft-offer';
import { mountEditBriefing } from './edit-briefing';
import { editLinkFromHash } from './edit-link';
import { mountSettingsForm } from './settings-form';

export interface OptionsPageOptions {
  root: HTMLElement;
  store: SeedlightStore;
  bundled: readonly KnowledgeBase[];
  platform: PagePlatform;
  derive: DeriveRunner;
  checkText(text: string): Problem | null;
  parser: DOMParser;
  /**
   * The page's own URL: `?tab=<id>` names the tab whose article is used, `?selection=1` takes
   * the selection the reader chose "Add to Seedlight briefing" for, and
   * `#edit=<kbId>&entity=<entityId>` opens a saved briefing in the editor.
   */
  pageUrl: string;
  /** Takes the selection the background kept (src/settings/pending-selection). */
  takeSelection(): Promise<PendingSelection | null>;
  /** Where a review in progress is kept while the tab may close. */
  drafts: ReviewDraftStore;
  now: () => number;
  signal: AbortSignal;
}

/** Whether the page was opened for a selection ("Add to Seedlight briefing"). */
export function isForSelection(pageUrl: string): boolean {
  return new URL(pageUrl).searchParams.get('selection') === '1';
}

export function sourceTabFromUrl(pageUrl: string): number | undefined {
  const raw = new URL(pageUrl).searchParams.get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

/** The options page: notice, kept review, briefings manager, editor, adding a briefing, settings. */
export function mountOptionsPage(options: OptionsPageOptions): void {
  const { root, signal } = options;
  const doc = root.ownerDocument;
  const notice = el(doc, 'div', { hidden: true });
  const offer = el(doc, 'div', {
    class: 'notice',
    id: 'draft-offer',
    role: 'status',
    hidden: true,
  });
  const briefings = el(doc, 'section', { id: 'briefings', 'aria-labelledby': 'briefings-heading' });
  const editing = el(doc, 'section', { id: 'edit-briefing', 'aria-label': ui.briefingsHeading });
  const add = el(doc, 'section', { id: 'add-briefing', 'aria-label': ui.addHeading });
  const settings = el(doc, 'section', { id: 'settings', 'aria-label': ui.settingsHeading });
  const sourceTabId = sourceTabFromUrl(options.pageUrl);
  const forSelection = isForSelection(options.pageUrl);
  // Coming from "Make a briefing from this page" or a selection, the new briefing is what the
  // reader came for.
  replaceChildren(
    root,
    sourceTabId === undefined && !forSelection
      ? [el(doc, 'h1', {}, [ui.optionsTitle]), notice, offer, briefings, editing, add, settings]
      : [el(doc, 'h1', {}, [ui.optionsTitle]), notice, offer, add, briefings, editing, settings],
  );
  mountRecoveredNotice(notice, signal);
  const editor = mountEditBriefing({ section: editing, ...options });
  mountBriefingsList({
    section: briefings,
    ...options,
    onEdit: (kbId) => void editor.edit(kbId),
  });
  const { takeSelection, ...shared } = options;
  const adding = mountAddBriefing({
    section: add,
    ...shared,
    sourceTabId,
    ...(forSelection ? { takeSelection } : {}),
  });
  mountSettingsForm({ section: settings, ...options });

  const openLink = (hash: string) => {
    const link = editLinkFromHash(hash);
    if (link) void editor.edit(link.kbId, link.entityId);
    return link !== null;
  };
  const linked = openLink(new URL(options.pageUrl).hash);
  const view = doc.defaultView;
  const onHash = () => view && openLink(view.location.hash);
  view?.addEventListener('hashchange', onHash, { signal });
  if (!linked && sourceTabId === undefined && !forSelection) {
    void mountDraftOffer(offer, options.drafts, (draft) => {
      if (draft.mode === 'edit') editor.resume(draft.kb);
      else adding.resume(draft.kb);
    });
  }
}
