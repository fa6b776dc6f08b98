import { formatList } from '../i18n';
import type { KnowledgeBase } from '../kb/schema';
import {
  DENSITIES,
  unmuteEntities,
  withSiteEnabled,
  type BriefingsState,
  type SeedlightStore,
  type Settings,
} from '../settings';
import { renderCommands } from './commands-section';
import { el, replaceChildren } from '../dom/el';
import { ui } from './ui-strings';
import type { PagePlatform } from './platform';
import {
  nameDiffers,
  popupEntities,
  popupState,
  type PopupEntity,
  type PopupState,
} from './popup-state';
import { mountRecoveredNotice } from './recovered-notice';

export interface PopupOptions {
  root: HTMLElement;
  platform: PagePlatform;
  store: SeedlightStore;
  /** The bundled knowledge bases: with the reader's briefings, whether any briefing is on. */
  bundled: readonly KnowledgeBase[];
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
  const input = el(doc, 'input', {
    type: 'checkbox',
    role: 'switch',
    id,
    'aria-describedby': 'site-status',
  });
  const row = el(doc, 'div', { class: 'switch' }, [input, el(doc, 'label', { for: id }, [label])]);
  return { row, input };
}

/** A compact radio group for the highlight density, in the browser's own radio semantics. */
function densityChooser(doc: Document): {
  group: HTMLElement;
  radios: { density: Settings['density']; radio: HTMLInputElement }[];
} {
  const radios = DENSITIES.map((density) => ({
    density,
    radio: el(doc, 'input', {
      type: 'radio',
      name: 'popup-density',
      id: `popup-density-${density}`,
      value: density,
    }),
  }));
  const group = el(doc, 'fieldset', { class: 'density' }, [
    el(doc, 'legend', {}, [ui.popupDensityLegend]),
    el(
      doc,
      'div',
      { class: 'segments' },
      radios.map(({ density, radio }) =>
        el(doc, 'span', { class: 'segment' }, [
          radio,
          el(doc, 'label', { for: radio.id, title: ui.density[density] }, [
            ui.popupDensity[density],
          ]),
        ]),
      ),
    ),
  ]);
  return { group, radios };
}

