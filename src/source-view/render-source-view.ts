import type { KnowledgeBase, SourcePage } from '../kb/schema';
import { defaultSourceViewMessages, type SourceViewMessages } from './source-view-strings';
import { splitParagraphs } from './paragraphs';
import { parseSourceRef } from './source-ref';

export interface SourceViewOptions {
  /** The element the page renders into; its children are replaced. */
  root: HTMLElement;
  /** The page's query string: `?kb=<kbId>&source=<sourceId>&start=N&end=N`. */
  search: string;
  knowledgeBases(): readonly KnowledgeBase[] | Promise<readonly KnowledgeBase[]>;
  messages?: Partial<SourceViewMessages>;
}

export type SourceViewResult = { ok: true; cited: HTMLElement } | { ok: false; error: string };

/**
 * Shows a source of a briefing in paragraphs, with the cited passage marked, scrolled into view
 * and focused; or says plainly why it cannot. Text only: sources may hold markup.
 */
export async function renderSourceView(options: SourceViewOptions): Promise<SourceViewResult> {
  const { root } = options;
  const doc = root.ownerDocument;
  const messages: SourceViewMessages = { ...defaultSourceViewMessages, ...options.messages };

  const fail = (error: string): SourceViewResult => {
    const message = doc.createElement('p');
    message.setAttribute('role', 'alert');
    message.setAttribute('data-part', 'error');
    message.textContent = error;
    root.replaceChildren(message);
    return { ok: false, error };
  };

  const ref = parseSourceRef(options.search);
  if (!ref) return fail(messages.missingRef);

  let knowledgeBases: readonly KnowledgeBase[];
  try {
    knowledgeBases = await options.knowledgeBases();
  } catch (error) {
    return fail(messages.loadFailed(error instanceof Error ? error.message : String(error)));
  }
  const kb = knowledgeBases.find((k) => k.id === ref.kbId);
  if (!kb) return fail(messages.kbNotFound(ref.kbId));
  const source = kb.sources.find((s) => s.id === ref.source);
  if (!source) return fail(messages.sourceNotFound(ref.source));
  if (ref.start >= ref.end || ref.end > source.text.length) {
    return fail(messages.outOfRange(ref.start, ref.end, source.text.length));
  }

  const title = source.title.trim() || kb.title;
  doc.title = messages.pageTitle(title);

  const header = doc.createElement('header');
  if (kb.title && kb.title !== title) {
    const kbTitle = doc.createElement('p');
    kbTitle.setAttribute('data-part', 'kb-title');
    kbTitle.textContent = kb.title;
    header.append(kbTitle);
  }
  const heading = doc.createElement('h1');
  heading.setAttribute('data-part', 'title');
  heading.textContent = title;
  header.append(heading);
  if (source.page) header.append(pageLine(doc, source.page, messages));

  const article = doc.createElement('article');
  const marks: HTMLElement[] = [];
  const paragraphs = splitParagraphs(source.text, ref.start, ref.end);
  paragraphs.forEach((paragraph, i) => {
    const only = paragraph.pieces[0];
    // The seed's first line is usually its title, already shown as the heading.
    if (i === 0 && paragraph.pieces.length === 1 && only?.text.trim() === title) return;
    const p = doc.createElement('p');
    p.setAttribute('data-part', 'paragraph');
    for (const piece of paragraph.pieces) {
      if (piece.marked) {
        const mark = doc.createElement('mark');
        mark.setAttribute('data-part', 'cited');
        mark.textContent = piece.text;
        marks.push(mark);
        p.append(mark);
      } else {
        p.append(doc.createTextNode(piece.text));
      }
    }
    article.append(p);
  });

  root.replaceChildren(header, article);

  const cited = marks[0];
  if (!cited) return fail(messages.outOfRange(ref.start, ref.end, source.text.length));
  cited.tabIndex = -1;
  cited.id = 'cited';
  // The page has just opened: jump, do not animate.
  cited.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'auto' });
  cited.focus({ preventScroll: true });
  return { ok: true, cited };
}

/** "Taken from <address> on <date>.", the address a link the reader can follow (never fetched). */
function pageLine(doc: Document, page: SourcePage, messages: SourceViewMessages): HTMLElement {
  const line = doc.createElement('p');
  line.setAttribute('data-part', 'from-page');
  // A private-use character marks where the link goes (Chromium's i18n drops a NUL).
  const MARK = '\ue000';
  const [before = '', after = ''] = messages.fromPage(MARK, messages.date(page.readAt)).split(MARK);
  const link = doc.createElement('a');
  link.textContent = page.url;
  // Only a web address becomes a link: a stored `javascript:` URL must not run on a click.
  if (/^https?:\/\//i.test(page.url)) {
    link.href = page.url;
    link.rel = 'noreferrer noopener';
  }
  line.append(before, link, after);
  return line;
}
