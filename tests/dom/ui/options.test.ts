import { problem } from '../../../src/kb/problem';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serializeKnowledgeBase } from '../../../src/kb/parse';
import type { KnowledgeBase } from '../../../src/kb/schema';
import type { ContentRequest, PageQuery } from '../../../src/protocol';
import {
  createSeedlightStore,
  DEFAULT_SETTINGS,
  serializeBriefingsExport,
  type SeedlightStore,
} from '../../../src/settings';
import type { DeriveInput } from '../../../src/derive';
import type { PendingSelection } from '../../../src/settings/pending-selection';
import type { DeriveRunner } from '../../../src/ui/derive-runner';
import { mountOptionsPage } from '../../../src/ui/options/options-page';
import { createReviewDraftStore, type ReviewDraftStore } from '../../../src/ui/review/review-draft';
import { makeKb, must } from '../../unit/settings/fixtures';
import { fakePlatform, visibleText } from './fake-platform';

const bundled = [makeKb('seed', [{ id: 'xi-jinping', name: 'Xi Jinping' }])];

/** Derives one entity per capitalised word pair, like a (much) simpler deriver. */
const derived: DeriveInput[] = [];
const fakeDerive: DeriveRunner = async (input) => {
  derived.push(input);
  const names = [...new Set(input.text.match(/[A-Z][a-z]+ [A-Z][a-z]+/g) ?? [])];
  const kb = makeKb(
    input.id,
    names.map((name) => ({ id: name.toLowerCase().replace(' ', '-'), name })),
  );
  return { kb: { ...kb, title: input.title }, warnings: [] };
};

let root: HTMLElement;
let store: SeedlightStore;
let controller: AbortController;
let drafts: ReviewDraftStore;

function mount(
  options: {
    derive?: DeriveRunner;
    pageUrl?: string;
    now?: () => number;
    answers?: Parameters<typeof fakePlatform>[0];
    selection?: PendingSelection | null;
  } = {},
) {
  const fake = fakePlatform(options.answers ?? {});
  mountOptionsPage({
    root,
    store,
    bundled,
    platform: fake.platform,
    derive: options.derive ?? fakeDerive,
    checkText: (text) => (text.includes('\u0000') ? problem('text-nul') : null),
    parser: new DOMParser(),
    pageUrl: options.pageUrl ?? 'chrome-extension://id/options.html',
    takeSelection: () => Promise.resolve(options.selection ?? null),
    drafts,
    now: options.now ?? (() => 42),
    signal: controller.signal,
  });
  return fake;
}

const byId = <T extends HTMLElement>(id: string) => must(root.querySelector<T>(`#${id}`), id);
const button = (label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === label);
const type = (
  element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
) => {
  element.value = value;
  element.dispatchEvent(new Event('input'));
  element.dispatchEvent(new Event('change'));
};
const rows = () => [...root.querySelectorAll<HTMLTableRowElement>('.review-table tbody tr')];
const field = <T extends HTMLElement = HTMLInputElement>(row: HTMLElement, name: string) =>
  must(row.querySelector<T>(`[data-field="${name}"]`), name);
const names = () => rows().map((r) => field<HTMLInputElement>(r, 'name').value);
const rowOf = (name: string) =>
  must(
    rows().find((r) => field<HTMLInputElement>(r, 'name').value === name),
    name,
  );
const check = (name: string, init: MouseEventInit = {}) =>
  field(rowOf(name), 'check').dispatchEvent(new MouseEvent('click', { bubbles: true, ...init }));
/** A key pressed where the focus is. */
const press = (key: string, init: KeyboardEventInit = {}) =>
  must(document.activeElement, 'focus').dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
  );
const chooseFile = (input: HTMLInputElement, name: string, text: string) => {
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  input.dispatchEvent(new Event('change'));
};

