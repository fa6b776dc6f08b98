import type { TabReply, TabRequest } from '../protocol';

/** A keyboard command as `commands.getAll()` reports it. */
export interface CommandInfo {
  name: string;
  description: string;
  shortcut: string;
}

/**
 * What the extension pages need of the browser, passed in so tests can hand fakes.
 * `createBrowserPlatform` in browser-platform.ts is the real one.
 */
export interface PagePlatform {
  kind: 'chrome' | 'firefox';
  /** The active tab of the window this page belongs to. */
  activeTabId(): Promise<number | undefined>;
  /** Sends a request to a tab's top frame; undefined when no content script answers. */
  sendToTab<R extends TabRequest>(tabId: number, request: R): Promise<TabReply<R> | undefined>;
  /** Calls back when this window's active tab changes, or a tab finishes loading. */
  onTabChange(callback: (tabId: number) => void, signal: AbortSignal): void;
  /** Calls back when a tab's content script reports that its mentions changed. */
  onMentionsChange(callback: (tabId: number) => void, signal: AbortSignal): void;
  commands(): Promise<CommandInfo[]>;
  openOptions(fromTabId?: number): Promise<void>;
  openSidePanel(tabId: number | undefined): Promise<void>;
  openShortcutSettings(): Promise<void>;
  closePage(): void;
}
