import type { MentionDrawing } from './annotate/types';
import type { EntityType } from './kb/schema';
import * as v from 'valibot';
import { SourceRefSchema } from './source-view/source-ref';

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

/** Requests to a tab's content script from the background and the popup; one schema, one guard. */
export const ContentRequestSchema = v.variant('type', [
  v.object({ type: v.literal('mentions') }),
  /**
   * Go to a mention (by index into the mentions reply): scroll it into view, wait for the page to
   * settle, open its card with focus in it. Replies a RevealReply.
   */
  v.object({ type: v.literal('reveal'), index: v.number() }),
  /** Keyboard command relayed by the background: move to the next or previous mention. */
  v.object({ type: v.literal('navigate'), direction: v.picklist(['next', 'previous']) }),
]);

export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

export interface MentionsReply {
  mentions: MentionItem[];
}

/**
 * The reply to `reveal`: the card is shown, or why not: the mention is no longer on the page
 * (the page's live region says so too), or Seedlight is not running on the page.
 */
export type RevealReply = { revealed: true } | { revealed: false; reason: 'removed' | 'off' };

/** Messages to the background, from the content script and extension pages. */
export const BackgroundRequestSchema = v.variant('type', [
  /** Open the source page of a knowledge base at a cited sentence. */
  v.object({ type: v.literal('open-source'), ...SourceRefSchema.entries }),
  /** The content script reports its mention count for the toolbar badge. */
  v.object({ type: v.literal('mention-count'), count: v.number() }),
  /** The card's "Edit in briefing…": open the options page at this entity of a reader's briefing. */
  v.object({ type: v.literal('edit-entity'), kbId: v.string(), entityId: v.string() }),
  /** The page found no usable page index: rebuild it from the briefings. Replies once stored. */
  v.object({ type: v.literal('rebuild-page-index') }),
]);

export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

/** Whether a message is a well-formed ContentRequest; anything else is refused here. */
export const isContentRequest = (value: unknown): value is ContentRequest =>
  v.is(ContentRequestSchema, value);

/** Whether a message is a well-formed BackgroundRequest; anything else is refused here. */
export const isBackgroundRequest = (value: unknown): value is BackgroundRequest =>
  v.is(BackgroundRequestSchema, value);

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

/** The text the reader selected in this frame (line breaks kept), and the page it is on. */
export interface SelectionReply {
  text: string;
  url: string;
  title: string;
}

/**
 * Requests from extension pages (popup, side panel, options) to the content script, sent with
 * `tabs.sendMessage(tabId, request, { frameId: 0 })`. Replies: `outline` -> OutlineReply (same
 * order and indexes as `mentions`), `page-html` -> PageHtmlReply, `page-info` -> PageInfoReply, `muted` -> MutedReply
 * (the muted entities this page names), `selection` -> SelectionReply (sent to the frame where
 * the reader chose "Add to Seedlight briefing").
 * Extension pages also listen for the content script's `mention-count` message: it must be sent
 * on every change of the page's mentions, so the side panel can refresh.
 */
export const PageQuerySchema = v.variant('type', [
  v.object({ type: v.literal('outline') }),
  v.object({ type: v.literal('page-html') }),
  v.object({ type: v.literal('page-info') }),
  v.object({ type: v.literal('muted') }),
  v.object({ type: v.literal('selection') }),
]);

export type PageQuery = v.InferOutput<typeof PageQuerySchema>;

/** Whether a message is a well-formed PageQuery; anything else is refused here. */
export const isPageQuery = (value: unknown): value is PageQuery => v.is(PageQuerySchema, value);

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
  selection: SelectionReply;
}

/** The reply to `request`. */
export type TabReply<R extends TabRequest> = TabReplies[R['type']];
