/** One entry of a `_locales/<lang>/messages.json` file, in Chrome's format. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Readonly<Record<string, { content: string; example?: string }>>;
}

/**
 * A message with its substitutions applied the way `i18n.getMessage` does: `$NAME$` becomes its
 * placeholder's content (names ignore case), then `$1`…`$9` become substitutions (missing ones
 * become empty) and `$$` becomes `$`.
 */
export function formatMessage(entry: LocaleMessage, substitutions: readonly string[]): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const expanded = entry.message.replace(
    /\$\$|\$([A-Za-z0-9_@]+)\$/g,
    (match, name: string | undefined) =>
      name === undefined ? match : (placeholders.get(name.toLowerCase()) ?? match),
  );
  return expanded.replace(/\$\$|\$([1-9])/g, (match, digit: string | undefined) =>
    digit === undefined ? '$' : (substitutions[Number(digit) - 1] ?? ''),
  );
}
