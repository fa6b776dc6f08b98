/**
 * Page functions shared by the tests of the extension's own pages (popup, options, side panel):
 * what a reader does there and what they read. Each runs in the page through `tab.run`, so it
 * uses only its arguments and the page's globals.
 */
import type { Browser } from 'webextension-polyfill';

/** Clicks the enabled button whose text is `label`; answers whether there was one. */
export function clickButton(label: string): boolean {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!button || button.disabled) return false;
  button.click();
  return true;
}

/** Sets a field's value as typing does, with its input and change events. */
export function fill(selector: string, value: string): boolean {
  const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) return false;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** Chooses a JSON file named `name` holding `text` in a file input, as the file picker does. */
export function chooseFile(selector: string, name: string, text: string): boolean {
  const input = document.querySelector<HTMLInputElement>(selector);
  if (!input) return false;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** The text of the element `selector` matches, or null when there is none. */
export function textOf(selector: string): string | null {
  return document.querySelector(selector)?.textContent ?? null;
}

/** The extension's local storage (all of it, or the items `keys` names); runs in an extension page. */
export function storedItems(keys: string | string[] | null): Promise<Record<string, unknown>> {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('not an extension page');
  return api.storage.local.get(keys);
}

/** Writes items to the extension's local storage; runs in an extension page. */
export async function storeItems(items: Record<string, unknown>): Promise<true> {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('not an extension page');
  await api.storage.local.set(items);
  return true;
}

/** Makes the tab `tabId` the active one, as the reader does; runs in an extension page. */
export async function activateTab(tabId: number): Promise<true> {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('not an extension page');
  await api.tabs.update(tabId, { active: true });
  return true;
}
