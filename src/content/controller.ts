import {
  isContentRequest,
  isPageQuery,
  type BackgroundRequest,
  type MentionItem,
  type RevealReply,
} from '../protocol';
import { muteEntities } from '../settings/muting';
import type { GuardedItem } from '../settings/guarded-item';
import { watchPageConfig, type PageConfig } from '../settings/page-config';
import type { CardBucket, MutedMatch, PageIndex } from '../settings/page-index';
import type { Settings } from '../settings/schema';
import { createCardDetails } from './card-details';
import { mutedOnPage } from './muted-on-page';
import { outlineItem, pageHtml, pageInfo, pageSelection } from './page-queries';
import { startSession, type Session } from './session';
import { announceSettled, announceStopped } from './settle-signal';

export interface ContentControllerOptions {
  doc: Document;
  settings: GuardedItem<Settings>;
  /** Reads card bucket `i` of `index` from storage. */
  loadBucket(index: PageIndex, i: number): Promise<CardBucket | null>;
  /** Tells the background, ignoring its reply. */
  send(message: BackgroundRequest): void;
  /** Asks the background and waits for its reply. */
  request(message: BackgroundRequest): Promise<unknown>;
  signal: AbortSignal;
}

export interface ContentController {
  /** Answers a runtime message, or returns undefined when the message is not for the page. */
  handle(message: unknown): Promise<unknown> | undefined;
}

/**
 * Seedlight in one tab: follows the settings and briefings (restarting the page session when
 * they change, so open tabs need no reload) and answers the extension's questions about the page.
 */
export function startContentController(options: ContentControllerOptions): ContentController {
  const { doc, settings, send, signal } = options;
  let session: Session | null = null;
  let muted: MutedMatch[] = [];
  let resolveFirst: () => void = () => undefined;
  const firstConfig = new Promise<void>((resolve) => (resolveFirst = resolve));

  const apply = (config: PageConfig): void => {
    session?.stop();
    session = null;
    const { index } = config;
    muted = index?.muted ?? [];
    if (index && index.entities.length > 0) {
      const bundledIds = new Set(index.bundledIds);
      session = startSession({
        doc,
        index,
        details: createCardDetails(index, (i) => options.loadBucket(index, i)),
        highlightStyle: config.highlightStyle,
        density: config.density,
        openSource: (ref) => send({ type: 'open-source', ...ref }),
        isEditable: (kbId) => !bundledIds.has(kbId),
        editEntity: (ref) => send({ type: 'edit-entity', ...ref }),
        mute: (entities) => void settings.update((s) => muteEntities(s, entities)),
        onMentionsChange: (mentions) => send({ type: 'mention-count', count: mentions.length }),
      });
    } else {
      send({ type: 'mention-count', count: 0 });
      announceSettled(doc);
    }
    resolveFirst();
  };

  watchPageConfig({
    settings,
    url: () => doc.location?.href ?? '',
    rebuildIndex: () => options.request({ type: 'rebuild-page-index' }),
    onChange: apply,
    signal,
  });
  signal.addEventListener('abort', () => {
    session?.stop();
    session = null;
    announceStopped(doc);
  });

  /** Waits for the first settings read and the first full pass over the page. */
  const settled = async (): Promise<Session | null> => {
    await firstConfig;
    await session?.ready();
    return session;
  };
  const mentions = async (): Promise<MentionItem[]> => (await settled())?.mentions() ?? [];

  return {
    handle(message) {
      if (isContentRequest(message)) {
        switch (message.type) {
          case 'mentions':
            return mentions().then((list) => ({ mentions: list }));
          case 'reveal':
            return settled().then(
              (s): Promise<RevealReply> | RevealReply =>
                s?.reveal(message.index) ?? { revealed: false, reason: 'off' },
            );
          case 'navigate':
            return settled().then((s) => {
              void s?.navigate(message.direction);
              return s !== null;
            });
        }
      }
      if (isPageQuery(message)) {
        switch (message.type) {
          case 'outline':
            return settled().then((s) => ({
              mentions: (s?.pageMentions() ?? []).map(outlineItem),
            }));
          case 'page-info':
            return settled().then((s) => pageInfo(doc, s?.pageMentions().length ?? 0));
          case 'page-html':
            return Promise.resolve(pageHtml(doc));
          case 'selection':
            return Promise.resolve(pageSelection(doc));
          case 'muted':
            return firstConfig.then(() => ({
              muted: muted.length === 0 ? [] : mutedOnPage(doc.body?.innerText ?? '', muted),
            }));
        }
      }
      return undefined;
    },
  };
}
