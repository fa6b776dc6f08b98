import { readFrontMatter } from './front-matter';

/** A seed's title: its front matter's `title:`, else its first non-empty line of prose, without
 * Markdown heading marks. */
export function seedTitle(text: string): string {
  const front = readFrontMatter(text);
  const body = front ? text.slice(front.end) : text;
  const line = body.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const title = (front?.title ?? line.replace(/^\s*#+\s*/, '')).trim();
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}
