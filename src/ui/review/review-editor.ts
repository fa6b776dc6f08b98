import { validateKnowledgeBase } from '../../kb/parse';
import { ENTITY_TYPES, type EntityType, type KnowledgeBase } from '../../kb/schema';
import { el, replaceChildren } from '../../dom/el';
import { ui } from '../ui-strings';
import { describeEntity, renameEntity } from './kb-edits';
import {
  flaggedIds,
  keepEntities,
  mergeInto,
  parseAliases,
  removeEntities,
  retypeEntities,
  setAliases,
} from './review-actions';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from './review-history';
import { reviewCommand, type ReviewCommand } from './review-keys';
import { countMentions, findSourceMentions, type SourceMentions } from './review-mentions';
import { renderRow, setRowCursor, type RowHandlers } from './review-row-view';
import {
  DEFAULT_QUERY,
  queryRows,
  SORT_KEYS,
  toRows,
  type ReviewRow,
  type RowQuery,
} from './review-rows';
import {
  EMPTY_SELECTION,
  extendTo,
  keepExisting,
  moveTo,
  stepFrom,
  targets,
  toggle,
  toggleAll,
  type Selection,
} from './review-selection';
import { mentionsOf, nextMention, type MentionAt } from './review-spans';
import { mountReviewTextView } from './review-text-view';

export interface ReviewEditorOptions {
  container: HTMLElement;
  kb: KnowledgeBase;
  /** `new` reviews a derived briefing before its first save; `edit` changes a saved one. */
  mode: 'new' | 'edit';
  warnings: readonly string[];
  /** The entity whose row has the focus first (a deep link's `entity=`). */
  focusEntity?: string;
  /** Called with the draft after every change, so it can be kept while the tab may close. */
  onChange?(kb: KnowledgeBase): void;
  /** Saves the reviewed briefing; resolves to an error message when it cannot be saved. */
  onSave(kb: KnowledgeBase): Promise<string | null>;
  onDiscard(): void;
}

export interface ReviewEditor {
  /** The draft as it stands. */
  current(): KnowledgeBase;
  disconnect(): void;
}

const isField = (target: EventTarget | null): boolean =>
  target instanceof Element &&
  (target.matches('input[type="text"], select, textarea') ||
    target.closest('.review-toolbar') !== null);

/**
 * The reader's review of a briefing: a keyboard-first table of its entities beside the text with
 * every mention highlighted. Actions act on the checked rows (or the row the keyboard is on), are
 * undoable, and keep the page's scroll position and the focus.
 */
