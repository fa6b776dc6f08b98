import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/schema';
import { mountReviewEditor, type ReviewEditor } from '../../../src/ui/review/review-editor';
import { must } from '../../unit/settings/fixtures';

/** The browser's highlight registry, which happy-dom lacks: ranges are kept to be read back. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();

const text = [
  'Narendra Modi spoke in Delhi. Modi met Shehbaz Sharif.',
  'Story: Delhi and Lahore. Modi left Delhi. Jaish said nothing.',
].join('\n\n');

function entity(
  id: string,
  name: string,
  type: KnowledgeBase['entities'][number]['type'],
  aliases: string[],
  mentions: number,
  doubts: ('seen-once' | 'common-word' | 'structure-only')[] = [],
): KnowledgeBase['entities'][number] {
  return {
    id,
    name,
    type,
    aliases,
    sentences: [],
    related: [],
    sources: ['notes'],
    evidence: { confidence: doubts.length ? 0.2 : 0.9, mentions, typeCue: 'none', doubts },
  };
}

const kb: KnowledgeBase = {
  version: 2,
  id: 'notes',
  title: 'Notes',
  sources: [{ id: 'notes', title: 'Notes', text }],
  entities: [
    entity('modi', 'Narendra Modi', 'person', ['Narendra Modi', 'Modi'], 3),
    entity('delhi', 'Delhi', 'place', ['Delhi'], 3),
    entity('sharif', 'Shehbaz Sharif', 'person', ['Shehbaz Sharif'], 1, ['seen-once']),
    entity('lahore', 'Lahore', 'place', ['Lahore'], 1, ['seen-once', 'structure-only']),
    entity('story', 'Story', 'other', ['Story'], 1, ['common-word']),
    entity('jaish', 'Jaish', 'organization', ['Jaish'], 1),
  ],
};

let container: HTMLElement;
let editor: ReviewEditor;
const changes: KnowledgeBase[] = [];
const saved: KnowledgeBase[] = [];

function mount(options: { focusEntity?: string; mode?: 'new' | 'edit' } = {}) {
  editor = mountReviewEditor({
    container,
    kb,
    mode: options.mode ?? 'new',
    warnings: [],
    focusEntity: options.focusEntity,
    onChange: (next) => changes.push(next),
    onSave: async (next) => {
      saved.push(next);
      return null;
    },
    onDiscard: () => undefined,
  });
}

const byId = <T extends HTMLElement>(id: string) => must(container.querySelector<T>(`#${id}`), id);
const rows = () => [...container.querySelectorAll<HTMLTableRowElement>('.review-table tbody tr')];
const field = <T extends HTMLElement = HTMLInputElement>(row: HTMLElement, name: string) =>
  must(row.querySelector<T>(`[data-field="${name}"]`), name);
const names = () => rows().map((r) => field(r, 'name').value);
const rowOf = (name: string) =>
  must(
    rows().find((r) => field(r, 'name').value === name),
    name,
  );
const focusedName = () => {
  const row = document.activeElement?.closest('tr');
  return row ? field(row, 'name').value : null;
};
const press = (key: string, init: KeyboardEventInit = {}) =>
  must(document.activeElement, 'focus').dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
  );
const button = (label: string) =>
  must(
    [...container.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent === label,
    ),
    label,
  );
const drawn = (name: string) => [...(registry.get(name) ?? [])].map((r) => r.toString());
const type = (element: HTMLInputElement | HTMLSelectElement, value: string) => {
  element.value = value;
  element.dispatchEvent(new Event('input'));
  element.dispatchEvent(new Event('change'));
};

beforeEach(() => {
  registry.clear();
  changes.length = 0;
  saved.length = 0;
  vi.stubGlobal('Highlight', FakeHighlight);
  Object.defineProperty(window, 'CSS', {
    value: { highlights: registry, escape: (s: string) => s },
    configurable: true,
  });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  container = document.createElement('div');
  document.body.replaceChildren(container);
});

afterEach(() => {
  editor.disconnect();
  vi.unstubAllGlobals();
});

describe('the review table', () => {
  test('one row per entity, most mentioned first, with counts and flags in words', () => {
    mount();
    expect(names()).toEqual([
      'Delhi',
      'Narendra Modi',
      'Jaish',
      'Lahore',
      'Shehbaz Sharif',
      'Story',
    ]);
    expect(rows().map((r) => must(r.querySelector('.count')).textContent)).toEqual([
      '3',
      '3',
      '1',
      '1',
      '1',
      '1',
    ]);
    const doubts = (name: string) => rowOf(name).querySelector('.doubts');
    expect(doubts('Lahore')?.textContent).toBe('mentioned once, only in a heading or list line');
    expect(doubts('Lahore')?.getAttribute('title')).toBe(
      'Flagged: mentioned once, only in a heading or list line',
    );
    expect(doubts('Story')?.textContent).toBe('a common word');
    // The column header names what the cell says.
    expect([...container.querySelectorAll('th')].at(-1)?.textContent).toBe('Flag');
    expect(rowOf('Jaish').querySelector('.doubts')).toBeNull();
    expect(byId('review-summary').textContent).toBe('6 entities · 3 flagged');
    expect(byId('review-heading').textContent).toBe('Review “Notes”');
  });

  test('every mention is drawn in its type’s colour with the page’s highlight names', () => {
    mount();
    expect(drawn('seedlight-person')).toEqual(['Narendra Modi', 'Modi', 'Modi']);
    expect(drawn('seedlight-place')).toEqual(['Delhi', 'Delhi', 'Delhi']);
    expect(drawn('seedlight-organization')).toEqual(['Jaish']);
    // Flagged entities are drawn as an underline only.
    expect(drawn('seedlight-person-underline')).toEqual(['Shehbaz Sharif']);
    expect(drawn('seedlight-place-underline')).toEqual(['Lahore']);
    // The text pane holds the plain text, unchanged.
    expect(byId('review-text').textContent).toBe(text);
  });

  test.each([
    [
      'sort by name',
      'review-sort',
      'name',
      ['Delhi', 'Jaish', 'Lahore', 'Narendra Modi', 'Shehbaz Sharif', 'Story'],
    ],
    ['type filter', 'review-type-filter', 'place', ['Delhi', 'Lahore']],
    ['filter box on an alias', 'review-filter', 'modi', ['Narendra Modi']],
  ])('%s', (_name, id, value, expected) => {
    mount();
    type(byId<HTMLInputElement | HTMLSelectElement>(id), value);
    expect(names()).toEqual(expected);
  });

  test('flagged only, and the count of shown rows', () => {
    mount();
    const only = byId<HTMLInputElement>('review-flagged-only');
    only.checked = true;
    only.dispatchEvent(new Event('change'));
    expect(names()).toEqual(['Lahore', 'Shehbaz Sharif', 'Story']);
    expect(byId('review-summary').textContent).toBe('3 of 6 entities shown · 3 flagged');
  });
});

describe('the keyboard alone', () => {
  test('arrows move between rows, the selected row’s mentions are active', () => {
    mount();
    must(rows()[0]).focus();
    expect(drawn('seedlight-active')).toEqual(['Delhi', 'Delhi', 'Delhi']);
    press('ArrowDown');
    expect(focusedName()).toBe('Narendra Modi');
    expect(drawn('seedlight-active')).toEqual(['Narendra Modi', 'Modi', 'Modi']);
    press('End');
    expect(focusedName()).toBe('Story');
    press('Home');
    expect(focusedName()).toBe('Delhi');
    // Only the row the keyboard is on is in the tab order.
    expect(rows().map((r) => r.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
  });

  test('Space and Shift+arrows select; M merges into the most mentioned; Ctrl+Z undoes', () => {
    mount();
    rowOf('Jaish').focus();
    press(' ');
    press('ArrowDown', { shiftKey: true });
    expect(byId('review-summary').textContent).toBe('6 entities · 3 flagged · 2 selected');
    press('m');
    expect(names()).toEqual(['Delhi', 'Narendra Modi', 'Jaish', 'Shehbaz Sharif', 'Story']);
    expect(byId('review-status').textContent).toBe('Merged into “Jaish”.');
    expect(field(rowOf('Jaish'), 'aliases').value).toBe('Jaish; Lahore');
    expect(focusedName()).toBe('Jaish');
    press('z', { ctrlKey: true });
    expect(names()).toContain('Lahore');
    expect(focusedName()).toBe('Jaish');
    press('z', { ctrlKey: true, shiftKey: true });
    expect(names()).not.toContain('Lahore');
  });

  test('Ctrl+click and Shift+click on rows select several, and Remove removes them all', () => {
    mount();
    const click = (name: string, init: MouseEventInit) =>
      must(rowOf(name).querySelector('.count')).dispatchEvent(
        new MouseEvent('click', { bubbles: true, ...init }),
      );
    click('Delhi', { ctrlKey: true });
    click('Jaish', { shiftKey: true });
    click('Story', { metaKey: true });
    expect(byId('review-summary').textContent).toBe('6 entities · 3 flagged · 4 selected');
    button('Remove').click();
    expect(names()).toEqual(['Lahore', 'Shehbaz Sharif']);
    expect(byId('review-status').textContent).toBe('Removed 4 entities.');
  });

  test('Delete removes the row and the focus moves to the next one', () => {
    mount();
    rowOf('Jaish').focus();
    press('Delete');
    expect(names()).not.toContain('Jaish');
    expect(focusedName()).toBe('Lahore');
    expect(byId('review-status').textContent).toBe('Removed 1 entity.');
    expect(changes.at(-1)?.entities.map((e) => e.id)).not.toContain('jaish');
  });

  test('digits set the type, K keeps a flagged entity, Enter edits and Esc returns', () => {
    mount();
    rowOf('Story').focus();
    press('3');
    expect(field<HTMLSelectElement>(rowOf('Story'), 'type').value).toBe('organization');
    press('k');
    expect(rowOf('Story').querySelector('.doubts')).toBeNull();
    expect(byId('review-summary').textContent).toBe('6 entities · 2 flagged · Unsaved changes');
    press('Enter');
    expect(document.activeElement).toBe(field(rowOf('Story'), 'name'));
    // In a field, keys type: Delete does not remove the row.
    press('Delete');
    expect(names()).toContain('Story');
    press('Escape');
    expect(document.activeElement).toBe(rowOf('Story'));
  });

  test('“Remove all flagged” removes them together, undoable with the visible button', () => {
    mount();
    button('Remove all flagged (3)').click();
    expect(names()).toEqual(['Delhi', 'Narendra Modi', 'Jaish']);
    expect(byId('review-summary').textContent).toBe('3 entities · 0 flagged · Unsaved changes');
    expect(button('Remove all flagged (0)').disabled).toBe(true);
    button('Undo').click();
    expect(names()).toHaveLength(6);
    expect(button('Undo').disabled).toBe(true);
  });

  test('renaming updates the aliases and the row’s labels without a re-render', () => {
    mount();
    const row = rowOf('Jaish');
    type(field(row, 'name'), 'Inter-Services Intelligence');
    expect(rows()).toContain(row);
    expect(field(row, 'aliases').value).toBe('Jaish; Inter-Services Intelligence');
    expect(field(row, 'check').getAttribute('aria-label')).toBe(
      'Select Inter-Services Intelligence',
    );
    expect(editor.current().entities.find((e) => e.id === 'jaish')?.name).toBe(
      'Inter-Services Intelligence',
    );
  });

  test('N steps through the selected row’s mentions', () => {
    mount();
    rowOf('Narendra Modi').focus();
    const active = () => [...must(registry.get('seedlight-active'))];
    press('n');
    press('n');
    expect(active().map((r) => r.toString())).toEqual(['Narendra Modi', 'Modi', 'Modi']);
  });

  test('a deep link’s entity has the focus; Save hands over the draft', async () => {
    mount({ focusEntity: 'lahore', mode: 'edit' });
    expect(focusedName()).toBe('Lahore');
    expect(byId('review-heading').textContent).toBe('Edit “Notes”');
    press('Delete');
    button('Save briefing').click();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.entities.map((e) => e.id)).not.toContain('lahore');
  });
});
