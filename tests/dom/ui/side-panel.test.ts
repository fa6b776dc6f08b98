import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentRequest, OutlineItem, PageQuery } from '../../../src/protocol';
import { createSeedlightStore, type SeedlightStore } from '../../../src/settings';
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

const mount = (fake: ReturnType<typeof fakePlatform>) =>
  mountSidePanel({ root, platform: fake.platform, store, bundled, signal: controller.signal });

test('groups the entities by type with counts, descriptions and mention context', async () => {
  await mount(fakePlatform({ 1: answer(tab1) }));
  expect([...root.querySelectorAll('h2')].map(visibleText)).toEqual([
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