export function mountReviewEditor(options: ReviewEditorOptions): ReviewEditor {
  const { container } = options;
  const doc = container.ownerDocument;
  const view = doc.defaultView;
  let history: History<KnowledgeBase> = startHistory(options.kb);
  let saved = options.mode === 'edit' ? options.kb : null;
  let query: RowQuery = DEFAULT_QUERY;
  let selection: Selection = EMPTY_SELECTION;
  let mentions: SourceMentions[] = [];
  let mentionsFor: KnowledgeBase | null = null;
  let rows: ReviewRow[] = [];
  let shown: ReviewRow[] = [];
  let activeMention: MentionAt | null = null;
  const draft = () => history.present;

  // Heading and status
  const heading = el(doc, 'h3', { tabindex: -1, id: 'review-heading' });
  const status = el(doc, 'p', { role: 'status', class: 'message', id: 'review-status' });
  const alert = el(doc, 'p', { role: 'alert', class: 'message', id: 'review-alert' });

  // Toolbar
  const filter = el(doc, 'input', {
    type: 'search',
    id: 'review-filter',
    autocomplete: 'off',
  });
  const typeFilter = el(doc, 'select', { id: 'review-type-filter' }, [
    el(doc, 'option', { value: 'all' }, [ui.reviewTypeAll]),
    ...ENTITY_TYPES.map((t) => el(doc, 'option', { value: t }, [ui.typePlural[t]])),
  ]);
  const sort = el(
    doc,
    'select',
    { id: 'review-sort' },
    SORT_KEYS.map((k) => el(doc, 'option', { value: k }, [ui.reviewSortBy[k]])),
  );
  const flaggedOnly = el(doc, 'input', { type: 'checkbox', id: 'review-flagged-only' });
  const removeButton = el(doc, 'button', { type: 'button', class: 'danger' }, [
    ui.reviewRemoveSelected,
  ]);
  const mergeButton = el(doc, 'button', { type: 'button' }, [ui.reviewMergeSelected]);
  const retypeChoice = el(
    doc,
    'select',
    { id: 'review-retype' },
    ENTITY_TYPES.map((t) => el(doc, 'option', { value: t }, [ui.typeSingular[t]])),
  );
  const retypeButton = el(doc, 'button', { type: 'button' }, [ui.reviewRetypeTo]);
  retypeButton.setAttribute('aria-describedby', retypeChoice.id);
  const keepButton = el(doc, 'button', { type: 'button' }, [ui.reviewKeepSelected]);
  const removeFlagged = el(doc, 'button', { type: 'button', class: 'danger' });

  // Table
  const selectAll = el(doc, 'input', {
    type: 'checkbox',
    id: 'review-select-all',
  });
  const tbody = el(doc, 'tbody', { role: 'rowgroup' });
  const table = el(
    doc,
    'table',
    { class: 'review-table', role: 'grid', 'aria-multiselectable': 'true', id: 'review-table' },
    [
      el(doc, 'caption', { class: 'visually-hidden' }, [ui.reviewTableCaption]),
      el(
        doc,
        'colgroup',
        {},
        ['check', 'name', 'type', 'count', 'aliases', 'description', 'flag'].map((c) =>
          el(doc, 'col', { class: c }),
        ),
      ),
      el(doc, 'thead', {}, [
        el(doc, 'tr', {}, [
          el(doc, 'th', { scope: 'col', class: 'check' }, [
            el(doc, 'span', { class: 'visually-hidden' }, [ui.reviewSelectAll]),
          ]),
          el(doc, 'th', { scope: 'col' }, [ui.reviewName]),
          el(doc, 'th', { scope: 'col' }, [ui.reviewType]),
          el(doc, 'th', { scope: 'col', class: 'count' }, [ui.reviewColumnMentions]),
          el(doc, 'th', { scope: 'col' }, [ui.reviewColumnAliases]),
          el(doc, 'th', { scope: 'col' }, [ui.reviewDescription]),
          el(doc, 'th', { scope: 'col' }, [ui.reviewColumnFlag]),
        ]),
      ]),
      tbody,
    ],
  );
  const noRows = el(doc, 'p', { class: 'muted', hidden: true }, [ui.reviewNoRows]);

  // Text
  const textPane = el(doc, 'div', {
    class: 'review-text-pane',
    tabindex: 0,
    role: 'region',
    'aria-labelledby': 'review-text-heading',
    id: 'review-text',
  });

  // Save bar
  const summary = el(doc, 'p', { class: 'summary', id: 'review-summary', 'aria-live': 'polite' });
  const undoButton = el(doc, 'button', { type: 'button', 'aria-keyshortcuts': 'Control+Z' }, [
    ui.reviewUndo,
  ]);
  const redoButton = el(doc, 'button', { type: 'button', 'aria-keyshortcuts': 'Control+Shift+Z' }, [
    ui.reviewRedo,
  ]);
  const save = el(doc, 'button', { type: 'button', class: 'primary', id: 'review-save' }, [
    ui.reviewSave,
  ]);
  const discard = el(doc, 'button', { type: 'button' }, [ui.reviewDiscard]);

  const text = mountReviewTextView(textPane, (entityId, at) => {
    activeMention = at;
    if (!shown.some((r) => r.id === entityId)) {
      query = { ...DEFAULT_QUERY, sort: query.sort };
      syncQueryControls();
    }
    selection = moveTo(selection, entityId);
    render({ focus: 'row', scrollText: false });
  });

  // Rendering

  const rowElement = (id: string | null) =>
    id === null
      ? null
      : tbody.querySelector<HTMLTableRowElement>(`tr[data-id="${CSS.escape(id)}"]`);

  const syncQueryControls = () => {
    filter.value = query.filter;
    typeFilter.value = query.type;
    sort.value = query.sort;
    flaggedOnly.checked = query.flaggedOnly;
  };

  const updateBars = () => {
    const kb = draft();
    const flagged = flaggedIds(kb).length;
    const chosen = targets(selection);
    heading.textContent =
      options.mode === 'edit'
        ? ui.reviewHeadingEdit(kb.title || kb.id)
        : ui.reviewHeadingNew(kb.title || kb.id);
    const parts = [
      shown.length === rows.length
        ? ui.entityCount(rows.length)
        : ui.reviewShownCount(shown.length, rows.length),
      ui.reviewFlaggedCount(flagged),
      selection.checked.size > 0 ? ui.reviewSelectedCount(selection.checked.size) : null,
      kb !== (saved ?? null) && (saved !== null || canUndo(history)) ? ui.reviewUnsaved : null,
    ];
    summary.textContent = parts.filter((p) => p !== null).join(' · ');
    removeFlagged.textContent = ui.reviewRemoveFlagged(flagged);
    removeFlagged.disabled = flagged === 0;
    removeButton.disabled = chosen.length === 0;
    retypeButton.disabled = chosen.length === 0;
    mergeButton.disabled = selection.checked.size < 2;
    keepButton.disabled = !chosen.some((id) => rows.find((r) => r.id === id)?.doubts.length);
    undoButton.disabled = !canUndo(history);
    redoButton.disabled = !canRedo(history);
    save.disabled = kb.entities.length === 0;
    const order = shown.map((r) => r.id);
    selectAll.checked = order.length > 0 && order.every((id) => selection.checked.has(id));
    selectAll.indeterminate = !selectAll.checked && order.some((id) => selection.checked.has(id));
  };

  const showActive = (scrollText: boolean) => {
    const cursor = selection.cursor;
    const all = cursor === null ? [] : mentionsOf(mentions, cursor);
    const keepActive =
      activeMention !== null &&
      all.some((m) => m.source === activeMention?.source && m.span === activeMention.span);
    if (!keepActive) activeMention = all[0] ?? null;
    text.activate(all, scrollText ? activeMention : null);
  };

  /** Rebuilds the rows; keeps the page's scroll position, and the focus where it was asked. */
  const render = (
    { focus, scrollText = true }: { focus: 'row' | 'keep' | 'none'; scrollText?: boolean } = {
      focus: 'keep',
    },
  ) => {
    const kb = draft();
    if (mentionsFor !== kb) {
      mentions = findSourceMentions(kb);
      mentionsFor = kb;
    }
    const previousOrder = shown.map((r) => r.id);
    rows = toRows(kb, countMentions(mentions));
    shown = queryRows(rows, query);
    const order = shown.map((r) => r.id);
    selection = keepExisting(selection, order, previousOrder.length ? previousOrder : order);
    if (selection.cursor === null || !order.includes(selection.cursor)) {
      selection = { ...selection, cursor: order[0] ?? null };
    }
    const scrollY = view?.scrollY ?? 0;
    const focusedField =
      doc.activeElement instanceof HTMLElement && tbody.contains(doc.activeElement)
        ? doc.activeElement.dataset.field
        : undefined;
    replaceChildren(
      tbody,
      shown.map((row) =>
        renderRow(
          doc,
          row,
          { checked: selection.checked.has(row.id), cursor: row.id === selection.cursor },
          handlers,
        ),
      ),
    );
    noRows.hidden = shown.length > 0;
    noRows.textContent = kb.entities.length === 0 ? ui.reviewEmpty : ui.reviewNoRows;
    const types = new Map(kb.entities.map((e) => [e.id, e.type]));
    const doubted = new Set(flaggedIds(kb));
    text.show(
      mentions,
      (id) => types.get(id),
      (id) => doubted.has(id),
    );
    updateBars();
    showActive(scrollText);
    const cursorRow = rowElement(selection.cursor);
    if (focus === 'row' && cursorRow) {
      const field =
        focusedField && focusedField !== 'check'
          ? cursorRow.querySelector<HTMLElement>(`[data-field="${focusedField}"]`)
          : null;
      (field ?? cursorRow).focus({ preventScroll: true });
    } else if (focus === 'row') {
      (shown.length === 0 ? filter : heading).focus({ preventScroll: true });
    }
    view?.scrollTo({ top: scrollY });
    if (focus === 'row') cursorRow?.scrollIntoView?.({ block: 'nearest' });
  };

  /** Records an edit; structural ones re-render, a field's own edit only refreshes the bars. */
  const commit = (next: KnowledgeBase, message: string | null, structural = true) => {
    if (next === draft()) return;
    history = record(history, next);
    alert.textContent = '';
    if (message !== null) status.textContent = message;
    options.onChange?.(next);
    if (structural) render({ focus: 'row' });
    else {
      mentions = findSourceMentions(next);
      mentionsFor = next;
      rows = toRows(next, countMentions(mentions));
      shown = shown.map((r) => rows.find((n) => n.id === r.id) ?? r);
      const types = new Map(next.entities.map((e) => [e.id, e.type]));
      const doubted = new Set(flaggedIds(next));
      text.show(
        mentions,
        (id) => types.get(id),
        (id) => doubted.has(id),
      );
      updateBars();
      showActive(false);
    }
  };

  const handlers: RowHandlers = {
    rename(id, name) {
      const before = draft().entities.find((e) => e.id === id);
      if (!before || before.name === name.trim() || name.trim() === '') {
        if (before && name.trim() === '') {
          const input = rowElement(id)?.querySelector<HTMLInputElement>('[data-field="name"]');
          if (input) input.value = before.name;
        }
        return;
      }
      commit(renameEntity(draft(), id, name), null, false);
      const tr = rowElement(id);
      const entity = draft().entities.find((e) => e.id === id);
      const aliases = tr?.querySelector<HTMLInputElement>('[data-field="aliases"]');
      if (aliases && entity) aliases.value = entity.aliases.join('; ');
      tr?.querySelector('[data-field="check"]')?.setAttribute(
        'aria-label',
        ui.reviewSelectRow(name.trim()),
      );
    },
    retype(id, type) {
      commit(retypeEntities(draft(), [id], type), null, false);
      const tr = rowElement(id);
      if (tr) tr.dataset.type = type;
      const dot = tr?.querySelector('.type-dot');
      if (dot) dot.className = `type-dot type-${type}`;
    },
    setAliases(id, value) {
      commit(setAliases(draft(), id, parseAliases(value)), null, false);
      const entity = draft().entities.find((e) => e.id === id);
      const input = rowElement(id)?.querySelector<HTMLInputElement>('[data-field="aliases"]');
      if (input && entity) input.value = entity.aliases.join('; ');
    },
    describe(id, value) {
      const before = draft().entities.find((e) => e.id === id);
      if ((before?.description ?? '') === value.trim()) return;
      commit(describeEntity(draft(), id, value), null, false);
    },
    keep(id) {
      selection = moveTo(selection, id);
      commit(keepEntities(draft(), [id]), ui.reviewKept);
    },
    check(id, event) {
      const order = shown.map((r) => r.id);
      selection = event.shiftKey ? extendTo(selection, order, id) : toggle(selection, id);
      render({ focus: 'row' });
    },
  };

  // Actions

  const removeChosen = () => {
    const ids = targets(selection);
    if (ids.length === 0) return;
    commit(removeEntities(draft(), ids), ui.reviewRemoved(ids.length));
  };
  const mergeChosen = () => {
    const ids = [...selection.checked];
    if (ids.length < 2) {
      status.textContent = ui.reviewMergeHelp;
      return;
    }
    // The most mentioned of the chosen rows stays; ties go to the one shown first.
    const order = shown.map((r) => r.id);
    const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
    const best = rows
      .filter((r) => ids.includes(r.id))
      .sort((a, b) => b.mentions - a.mentions || rank(a.id) - rank(b.id))[0];
    if (!best) return;
    selection = { checked: new Set(), cursor: best.id, anchor: best.id };
    commit(mergeInto(draft(), ids, best.id), ui.reviewMerged(best.name));
  };
  const retypeChosen = (type: EntityType) => {
    const ids = targets(selection);
    if (ids.length === 0) return;
    const next = retypeEntities(draft(), ids, type);
    commit(next, ui.reviewRetyped(type));
  };
  const keepChosen = () => commit(keepEntities(draft(), targets(selection)), ui.reviewKept);
  const removeAllFlagged = () => {
    const ids = flaggedIds(draft());
    if (ids.length === 0) return;
    commit(removeEntities(draft(), ids), ui.reviewRemoved(ids.length));
  };
  const step = (move: (h: History<KnowledgeBase>) => History<KnowledgeBase>, message: string) => {
    const next = move(history);
    if (next === history) return;
    history = next;
    status.textContent = message;
    options.onChange?.(draft());
    render({ focus: 'row' });
  };

  const moveCursor = (id: string | null, extend: boolean) => {
    if (id === null) return;
    const order = shown.map((r) => r.id);
    const previous = selection.cursor;
    selection = extend ? extendTo(selection, order, id) : moveTo(selection, id);
    if (extend) {
      render({ focus: 'row' });
      return;
    }
    const before = rowElement(previous);
    if (before) setRowCursor(before, false);
    const after = rowElement(id);
    if (after) {
      setRowCursor(after, true);
      after.focus({ preventScroll: true });
      after.scrollIntoView?.({ block: 'nearest' });
    }
    activeMention = null;
    showActive(true);
    updateBars();
  };

  const run = (command: ReviewCommand, target: EventTarget | null) => {
    const order = shown.map((r) => r.id);
    switch (command.kind) {
      case 'move':
        return moveCursor(stepFrom(order, selection.cursor, command.delta), command.extend);
      case 'first':
        return moveCursor(order[0] ?? null, command.extend);
      case 'last':
        return moveCursor(order.at(-1) ?? null, command.extend);
      case 'toggle':
        if (selection.cursor === null) return;
        selection = toggle(selection, selection.cursor);
        return render({ focus: 'row' });
      case 'select-all':
        selection = toggleAll(selection, order);
        return render({ focus: 'row' });
      case 'edit':
        return rowElement(selection.cursor)
          ?.querySelector<HTMLElement>('[data-field="name"]')
          ?.focus();
      case 'leave-field':
        if (target instanceof HTMLElement) target.dispatchEvent(new Event('change'));
        return rowElement(selection.cursor)?.focus();
      case 'remove':
        return removeChosen();
      case 'merge':
        return mergeChosen();
      case 'keep':
        return keepChosen();
      case 'retype':
        return retypeChosen(command.type);
      case 'next-mention': {
        activeMention = nextMention(mentions, selection.cursor, activeMention, command.back);
        const all = selection.cursor === null ? [] : mentionsOf(mentions, selection.cursor);
        return text.activate(all, activeMention);
      }
      case 'undo':
        return step(undo, ui.reviewUndone);
      case 'redo':
        return step(redo, ui.reviewRedone);
      case 'filter':
        filter.focus();
        return filter.select();
      case 'save':
        return save.click();
      case 'flagged-only':
        query = { ...query, flaggedOnly: !query.flaggedOnly };
        syncQueryControls();
        return render({ focus: 'row' });
    }
  };

  tbody.addEventListener('keydown', (event) => {
    const command = reviewCommand(event, isField(event.target));
    if (!command) return;
    // Space on a checkbox, Enter on the Keep button: let the control do what it does.
    if (
      event.target instanceof HTMLElement &&
      event.target.tagName === 'BUTTON' &&
      (command.kind === 'toggle' || command.kind === 'edit')
    ) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    run(command, event.target);
  });
  tbody.addEventListener('click', (event) => {
    const tr = event.target instanceof Element ? event.target.closest('tr') : null;
    const id = tr?.dataset.id;
    if (!id || !(event.target instanceof Element)) return;
    if (event.target.closest('[data-field]')) return;
    // A click on a row's empty part: Ctrl/Cmd adds it to the selection, Shift extends to it.
    if (event.ctrlKey || event.metaKey || event.shiftKey) {
      handlers.check(id, event);
      return;
    }
    if (id !== selection.cursor) moveCursor(id, false);
  });
  tbody.addEventListener('focusin', (event) => {
    const tr = event.target instanceof Element ? event.target.closest('tr') : null;
    const id = tr?.dataset.id;
    if (!id || id === selection.cursor) return;
    const before = rowElement(selection.cursor);
    if (before) setRowCursor(before, false);
    selection = moveTo(selection, id);
    if (tr) setRowCursor(tr, true);
    activeMention = null;
    showActive(true);
    updateBars();
  });
  // Undo, redo, filter and save also work outside the table; in a field only save does.
  container.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const command = reviewCommand(event, isField(event.target));
    const global = ['undo', 'redo', 'filter', 'save'];
    if (!command || !global.includes(command.kind)) return;
    event.preventDefault();
    run(command, event.target);
  });
  textPane.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && activeMention) {
      const span = mentions[activeMention.source]?.spans[activeMention.span];
      if (!span) return;
      event.preventDefault();
      selection = moveTo(selection, span.entityId);
      render({ focus: 'row', scrollText: false });
    } else if (event.key.toLowerCase() === 'n' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      activeMention = nextMention(mentions, null, activeMention, event.shiftKey);
      const span = activeMention && mentions[activeMention.source]?.spans[activeMention.span];
      text.activate(activeMention ? [activeMention] : [], activeMention);
      if (span)
        status.textContent = draft().entities.find((e) => e.id === span.entityId)?.name ?? '';
    }
  });

  filter.addEventListener('input', () => {
    query = { ...query, filter: filter.value };
    render({ focus: 'none' });
  });
  filter.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter') {
      event.preventDefault();
      rowElement(selection.cursor)?.focus();
    } else if (event.key === 'Escape') {
      // Esc clears every filter and returns to the table, where the reader was.
      event.preventDefault();
      query = { ...DEFAULT_QUERY, sort: query.sort };
      syncQueryControls();
      render({ focus: 'row' });
    }
  });
  typeFilter.addEventListener('change', () => {
    const chosen = ENTITY_TYPES.find((t) => t === typeFilter.value);
    query = { ...query, type: chosen ?? 'all' };
    render({ focus: 'none' });
  });
  sort.addEventListener('change', () => {
    const chosen = SORT_KEYS.find((k) => k === sort.value);
    query = { ...query, sort: chosen ?? 'salience' };
    render({ focus: 'none' });
  });
  flaggedOnly.addEventListener('change', () => {
    query = { ...query, flaggedOnly: flaggedOnly.checked };
    render({ focus: 'none' });
  });
  selectAll.addEventListener('change', () => {
    selection = toggleAll(
      selection,
      shown.map((r) => r.id),
    );
    render({ focus: 'none' });
  });
  removeButton.addEventListener('click', removeChosen);
  mergeButton.addEventListener('click', mergeChosen);
  retypeButton.addEventListener('click', () => {
    const chosen = ENTITY_TYPES.find((t) => t === retypeChoice.value);
    if (chosen) retypeChosen(chosen);
  });
  keepButton.addEventListener('click', keepChosen);
  removeFlagged.addEventListener('click', removeAllFlagged);
  undoButton.addEventListener('click', () => step(undo, ui.reviewUndone));
  redoButton.addEventListener('click', () => step(redo, ui.reviewRedone));

  save.addEventListener('click', () => {
    const checked = validateKnowledgeBase(draft());
    if (!checked.ok) {
      alert.textContent = ui.reviewInvalid(ui.problem(checked.error));
      return;
    }
    save.disabled = true;
    void options.onSave(checked.kb).then((error) => {
      save.disabled = false;
      if (error) alert.textContent = ui.reviewInvalid(error);
      else {
        saved = draft();
        updateBars();
      }
    });
  });
  discard.addEventListener('click', () => options.onDiscard());

  const field = (label: string, control: HTMLElement) =>
    el(doc, 'span', { class: 'field inline' }, [
      el(doc, 'label', { for: control.id }, [label]),
      control,
    ]);

  replaceChildren(container, [
    el(doc, 'div', { class: 'review-editor' }, [
      heading,
      options.warnings.length > 0
        ? el(doc, 'details', { class: 'muted' }, [
            el(doc, 'summary', {}, [ui.reviewWarnings]),
            el(
              doc,
              'ul',
              {},
              options.warnings.map((w) => el(doc, 'li', {}, [w])),
            ),
          ])
        : null,
      el(doc, 'details', { class: 'review-shortcuts', open: true }, [
        el(doc, 'summary', {}, [ui.reviewShortcutsHeading]),
        el(
          doc,
          'ul',
          {},
          ui.reviewShortcuts.map((s) => el(doc, 'li', {}, [s])),
        ),
      ]),
      el(doc, 'div', { class: 'review-layout' }, [
        el(doc, 'div', { class: 'review-text-column' }, [
          el(doc, 'h4', { id: 'review-text-heading' }, [ui.reviewTextHeading]),
          el(doc, 'p', { class: 'muted' }, [ui.reviewTextHelp]),
          textPane,
        ]),
        el(doc, 'div', { class: 'review-table-column' }, [
          el(
            doc,
            'div',
            { class: 'review-toolbar', role: 'toolbar', 'aria-label': ui.reviewTableCaption },
            [
              field(ui.reviewFilter, filter),
              field(ui.reviewTypeFilter, typeFilter),
              field(ui.reviewSort, sort),
              el(doc, 'span', { class: 'field inline' }, [
                flaggedOnly,
                el(doc, 'label', { for: flaggedOnly.id }, [ui.reviewFlaggedOnly]),
              ]),
            ],
          ),
          el(doc, 'div', { class: 'review-toolbar actions' }, [
            removeButton,
            mergeButton,
            el(doc, 'span', { class: 'field inline' }, [
              el(doc, 'label', { for: retypeChoice.id, class: 'visually-hidden' }, [
                ui.reviewRetypeTo,
              ]),
              retypeButton,
              retypeChoice,
            ]),
            keepButton,
            removeFlagged,
          ]),
          table,
          noRows,
        ]),
      ]),
      el(doc, 'div', { class: 'review-savebar', role: 'region', 'aria-label': ui.reviewSave }, [
        save,
        discard,
        undoButton,
        redoButton,
        summary,
        status,
        alert,
      ]),
    ]),
  ]);

  if (options.focusEntity && options.kb.entities.some((e) => e.id === options.focusEntity)) {
    selection = moveTo(selection, options.focusEntity);
  }
  syncQueryControls();
  render({ focus: 'none' });
  if (options.focusEntity && selection.cursor === options.focusEntity) {
    const row = rowElement(selection.cursor);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView?.({ block: 'center' });
  } else {
    // The review replaces the form the reader was filling: bring it into view, save bar and all.
    heading.scrollIntoView?.({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  return {
    current: draft,
    disconnect: () => text.disconnect(),
  };
}
