import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isContentRequest, isPageQuery } from '../../../src/protocol';
import { createBrowserPlatform } from '../../../src/ui/browser-platform';

let controller: AbortController;

/** A message sender that is a tab's content script; only the id matters here. */
const fromTab = (id: number) => ({ tab: { id } }) as never;

beforeEach(() => {
  fakeBrowser.reset();
  controller = new AbortController();
});

afterEach(() => controller.abort());

test.each([
  [{ type: 'outline' }, true],
  [{ type: 'page-html' }, true],
  [{ type: 'page-info' }, true],
  [{ type: 'mentions' }, false],
  [{ type: 'outlines' }, false],
  [null, false],
  ['outline', false],
])('isPageQuery(%j) is %s, and existing requests keep their own guard', (value, expected) => {
  expect(isPageQuery(value)).toBe(expected);
  if (expected) expect(isContentRequest(value)).toBe(false);
});

describe('browser platform', () => {
  test('requests go to the top frame; a tab without a content script answers undefined', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockImplementation(async (tabId: number) => {
        if (tabId === 4) return { mentions: [] };
        throw new Error('Could not establish connection. Receiving end does not exist.');
      });
    const platform = createBrowserPlatform(window);
    expect(await platform.sendToTab(4, { type: 'outline' })).toEqual({ mentions: [] });
    expect(send).toHaveBeenCalledWith(4, { type: 'outline' }, { frameId: 0 });
    expect(await platform.sendToTab(5, { type: 'outline' })).toBeUndefined();
  });

  test('mention changes are reported per tab, until the page stops listening', async () => {
    const seen: number[] = [];
    createBrowserPlatform(window).onMentionsChange((tabId) => seen.push(tabId), controller.signal);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 3 }, fromTab(7));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 1 }, {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'open-source' }, fromTab(8));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 0 }, fromTab(9));
    controller.abort();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 2 }, fromTab(7));
    expect(seen).toEqual([7, 9]);
  });

  test('tab activation and finished loads are reported, until the page stops listening', async () => {
    const seen: number[] = [];
    createBrowserPlatform(window).onTabChange((tabId) => seen.push(tabId), controller.signal);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 2, windowId: 1 });
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, { id: 3 } as never);
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, { id: 3 } as never);
    controller.abort();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 4, windowId: 1 });
    expect(seen).toEqual([2, 3]);
  });
});
