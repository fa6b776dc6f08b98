import type { KnowledgeBase } from '../../kb/schema';
import type { SeedlightStore } from '../../settings';
import type { DeriveRunner } from '../derive-runner';
import { el, replaceChildren } from '../dom';
import { ui } from '../messages';
import type { PagePlatform } from '../platform';
import { mountRecoveredNotice } from '../recovered-notice';
import { mountAddBriefing } from './add-briefing';
import { mountBriefingsList } from './briefings-list';
import { mountSettingsForm } from './settings-form';

export interface OptionsPageOptions {
  root: HTMLElement;
  store: SeedlightStore;
  bundled: readonly KnowledgeBase[];
  platform: PagePlatform;
  derive: DeriveRunner;
  checkText(text: string): string | null;
  parser: DOMParser;
  /** The page's own URL: `?tab=<id>` names the tab whose article can be used. */
  pageUrl: string;
  now: () => number;
  signal: AbortSignal;
}

export function sourceTabFromUrl(pageUrl: string): number | undefined {
  const raw = new URL(pageUrl).searchParams.get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

/** The options page: notice, briefings manager, adding a briefing, settings. */
export function mountOptionsPage(options: OptionsPageOptions): void {
  const { root, signal } = options;
  const doc = root.ownerDocument;
  const notice = el(doc, 'div', { hidden: true });
  const briefings = el(doc, 'section', { id: 'briefings', 'aria-labelledby': 'briefings-heading' });
  const add = el(doc, 'section', { id: 'add-briefing', 'aria-label': ui.addHeading });
  const settings = el(doc, 'section', { id: 'settings', 'aria-label': ui.settingsHeading });
  replaceChildren(root, [el(doc, 'h1', {}, [ui.optionsTitle]), notice, briefings, add, settings]);
  mountRecoveredNotice(notice, signal);
  mountBriefingsList({ section: briefings, ...options });
  mountAddBriefing({ section: add, sourceTabId: sourceTabFromUrl(options.pageUrl), ...options });
  mountSettingsForm({ section: settings, ...options });
}
