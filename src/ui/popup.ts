import type { MentionsReply, PageInfoReply } from '../messages';
import { siteStatus, withSiteEnabled, type SeedlightStore, type Settings } from '../settings';
import { renderCommands } from './commands-section';
import { el, replaceChildren } from './dom';
import { summarizeMentions } from './entity-summary';
import { ui } from './messages';
import type { PagePlatform } from './platform';
import { mountRecoveredNotice } from './recovered-notice';

export interface PopupOptions {
  root: HTMLElement;
  platform: PagePlatform;
  store: SeedlightStore;
  signal: AbortSignal;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? parsed.hostname
      : undefined;
  } catch {
    return undefined;
  }
}

function switchInput(
  doc: Document,
  id: string,
  label: string,
): { row: HTMLElement; input: HTMLInputElement } {
  const input = el(doc, 'input', { type: 'checkbox', role: 'switch', id });
  const row = el(doc, 'div', { class: 'switch' }, [input, el(doc, 'label', { for: id }, [label])]);
  return { row, input };
}

/** The toolbar popup: switches, the page's entities, links, keyboard commands. */
export async function mountPopup(options: PopupOptions): Promise<void> {
  const { root, platform, store, signal } = options;
  const doc = root.ownerDocument;
  const tabId = await platform.activeTabId();
  const info =
    tabId === undefined
      ? undefined
      : await platform.sendToTab<PageInfoReply>(tabId, { type: 'page-info' });
  const host = hostOf(info?.url);

  const notice = el(doc, 'div', { hidden: true });
  mountRecoveredNotice(notice, signal);

  const site = switchInput(
    doc,
    'site-switch',
    host ? ui.popupSiteSwitch(host) : ui.popupSiteSwitchNoHost,
  );
  const global = switchInput(doc, 'global-switch', ui.popupGlobalSwitch);
  const status = el(doc, 'p', { class: 'status', role: 'status', id: 'site-status' });
  const entities = el(doc, 'section', { 'aria-labelledby': 'entities-heading' });
  const commands = el(doc, 'section', {
    'aria-label': ui.popupCommandsHeading,
    class: 'commands-section',
  });

  const sidePanel = el(doc, 'button', { type: 'button' }, [ui.popupOpenSidePanel]);
  sidePanel.addEventListener('click', () => {
    // Opening a side panel needs the click's user gesture: no await before it.
    void platform.openSidePanel(tabId).then(() => platform.closePage());
  });
  const optionsButton = el(doc, 'button', { type: 'button' }, [ui.popupOpenOptions]);
  optionsButton.addEventListener(
    'click',
    () => void platform.openOptions().then(() => platform.closePage()),
  );
  const usePage = el(doc, 'button', { type: 'button', disabled: !host }, [ui.popupUsePage]);
  usePage.addEventListener(
    'click',
    () => void platform.openOptions(tabId).then(() => platform.closePage()),
  );

  replaceChildren(root, [
    el(doc, 'h1', {}, [ui.appName]),
    notice,
    el(doc, 'div', { class: 'switches' }, [site.row, global.row]),
    status,
    entities,
    el(doc, 'nav', { class: 'actions' }, [sidePanel, optionsButton, usePage]),
    commands,
  ]);

  const showSettings = (settings: Settings) => {
    global.input.checked = settings.enabled;
    site.input.checked = host !== undefined && !settings.disabledSites.includes(host.toLowerCase());
    site.input.disabled = host === undefined;
    status.textContent = ui.siteStatus(siteStatus(settings, info?.url ?? ''));
  };

  const showMentions = async () => {
    const reply =
      tabId === undefined
        ? undefined
        : await platform.sendToTab<MentionsReply>(tabId, { type: 'mentions' });
    const heading = el(doc, 'h2', { id: 'entities-heading' }, [ui.popupEntitiesHeading]);
    if (!reply || tabId === undefined) {
      replaceChildren(entities, [
        heading,
        el(doc, 'p', { class: 'muted' }, [ui.popupNoContentScript]),
      ]);
      return;
    }
    const summary = summarizeMentions(reply.mentions);
    if (summary.length === 0) {
      replaceChildren(entities, [heading, el(doc, 'p', { class: 'muted' }, [ui.popupNoMentions])]);
      return;
    }
    const list = el(
      doc,
      'ul',
      { class: 'entities' },
      summary.map((entity) => {
        const button = el(doc, 'button', { type: 'button', title: ui.popupEntityHint }, [
          el(doc, 'span', { class: 'name' }, [entity.name]),
          el(doc, 'span', { class: 'count' }, [String(entity.count)]),
        ]);
        button.setAttribute('aria-label', ui.popupEntityButton(entity.name, entity.count));
        button.addEventListener('click', () => {
          void platform.sendToTab(tabId, { type: 'reveal', index: entity.firstIndex });
        });
        return el(doc, 'li', {}, [button]);
      }),
    );
    replaceChildren(entities, [
      heading,
      el(doc, 'p', { class: 'muted' }, [ui.mentionCount(reply.mentions.length)]),
      list,
    ]);
  };

  global.input.addEventListener('change', () => {
    const enabled = global.input.checked;
    void store.settings.update((s) => ({ ...s, enabled }));
  });
  site.input.addEventListener('change', () => {
    if (!host) return;
    const on = site.input.checked;
    void store.settings.update((s) => withSiteEnabled(s, host, on));
  });

  const unwatch = store.settings.watch(showSettings);
  signal.addEventListener('abort', unwatch, { once: true });
  platform.onMentionsChange((changed) => {
    if (changed === tabId) void showMentions();
  }, signal);

  showSettings(await store.settings.getValue());
  await Promise.all([showMentions(), renderCommands(commands, platform)]);
}
