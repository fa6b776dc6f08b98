import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentRequest, OutlineItem, PageQuery } from '../../../src/protocol';
import { createSeedlightStore, type SeedlightStore } from '../../../src/settings';
import type { DeriveRunner } from '../../../src/ui/derive-runner';
import { mountSidePanel } from '../../../src/ui/side-panel';
import { makeKb, must } from '../../unit/settings/fixtures';
import { fakePlatform, visibleText } from './fake-platform';

const bundled = [
  {
    ...makeKb('seed', [
      { id: 'xi-jinping', name: 'Xi Jinping' },
      { id: 'china', name: 'China', type: 'place' },
    ]),
  },
];
must(must(bundled[0]).entities[0]).description = 'President of China';

const item = (
  entityId: string,
  name: string,
  type: OutlineItem['type'],
  text: string,
  before = '',
  after = '',
): OutlineItem => ({
  entityId,
  name,
  type,
  text,
  before,
  after,
});

const tab1: OutlineItem[] = [
  item('china', 'China', 'place', 'China', 'Talks with ', ' resumed'),
  item('xi-jinping', 'Xi Jinping', 'person', 'Xi Jinping', 'said ', ' on Monday'),
  item('xi-jinping', 'Xi Jinping', 'person', 'Xi', 'Later ', ' added'),
];
const tab2: OutlineItem[] = [item('china', 'China', 'place', 'China')];

function answer(list: OutlineItem[]) {
  return (request: ContentRequest | PageQuery) =>
    request.type === 'outline' ? { mentions: list } : true;
}

let root: HTMLElement;
let store: SeedlightStore;
let controller: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  store = createSeedlightStore();
  controller = new AbortController();
  root = document.createElement('main');
  document.body.replaceChildren(root);
});

afterEach(() => controller.abort());

const noDerive: DeriveRunner = () => Promise.reject(new Error('not in these tests'));
const mount = (fake: ReturnType<typeof fakePlatform>) =>
  mountSidePanel({
    root,
    platform: fake.platform,
    store,
    bundled,
    derive: noDerive,
    parser: new DOMParser(),
    now: () => 1,
    signal: controller.signal,
  });

test('groups the entities by type with counts, descriptions and mention context', async () => {
  await mount(fakePlatform({ 1: answer(tab1) }));
  expect([...root.querySelectorAll('.outline h2')].map(visibleText)).toEqual([
    'People: 1 entity, 2 mentions',
    'Places: 1 entity, 1 mention',
  ]);
  const xi = must(root.querySelector('article[aria-labelledby="entity-xi-jinping"]'));
  expect(visibleText(must(xi.querySelector('h3')))).toBe('Xi Jinping 2 mentions');
  expect(visibleText(must(xi.querySelector('.description')))).toBe('President of China');
  expect([...xi.querySelectorAll('button')].map(visibleText)).toEqual([
    '…said Xi Jinping on Monday…',
    '…Later Xi added…',
  ]);
});

test.each([
  ['Xi Jinping, mention 1 of 2: show on the page', 1],
  ['Xi Jinping, mention 2 of 2: show on the page', 2],
  ['China, mention 1 of 1: show on the page', 0],
])('activating "%s" reveals mention #%i of the page', async (label, index) => {
  const fake = fakePlatform({ 1: answer(tab1) });
  await mount(fake);
  root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)?.click();
  expect(fake.sent.at(-1)).toEqual({ tabId: 1, request: { type: 'reveal', index } });
});

test('follows the active tab and the page’s changes', async () => {
  const live = [...tab1];
  const fake = fakePlatform({ 1: answer(live), 2: answer(tab2) });
  await mount(fake);
  fake.switchTab(2);
  await vi.waitFor(() => expect(root.querySelectorAll('article')).toHaveLength(1));
  expect(visibleText(must(root.querySelector('h2')))).toBe('Places: 1 entity, 1 mention');

  fake.switchTab(1);
  await vi.waitFor(() => expect(root.querySelectorAll('article')).toHaveLength(2));
  live.push(item('xi-jinping', 'Xi Jinping', 'person', 'Xi'));
  fake.mentionsChanged(2);
  fake.mentionsChanged(1);
  await vi.waitFor(() =>
    expect(visibleText(must(root.querySelector('h2')))).toBe('People: 1 entity, 3 mentions'),
  );
});

test.each([
  ['no mentions', { 1: answer([]) }, 'No mentions of your briefings on this page.'],
  ['no content script', {}, 'Seedlight cannot see this tab (reload it, or it is a browser page).'],
])('says so when there are %s', async (_name, answers, message) => {
  await mount(fakePlatform(answers));
  expect(root.querySelector('p[role=status]')?.textContent).toBe(message);
  expect(root.querySelectorAll('article')).toHaveLength(0);
});