beforeEach(() => {
  fakeBrowser.reset();
  derived.length = 0;
  store = createSeedlightStore();
  drafts = createReviewDraftStore();
  controller = new AbortController();
  root = document.createElement('main');
  document.body.replaceChildren(root);
});

afterEach(() => controller.abort());

describe('adding a briefing', () => {
  test('paste, derive, review (rename, merge, remove, retype, describe) and save', async () => {
    mount();
    type(byId('add-title'), 'My Notes');
    type(
      byId('add-text'),
      'Ada Lovelace met Charles Babbage. Lady Lovelace wrote notes. They saw London Town.',
    );
    button('Find entities')?.click();
    await vi.waitFor(() => expect(rows()).toHaveLength(4));
    expect(byId('add-status').textContent).toBe('Found 4 entities. Review them below, then save.');
    expect(derived[0]).toMatchObject({ id: 'my-notes', title: 'My Notes' });
    expect(byId('review-heading').textContent).toBe('Review “My Notes”');
    expect(byId('review-summary').textContent).toBe('4 entities · 0 flagged');

    // Merge "Lady Lovelace" into "Ada Lovelace": check both, then Merge.
    check('Lady Lovelace');
    check('Ada Lovelace');
    button('Merge')?.click();
    expect(names()).toEqual(['Ada Lovelace', 'Charles Babbage', 'London Town']);
    expect(byId('review-status').textContent).toBe('Merged into “Ada Lovelace”.');
    // Remove "Charles Babbage" from the keyboard.
    rowOf('Charles Babbage').focus();
    press('Delete');
    expect(names()).toEqual(['Ada Lovelace', 'London Town']);
    expect(byId('review-summary').textContent).toBe('2 entities · 0 flagged · Unsaved changes');
    expect(byId('add-status').textContent).toBe('Found 2 entities. Review them below, then save.');
    // Rename, retype and describe "London Town".
    const london = rowOf('London Town');
    type(field(london, 'name'), 'London');
    type(field(london, 'type'), 'place');
    type(field(london, 'description'), 'capital of England');
    expect(field<HTMLInputElement>(london, 'aliases').value).toBe('London Town; London');

    button('Save briefing')?.click();
    await vi.waitFor(() =>
      expect(byId('add-status').textContent).toBe('Saved “My Notes”. Open tabs use it now.'),
    );
    const [saved] = (await store.briefings.getValue()).user;
    expect(saved).toMatchObject({ enabled: true, addedAt: 42 });
    expect(saved?.kb.entities.map((e) => [e.name, e.type, e.description, e.aliases])).toEqual([
      ['Ada Lovelace', 'person', undefined, ['Ada Lovelace', 'Lady Lovelace']],
      ['London', 'place', 'capital of England', ['London Town', 'London']],
    ]);
    await vi.waitFor(() =>
      expect(visibleText(must(root.querySelector('.briefings')))).toContain('Use “My Notes”'),
    );
  });

  test('a chosen .md file fills the text; a binary one is refused', async () => {
    mount();
    chooseFile(byId('add-file'), 'story.md', '# Story\nAda Lovelace spoke.');
    await vi.waitFor(() =>
      expect(byId<HTMLTextAreaElement>('add-text').value).toBe('# Story\nAda Lovelace spoke.'),
    );
    expect(byId<HTMLInputElement>('add-title').value).toBe('story');
    chooseFile(byId('add-file'), 'blob.txt', 'a\u0000b');
    await vi.waitFor(() =>
      expect(byId('add-status').textContent).toBe(
        '“blob.txt” cannot be used: the text holds binary data (NUL bytes), not text.',
      ),
    );
    chooseFile(byId('add-file'), 'page.html', '<p>x</p>');
    await vi.waitFor(() =>
      expect(byId('add-status').textContent).toBe(
        '“page.html” cannot be used: only .txt and .md files can be used.',
      ),
    );
  });

  test('"Make a briefing from this page" arrives filled, names the page and derives', async () => {
    const paragraph =
      'Ada Lovelace and Charles Babbage worked on the Analytical Engine in London. '.repeat(6);
    const html = `<html><head><title>Engines</title></head><body><article><h1>Engines</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    const fake = mount({
      pageUrl: 'chrome-extension://id/options.html?tab=7',
      answers: {
        7: (request: ContentRequest | PageQuery) =>
          request.type === 'page-html'
            ? { url: 'https://example.com/engines', title: 'Engines', html }
            : undefined,
      },
    });
    // Without a click: the article is read, the page named and the derivation started.
    await vi.waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(byId<HTMLTextAreaElement>('add-text').value).toContain(
      'Ada Lovelace and Charles Babbage',
    );
    expect(byId<HTMLInputElement>('add-title').value).toBe('Engines');
    expect(byId('add-from-page').textContent).toBe(
      'From the page “Engines” (https://example.com/engines).',
    );
    expect(derived.map((d) => d.title)).toEqual(['Engines']);
    // The briefing cites the page: its address and when it was read.
    expect(derived[0]?.page).toEqual({ url: 'https://example.com/engines', readAt: 42 });
    expect(fake.sent).toEqual([{ tabId: 7, request: { type: 'page-html' } }]);
    // The page's controls come first in the options page, before the briefings list.
    const order = [...root.querySelectorAll('section')].map((s) => s.id);
    expect(order.indexOf('add-briefing')).toBeLessThan(order.indexOf('briefings'));
    // The button reads the page again.
    byId<HTMLButtonElement>('add-use-page').click();
    await vi.waitFor(() => expect(fake.sent).toHaveLength(2));
  });

  test('"Add to Seedlight briefing" on a selection arrives filled, cites the page and saves', async () => {
    const text = 'Ada Lovelace met Charles Babbage.\n\nThey built the Analytical Engine.';
    mount({
      pageUrl: 'chrome-extension://id/options.html?selection=1',
      selection: { text, url: 'https://example.com/engines', title: 'Engines', at: 7 },
    });
    await vi.waitFor(() =>
      expect([...names()].sort()).toEqual(['Ada Lovelace', 'Analytical Engine', 'Charles Babbage']),
    );
    expect(byId<HTMLTextAreaElement>('add-text').value).toBe(text);
    expect(byId('add-from-page').textContent).toBe(
      'From your selection on “Engines” (https://example.com/engines).',
    );
    expect(derived[0]).toMatchObject({
      title: 'Engines',
      page: { url: 'https://example.com/engines', readAt: 7 },
    });
    const order = [...root.querySelectorAll('section')].map((s) => s.id);
    expect(order.indexOf('add-briefing')).toBeLessThan(order.indexOf('briefings'));
    button('Save briefing')?.click();
    await vi.waitFor(async () =>
      expect((await store.briefings.getValue()).user.map((b) => b.kb.title)).toEqual(['Engines']),
    );
  });

  test('a selection that did not arrive says what to do, and derives nothing', async () => {
    mount({ pageUrl: 'chrome-extension://id/options.html?selection=1', selection: null });
    await vi.waitFor(() =>
      expect(byId('add-status').textContent).toContain('Select the text on the page again'),
    );
    expect(derived).toEqual([]);
    expect(byId<HTMLTextAreaElement>('add-text').value).toBe('');
  });

  test('a pasted text cites no page, and emptying a page’s text ends its citation', async () => {
    mount({
      pageUrl: 'chrome-extension://id/options.html?selection=1',
      selection: { text: 'Ada Lovelace wrote.', url: 'https://example.com/a', title: 'A', at: 7 },
    });
    await vi.waitFor(() => expect(derived).toHaveLength(1));
    type(byId('add-text'), '');
    type(byId('add-text'), 'Charles Babbage built engines.');
    button('Find entities')?.click();
    await vi.waitFor(() => expect(derived).toHaveLength(2));
    expect(derived[1]?.page).toBeUndefined();
    expect(byId('add-from-page').hidden).toBe(true);
  });

  test('"Use this page’s article" is unavailable without a source tab, and says how', () => {
    mount();
    expect(byId<HTMLButtonElement>('add-use-page').disabled).toBe(true);
    expect(visibleText(root)).toContain('open the Seedlight popup on its tab');
  });

  test.each([
    [
      'a derivation error',
      async () => Promise.reject(new Error('the text is empty')),
      'No briefing could be made: the text is empty',
    ],
  ])('shows %s and keeps nothing', async (_name, derive, message) => {
    mount({ derive: derive as DeriveRunner });
    type(byId('add-text'), 'Some text');
    button('Find entities')?.click();
    await vi.waitFor(() => expect(byId('add-status').textContent).toBe(message));
    expect((await store.briefings.getValue()).user).toEqual([]);
  });

  test('a running derivation can be cancelled', async () => {
    const never: DeriveRunner = (_input, signal) =>
      new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    mount({ derive: never });
    type(byId('add-text'), 'Some text');
    button('Find entities')?.click();
    await vi.waitFor(() => expect(root.querySelector('progress')?.hidden).toBe(false));
    button('Cancel')?.click();
    await vi.waitFor(() => expect(byId('add-status').textContent).toBe('Cancelled.'));
    expect(root.querySelector('progress')?.hidden).toBe(true);
  });
});

describe('briefings manager', () => {
  const mine = makeKb('mine', [{ id: 'ada-lovelace', name: 'Ada Lovelace' }]);

  test.each([
    [
      'not JSON',
      'oops',
      /^“bad\.json” was not imported, nothing was changed: the file is not valid JSON/,
    ],
    [
      'an invalid knowledge base',
      JSON.stringify({ ...mine, entities: [{ ...mine.entities[0], aliases: [] }] }),
      /nothing was changed: not a Seedlight briefing: entities\.0\.aliases: an entity needs at least one alias\.$/,
    ],
  ])('refuses to import %s with a reason, changing nothing', async (_name, text, reason) => {
    const before = { user: [{ kb: mine, enabled: false, addedAt: 1 }], disabledBundled: ['seed'] };
    await store.briefings.setValue(before);
    mount();
    chooseFile(byId('import-file'), 'bad.json', text);
    await vi.waitFor(() => expect(byId('import-message').textContent).toMatch(reason));
    expect(await store.briefings.getValue()).toEqual(before);
  });

  test('imports an export and lists it; toggles and removes briefings', async () => {
    const other: KnowledgeBase = makeKb('other', [{ id: 'acme', name: 'Acme' }]);
    mount();
    chooseFile(
      byId('import-file'),
      'briefings.json',
      serializeBriefingsExport({
        user: [
          { kb: mine, enabled: true, addedAt: 0 },
          { kb: other, enabled: false, addedAt: 0 },
        ],
        disabledBundled: [],
      }),
    );
    await vi.waitFor(() =>
      expect(byId('import-message').textContent).toBe('Imported 2 briefings.'),
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.briefing')).toHaveLength(3));
    const toggle = (label: string) => {
      const l = must(
        [...root.querySelectorAll('.briefing label')].find((x) => x.textContent === label),
      );
      return byId<HTMLInputElement>(must(l.getAttribute('for')));
    };
    expect([
      toggle('Use “Briefing seed”').checked,
      toggle('Use “Briefing mine”').checked,
      toggle('Use “Briefing other”').checked,
    ]).toEqual([true, true, false]);

    const seed = toggle('Use “Briefing seed”');
    seed.checked = false;
    seed.dispatchEvent(new Event('change'));
    await vi.waitFor(async () =>
      expect((await store.briefings.getValue()).disabledBundled).toEqual(['seed']),
    );

    button('Remove “Briefing mine”')?.click();
    await vi.waitFor(async () =>
      expect((await store.briefings.getValue()).user.map((b) => b.kb.id)).toEqual(['other']),
    );
    expect(button('Remove “Briefing seed”')).toBeUndefined();
  });
});

describe('briefings: edit, remove with undo, import over an id in use', () => {
  const mine = makeKb('mine', [
    { id: 'ada-lovelace', name: 'Ada Lovelace' },
    { id: 'london', name: 'London', type: 'place' },
  ]);
  const stored = async () => (await store.briefings.getValue()).user;

  test('a saved briefing opens in the same editor from the list, and saving replaces it', async () => {
    await store.briefings.setValue({
      user: [{ kb: mine, enabled: true, addedAt: 1 }],
      disabledBundled: [],
    });
    mount();
    await vi.waitFor(() => expect(button('Edit “Briefing mine”')).toBeDefined());
    button('Edit “Briefing mine”')?.click();
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(byId('review-heading').textContent).toBe('Edit “Briefing mine”');
    rowOf('London').focus();
    press('Delete');
    button('Save briefing')?.click();
    await vi.waitFor(() =>
      expect(byId('edit-message').textContent).toBe(
        'Saved your changes to “Briefing mine”. Open tabs use them now.',
      ),
    );
    expect(
      (await stored()).map((b) => [b.kb.id, b.kb.entities.map((e) => e.id), b.addedAt]),
    ).toEqual([['mine', ['ada-lovelace'], 1]]);
    expect(await drafts.get()).toBeNull();
  });

  test.each([
    ['#edit=mine&entity=london', 'London', null],
    ['#edit=mine', null, null],
    ['#edit=nope', null, 'There is no briefing “nope” of yours to edit.'],
    [
      '#edit=seed&entity=xi-jinping',
      null,
      '“Briefing seed” comes with Seedlight and cannot be edited; turn it off, or make your own briefing.',
    ],
  ])('the deep link %s', async (hash, focused, message) => {
    await store.briefings.setValue({
      user: [{ kb: mine, enabled: true, addedAt: 1 }],
      disabledBundled: [],
    });
    mount({ pageUrl: `chrome-extension://id/options.html${hash}` });
    if (message === null) {
      await vi.waitFor(() => expect(rows()).toHaveLength(2));
      const row = document.activeElement?.closest('tr');
      expect(row ? field<HTMLInputElement>(row, 'name').value : null).toBe(focused);
    } else {
      await vi.waitFor(() => expect(byId('edit-message').textContent).toBe(message));
      expect(rows()).toHaveLength(0);
    }
  });

  test('removing a briefing offers Undo, which puts it back', async () => {
    const other = makeKb('other', [{ id: 'acme', name: 'Acme' }]);
    await store.briefings.setValue({
      user: [
        { kb: mine, enabled: false, addedAt: 1 },
        { kb: other, enabled: true, addedAt: 2 },
      ],
      disabledBundled: [],
    });
    const before = await store.briefings.getValue();
    mount();
    await vi.waitFor(() => expect(button('Remove “Briefing mine”')).toBeDefined());
    button('Remove “Briefing mine”')?.click();
    await vi.waitFor(() =>
      expect(byId('briefing-removal').textContent).toContain('Removed “Briefing mine”.'),
    );
    expect((await stored()).map((b) => b.kb.id)).toEqual(['other']);
    expect(document.activeElement?.textContent).toBe('Undo');
    button('Undo')?.click();
    await vi.waitFor(() =>
      expect(byId('briefing-removal').textContent).toBe('“Briefing mine” is back.'),
    );
    expect(await store.briefings.getValue()).toEqual(before);
  });

  test.each([
    ['Replace', [['mine', 'Mine, again']]],
    [
      'Keep both',
      [
        ['mine', 'Briefing mine'],
        ['mine-again', 'Mine, again'],
      ],
    ],
    ['Cancel import', [['mine', 'Briefing mine']]],
  ])('importing an id in use asks first: %s', async (choice, expected) => {
    await store.briefings.setValue({
      user: [{ kb: mine, enabled: true, addedAt: 1 }],
      disabledBundled: [],
    });
    mount();
    chooseFile(
      byId('import-file'),
      'mine.json',
      serializeKnowledgeBase({ ...mine, title: 'Mine, again' }),
    );
    await vi.waitFor(() =>
      expect(byId('import-message').textContent).toBe(
        '“mine.json” holds a briefing whose id is in use: mine. Replace yours, or keep both?',
      ),
    );
    expect((await stored()).map((b) => b.kb.title)).toEqual(['Briefing mine']);
    button(choice)?.click();
    await vi.waitFor(async () =>
      expect((await stored()).map((b) => [b.kb.id, b.kb.title])).toEqual(expected),
    );
    expect(byId('import-message').textContent).toBe(
      choice === 'Cancel import' ? 'Nothing was imported.' : 'Imported 1 briefing.',
    );
  });

  test('a bundled id cannot be replaced: only Keep both is offered', async () => {
    mount();
    chooseFile(byId('import-file'), 'seed.json', serializeKnowledgeBase(must(bundled[0])));
    await vi.waitFor(() => expect(button('Keep both')).toBeDefined());
    expect(button('Replace')).toBeUndefined();
    expect(await stored()).toEqual([]);
    button('Keep both')?.click();
    await vi.waitFor(async () =>
      expect((await stored()).map((b) => b.kb.id)).toEqual(['briefing-seed']),
    );
  });
});

