import type { Problem } from '../../kb/problem';
import type { KnowledgeBase, SourcePage } from '../../kb/schema';
import type { PendingSelection } from '../../settings/pending-selection';
import {
  addBriefings,
  briefingId,
  briefingIds,
  checkStorageSize,
  type SeedlightStore,
} from '../../settings';
import { extractArticle } from '../article';
import type { DeriveRunner } from '../derive-runner';
import { el, replaceChildren } from '../../dom/el';
import { ui } from '../ui-strings';
import type { PagePlatform } from '../platform';
import type { ReviewDraftStore } from '../review/review-draft';
import { mountReviewEditor, type ReviewEditor } from '../review/review-editor';

/** After this long a derivation says how long it has been running, and that it can be cancelled. */
export const DERIVE_PATIENCE_MS = 10_000;

export interface AddBriefing {
  /** Reopens a kept review of a new briefing. */
  resume(kb: KnowledgeBase): void;
}

export interface AddBriefingOptions {
  section: HTMLElement;
  store: SeedlightStore;
  bundled: readonly KnowledgeBase[];
  platform: PagePlatform;
  derive: DeriveRunner;
  /** Why a text cannot be derived, or null (src/derive's `checkSeedText`). */
  checkText(text: string): Problem | null;
  parser: DOMParser;
  /** The tab the reader came from, whose article "Use this page's article" reads. */
  sourceTabId: number | undefined;
  /**
   * Set when the reader chose "Add to Seedlight briefing" on a selection: takes the selection the
   * background kept (null when there is none), whose names are then derived.
   */
  takeSelection?: () => Promise<PendingSelection | null>;
  drafts: ReviewDraftStore;
  now: () => number;
  signal: AbortSignal;
}

