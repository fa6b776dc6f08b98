import { ENTITY_TYPES, type EntityType } from '../../kb/schema';
import { el } from '../../dom/el';
import { ui } from '../ui-strings';
import { formatAliases } from './review-actions';
import type { ReviewRow } from './review-rows';

/** What a row's controls report; the editor turns these into edits. */
export interface RowHandlers {
  rename(id: string, name: string): void;
  retype(id: string, type: EntityType): void;
  setAliases(id: string, text: string): void;
  describe(id: string, text: string): void;
  keep(id: string): void;
  check(id: string, event: MouseEvent | KeyboardEvent): void;
}

/** The fields of a row, in the order the keyboard enters them. */
export const ROW_FIELDS = ['name', 'type', 'aliases', 'description'] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** One table row: checkbox, name, type, mentions, aliases, description, flag. */
export function renderRow(
  doc: Document,
  row: ReviewRow,
  state: { checked: boolean; cursor: boolean },
  handlers: RowHandlers,
): HTMLTableRowElement {
  const { id } = row;
  const flagged = row.doubts.length > 0;
  const checkbox = el(doc, 'input', {
    type: 'checkbox',
    checked: state.checked,
    tabindex: state.cursor ? 0 : -1,
    'aria-label': ui.reviewSelectRow(row.name),
    'data-field': 'check',
  });
  checkbox.addEventListener('click', (event) => {
    event.preventDefault();
    handlers.check(id, event);
  });
  const name = el(doc, 'input', {
    type: 'text',
    value: row.name,
    required: true,
    tabindex: state.cursor ? 0 : -1,
    'aria-label': ui.reviewNameOf(row.name),
    'data-field': 'name',
  });
  name.addEventListener('change', () => handlers.rename(id, name.value));
  const type = el(
    doc,
    'select',
    {
      tabindex: state.cursor ? 0 : -1,
      'aria-label': ui.reviewTypeOf(row.name),
      'data-field': 'type',
    },
    ENTITY_TYPES.map((t) =>
      el(doc, 'option', { value: t, selected: t === row.type }, [ui.typeSingular[t]]),
    ),
  );
  type.value = row.type;
  type.addEventListener('change', () => {
    const chosen = ENTITY_TYPES.find((t) => t === type.value);
    if (chosen) handlers.retype(id, chosen);
  });
  const aliases = el(doc, 'input', {
    type: 'text',
    value: formatAliases(row.aliases),
    tabindex: state.cursor ? 0 : -1,
    'aria-label': ui.reviewAliasesOf(row.name),
    placeholder: ui.reviewColumnAliases,
    'data-field': 'aliases',
  });
  aliases.addEventListener('change', () => handlers.setAliases(id, aliases.value));
  const description = el(doc, 'input', {
    type: 'text',
    value: row.description,
    tabindex: state.cursor ? 0 : -1,
    'aria-label': ui.reviewDescriptionOf(row.name),
    placeholder: ui.reviewDescription,
    'data-field': 'description',
  });
  description.addEventListener('change', () => handlers.describe(id, description.value));
  const keep = flagged
    ? el(
        doc,
        'button',
        {
          type: 'button',
          tabindex: -1,
          class: 'keep',
          'aria-label': ui.reviewKeepOf(row.name),
          'data-field': 'keep',
        },
        [ui.reviewKeep],
      )
    : null;
  keep?.addEventListener('click', () => handlers.keep(id));

  const tr = el(
    doc,
    'tr',
    {
      // Explicit roles: a narrow window lays rows out as blocks, which drops the implicit ones.
      role: 'row',
      'data-id': id,
      'data-type': row.type,
      tabindex: state.cursor ? 0 : -1,
      'aria-selected': state.checked,
      class: [state.cursor ? 'cursor' : '', flagged ? 'flagged' : ''].join(' ').trim() || undefined,
    },
    [
      el(doc, 'td', { class: 'check', role: 'gridcell' }, [checkbox]),
      el(doc, 'td', { class: 'name', role: 'gridcell' }, [
        el(doc, 'span', { class: `type-dot type-${row.type}`, 'aria-hidden': 'true' }),
        name,
      ]),
      el(doc, 'td', { role: 'gridcell' }, [type]),
      el(doc, 'td', { class: 'count', role: 'gridcell' }, [String(row.mentions)]),
      el(doc, 'td', { role: 'gridcell' }, [aliases]),
      el(doc, 'td', { role: 'gridcell' }, [description]),
      el(doc, 'td', { class: 'flag', role: 'gridcell' }, [
        // The column's header says "Flag": the cell shows the reasons alone, the tooltip says all.
        flagged
          ? el(doc, 'span', { class: 'doubts', title: ui.reviewFlagged(row.doubts) }, [
              ui.reviewDoubts(row.doubts),
            ])
          : null,
        keep,
      ]),
    ],
  );
  // aria-selected is a boolean attribute for el(); the ARIA state needs "true"/"false".
  tr.setAttribute('aria-selected', String(state.checked));
  return tr;
}

/** Moves the roving tab stop onto or off a row: only the cursor's row and fields are tabbable. */
export function setRowCursor(tr: HTMLElement, cursor: boolean): void {
  tr.tabIndex = cursor ? 0 : -1;
  tr.classList.toggle('cursor', cursor);
  for (const field of tr.querySelectorAll<HTMLElement>('[data-field]')) {
    field.tabIndex = cursor ? 0 : -1;
  }
}
