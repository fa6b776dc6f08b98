import type { EntityType, KnowledgeBase } from '../kb/schema';
import {
  activeKnowledgeBases,
  onlyMuted,
  shownKnowledgeBases,
  withoutMuted,
} from './active-knowledge-bases';
import type { BriefingsState, Density, HighlightStyle, Settings } from './schema';
import { siteStatus, type SiteStatus } from './site-rules';
import type { SeedlightStore } from './store';

/** Everything a content script needs to annotate one page. */
export interface PageConfig {
  status: SiteStatus;
  /** Active knowledge bases, reduced to the shown entity types and without muted entities;
   * empty when the site is off. */
  knowledgeBases: KnowledgeBase[];
  /** The muted entities of the active knowledge bases, never highlighted: only so the popup can
   * say which of them this page names. Empty when the site is off. */
  mutedKnowledgeBases: KnowledgeBase[];
  highlightStyle: Record<EntityType, HighlightStyle>;
  density: Density;
}

export function resolvePageConfig(
  settings: Settings,
  briefings: BriefingsState,
  bundled: readonly KnowledgeBase[],
  url: string,
): PageConfig {
  const status = siteStatus(settings, url);
  const active = status.enabled
    ? activeKnowledgeBases(bundled, briefings, { highlightDoubtful: settings.highlightDoubtful })
    : [];
  return {
    status,
    knowledgeBases: shownKnowledgeBases(withoutMuted(active, settings.muted), settings.shownTypes),
    mutedKnowledgeBases: onlyMuted(active, settings.muted),
    highlightStyle: { ...settings.highlightStyle },
    density: settings.density,
  };
}

export interface WatchPageConfigOptions {
  store: SeedlightStore;
  bundled: readonly KnowledgeBase[];
  /** Read on every change: single-page apps change their URL without reloading. */
  url: () => string;
  onChange: (config: PageConfig) => void;
  signal: AbortSignal;
}

/**
 * Calls `onChange` with the page's config now and after every settings or briefings change,
 * so open tabs follow the options without reloading. Stops when `signal` aborts.
 */
export function watchPageConfig(options: WatchPageConfigOptions): void {
  const { store, bundled, url, onChange, signal } = options;
  if (signal.aborted) return;
  let generation = 0;
  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    const [settings, briefings] = await Promise.all([
      store.settings.getValue(),
      store.briefings.getValue(),
    ]);
    // A later change may have finished first; only the newest read is delivered.
    if (mine !== generation || signal.aborted) return;
    onChange(resolvePageConfig(settings, briefings, bundled, url()));
  };
  const unwatchSettings = store.settings.watch(() => void refresh());
  const unwatchBriefings = store.briefings.watch(() => void refresh());
  signal.addEventListener(
    'abort',
    () => {
      try {
        unwatchSettings();
        unwatchBriefings();
      } catch {
        // The extension is gone (updated, reloaded, disabled): its storage API and listeners with it.
      }
    },
    { once: true },
  );
  void refresh();
}
