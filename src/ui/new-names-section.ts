import type { KnowledgeBase } from '../kb/schema';
import { knownNames, newNamesOnPage, type NewName } from '../kb/new-names';
import { el, replaceChildren } from '../dom/el';
import { activeKnowledgeBases, checkStorageSize, type SeedlightStore } from '../settings';
import { addFoundName } from '../settings/add-found-name';
import { extractArticle } from './article';
import type { DeriveRunner } from './derive-runner';
import type { PagePlatform } from './platform';
import { ui } from './ui-strings';

export interface NewNamesOptions {
  section: HTMLElement;
  platform: PagePlatform;
  store: SeedlightStore;
  bundled: readonly KnowledgeBase[];
  derive: DeriveRunner;
  parser: DOMParser;
  now: () => number;
  signal: AbortSignal;
}

export interface NewNamesSection {
  /** The active tab changed: what was found belongs to the page before. */
  reset(): void;
}

/**
 * "Not in your briefings": on the reader's request, the active tab's article is derived here (an
 * extension page, never the content script), and the names no active briefing knows are listed,
 * each with its type, count and the page's first sentence about it; "Add" puts one into a
 * briefing of the reader's choice, or a new one named after the page, cited to the page.
 */
export function mountNewNames(options: NewNamesOptions): NewNamesSection {
  const { section, platform, store, bundled, parser, now, signal } = options;
  const doc = section.ownerDocument;
  const find = el(doc, 'button', { type: 'button', id: 'new-names-find' }, [ui.panelNewFind]);
  const status = el(doc, 'p', { role: 'status', class: 'muted', id: 'new-names-status' });
  const target = el(doc, 'select', { id: 'new-names-target' });
  const targetField = el(doc, 'p', { class: 'field', hidden: true }, [
    el(doc, 'label', { for: target.id }, [ui.panelNewTarget]),
    ' ',
    target,
  ]);
  const list = el(doc, 'ol', { class: 'new-names' });
  replaceChildren(section, [
    el(doc, 'h2', { id: 'new-names-heading' }, [ui.panelNewHeading]),
    el(doc, 'p', { class: 'muted' }, [ui.panelNewHelp]),
    find,
    status,
    targetField,
    list,
  ]);
  section.setAttribute('aria-labelledby', 'new-names-heading');

  let generation = 0;
  let derived: KnowledgeBase | null = null;
  /** The briefing made from this page by an earlier Add: later ones go there too. */
  let madeHere: string | null = null;

  const fillTargets = async (pageTitle: string) => {
    const state = await store.briefings.getValue();
    const chosen = target.value;
    replaceChildren(target, [
      el(doc, 'option', { value: '' }, [ui.panelNewTargetNew(pageTitle)]),
      ...state.user.map((b) => el(doc, 'option', { value: b.kb.id }, [b.kb.title])),
    ]);
    const keep = madeHere ?? chosen;
    if (keep && state.user.some((b) => b.kb.id === keep)) target.value = keep;
  };

  const targetTitle = (): string =>
    target.selectedOptions[0]?.textContent ?? ui.panelNewTargetNew(derived?.title ?? '');

  const add = async (name: NewName, button: HTMLButtonElement) => {
    if (!derived) return;
    const found = derived;
    button.disabled = true;
    const into = target.value || null;
    const briefingTitle = into ? targetTitle() : found.title;
    let reason: string | null = null;
    let addedTo: string | undefined;
    await store.briefings.update((state) => {
      const result = addFoundName(
        state,
        bundled,
        { derived: found, entityId: name.entityId },
        into,
        now(),
      );
      const fits = result.ok ? checkStorageSize(result.state) : result;
      if (!fits.ok) {
        reason = ui.problem(fits.error);
        return state;
      }
      addedTo = result.kbId;
      return fits.state;
    });
    if (reason !== null) {
      status.textContent = ui.panelNewAddFailed(name.name, reason);
      button.disabled = false;
      return;
    }
    if (into === null && addedTo) madeHere = addedTo;
    status.textContent = ui.panelNewAdded(name.name, briefingTitle);
    const item = button.closest('li');
    const next =
      item?.nextElementSibling?.querySelector('button') ??
      item?.previousElementSibling?.querySelector('button');
    item?.remove();
    await fillTargets(found.title);
    relabel.forEach((update) => update());
    // Focus stays in the list, on the next name, so a keyboard reader can go on adding.
    (next ?? find).focus();
  };

  /** Each Add button's label names the chosen briefing. */
  let relabel: (() => void)[] = [];
  target.addEventListener('change', () => relabel.forEach((update) => update()), { signal });

  const render = (names: readonly NewName[]) => {
    relabel = [];
    replaceChildren(
      list,
      names.map((name) => {
        const headingId = `new-${name.entityId}`;
        const button = el(doc, 'button', { type: 'button', class: 'add' }, [ui.panelNewAdd]);
        const label = () => ui.panelNewAddLabel(name.name, targetTitle());
        button.setAttribute('aria-label', label());
        relabel.push(() => button.setAttribute('aria-label', label()));
        button.addEventListener('click', () => void add(name, button));
        return el(doc, 'li', { class: 'new-name', 'aria-labelledby': headingId }, [
          el(doc, 'h3', { id: headingId }, [
            el(doc, 'span', { class: 'name' }, [name.name]),
            ' ',
            el(doc, 'span', { class: 'count' }, [
              ui.typeSingular[name.type],
              ' · ',
              ui.panelNewMentions(name.mentions),
            ]),
          ]),
          name.sentence
            ? el(doc, 'p', { class: 'sentence' }, [el(doc, 'q', {}, [name.sentence.text.trim()])])
            : null,
          button,
        ]);
      }),
    );
  };

  const run = async () => {
    const mine = ++generation;
    const fail = (reason: string) => {
      if (mine !== generation) return;
      status.textContent = ui.panelNewFailed(reason);
      find.disabled = false;
    };
    find.disabled = true;
    status.textContent = ui.panelNewFinding;
    replaceChildren(list, []);
    const tabId = await platform.activeTabId();
    const page =
      tabId === undefined ? undefined : await platform.sendToTab(tabId, { type: 'page-html' });
    if (!page) return fail(ui.addUsePageNoTab);
    const article = extractArticle(page.html, page.url, parser);
    if (!article) return fail(ui.addUsePageNoArticle);
    const title = article.title || page.title || page.url;
    let result: KnowledgeBase;
    try {
      ({ kb: result } = await options.derive(
        { id: 'page', title, text: article.text, page: { url: page.url, readAt: now() } },
        signal,
      ));
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
    if (mine !== generation || signal.aborted) return;
    const state = await store.briefings.getValue();
    const names = newNamesOnPage(result, knownNames(activeKnowledgeBases(bundled, state)));
    derived = result;
    madeHere = null;
    await fillTargets(title);
    targetField.hidden = names.length === 0;
    status.textContent = names.length === 0 ? ui.panelNewNone : ui.panelNewFound(names.length);
    render(names);
    find.disabled = false;
  };
  find.addEventListener('click', () => void run());

  return {
    reset() {
      generation++;
      derived = null;
      madeHere = null;
      find.disabled = false;
      status.textContent = '';
      targetField.hidden = true;
      replaceChildren(list, []);
    },
  };
}
