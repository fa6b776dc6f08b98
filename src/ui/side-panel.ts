import { ENTITY_TYPES, type KnowledgeBase } from '../kb/schema';
import { activeKnowledgeBases, type SeedlightStore } from '../settings';
import { el, replaceChildren } from '../dom/el';
import { groupOutline, type OutlineEntity } from './entity-summary';
import { ui } from './ui-strings';
import type { PagePlatform } from './platform';
import { mountRecoveredNotice } from './recovered-notice';
import type { DeriveRunner } from './derive-runner';
import { mountNewNames } from './new-names-section';

export interface SidePanelOptions {
  root: HTMLElement;
  platform: PagePlatform;
  store: SeedlightStore;
  bundled: readonly KnowledgeBase[];
  /** Derivation of the page's article, for "Not in your briefings" (a worker in the real page). */
  derive: DeriveRunner;
  parser: DOMParser;
  now: () => number;
  signal: AbortSignal;
}

/** How long a burst of page changes is gathered before the outline is read again. */
export const OUTLINE_REFRESH_DELAY_MS = 150;

function entityBlock(
  doc: Document,
  entity: OutlineEntity,
  reveal: (index: number) => void,
): HTMLElement {
  const headingId = `entity-${entity.entityId}`;
  const total = entity.mentions.length;
  const mentions = el(
    doc,
    'ol',
    { class: 'mentions' },
    entity.mentions.map(({ index, item }, n) => {
      const button = el(doc, 'button', { type: 'button', class: 'mention' }, [
        el(doc, 'span', { class: 'context' }, [item.before ? `…${item.before}` : '']),
        el(doc, 'mark', {}, [item.text]),
        el(doc, 'span', { class: 'context' }, [item.after ? `${item.after}…` : '']),
      ]);
      button.setAttribute('aria-label', ui.panelMentionLabel(entity.name, n + 1, total));
      button.addEventListener('click', () => reveal(index));
      return el(doc, 'li', {}, [button]);
    }),
  );
  return el(doc, 'article', { class: 'entity', 'aria-labelledby': headingId }, [
    el(doc, 'h3', { id: headingId }, [
      el(doc, 'span', { class: 'name' }, [entity.name]),
      ' ',
      el(doc, 'span', { class: 'count' }, [ui.mentionCount(total)]),
    ]),
    entity.description ? el(doc, 'p', { class: 'description' }, [entity.description]) : null,
    mentions,
  ]);
}

/** The side panel: the active tab's entity outline, following page and tab changes. */
export async function mountSidePanel(options: SidePanelOptions): Promise<void> {
  const { root, platform, store, bundled, signal } = options;
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const notice = el(doc, 'div', { hidden: true });
  mountRecoveredNotice(notice, signal);
  const status = el(doc, 'p', { class: 'muted', role: 'status' }, [ui.panelLoading]);
  const outline = el(doc, 'div', { class: 'outline' });
  const fresh = el(doc, 'section', { class: 'new-names-section', id: 'new-names' });
  replaceChildren(root, [el(doc, 'h1', {}, [ui.panelHeading]), notice, status, outline, fresh]);
  const newNames = mountNewNames({ section: fresh, ...options });

  let tabId: number | undefined;
  let generation = 0;

  const refresh = async () => {
    const mine = ++generation;
    tabId = await platform.activeTabId();
    const [reply, briefings] = await Promise.all([
      tabId === undefined ? undefined : platform.sendToTab(tabId, { type: 'outline' }),
      store.briefings.getValue(),
    ]);
    if (mine !== generation || signal.aborted) return;
    if (!reply) {
      status.textContent = ui.panelUnavailable;
      replaceChildren(outline, []);
      return;
    }
    const descriptions = new Map<string, string | undefined>();
    for (const kb of activeKnowledgeBases(bundled, briefings)) {
      for (const entity of kb.entities) {
        if (!descriptions.has(entity.id)) descriptions.set(entity.id, entity.description);
      }
    }
    const groups = groupOutline(reply.mentions, ENTITY_TYPES, (id) => descriptions.get(id));
    status.textContent =
      groups.length === 0 ? ui.panelEmpty : ui.mentionCount(reply.mentions.length);
    const target = tabId;
    const reveal = (index: number) => {
      if (target === undefined) return;
      void platform.sendToTab(target, { type: 'reveal', index }).then((answer) => {
        // The page removed that mention since the outline was read (the page announced it): read it again.
        if (answer && !answer.revealed) scheduleRefresh();
      });
    };
    replaceChildren(
      outline,
      groups.map((group) => {
        const headingId = `group-${group.type}`;
        return el(doc, 'section', { class: 'group', 'aria-labelledby': headingId }, [
          el(doc, 'h2', { id: headingId }, [
            ui.panelGroupHeading(group.type, group.entities.length, group.mentionCount),
          ]),
          ...group.entities.map((entity) => entityBlock(doc, entity, reveal)),
        ]);
      }),
    );
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const scheduleRefresh = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = (view?.setTimeout ?? setTimeout)(() => {
      timer = undefined;
      void refresh();
    }, OUTLINE_REFRESH_DELAY_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  platform.onTabChange((changed) => {
    const shown = tabId;
    // The shown tab loaded a page, or another tab became the active one: what was found was of
    // the page before. A tab loading behind the reader's changes nothing.
    void platform.activeTabId().then((active) => {
      if (changed === shown || active !== shown) newNames.reset();
    });
    scheduleRefresh();
  }, signal);
  platform.onMentionsChange((changed) => {
    if (changed === tabId) scheduleRefresh();
  }, signal);
  const unwatch = store.briefings.watch(() => scheduleRefresh());
  signal.addEventListener('abort', unwatch, { once: true });
  await refresh();
}
