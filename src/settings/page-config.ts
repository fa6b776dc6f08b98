import type { EntityType, KnowledgeBase } from '../kb/schema';
import type { GuardedItem } from './guarded-item';
import { selectKnowledgeBases, type SelectedKnowledgeBases } from './active-knowledge-bases';
import { pageIndexSelection, type PageIndex } from './page-index';
import { loadPageIndex, watchPageIndex } from './page-index-store';
import type { BriefingsState, Density, HighlightStyle, Settings } from './schema';
import { siteStatus, type SiteStatus } from './site-rules';

/** What one page gets, in knowledge bases: nothing when its site is off. */
export function resolvePageConfig(
  settings: Settings,
  briefings: BriefingsState,
  bundled: readonly KnowledgeBase[],
  url: string,
): SelectedKnowledgeBases & { status: SiteStatus } {
  const status = siteStatus(settings, url);
  return status.enabled
    ? { status, ...selectKnowledgeBases(settings, briefings, bundled) }
    : { status, knowledgeBases: [], mutedKnowledgeBases: [] };
}

/** Everything a content script needs to annotate one page. */
export interface PageConfig {
  status: SiteStatus;
  /** The page index; null when the site is off or no usable index could be had. */
  index: PageIndex | null;
  highlightStyle: Record<EntityType, HighlightStyle>;
  density: Density;
}

export interface WatchPageConfigOptions {
  settings: GuardedItem<Settings>;
  /** Read on every change: single-page apps change their URL without reloading. */
  url: () => string;
  /** Asks the background to rebuild the page index from the briefings; resolves once it has. */
  rebuildIndex: () => Promise<unknown>;
  onChange: (config: PageConfig) => void;
  signal: AbortSignal;
}

/**
 * Calls `onChange` with the page's config now and after every change of the settings or of the
 * page index, so open tabs follow the options without reloading. The briefings are never read
 * here: an index that is missing, damaged, of another version or built for other settings is
 * rebuilt by the background, and the page waits for it. Stops when `signal` aborts.
 */
export function watchPageConfig(options: WatchPageConfigOptions): void {
  const { settings: settingsItem, url, onChange, signal } = options;
  if (signal.aborted) return;
  let generation = 0;
  const refresh = async (mayRebuild: boolean): Promise<void> => {
    const mine = ++generation;
    const [settings, stored] = await Promise.all([settingsItem.getValue(), loadPageIndex()]);
    // A later change may have finished first; only the newest read is delivered.
    if (mine !== generation || signal.aborted) return;
    const status = siteStatus(settings, url());
    const usable = stored?.selection === pageIndexSelection(settings) ? stored : null;
    if (status.enabled && !usable && mayRebuild) {
      // Its write wakes this watcher again; the read after it covers a missed wake-up.
      await options.rebuildIndex().catch(() => undefined);
      if (mine === generation && !signal.aborted) void refresh(false);
      return;
    }
    onChange({
      status,
      index: status.enabled ? usable : null,
      highlightStyle: { ...settings.highlightStyle },
      density: settings.density,
    });
  };
  const unwatchSettings = settingsItem.watch(() => void refresh(true));
  const unwatchIndex = watchPageIndex(() => void refresh(true));
  signal.addEventListener(
    'abort',
    () => {
      try {
        unwatchSettings();
        unwatchIndex();
      } catch {
        // The extension is gone (updated, reloaded, disabled): its storage API and listeners with it.
      }
    },
    { once: true },
  );
  void refresh(true);
}