/** The toolbar popup: switches, the page's entities, links, keyboard commands. */
export async function mountPopup(options: PopupOptions): Promise<void> {
  const { root, platform, store, bundled, signal } = options;
  const doc = root.ownerDocument;
  const tabId = await platform.activeTabId();
  const info =
    tabId === undefined ? undefined : await platform.sendToTab(tabId, { type: 'page-info' });
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
  const density = densityChooser(doc);
  const entities = el(doc, 'section', { 'aria-labelledby': 'entities-heading' });
  const muted = el(doc, 'section', { 'aria-labelledby': 'muted-heading', hidden: true });
  const commands = el(doc, 'section', {
    'aria-label': ui.popupCommandsHeading,
    class: 'commands-section',
  });

  const sidePanel = el(doc, 'button', { type: 'button' }, [
    platform.kind === 'firefox' ? ui.popupOpenSidebar : ui.popupOpenSidePanel,
  ]);
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
    density.group,
    entities,
    muted,
    el(doc, 'nav', { class: 'actions' }, [sidePanel, optionsButton, usePage]),
    commands,
  ]);

  let settings: Settings = await store.settings.getValue();
  let briefings: BriefingsState = await store.briefings.getValue();
  let state: PopupState = popupState(settings, briefings, bundled, info?.url);

  const showSettings = () => {
    state = popupState(settings, briefings, bundled, info?.url);
    global.input.checked = state.global.checked;
    site.input.checked = state.site.checked;
    site.input.disabled = host === undefined || state.site.disabled;
    status.textContent = ui.popupWhy(state.reason);
    for (const { density: value, radio } of density.radios) {
      radio.checked = settings.density === value;
    }
  };

  const entityButton = (entity: PopupEntity, tab: number) => {
    const named = nameDiffers(entity);
    const button = el(doc, 'button', { type: 'button', title: ui.popupEntityHint }, [
      el(doc, 'span', { class: 'names' }, [
        el(doc, 'span', { class: 'name' }, [formatList(entity.written)]),
        ...(named ? [el(doc, 'span', { class: 'canonical' }, [entity.name])] : []),
      ]),
      el(doc, 'span', { class: 'count' }, [String(entity.count)]),
    ]);
    button.setAttribute(
      'aria-label',
      named
        ? ui.popupEntityButtonNamed(entity.written, entity.name, entity.count)
        : ui.popupEntityButton(entity.name, entity.count),
    );
    button.addEventListener('click', () => {
      void platform.sendToTab(tab, { type: 'reveal', index: entity.firstIndex });
    });
    return el(doc, 'li', {}, [button]);
  };

  let shown = 0;
  const showMentions = async () => {
    const mine = ++shown;
    // When Seedlight is off here, the status line says why; a list (or "no mentions") would not.
    if (!state.reason.enabled) {
      entities.hidden = true;
      replaceChildren(entities, []);
      return;
    }
    const reply =
      tabId === undefined ? undefined : await platform.sendToTab(tabId, { type: 'mentions' });
    if (mine !== shown) return;
    entities.hidden = false;
    const heading = el(doc, 'h2', { id: 'entities-heading' }, [ui.popupEntitiesHeading]);
    if (!reply || tabId === undefined) {
      replaceChildren(entities, [
        heading,
        el(doc, 'p', { class: 'muted' }, [ui.popupNoContentScript]),
      ]);
      return;
    }
    const summary = popupEntities(reply.mentions);
    if (summary.length === 0) {
      replaceChildren(entities, [heading, el(doc, 'p', { class: 'muted' }, [ui.popupNoMentions])]);
      return;
    }
    replaceChildren(entities, [
      heading,
      el(doc, 'p', { class: 'muted' }, [ui.mentionCount(reply.mentions.length)]),
      el(
        doc,
        'ul',
        { class: 'entities' },
        summary.map((entity) => entityButton(entity, tabId)),
      ),
    ]);
  };

  let mutedShown = 0;
  /** The muted entities this page names, each with a way to highlight it again. */
  const showMuted = async () => {
    const mine = ++mutedShown;
    const reply =
      tabId === undefined || !state.reason.enabled
        ? undefined
        : await platform.sendToTab(tabId, { type: 'muted' });
    if (mine !== mutedShown) return;
    const items = reply?.muted ?? [];
    muted.hidden = items.length === 0;
    replaceChildren(
      muted,
      items.length === 0
        ? []
        : [
            el(doc, 'h2', { id: 'muted-heading' }, [ui.popupMutedHeading]),
            el(
              doc,
              'ul',
              { class: 'muted-entities' },
              items.map((item) => {
                const unmute = el(
                  doc,
                  'button',
                  { type: 'button', 'aria-label': ui.unmuteLabel(item.name) },
                  [ui.unmuteButton],
                );
                unmute.addEventListener('click', () => {
                  void store.settings.update((s) => unmuteEntities(s, [item]));
                });
                return el(doc, 'li', {}, [
                  el(doc, 'span', {}, [ui.popupMutedItem(item.name, item.count)]),
                  unmute,
                ]);
              }),
            ),
          ],
    );
  };

  const refresh = () => {
    const wasOn = state.reason.enabled;
    showSettings();
    if (wasOn !== state.reason.enabled) void showMentions();
    void showMuted();
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

  for (const { density: value, radio } of density.radios) {
    radio.addEventListener('change', () => {
      if (radio.checked) void store.settings.update((s) => ({ ...s, density: value }));
    });
  }

  const unwatchSettings = store.settings.watch((value) => {
    settings = value;
    refresh();
  });
  const unwatchBriefings = store.briefings.watch((value) => {
    briefings = value;
    refresh();
  });
  signal.addEventListener(
    'abort',
    () => {
      unwatchSettings();
      unwatchBriefings();
    },
    { once: true },
  );
  platform.onMentionsChange((changed) => {
    if (changed === tabId) {
      void showMentions();
      void showMuted();
    }
  }, signal);

  showSettings();
  await Promise.all([showMentions(), showMuted(), renderCommands(commands, platform)]);
}