describe('not in your briefings', () => {
  const paragraph =
    'Shehbaz Sharif spoke in Islamabad. Xi Jinping stayed silent. Shehbaz Sharif said more. '.repeat(
      4,
    );
  const html = `<html><head><title>Strikes</title></head><body><article><h1>Strikes</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
  const pageAnswer = (request: ContentRequest | PageQuery) =>
    request.type === 'page-html'
      ? { url: 'https://news.example.com/strikes', title: 'Strikes', html }
      : request.type === 'outline'
        ? { mentions: [] }
        : true;
  /** Derives the capitalised word pairs, each once per occurrence, like a (much) simpler deriver. */
  const derive: DeriveRunner = async (input) => {
    const found = [...input.text.matchAll(/[A-Z][a-z]+ [A-Z][a-z]+/g)];
    const names = [...new Set(found.map((m) => m[0]))];
    const kb = makeKb(
      input.id,
      names.map((name) => ({ id: name.toLowerCase().replace(' ', '-'), name })),
    );
    const text = input.text;
    return {
      kb: {
        ...kb,
        title: input.title,
        sources: [
          { id: input.id, title: input.title, text, ...(input.page ? { page: input.page } : {}) },
        ],
        entities: kb.entities.map((e) => {
          const at = text.indexOf(e.name);
          const mentions = found.filter((m) => m[0] === e.name).length;
          return {
            ...e,
            sentences: [{ source: input.id, start: at, end: at + e.name.length, text: e.name }],
            evidence: { confidence: 0.9, mentions, typeCue: 'none', doubts: [] },
          };
        }),
      },
      warnings: [],
    };
  };
  const mountWith = (fake: ReturnType<typeof fakePlatform>) =>
    mountSidePanel({
      root,
      platform: fake.platform,
      store,
      bundled,
      derive,
      parser: new DOMParser(),
      now: () => 7,
      signal: controller.signal,
    });
  const listed = () => [...root.querySelectorAll('.new-name .name')].map(visibleText);
  const status = () => visibleText(must(root.querySelector('#new-names-status')));

  test('lists the article’s names no briefing knows; Add puts one in a new briefing, cited', async () => {
    await mountWith(fakePlatform({ 1: pageAnswer }));
    must(root.querySelector<HTMLButtonElement>('#new-names-find')).click();
    await vi.waitFor(() => expect(listed()).toEqual(['Shehbaz Sharif']));
    expect(status()).toBe('1 name not in your briefings.');
    const item = must(root.querySelector('.new-name'));
    expect(visibleText(item)).toContain('Person · 8 on this page');
    const add = must(item.querySelector<HTMLButtonElement>('button'));
    expect(add.getAttribute('aria-label')).toBe('Add Shehbaz Sharif to A new briefing “Strikes”');
    add.click();
    await vi.waitFor(() => expect(status()).toBe('Added Shehbaz Sharif to “Strikes”.'));
    const saved = must((await store.briefings.getValue()).user[0]).kb;
    expect(saved.title).toBe('Strikes');
    expect(saved.entities.map((e) => e.name)).toEqual(['Shehbaz Sharif']);
    expect(saved.sources[0]?.page).toEqual({ url: 'https://news.example.com/strikes', readAt: 7 });
    expect(listed()).toEqual([]);
    // Later adds go to the briefing just made.
    expect(must(root.querySelector<HTMLSelectElement>('#new-names-target')).value).toBe(saved.id);
  });

  test('a page without an article says so, and lists nothing', async () => {
    await mountWith(
      fakePlatform({
        1: (request) =>
          request.type === 'page-html'
            ? { url: 'https://x.example/', title: 'X', html: '<html><body></body></html>' }
            : { mentions: [] },
      }),
    );
    must(root.querySelector<HTMLButtonElement>('#new-names-find')).click();
    await vi.waitFor(() => expect(status()).toContain('No names could be read from this page'));
    expect(listed()).toEqual([]);
  });

  test('another tab takes the names of the page before away', async () => {
    const fake = fakePlatform({ 1: pageAnswer, 2: pageAnswer });
    await mountWith(fake);
    must(root.querySelector<HTMLButtonElement>('#new-names-find')).click();
    await vi.waitFor(() => expect(listed()).toHaveLength(1));
    fake.switchTab(2);
    await vi.waitFor(() => expect(listed()).toEqual([]));
  });
});
