/** Where each alias occurs as a whole word: start offset and the alias's owner. */
export interface AliasHit {
  readonly start: number;
  readonly end: number;
  readonly owner: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds every whole-word, case-sensitive occurrence of the aliases in one pass (a single
 * alternation, longest alias first, so "Xi Jinping" wins over "Xi"). Spaces in an alias match any
 * run of white space, as seed text wraps lines.
 */
export function findAliases(text: string, aliases: ReadonlyMap<string, number>): AliasHit[] {
  const sorted = [...aliases.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (sorted.length === 0) return [];
  const owners = new Map<string, number>();
  for (const [alias, owner] of aliases) owners.set(alias.replace(/\s+/g, ' '), owner);
  const pattern = sorted.map((a) => escape(a).replace(/\s+/g, '\\s+')).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${pattern})(?![\\p{L}\\p{N}_])`, 'gu');
  const hits: AliasHit[] = [];
  for (const match of text.matchAll(regex)) {
    const owner = owners.get(match[0].replace(/\s+/g, ' '));
    if (owner !== undefined) {
      hits.push({ start: match.index, end: match.index + match[0].length, owner });
    }
  }
  return hits;
}