function titleFromText(text: string): string {
  const firstLine = text.trim().split('\n')[0] ?? '';
  return firstLine
    .replace(/^#+\s*/, '')
    .slice(0, 80)
    .trim();
}

/** Adding a briefing: paste, file or article; derive with progress; review; save. */
export function mountAddBriefing(options: AddBriefingOptions): AddBriefing {
  const { section, store, bundled, platform, parser, sourceTabId, drafts, now, signal } = options;
  const fromElsewhere = sourceTabId !== undefined || options.takeSelection !== undefined;
  /** The web page the text was taken from, cited on the briefing's source (a file or an emptied
   * text field ends it). */
  let pageOfText: { page: SourcePage } | undefined;
  const doc = section.ownerDocument;

  const title = el(doc, 'input', { type: 'text', id: 'add-title', autocomplete: 'off' });
  const text = el(doc, 'textarea', {
    id: 'add-text',
    rows: 10,
    'aria-describedby': 'add-text-help',
  });
  const file = el(doc, 'input', {
    type: 'file',
    id: 'add-file',
    accept: '.txt,.md,text/plain,text/markdown',
  });
  const usePage = el(
    doc,
    'button',
    { type: 'button', id: 'add-use-page', disabled: sourceTabId === undefined },
    [ui.addUsePage],
  );
  const deriveButton = el(doc, 'button', { type: 'button', class: 'primary', id: 'add-derive' }, [
    ui.addDerive,
  ]);
  const cancel = el(doc, 'button', { type: 'button', hidden: true }, [ui.addCancel]);
  const progress = el(doc, 'progress', { hidden: true, 'aria-label': ui.addDerive });
  const status = el(doc, 'p', { role: 'status', class: 'message', id: 'add-status' });
  const review = el(doc, 'div', { class: 'review-area' });
  const fromPage = el(doc, 'p', { class: 'from-page', id: 'add-from-page', hidden: true });
  let editor: ReviewEditor | undefined;

  let running: AbortController | undefined;
  signal.addEventListener('abort', () => running?.abort(), { once: true });

  let ticking: ReturnType<typeof setInterval> | undefined;
  const setBusy = (busy: boolean) => {
    progress.hidden = !busy;
    cancel.hidden = !busy;
    deriveButton.disabled = busy;
    if (ticking !== undefined) clearInterval(ticking);
    ticking = undefined;
    if (!busy) return;
    const started = now();
    ticking = setInterval(() => {
      const elapsed = now() - started;
      if (elapsed >= DERIVE_PATIENCE_MS) {
        status.textContent = ui.deriveStillRunning(Math.floor(elapsed / 1000));
      }
    }, 1000);
  };

  const closeReview = () => {
    editor?.disconnect();
    editor = undefined;
    replaceChildren(review, []);
  };

  const openReview = (kb: KnowledgeBase, warnings: readonly string[]) => {
    closeReview();
    editor = mountReviewEditor({
      container: review,
      kb,
      mode: 'new',
      warnings,
      onChange: (next) => {
        // The count above the review follows it, as the save bar's does.
        status.textContent = ui.deriveDone(next.entities.length);
        void drafts.set({ mode: 'new', kb: next, savedAt: now() });
      },
      onSave: save,
      onDiscard: () => {
        closeReview();
        void drafts.clear();
        text.focus();
      },
    });
  };

  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    void chosen.text().then((content) => {
      const problem = /\.(txt|md)$/i.test(chosen.name) ? options.checkText(content) : null;
      const reason = problem
        ? ui.problem(problem)
        : /\.(txt|md)$/i.test(chosen.name)
          ? null
          : ui.addFileWrongType;
      if (reason) {
        status.textContent = ui.addFileUnreadable(chosen.name, reason);
        return;
      }
      text.value = content;
      pageOfText = undefined;
      fromPage.hidden = true;
      if (!title.value.trim()) title.value = chosen.name.replace(/\.(txt|md)$/i, '');
      status.textContent = ui.addFileRead(chosen.name);
    });
  });

  /** Fills the form with the source tab's article; resolves to whether there was one. */
  const useArticle = async (): Promise<boolean> => {
    if (sourceTabId === undefined) return false;
    status.textContent = ui.addUsePageLoading;
    const page = await platform.sendToTab(sourceTabId, { type: 'page-html' });
    if (!page) {
      status.textContent = ui.addUsePageFailed(ui.addUsePageNoTab);
      return false;
    }
    const article = extractArticle(page.html, page.url, parser);
    if (!article) {
      status.textContent = ui.addUsePageFailed(ui.addUsePageNoArticle);
      return false;
    }
    text.value = article.text;
    title.value = article.title || page.title;
    pageOfText = { page: { url: page.url, readAt: now() } };
    fromPage.textContent = ui.addFromPage(title.value, page.url);
    fromPage.hidden = false;
    status.textContent = ui.addFileRead(title.value);
    return true;
  };
  usePage.addEventListener('click', () => void useArticle());
  // Emptied, the text is no longer the page's: what is typed next is cited to nothing.
  text.addEventListener('input', () => {
    if (text.value.trim()) return;
    pageOfText = undefined;
    fromPage.hidden = true;
  });

  /** Fills the form with the selection the reader chose to add; resolves to whether there was one. */
  const useSelection = async (take: () => Promise<PendingSelection | null>): Promise<boolean> => {
    const selection = await take().catch(() => null);
    if (!selection) {
      status.textContent = ui.addSelectionMissing;
      return false;
    }
    text.value = selection.text;
    title.value = selection.title;
    pageOfText = { page: { url: selection.url, readAt: selection.at } };
    fromPage.textContent = ui.addFromSelection(selection.title, selection.url);
    fromPage.hidden = false;
    status.textContent = ui.addFileRead(selection.title);
    return true;
  };

  cancel.addEventListener('click', () => running?.abort());

  const save = async (kb: KnowledgeBase): Promise<string | null> => {
    const state = await store.briefings.getValue();
    const added = addBriefings(state, bundled, [{ kb, enabled: true }], now());
    if (!added.ok) return ui.problem(added.error);
    const fits = checkStorageSize(added.state);
    if (!fits.ok) return ui.problem(fits.error);
    await store.briefings.setValue(added.state);
    await drafts.clear();
    closeReview();
    fromPage.hidden = true;
    pageOfText = undefined;
    text.value = '';
    title.value = '';
    status.textContent = ui.reviewSaved(kb.title);
    text.focus();
    return null;
  };

  const derive = () => {
    const content = text.value;
    if (!content.trim()) {
      status.textContent = ui.addNeedsText;
      text.focus();
      return;
    }
    const reason = options.checkText(content);
    if (reason) {
      status.textContent = ui.deriveFailed(ui.problem(reason));
      return;
    }
    const controller = new AbortController();
    running = controller;
    setBusy(true);
    closeReview();
    status.textContent = ui.deriveStarted(content.length);
    void (async () => {
      try {
        const state = await store.briefings.getValue();
        const name = title.value.trim() || titleFromText(content);
        const id = briefingId(name, briefingIds(state, bundled));
        if (controller.signal.aborted) throw new Error(ui.deriveCancelled);
        const page = pageOfText?.page;
        const { kb, warnings } = await options.derive(
          { id, title: name, text: content, ...(page ? { page } : {}) },
          controller.signal,
        );
        if (controller.signal.aborted) throw new Error(ui.deriveCancelled);
        setBusy(false);
        status.textContent = ui.deriveDone(kb.entities.length);
        await drafts.set({ mode: 'new', kb, savedAt: now() });
        openReview(kb, warnings);
      } catch (error) {
        status.textContent = controller.signal.aborted
          ? ui.deriveCancelled
          : ui.deriveFailed(error instanceof Error ? error.message : String(error));
      } finally {
        if (running === controller) running = undefined;
        setBusy(false);
      }
    })();
  };
  deriveButton.addEventListener('click', derive);
  signal.addEventListener('abort', () => setBusy(false), { once: true });

  const pageControls = el(doc, 'div', { class: 'field' }, [
    usePage,
    sourceTabId === undefined ? el(doc, 'p', { class: 'muted' }, [ui.addUsePageHelp]) : null,
  ]);
  const actions = el(doc, 'div', { class: 'actions' }, [deriveButton, cancel, progress]);
  const titleField = el(doc, 'div', { class: 'field' }, [
    el(doc, 'label', { for: title.id }, [ui.addTitle]),
    title,
  ]);
  const textField = el(doc, 'div', { class: 'field wide' }, [
    el(doc, 'label', { for: text.id }, [ui.addText]),
    el(doc, 'p', { class: 'muted', id: 'add-text-help' }, [ui.addTextHelp]),
    text,
  ]);
  const fileField = el(doc, 'div', { class: 'field' }, [
    el(doc, 'label', { for: file.id }, [ui.addFile]),
    file,
  ]);
  // Coming from a page, its article, the title and the progress come first, in view.
  replaceChildren(
    section,
    !fromElsewhere
      ? [
          el(doc, 'h2', {}, [ui.addHeading]),
          titleField,
          textField,
          fileField,
          pageControls,
          actions,
          status,
          review,
        ]
      : [
          el(doc, 'h2', {}, [ui.addHeading]),
          pageControls,
          fromPage,
          actions,
          status,
          titleField,
          textField,
          fileField,
          review,
        ],
  );

  const take = options.takeSelection;
  const arrived = take ? useSelection(take) : sourceTabId !== undefined ? useArticle() : null;
  void arrived?.then((found) => {
    if (found && !signal.aborted) derive();
  });

  return {
    resume(kb) {
      title.value = kb.title;
      text.value = kb.sources.map((s) => s.text).join('\n\n');
      status.textContent = '';
      openReview(kb, []);
      review.scrollIntoView?.({ block: 'start' });
    },
  };
}
