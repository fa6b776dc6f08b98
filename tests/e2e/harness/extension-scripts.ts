/**
 * Page functions run in an extension context (its service worker or one of its pages), where
 * `browser` (Firefox) or `chrome` (Chromium) is the extension API.
 */
import type { Browser } from 'webextension-polyfill';
import type { ContentRequest } from '../../../src/protocol';

/** Opens `url` in a new tab, active or behind the current one, and answers the tab's id. */
export async function createTab(url: string, active: boolean): Promise<number> {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  const tab = await api.tabs.create({ url, active });
  return tab.id ?? -1;
}

/** Sends `request` to the tab's top frame and answers the content script's reply. */
export function sendToTab(tabId: number, request: ContentRequest): Promise<unknown> {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  return api.tabs.sendMessage(tabId, request, { frameId: 0 });
}

/** Writes storage items, as the extension's pages do. */
export async function setStorage(items: Record<string, unknown>): Promise<true> {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  await api.storage.local.set(items);
  return true;
}

export async function setZoom(tabId: number, factor: number): Promise<true> {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  await api.tabs.setZoom(tabId, factor);
  return true;
}

export async function removeTab(tabId: number): Promise<true> {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  await api.tabs.remove(tabId);
  return true;
}

/** `runtime.reload()`; the context goes away with the extension, so this never answers. */
export function reloadRuntime(): void {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  (scope.browser ?? (scope.chrome as Browser)).runtime.reload();
}

/** The id of the tab this extension page is in. */
export async function currentTabId(): Promise<number> {
  const scope = globalThis as { browser?: Browser };
  return (await scope.browser?.tabs.getCurrent())?.id ?? -1;
}

/** Whether the extension API is ready in this page. */
export function hasTabsApi(): boolean {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  return typeof (scope.browser ?? scope.chrome)?.tabs?.create === 'function';
}
