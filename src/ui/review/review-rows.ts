import type { Doubt, EntityType, KnowledgeBase } from '../../kb/schema';

/** One row of the review table. */
export interface ReviewRow {
  id: string;
  name: string;
  type: EntityType;
  aliases: readonly string[];
  description: string;
  /** Derivation's count of mentions, or the review's own count when the entity has none. */
  mentions: number;
  doubts: readonly Doubt[];
}

export const SORT_KEYS = ['salience', 'name', 'type'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface RowQuery {
  sort: SortKey;
  /** Matched, case- and accent-insensitively, against name, aliases and description. */
  filter: string;
  type: EntityType | 'all';
  flaggedOnly: boolean;
}

export const DEFAULT_QUERY: RowQuery = {
  sort: 'salience',
  filter: '',
  type: 'all',
  flaggedOnly: false,
};

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every entity as a row, in the knowledge base's order. */
export function toRows(kb: KnowledgeBase, counted: ReadonlyMap<string, number>): ReviewRow[] {
  return kb.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    description: e.description ?? '',
    mentions: e.evidence?.mentions ?? counted.get(e.id) ?? 0,
    doubts: e.evidence?.doubts ?? [],
  }));
}

const COMPARE: Record<SortKey, (a: ReviewRow, b: ReviewRow) => number> = {
  salience: (a, b) => b.mentions - a.mentions || collator.compare(a.name, b.name),
  name: (a, b) => collator.compare(a.name, b.name),
  type: (a, b) =>
    collator.compare(a.type, b.type) || b.mentions - a.mentions || collator.compare(a.name, b.name),
};

/** The rows a query shows, in its order; ties keep a stable order by name. */
export function queryRows(rows: readonly ReviewRow[], query: RowQuery): ReviewRow[] {
  const needle = fold(query.filter.trim());
  return rows
    .filter((r) => query.type === 'all' || r.type === query.type)
    .filter((r) => !query.flaggedOnly || r.doubts.length > 0)
    .filter(
      (r) =>
        needle === '' ||
        [r.name, ...r.aliases, r.description].some((text) => fold(text).includes(needle)),
    )
    .sort(COMPARE[query.sort]);
}
