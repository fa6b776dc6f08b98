import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { addSelection, SELECTION_MENU_ID } from '../src/background/selection-menu';
import { t } from '../src/i18n';
import { isBackgroundRequest, type ContentRequest, type PageQuery } from '../src/protocol';
import { bundledKnowledgeBases } from '../src/kb/bundled';
import {
  COMMANDS,
  createSeedlightStore,
  keepPageIndexCurrent,
  toggleSeedlight,
} from '../src/settings';
import { keepSelection } from '../src/settings/pending-selection';
import { SOURCE_PAGE_PATH, formatSourceRef } from '../src/source-view/source-ref';

export default defineBackground(() => {
  const store = createSeedlightStore();
  const pageIndex = keepPageIndexCurrent(store, bundledKnowledgeBases);
  // An update may bring other bundled briefings or another index version.
  browser.runtime.onInstalled.addListener(() => void pageIndex.rebuild());
  browser.runtime.onStartup.addListener(() => void pageIndex.rebuild());

  // "Add to Seedlight briefing" on selected text. Menus outlive the background, so they are
  // made once per install or update; removing first keeps a second run from failing.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: SELECTION_MENU_ID,
        title: t('menuAddSelection'),
        contexts: ['selection'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void addSelection(
      {
        selectionIn: (tabId, frameId) => {
          const query: PageQuery = { type: 'selection' };
          return browser.tabs.sendMessage(tabId, query, { frameId });
        },
        keep: keepSelection,
        openOptions: (query) =>
          browser.tabs
            .create({ url: browser.runtime.getURL(`/options.html${query}` as '/') })
            .then(() => undefined),
        now: Date.now,
      },
      info,
      tab,
    );
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundRequest(message)) return undefined;
    switch (message.type) {
      case 'open-source': {
        const { kbId, source, start, end } = message;
        const ref = { kbId, source, start, end };
        const url = browser.runtime.getURL(`${SOURCE_PAGE_PATH}${formatSourceRef(ref)}` as '/');
        return browser.tabs.create({ url }).then(() => true);
      }
      case 'edit-entity': {
        const hash = `#edit=${encodeURIComponent(message.kbId)}&entity=${encodeURIComponent(message.entityId)}`;
        const url = browser.runtime.getURL('/options.html') + hash;
        return browser.tabs.create({ url }).then(() => true);
      }
      case 'rebuild-page-index':
        return pageIndex.rebuild().then(() => true);
      case 'mention-count': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        const text = message.count > 0 ? String(message.count) : '';
        return browser.action.setBadgeText({ tabId, text }).then(() => true);
      }
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMANDS.toggle) {
      void toggleSeedlight(store);
      return;
    }
    const direction =
      command === COMMANDS.next ? 'next' : command === COMMANDS.previous ? 'previous' : null;
    if (!direction || tab?.id === undefined) return;
    const request: ContentRequest = { type: 'navigate', direction };
    browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).catch(() => undefined);
  });
});
