import type { KnowledgeBase } from '../../kb/schema';
import type { PageHtmlReply } from '../../messages';
import { addBriefings, briefingId, briefingIds, type SeedlightStore } from '../../settings';
import { extractArticle } from '../article';
import type { DeriveRunner } from '../derive-runner';
import { el, replaceChildren } from '../dom';
import { ui } from '../messages';
import type { PagePlatform } from '../platform';
import { mountReviewEditor } from '../review/review-editor';

export interface AddBriefingOptions {
  section: HTMLElement;
  store: SeedlightStore;
  bundled: readonly KnowledgeBase[];
  platform: PagePlatform;
  derive: DeriveRunner;
  /** Why a text cannot be derived, or null (src/derive's `checkSeedText`). */
  checkText(text: string): string | null;
  parser: DOMParser;
  /** The tab the reader came from, whose article "Use this page's article" reads. */
  sourceTabId: number | undefined;
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
export function mountAddBriefing(options: AddBriefingOptions): void {
  const { section, store, bundled, platform, parser, sourceTabId, now, signal } = options;
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

  let running: AbortController | undefined;
  signal.addEventListener('abort', () => running?.abort(), { once: true });

  const setBusy = (busy: boolean) => {
    progress.hidden = !busy;
    cancel.hidden = !busy;
    deriveButton.disabled = busy;
  };

  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    void chosen.text().then((content) => {
      const reason = /\.(txt|md)$/i.test(chosen.name)
        ? options.checkText(content)
        : ui.addFileWrongType;
      if (reason) {
        status.textContent = ui.addFileUnreadable(chosen.name, reason);
        return;
      }
      text.value = content;
      if (!title.value.trim()) title.value = chosen.name.replace(/\.(txt|md)$/i, '');
      status.textContent = ui.addFileRead(chosen.name);
    });
  });

  usePage.addEventListener('click', () => {
    if (sourceTabId === undefined) return;
    status.textContent = ui.addUsePageLoading;
    void platform.sendToTab<PageHtmlReply>(sourceTabId, { type: 'page-html' }).then((page) => {
      if (!page) {
        status.textContent = ui.addUsePageFailed(ui.addUsePageNoTab);
        return;
      }
      const article = extractArticle(page.html, page.url, parser);
      if (!article) {
        status.textContent = ui.addUsePageFailed(ui.addUsePageNoArticle);
        return;
      }
      text.value = article.text;
      title.value = article.title || page.title;
      status.textContent = ui.addFileRead(title.value);
    });
  });

  cancel.addEventListener('click', () => running?.abort());

  const save = async (kb: KnowledgeBase): Promise<string | null> => {
    const state = await store.briefings.getValue();
    const added = addBriefings(state, bundled, [{ kb, enabled: true }], now());
    if (!added.ok) return added.error;
    await store.briefings.setValue(added.state);
    replaceChildren(review, []);
    text.value = '';
    title.value = '';
    status.textContent = ui.reviewSaved(kb.title);
    text.focus();
    return null;
  };

  deriveButton.addEventListener('click', () => {
    const content = text.value;
    if (!content.trim()) {
      status.textContent = ui.addNeedsText;
      text.focus();
      return;
    }
    const reason = options.checkText(content);
    if (reason) {
      status.textContent = ui.deriveFailed(reason);
      return;
    }
    const controller = new AbortController();
    running = controller;
    setBusy(true);
    replaceChildren(review, []);
    status.textContent = ui.deriveStarted(content.length);
    void (async () => {
      try {
        const state = await store.briefings.getValue();
        const name = title.value.trim() || titleFromText(content);
        const id = briefingId(name, briefingIds(state, bundled));
        if (controller.signal.aborted) throw new Error(ui.deriveCancelled);
        const { kb, warnings } = await options.derive(
          { id, title: name, text: content },
          controller.signal,
        );
        status.textContent = ui.deriveDone(kb.entities.length);
        mountReviewEditor({
          container: review,
          kb,
          warnings,
          onSave: save,
          onDiscard: () => {
            replaceChildren(review, []);
            text.focus();
          },
        });
      } catch (error) {
        status.textContent = controller.signal.aborted
          ? ui.deriveCancelled
          : ui.deriveFailed(error instanceof Error ? error.message : String(error));
      } finally {
        if (running === controller) running = undefined;
        setBusy(false);
      }
    })();
  });

  replaceChildren(section, [
    el(doc, 'h2', {}, [ui.addHeading]),
    el(doc, 'div', { class: 'field' }, [el(doc, 'label', { for: title.id }, [ui.addTitle]), title]),
    el(doc, 'div', { class: 'field wide' }, [
      el(doc, 'label', { for: text.id }, [ui.addText]),
      el(doc, 'p', { class: 'muted', id: 'add-text-help' }, [ui.addTextHelp]),
      text,
    ]),
    el(doc, 'div', { class: 'field' }, [el(doc, 'label', { for: file.id }, [ui.addFile]), file]),
    el(doc, 'div', { class: 'field' }, [
      usePage,
      sourceTabId === undefined ? el(doc, 'p', { class: 'muted' }, [ui.addUsePageHelp]) : null,
    ]),
    el(doc, 'div', { class: 'actions' }, [deriveButton, cancel, progress]),
    status,
    review,
  ]);
}
