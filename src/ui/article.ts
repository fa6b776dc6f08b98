import { Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  title: string;
  text: string;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

/**
 * Share of a block's characters inside links above which the block is navigation (a menu
 * item, a "related stories" teaser, a breadcrumb), not the article's prose: the link-density
 * test of Boilerpipe and jusText. Prose links a few words of a sentence, far below this.
 */
const LINK_DENSITY_LIMIT = 0.8;

/**
 * Lines news sites put around and inside an article that say nothing about its story:
 * advertising markers, cookie and account notices, newsletter and app pitches, copyright lines.
 * Each is tested only on a block of at most `BOILERPLATE_MAX_WORDS` words, so prose that
 * happens to use the words stays.
 */
const BOILERPLATE = [
  /^advertisement$/i,
  /\bcontinues? (?:below|after) (?:the |this )?advertisement\b/i,
  /\b(?:website|site|we|page) uses? cookies\b/i,
  /\bcookie (?:policy|settings|preferences)\b/i,
  /\b(?:sign|signing) (?:up|in)\b.*\b(?:newsletter|account|inbox)\b/i,
  /\bsubscribe\b.*\b(?:newsletter|today|now)\b/i,
  /\b(?:registering|register) for free\b/i,
  /\bcreate an account\b/i,
  /\b(?:will soon be )?in your inbox\b/i,
  /^(?:click|tap) here\b/i,
  /^(?:©|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^(?:share|share this|author of the article):?$/i,
];
const BOILERPLATE_MAX_WORDS = 50;

/** A repeated paragraph of at least this many words is a template's, kept once. */
const REPEAT_MIN_WORDS = 4;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Share of the block's visible characters (spaces aside) that are link text. */
function linkDensity(block: Element, text: string): number {
  const chars = (s: string) => s.replace(/\s+/g, '').length;
  const linked = [...block.querySelectorAll('a')].reduce(
    (n, a) => n + chars(a.textContent ?? ''),
    0,
  );
  return linked / Math.max(1, chars(text));
}

function isBoilerplate(text: string): boolean {
  if (text.split(' ').length > BOILERPLATE_MAX_WORDS) return false;
  return BOILERPLATE.some((pattern) => pattern.test(text));
}

/**
 * The article's paragraphs, one per leaf block, without navigation (link-dense blocks),
 * boilerplate lines and second copies of a repeated paragraph.
 */
function articleParagraphs(blocks: readonly Element[]): string[] {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const text = collapse(block.textContent ?? '');
    if (text === '' || isBoilerplate(text)) continue;
    if (linkDensity(block, text) >= LINK_DENSITY_LIMIT) continue;
    if (text.split(' ').length >= REPEAT_MIN_WORDS) {
      if (seen.has(text)) continue;
      seen.add(text);
    }
    paragraphs.push(text);
  }
  return paragraphs;
}

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
  const text = articleParagraphs(blocks.length > 0 ? blocks : [body]).join('\n\n');
  if (text === '') return null;
  return { title: (article.title ?? '').trim() || doc.title.trim(), text };
}
