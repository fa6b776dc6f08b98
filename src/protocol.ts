import type { MentionDrawing } from './annotate/types';
import type { EntityType } from './kb/schema';
import type { SourceRef } from './source-view/source-ref';

/**
 * Runtime messages between extension pages, the background and the content script.
 * The `mentions` request and its reply are a public contract (see README, development).
 */
export interface MentionItem {
  entityId: string;
  /** The entity's canonical name. */
  name: string;
  /** The exact page text that was matched. */
  text: string;
  /**
   * How the page draws it under the reader's density: 'full', 'light' (a later mention in the
   * same block, under 'calm') or 'none' (under 'first only'). Every mention is listed, whatever is drawn.
   */
  drawn?: MentionDrawing;
}

export type ContentRequest =
  | { type: 'mentions' }
  /**
   * Go to a mention (by index into the mentions reply): scroll it into view, wait for the page to
   * settle, open its card with focus in it. Replies a RevealReply.
   */
  | { type: 'reveal'; index: number }
  /** Keyboard command relayed by the background: move to the next or previous mention. */
  | { type: 'navigate'; direction: 'next' | 'previous' };

export interface MentionsReply {
  mentions: MentionItem[];
}

/**
 * The reply to `reveal`: the card is shown, or why not: the mention is no longer on the page
 * (the page's live region says so too), or Seedlight is not running on the page.
 */
export type RevealReply = { revealed: true } | { revealed: false; reason: 'removed' | 'off' };

export type BackgroundRequest =
  /** Open the source page of a knowledge base at a cited sentence. */
  | ({ type: 'open-source' } & SourceRef)
  /** The content script reports its mention count for the toolbar badge. */
  | { type: 'mention-count'; count: number }
  /** The card's "Edit in briefing…": open the options page at this entity of a reader's briefing. */
  | { type: 'edit-entity'; kbId: string; entityId: string };

export function isContentRequest(value: unknown): value is ContentRequest {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'mentions' || type === 'reveal' || type === 'navigate';
}

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'open-source' || type === 'mention-count' || type === 'edit-entity';
}

/** A mention with a little of the text around it, for the side panel's outline. */
export interface OutlineItem extends MentionItem {
  type: EntityType;
  /** Up to about 60 characters of page text just before the mention, within its block. */
  before: string;
  /** Up to about 60 characters of page text just after the mention, within its block. */
  after: string;
}

export interface OutlineReply {
  mentions: OutlineItem[];
}

/** The page as the content script sees it, so an extension page can run Readability on it. */
export interface PageHtmlReply {
  url: string;
  title: string;
  /** `document.documentElement.outerHTML` at the time of the request. */
  html: string;
}

/** Where Seedlight stands on the page; answered even when Seedlight is off for the site. */
export interface PageInfoReply {
  url: string;
  title: string;
  /** Number of highlighted mentions (0 when off). */
  count: number;
}

/** A muted entity that the page names, and how many times. */
export interface MutedItem {
  kbId: string;
  entityId: string;
  name: string;
  count: number;
}

export interface MutedReply {
  muted: MutedItem[];
}

/**
 * Requests from extension pages (popup, side panel, options) to the content script, sent with
 * `tabs.sendMessage(tabId, request, { frameId: 0 })`. Replies: `outline` -> OutlineReply (same
 * order and indexes as `mentions`), `page-html` -> PageHtmlReply, `page-info` -> PageInfoReply, `muted` -> MutedReply
 * (the muted entities this page names).
 * Extension pages also listen for the content script's `mention-count` message: it must be sent
 * on every change of the page's mentions, so the side panel can refresh.
 */
export type PageQuery =
  { type: 'outline' } | { type: 'page-html' } | { type: 'page-info' } | { type: 'muted' };

export function isPageQuery(value: unknown): value is PageQuery {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'outline' || type === 'page-html' || type === 'page-info' || type === 'muted';
}

/** Every request an extension page sends to a tab's content script. */
export type TabRequest = ContentRequest | PageQuery;

/**
 * The reply each tab request gets, by its `type`: the one place that pairs them, so a caller
 * cannot choose the reply type (`sendToTab` reads it from here).
 */
export interface TabReplies {
  mentions: MentionsReply;
  reveal: RevealReply;
  navigate: undefined;
  outline: OutlineReply;
  'page-html': PageHtmlReply;
  'page-info': PageInfoReply;
  muted: MutedReply;
}

/** The reply to `request`. */
export type TabReply<R extends TabRequest> = TabReplies[R['type']];
