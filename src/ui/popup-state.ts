import type { KnowledgeBase } from '../kb/schema';
import type { MentionItem } from '../protocol';
import {
  activeKnowledgeBases,
  siteStatus,
  type BriefingsState,
  type Settings,
  type SiteStatus,
} from '../settings';

/**
 * Why Seedlight is on or off on the current page: a site status, no briefing on at all, or a
 * tab that does not answer (so its address is unknown).
 */
export type PopupReason = SiteStatus | { enabled: false; reason: 'no-briefings' | 'unreachable' };

export interface PopupState {
  reason: PopupReason;
  /** The "on for this site" switch: on only when Seedlight really runs here. */
  site: { checked: boolean; disabled: boolean };
  /** The "on everywhere" switch: the reader's global setting. */
  global: { checked: boolean };
}

/**
 * What the popup's switches and status line say, from the same rules the content script
 * follows, so a switch is never on while the page is off. The site switch can be changed only
 * when it alone decides (the site is on, or turned off with this switch); otherwise the line says
 * what does.
 */
export function popupState(
  settings: Settings,
  briefings: BriefingsState,
  bundled: readonly KnowledgeBase[],
  url: string | undefined,
): PopupState {
  const status: PopupReason =
    url === undefined ? { enabled: false, reason: 'unreachable' } : siteStatus(settings, url);
  const reason: PopupReason =
    status.enabled && activeKnowledgeBases(bundled, briefings).length === 0
      ? { enabled: false, reason: 'no-briefings' }
      : status;
  return {
    reason,
    site: {
      checked: reason.enabled,
      disabled: !(reason.enabled || reason.reason === 'off-here'),
    },
    global: { checked: settings.enabled },
  };
}

export interface PopupEntity {
  entityId: string;
  /** The entity's canonical name. */
  name: string;
  /** The page's own spellings of it, most frequent first (then in page order). */
  written: string[];
  count: number;
  /** Index into the page's mentions list of the entity's first mention. */
  firstIndex: number;
}

/** The page's entities with real counts, most mentioned first, then by name. */
export function popupEntities(mentions: readonly MentionItem[]): PopupEntity[] {
  const byId = new Map<string, { entity: PopupEntity; spellings: Map<string, Spelling> }>();
  mentions.forEach((mention, index) => {
    let entry = byId.get(mention.entityId);
    if (entry === undefined) {
      entry = {
        entity: {
          entityId: mention.entityId,
          name: mention.name,
          written: [],
          count: 0,
          firstIndex: index,
        },
        spellings: new Map(),
      };
      byId.set(mention.entityId, entry);
    }
    entry.entity.count++;
    // "ZELENSKY" in a headline is the same spelling as "Zelensky": one entry, its commonest form.
    const text = mention.text.replace(/\s+/g, ' ').trim();
    const key = text.toLocaleLowerCase();
    let spelling = entry.spellings.get(key);
    if (spelling === undefined) {
      spelling = { count: 0, forms: new Map() };
      entry.spellings.set(key, spelling);
    }
    spelling.count++;
    spelling.forms.set(text, (spelling.forms.get(text) ?? 0) + 1);
  });
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return [...byId.values()]
    .map(({ entity, spellings }) => ({
      ...entity,
      // Maps keep page order, and sort is stable: ties stay in page order.
      written: [...spellings.values()]
        .sort((a, b) => b.count - a.count)
        .map(({ forms }) => commonest(forms)),
    }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
}

interface Spelling {
  count: number;
  /** The same spelling in each case the page wrote it, with how often. */
  forms: Map<string, number>;
}

function commonest(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let most = 0;
  for (const [form, count] of forms) {
    if (count > most) {
      best = form;
      most = count;
    }
  }
  return best;
}

/** Whether the canonical name adds anything beside the page's spellings. */
export function nameDiffers(entity: PopupEntity): boolean {
  const name = entity.name.toLocaleLowerCase();
  return !entity.written.some((text) => text.toLocaleLowerCase() === name);
}
