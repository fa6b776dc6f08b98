/** A seed's title: its first non-empty line, without Markdown heading marks. */
export function seedTitle(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const title = line.replace(/^\s*#+\s*/, '').trim();
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}
