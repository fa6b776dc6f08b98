import type { PageMention } from '../annotate/types';
import { blockAround } from '../popover/page-text';
import type { OutlineItem, PageHtmlReply, PageInfoReply, SelectionReply } from '../protocol';

/** How much text around a mention the side panel shows. */
export const CONTEXT_CHARS = 60;

/** A mention with up to CONTEXT_CHARS characters of its block's text on either side. */
export function outlineItem(mention: PageMention): OutlineItem {
  const { range } = mention;
  const doc = range.startContainer.ownerDocument;
  const block = blockAround(range);
  let before = '';
  let after = '';
  if (doc && block) {
    const head = doc.createRange();
    head.setStart(block, 0);
    head.setEnd(range.startContainer, range.startOffset);
    const tail = doc.createRange();
    tail.setStart(range.endContainer, range.endOffset);
    tail.setEnd(block, block.childNodes.length);
    before = squeeze(head.toString()).slice(-CONTEXT_CHARS).trimStart();
    after = squeeze(tail.toString()).slice(0, CONTEXT_CHARS).trimEnd();
  }
  return {
    entityId: mention.entityId,
    name: mention.name,
    text: mention.text,
    type: mention.type,
    before,
    after,
  };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function pageInfo(doc: Document, count: number): PageInfoReply {
  return { url: doc.location?.href ?? '', title: doc.title, count };
}

export function pageHtml(doc: Document): PageHtmlReply {
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    html: doc.documentElement.outerHTML,
  };
}

/**
 * The reader's selection in this document, as the page shows it: `Selection.toString()` keeps
 * the line breaks between paragraphs, which the context menu's `selectionText` folds away.
 */
export function pageSelection(doc: Document): SelectionReply {
  return {
    text: doc.getSelection()?.toString() ?? '',
    url: doc.location?.href ?? '',
    title: doc.title,
  };
}
