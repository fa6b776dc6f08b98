/** A YAML front matter block at the top of a text (Markdown, Jekyll, Hugo, scraped transcripts). */
export interface FrontMatter {
  /** Offset just past the closing `---` line: where the document's body starts. */
  readonly end: number;
  /** Its `title:` field, unquoted and unfolded, or null. */
  readonly title: string | null;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Reads the front matter block that opens a text ("---", YAML lines, "---"), or null when there is
 * none. Its lines are metadata (dates, addresses, tags), not prose to find names in.
 */
export function readFrontMatter(text: string): FrontMatter | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return null;
  const body = rest.slice(0, closing.index);
  // Every line of a real block is a key, a continuation (indented) or a list item.
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!lines.every((l) => /^[\w-]+:(?:\s|$)|^\s+\S|^-\s/.test(l))) return null;
  return {
    end: opening[0].length + closing.index + closing[0].length,
    title: titleField(body),
  };
}

function titleField(body: string): string | null {
  const match = /^title:[ \t]*(.*(?:\r?\n[ \t]+.*)*)/m.exec(body);
  if (!match?.[1]) return null;
  let value = match[1].trim();
  const quote = value[0];
  if (quote === '"') {
    value = value
      .slice(1, value.endsWith('"') ? -1 : undefined)
      .replace(/\\\r?\n\s*/g, '')
      .replace(/\\ /g, ' ')
      .replace(/\r?\n\s*/g, ' ')
      .replace(/\\_/g, ' ')
      .replace(/\\"/g, '"')
      .replace(/\\\\/g, '\\');
  } else if (quote === "'") {
    value = value
      .slice(1, value.endsWith("'") ? -1 : undefined)
      .replace(/\r?\n\s*/g, ' ')
      .replace(/''/g, "'");
  } else {
    value = value.replace(/\r?\n\s*/g, ' ');
  }
  value = value.replace(/\s+/g, ' ').trim();
  return value === '' ? null : value;
}
