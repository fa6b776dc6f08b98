import type { KnowledgeBase } from '../../kb/schema';
import {
  addBriefings,
  checkStorageSize,
  conflictingIds,
  importBriefings,
  parseBriefingsImport,
  restoreBriefing,
  takeBriefing,
  type ImportConflictChoice,
  type ImportedBriefing,
  type RemovedBriefing,
  serializeBriefing,
  serializeBriefingsExport,
  setBriefingEnabled,
  type BriefingsState,
  type SeedlightStore,
} from '../../settings';
import { download } from '../download';
import { el, replaceChildren } from '../../dom/el';
import { ui } from '../ui-strings';

export interface BriefingsListOptions {
  section: HTMLElement;
  store: SeedlightStore;
  bundled: readonly KnowledgeBase[];
  now: () => number;
  signal: AbortSignal;
  /** Opens a reader's briefing in the editor. */
  onEdit(kbId: string): void;
}

interface Row {
  kb: KnowledgeBase;
  enabled: boolean;
  bundled: boolean;
}

/**
 * The briefings manager: bundled and reader briefings, on/off, edit, export, remove (undoable),
 * import (asking to replace or keep both when an id is in use).
 */
export function mountBriefingsList(options: BriefingsListOptions): void {
  const { section, store, bundled, now, signal } = options;
  const doc = section.ownerDocument;
  const list = el(doc, 'ul', { class: 'briefings' });
  const heading = el(doc, 'h2', { id: 'briefings-heading', tabindex: -1 }, [ui.briefingsHeading]);
  const message = el(doc, 'p', { role: 'alert', class: 'message', id: 'import-message' });

  const importInput = el(doc, 'input', {
    type: 'file',
    id: 'import-file',
    accept: '.json,application/json',
  });
  const question = el(doc, 'div', { class: 'actions', id: 'import-question', hidden: true });

  const write = async (next: BriefingsState): Promise<string | null> => {
    const fits = checkStorageSize(next);
    if (!fits.ok) return ui.problem(fits.error);
    await store.briefings.setValue(next);
    return null;
  };

  const ask = (
    fileName: string,
    briefings: ImportedBriefing[],
    ids: string[],
    replaceable: boolean,
  ) => {
    const choose = (choice: ImportConflictChoice | null) => {
      question.hidden = true;
      replaceChildren(question, []);
      importInput.focus();
      if (choice === null) {
        message.textContent = ui.briefingsImportCancelled;
        return;
      }
      void store.briefings.getValue().then(async (state) => {
        const done = importBriefings(state, bundled, briefings, now(), choice);
        const error = done.ok ? await write(done.state) : ui.problem(done.error);
        message.textContent = error
          ? ui.briefingsImportRefused(fileName, error)
          : ui.briefingsImported(briefings.length);
      });
    };
    const button = (label: string, choice: ImportConflictChoice | null) => {
      const b = el(doc, 'button', { type: 'button' }, [label]);
      b.addEventListener('click', () => choose(choice));
      return b;
    };
    message.textContent = ui.briefingsImportConflict(fileName, ids);
    // A bundled briefing cannot be replaced: then only "Keep both" and "Cancel" are offered.
    const replace = replaceable ? button(ui.briefingsImportReplace, 'replace') : null;
    const keepBoth = button(ui.briefingsImportKeepBoth, 'keep-both');
    replaceChildren(question, [replace, keepBoth, button(ui.briefingsImportCancel, null)]);
    question.hidden = false;
    (replace ?? keepBoth).focus();
  };

  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    if (!file) return;
    void file.text().then(async (text) => {
      importInput.value = '';
      const parsed = parseBriefingsImport(text);
      if (!parsed.ok) {
        message.textContent = ui.briefingsImportRefused(file.name, ui.problem(parsed.error));
        return;
      }
      const state = await store.briefings.getValue();
      const ids = conflictingIds(state, bundled, parsed.briefings);
      if (ids.length > 0) {
        const mine = new Set(state.user.map((b) => b.kb.id));
        ask(
          file.name,
          parsed.briefings,
          ids,
          ids.some((id) => mine.has(id)),
        );
        return;
      }
      const added = addBriefings(state, bundled, parsed.briefings, now());
      const error = added.ok ? await write(added.state) : ui.problem(added.error);
      message.textContent = error
        ? ui.briefingsImportRefused(file.name, error)
        : ui.briefingsImported(parsed.briefings.length);
    });
  });

  const exportAll = el(doc, 'button', { type: 'button' }, [ui.briefingsExportAll]);
  exportAll.addEventListener('click', () => {
    void store.briefings.getValue().then((state) => {
      if (state.user.length === 0) {
        message.textContent = ui.briefingsNothingToExport;
        return;
      }
      download(doc, 'seedlight-briefings.json', serializeBriefingsExport(state));
    });
  });

  const removal = el(doc, 'div', { class: 'actions removal', id: 'briefing-removal' });
  const offerUndo = (removed: RemovedBriefing) => {
    const title = removed.briefing.kb.title || removed.briefing.kb.id;
    const undo = el(doc, 'button', { type: 'button' }, [ui.briefingUndoRemove]);
    undo.addEventListener('click', () => {
      void store.briefings.getValue().then(async (state) => {
        const back = restoreBriefing(state, bundled, removed);
        if (!back.ok) {
          message.textContent = ui.problem(back.error);
          return;
        }
        await store.briefings.setValue(back.state);
        replaceChildren(removal, [el(doc, 'p', { role: 'status' }, [ui.briefingRestored(title)])]);
        heading.focus();
      });
    });
    replaceChildren(removal, [el(doc, 'p', { role: 'status' }, [ui.briefingRemoved(title)]), undo]);
    undo.focus();
  };

  const change = (edit: (state: BriefingsState) => BriefingsState) => {
    void store.briefings.update(edit);
  };

  const row = ({ kb, enabled, bundled: isBundled }: Row, index: number): HTMLElement => {
    const id = `briefing-${index}`;
    const toggle = el(doc, 'input', { type: 'checkbox', id, checked: enabled });
    toggle.addEventListener('change', () => {
      const on = toggle.checked;
      change((state) => setBriefingEnabled(state, bundled, kb.id, on));
    });
    const exportButton = el(doc, 'button', { type: 'button' }, [
      ui.briefingExport(kb.title || kb.id),
    ]);
    exportButton.addEventListener('click', () =>
      download(doc, `${kb.id}.json`, serializeBriefing(kb)),
    );
    const edit = isBundled
      ? null
      : el(doc, 'button', { type: 'button' }, [ui.briefingEdit(kb.title || kb.id)]);
    edit?.addEventListener('click', () => options.onEdit(kb.id));
    const remove = isBundled
      ? null
      : el(doc, 'button', { type: 'button', class: 'danger' }, [
          ui.briefingRemove(kb.title || kb.id),
        ]);
    remove?.addEventListener('click', () => {
      void store.briefings.getValue().then(async (state) => {
        const taken = takeBriefing(state, kb.id);
        if (!taken.removed) return;
        await store.briefings.setValue(taken.state);
        offerUndo(taken.removed);
      });
    });
    return el(doc, 'li', { class: 'briefing' }, [
      el(doc, 'div', { class: 'switch' }, [
        toggle,
        el(doc, 'label', { for: id }, [ui.briefingEnabled(kb.title || kb.id)]),
      ]),
      el(doc, 'p', { class: 'muted' }, [
        isBundled ? `${ui.briefingBundled}, ` : '',
        ui.briefingSummary(kb.entities.length),
      ]),
      el(doc, 'div', { class: 'actions' }, [edit, exportButton, remove]),
    ]);
  };

  const render = (state: BriefingsState) => {
    const off = new Set(state.disabledBundled);
    const rows: Row[] = [
      ...bundled.map((kb) => ({ kb, enabled: !off.has(kb.id), bundled: true })),
      ...state.user.map((b) => ({ kb: b.kb, enabled: b.enabled, bundled: false })),
    ];
    replaceChildren(list, rows.map(row));
  };

  replaceChildren(section, [
    heading,
    el(doc, 'p', {}, [ui.briefingsIntro]),
    list,
    removal,
    el(doc, 'div', { class: 'actions' }, [
      exportAll,
      el(doc, 'label', { for: importInput.id }, [ui.briefingsImport]),
      importInput,
    ]),
    message,
    question,
  ]);
  const unwatch = store.briefings.watch(render);
  signal.addEventListener('abort', unwatch, { once: true });
  void store.briefings.getValue().then(render);
}
