import type { ContentRequest, PageQuery, TabReply, TabRequest } from '../../../src/protocol';
import type { CommandInfo, PagePlatform } from '../../../src/ui/platform';

type Listener = (tabId: number) => void;

/** A platform whose tabs answer from a table; records what the page sent. */
export function fakePlatform(
  answers: Record<number, (request: ContentRequest | PageQuery) => unknown>,
) {
  const sent: { tabId: number; request: ContentRequest | PageQuery }[] = [];
  const tabListeners = new Set<Listener>();
  const mentionListeners = new Set<Listener>();
  const opened: string[] = [];
  const commands: CommandInfo[] = [
    { name: 'toggle-seedlight', description: 'Toggle', shortcut: 'Alt+Shift+S' },
    { name: 'next-mention', description: 'Next', shortcut: 'Alt+Shift+N' },
    { name: 'previous-mention', description: 'Previous', shortcut: '' },
  ];
  const state = { activeTab: 1 as number | undefined };
  const listen = (set: Set<Listener>) => (callback: Listener, signal: AbortSignal) => {
    set.add(callback);
    signal.addEventListener('abort', () => set.delete(callback));
  };
  const platform: PagePlatform = {
    kind: 'chrome',
    activeTabId: async () => state.activeTab,
    async sendToTab<R extends TabRequest>(tabId: number, request: R) {
      sent.push({ tabId, request });
      return answers[tabId]?.(request) as TabReply<R> | undefined;
    },
    onTabChange: listen(tabListeners),
    onMentionsChange: listen(mentionListeners),
    commands: async () => commands,
    async openOptions(fromTabId) {
      opened.push(fromTabId === undefined ? 'options' : `options?tab=${fromTabId}`);
    },
    async openSidePanel(tabId) {
      opened.push(`sidepanel:${tabId}`);
    },
    async openShortcutSettings() {
      opened.push('shortcuts');
    },
    closePage() {
      opened.push('closed');
    },
  };
  return {
    platform,
    sent,
    opened,
    state,
    switchTab(tabId: number) {
      state.activeTab = tabId;
      for (const l of tabListeners) l(tabId);
    },
    mentionsChanged(tabId: number) {
      for (const l of mentionListeners) l(tabId);
    },
  };
}

/** The visible text of an element, whitespace collapsed, as a reader would read it. */
export function visibleText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
