import type { TabReply, TabRequest } from '../protocol';
import { browser } from 'wxt/browser';
import { isBackgroundRequest } from '../protocol';
import type { CommandInfo, PagePlatform } from './platform';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

interface FirefoxSidebar {
  open(): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/** The real platform over `browser`, for popup, side panel and options pages. */
export function createBrowserPlatform(win: Window): PagePlatform {
  const kind = firefoxSidebar() ? 'firefox' : 'chrome';
  return {
    kind,
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    async sendToTab<R extends TabRequest>(tabId: number, request: R) {
      try {
        // The content script answers by TabReplies (src/content/controller.ts).
        return (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as
          TabReply<R> | undefined;
      } catch {
        return undefined;
      }
    },
    onTabChange(callback, signal) {
      const activated = (info: { tabId: number }) => callback(info.tabId);
      const updated = (tabId: number, change: { status?: string }) => {
        if (change.status === 'complete') callback(tabId);
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      signal.addEventListener('abort', () => {
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
      });
    },
    onMentionsChange(callback, signal) {
      const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
        const tabId = sender.tab?.id;
        if (
          isBackgroundRequest(message) &&
          message.type === 'mention-count' &&
          tabId !== undefined
        ) {
          callback(tabId);
        }
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
    },
    async commands(): Promise<CommandInfo[]> {
      const all = await browser.commands.getAll();
      return all
        .filter((c) => c.name && !c.name.startsWith('_'))
        .map((c) => ({
          name: c.name ?? '',
          description: c.description ?? '',
          shortcut: c.shortcut ?? '',
        }));
    },
    async openOptions(fromTabId) {
      const query = fromTabId === undefined ? '' : `?tab=${fromTabId}`;
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${query}`) });
    },
    async openSidePanel(tabId) {
      const sidebar = firefoxSidebar();
      if (sidebar) return sidebar.open();
      const panel = chromeSidePanel();
      if (panel && tabId !== undefined) await panel.open({ tabId });
    },
    async openShortcutSettings() {
      if (kind === 'chrome') await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    },
    closePage() {
      win.close();
    },
  };
}
