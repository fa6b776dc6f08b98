import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serializeKnowledgeBase } from '../../../src/kb/parse';
import type { KnowledgeBase } from '../../../src/kb/schema';
import type { ContentRequest, PageQuery } from '../../../src/messages';
import {
  createSeedlightStore,
  DEFAULT_SETTINGS,
  serializeBriefingsExport,
  type SeedlightStore,
} from '../../../src/settings';
import type { DeriveInput, DeriveRunner } from '../../../src/ui/derive-runner';
import { mountOptionsPage } from '../../../src/ui/options/options-page';
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

function mount(
  options: {
    derive?: DeriveRunner;
    pageUrl?: string;
    answers?: Parameters<typeof fakePlatform>[0];
  } = {},
) {
  const fake = fakePlatform(options.answers ?? {});
  mountOptionsPage({
    root,
    store,
    bundled,
    platform: fake.platform,
    derive: options.derive ?? fakeDerive,
    checkText: (text) => (text.includes('\u0000') ? 'the text looks binary' : null),
    parser: new DOMParser(),
    pageUrl: options.pageUrl ?? 'chrome-extension://id/options.html',
    now: () => 42,
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
const chooseFile = (input: HTMLInputElement, name: string, text: string) => {
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  input.dispatchEvent(new Event('change'));
};

beforeEach(() => {
  fakeBrowser.reset();
  derived.length = 0;
  store = createSeedlightStore();
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
    await vi.waitFor(() => expect(root.querySelectorAll('.review > li')).toHaveLength(4));
    expect(byId('add-status').textContent).toBe('Found 4 entities. Review them below, then save.');
    expect(derived[0]).toMatchObject({ id: 'my-notes', title: 'My Notes' });

    const rows = () => [...root.querySelectorAll<HTMLElement>('.review > li')];
    const rowOf = (name: string) =>
      must(rows().find((r) => r.querySelector('legend')?.textContent === name));

    // Merge "Lady Lovelace" into "Ada Lovelace".
    const lady = rowOf('Lady Lovelace');
    type(must(lady.querySelector<HTMLSelectElement>('select[id$="-merge"]')), 'ada-lovelace');
    [...lady.querySelectorAll('button')].find((b) => b.textContent === 'Merge')?.click();
    expect(rows().map((r) => r.querySelector('legend')?.textContent)).toEqual([
      'Ada Lovelace',
      'Charles Babbage',
      'London Town',
    ]);
    // Remove "Charles Babbage".
    button('Remove Charles Babbage')?.click();
    // Rename, retype and describe "London Town".
    const london = rowOf('London Town');
    type(must(london.querySelector<HTMLInputElement>('input[id$="-name"]')), 'London');
    type(must(london.querySelector<HTMLSelectElement>('select[id$="-type"]')), 'place');
    type(must(london.querySelector<HTMLTextAreaElement>('textarea')), 'capital of England');

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
        '“blob.txt” cannot be used: the text looks binary.',
      ),
    );
    chooseFile(byId('add-file'), 'page.html', '<p>x</p>');
    await vi.waitFor(() =>
      expect(byId('add-status').textContent).toBe(
        '“page.html” cannot be used: only .txt and .md files can be used.',
      ),
    );
  });

  test('"Use this page’s article" reads the source tab through the content script', async () => {
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
    byId<HTMLButtonElement>('add-use-page').click();
    await vi.waitFor(() =>
      expect(byId<HTMLTextAreaElement>('add-text').value).toContain(
        'Ada Lovelace and Charles Babbage',
      ),
    );
    expect(byId<HTMLInputElement>('add-title').value).toBe('Engines');
    expect(fake.sent).toEqual([{ tabId: 7, request: { type: 'page-html' } }]);
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
    ['a bundled id', serializeKnowledgeBase(must(bundled[0])), /already exists\.$/],
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

describe('settings', () => {
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
