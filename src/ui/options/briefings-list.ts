import type { KnowledgeBase } from '../../kb/schema';
import {
  addBriefings,
  parseBriefingsImport,
  removeBriefing,
  serializeBriefing,
  serializeBriefingsExport,
  setBriefingEnabled,
  type BriefingsState,
  type SeedlightStore,
} from '../../settings';
import { download, el, replaceChildren } from '../dom';
import { ui } from '../messages';

export interface BriefingsListOptions {
  section: HTMLElement;
  store: SeedlightStore;
  bundled: readonly KnowledgeBase[];
  now: () => number;
  signal: AbortSignal;
}

interface Row {
  kb: KnowledgeBase;
  enabled: boolean;
  bundled: boolean;
}

/** The briefings manager: bundled and reader briefings, on/off, export, remove, import. */
export function mountBriefingsList(options: BriefingsListOptions): void {
  const { section, store, bundled, now, signal } = options;
  const doc = section.ownerDocument;
  const list = el(doc, 'ul', { class: 'briefings' });
  const message = el(doc, 'p', { role: 'alert', class: 'message', id: 'import-message' });

  const importInput = el(doc, 'input', {
    type: 'file',
    id: 'import-file',
    accept: '.json,application/json',
  });
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    if (!file) return;
    void file.text().then(async (text) => {
      importInput.value = '';
      const parsed = parseBriefingsImport(text);
      if (!parsed.ok) {
        message.textContent = ui.briefingsImportRefused(file.name, parsed.error);
        return;
      }
      const state = await store.briefings.getValue();
      const added = addBriefings(state, bundled, parsed.briefings, now());
      if (!added.ok) {
        message.textContent = ui.briefingsImportRefused(file.name, added.error);
        return;
      }
      await store.briefings.setValue(added.state);
      message.textContent = ui.briefingsImported(parsed.briefings.length);
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
    const remove = isBundled
      ? null
      : el(doc, 'button', { type: 'button', class: 'danger' }, [
          ui.briefingRemove(kb.title || kb.id),
        ]);
    remove?.addEventListener('click', () => change((state) => removeBriefing(state, kb.id)));
    return el(doc, 'li', { class: 'briefing' }, [
      el(doc, 'div', { class: 'switch' }, [
        toggle,
        el(doc, 'label', { for: id }, [ui.briefingEnabled(kb.title || kb.id)]),
      ]),
      el(doc, 'p', { class: 'muted' }, [
        isBundled ? `${ui.briefingBundled}, ` : '',
        ui.briefingSummary(kb.entities.length),
      ]),
      el(doc, 'div', { class: 'actions' }, [exportButton, remove]),
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
    el(doc, 'h2', { id: 'briefings-heading' }, [ui.briefingsHeading]),
    el(doc, 'p', {}, [ui.briefingsIntro]),
    list,
    el(doc, 'div', { class: 'actions' }, [
      exportAll,
      el(doc, 'label', { for: importInput.id }, [ui.briefingsImport]),
      importInput,
    ]),
    message,
  ]);
  const unwatch = store.briefings.watch(render);
  signal.addEventListener('abort', unwatch, { once: true });
  void store.briefings.getValue().then(render);
}
