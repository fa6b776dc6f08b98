import { Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  title: string;
  text: string;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

/**
 * The main article of a page's HTML, as plain text with one paragraph a line, or null when
 * Readability finds none. Runs in an extension page, on a parsed copy: the page is not touched.
 */
export function extractArticle(
  html: string,
  url: string,
  parser: DOMParser,
): ExtractedArticle | null {
  const doc = parser.parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  const article = new Readability(doc).parse();
  if (!article?.content) return null;
  const body = parser.parseFromString(article.content, 'text/html').body;
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((b) => !b.querySelector(BLOCKS));
  const paragraphs = (blocks.length > 0 ? blocks : [body])
    .map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  const text = paragraphs.join('\n\n');
  if (text === '') return null;
  return { title: (article.title ?? '').trim() || doc.title.trim(), text };
}
