import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addSelection,
  SELECTION_MENU_ID,
  SELECTION_QUERY,
  type SelectionMenuDeps,
} from '../../../src/background/selection-menu';
import {
  keepSelection,
  PENDING_SELECTION_KEY,
  takeSelection,
  type PendingSelection,
} from '../../../src/settings/pending-selection';
import type { SelectionReply } from '../../../src/protocol';

beforeEach(() => {
  fakeBrowser.reset();
});

function deps(reply: SelectionReply | Error | undefined) {
  const kept: PendingSelection[] = [];
  const opened: string[] = [];
  const asked: [number, number][] = [];
  const made: SelectionMenuDeps = {
    selectionIn: (tabId, frameId) => {
      asked.push([tabId, frameId]);
      return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
    },
    keep: (selection) => (kept.push(selection), Promise.resolve()),
    openOptions: (query) => (opened.push(query), Promise.resolve()),
    now: () => 99,
  };
  return { made, kept, opened, asked };
}

const tab = { id: 4, url: 'https://news.example.com/story', title: 'The story' };

test('keeps the frame’s own selection, line breaks and all, with the page, and opens the options', async () => {
  const { made, kept, opened, asked } = deps({
    text: 'Ada Lovelace wrote.\n\nCharles Babbage built.',
    url: 'https://news.example.com/story',
    title: 'The story',
  });
  const handled = await addSelection(
    made,
    {
      menuItemId: SELECTION_MENU_ID,
      selectionText: 'Ada Lovelace wrote. Charles Babbage built.',
      frameId: 2,
    },
    tab,
  );
  expect(handled).toBe(true);
  expect(asked).toEqual([[4, 2]]);
  expect(kept).toEqual([
    {
      text: 'Ada Lovelace wrote.\n\nCharles Babbage built.',
      url: 'https://news.example.com/story',
      title: 'The story',
      at: 99,
    },
  ]);
  expect(opened).toEqual([SELECTION_QUERY]);
});

test.each<[string, SelectionReply | Error | undefined]>([
  ['cannot answer (no content script there)', new Error('no receiver')],
  ['answers an empty selection', { text: ' ', url: '', title: '' }],
])('takes the menu’s own text when the content script %s', async (_, reply) => {
  const { made, kept } = deps(reply);
  await addSelection(
    made,
    { menuItemId: SELECTION_MENU_ID, selectionText: 'Ada Lovelace wrote.', pageUrl: tab.url },
    tab,
  );
  expect(kept[0]).toMatchObject({ text: 'Ada Lovelace wrote.', url: tab.url, title: 'The story' });
});

test('another menu’s click is not handled', async () => {
  const { made, kept, opened } = deps(undefined);
  expect(await addSelection(made, { menuItemId: 'other' }, tab)).toBe(false);
  expect(kept).toEqual([]);
  expect(opened).toEqual([]);
});

test('the options page takes a kept selection once', async () => {
  const selection = { text: 'Ada Lovelace wrote.', url: tab.url, title: 'The story', at: 1 };
  await keepSelection(selection);
  expect(await takeSelection()).toEqual(selection);
  expect(await takeSelection()).toBeNull();
});

test.each<[string, unknown]>([
  ['damaged', { text: 3 }],
  ['empty', { text: '  ', url: '', title: '', at: 1 }],
])('a %s selection is none, and is cleared', async (_, raw) => {
  const key = PENDING_SELECTION_KEY.replace(/^session:/, '');
  await fakeBrowser.storage.session.set({ [key]: raw });
  expect(await takeSelection()).toBeNull();
  expect(await fakeBrowser.storage.session.get(key)).toEqual({});
});