describe('bad input keeps everything', () => {
  test('a review survives the tab closing and is offered again', async () => {
    mount();
    type(byId('add-text'), 'Ada Lovelace met Charles Babbage in London Town.');
    button('Find entities')?.click();
    await vi.waitFor(() => expect(rows()).toHaveLength(3));
    rowOf('Charles Babbage').focus();
    press('Delete');
    await vi.waitFor(async () => expect((await drafts.get())?.kb.entities).toHaveLength(2));
    // The tab closes; a new options page opens.
    controller.abort();
    controller = new AbortController();
    root = document.createElement('main');
    document.body.replaceChildren(root);
    mount();
    await vi.waitFor(() =>
      expect(byId('draft-offer').textContent).toContain(
        'You have an unsaved review of “Ada Lovelace met Charles Babbage in London Town.” (2 entities).',
      ),
    );
    button('Resume the review')?.click();
    expect(names()).toEqual(['Ada Lovelace', 'London Town']);
    button('Save briefing')?.click();
    await vi.waitFor(async () => expect((await store.briefings.getValue()).user).toHaveLength(1));
    expect(await drafts.get()).toBeNull();
  });

  test('a briefing too large for storage is refused before anything is written', async () => {
    const huge: DeriveRunner = async (input) => {
      const kb = makeKb(input.id, [{ id: 'ada-lovelace', name: 'Ada Lovelace' }]);
      const source = must(kb.sources[0]);
      const text = `${source.text} ${'x'.repeat(9 * 1024 * 1024)}`;
      return { kb: { ...kb, sources: [{ ...source, text }] }, warnings: [] };
    };
    mount({ derive: huge });
    type(byId('add-text'), 'Ada Lovelace was here.');
    button('Find entities')?.click();
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    button('Save briefing')?.click();
    await vi.waitFor(() =>
      expect(byId('review-alert').textContent).toMatch(
        /^This briefing cannot be saved: the briefings would take 9\.0 MB, more than the 8\.0 MB the browser stores\.$/,
      ),
    );
    expect((await store.briefings.getValue()).user).toEqual([]);
    // The review stays open, with its draft kept.
    expect(rows()).toHaveLength(1);
    expect(await drafts.get()).not.toBeNull();
  });

  test('a derivation running over 10 s says so and can still be cancelled', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let clock = 0;
      const never: DeriveRunner = (_input, signal) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new Error('aborted'))),
        );
      mount({ derive: never, now: () => clock });
      type(byId('add-text'), 'Some text');
      button('Find entities')?.click();
      await vi.waitFor(() => expect(root.querySelector('progress')?.hidden).toBe(false));
      clock = 5_000;
      vi.advanceTimersByTime(1000);
      expect(byId('add-status').textContent).toBe('Finding entities in 9 characters…');
      clock = 12_400;
      vi.advanceTimersByTime(1000);
      expect(byId('add-status').textContent).toBe(
        'Still finding entities, 12 s so far. You can cancel.',
      );
      button('Cancel')?.click();
      await vi.waitFor(() => expect(byId('add-status').textContent).toBe('Cancelled.'));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('settings', () => {
  test('lists the muted entities, and highlights one again', async () => {
    await store.settings.update((s) => ({
      ...s,
      muted: [
        { kbId: 'war', entityId: 'ap', name: 'AP' },
        { kbId: 'war', entityId: 'china', name: 'China' },
      ],
    }));
    mount();
    const list = () => byId('muted-entities');
    await vi.waitFor(() => expect(visibleText(list())).toContain('AP'));
    must(list().querySelector<HTMLButtonElement>('[aria-label="Highlight AP again"]')).click();
    await vi.waitFor(async () =>
      expect((await store.settings.getValue()).muted.map((m) => m.name)).toEqual(['China']),
    );
    await vi.waitFor(() => expect(visibleText(list())).not.toContain('AP'));
  });

  test('style, density, doubtful entities and shown types are stored as they change', async () => {
    mount();
    await vi.waitFor(() => expect(byId<HTMLInputElement>('shown-person').checked).toBe(true));
    expect(byId<HTMLInputElement>('density-calm').checked).toBe(true);
    type(byId('style-place'), 'background');
    const first = byId<HTMLInputElement>('density-first');
    first.checked = true;
    first.dispatchEvent(new Event('change'));
    const doubtful = byId<HTMLInputElement>('settings-highlight-doubtful');
    doubtful.checked = true;
    doubtful.dispatchEvent(new Event('change'));
    const other = byId<HTMLInputElement>('shown-other');
    other.checked = false;
    other.dispatchEvent(new Event('change'));
    await vi.waitFor(async () =>
      expect(await store.settings.getValue()).toMatchObject({
        highlightStyle: { ...DEFAULT_SETTINGS.highlightStyle, place: 'background' },
        density: 'first',
        highlightDoubtful: true,
        shownTypes: ['person', 'place', 'organization'],
      }),
    );
  });

  test.each([
    [
      'valid lists are saved',
      '*.bbc.co.uk\n\nhttps://Example.com/',
      'example.com/live*',
      'Site lists saved.',
      ['*.bbc.co.uk', 'example.com'],
      ['example.com/live*'],
    ],
    [
      'an invalid line saves nothing',
      'example.com',
      'good.com\nbad site.com',
      'Line 2 (“bad site.com”): a pattern cannot contain spaces. Nothing was saved.',
      [],
      [],
    ],
  ])('site lists: %s', async (_name, allowText, denyText, message, allow, deny) => {
    mount();
    type(byId('sites-allow'), allowText);
    type(byId('sites-deny'), denyText);
    byId<HTMLButtonElement>('sites-save').click();
    await vi.waitFor(() => expect(byId('sites-message').textContent).toBe(message));
    expect(await store.settings.getValue()).toMatchObject({ allow, deny });
  });

  test('a site turned off from the popup can be turned back on', async () => {
    await store.settings.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
    mount();
    await vi.waitFor(() => expect(button('Turn on example.com')).toBeDefined());
    button('Turn on example.com')?.click();
    await vi.waitFor(async () =>
      expect((await store.settings.getValue()).disabledSites).toEqual([]),
    );
  });

  test('every input, select and textarea has a label', () => {
    mount();
    for (const input of root.querySelectorAll('input, select, textarea')) {
      expect(root.querySelector(`label[for="${input.id}"]`)?.textContent, input.id).toBeTruthy();
    }
  });
});
