import type { Entity, EntityType, KnowledgeBase } from './schema';

/** What one briefing says of an entity. */
export interface BriefingSection {
  readonly kbId: string;
  readonly kbTitle: string;
  readonly entity: Entity;
}

/**
 * One entity as the page sees it: the entities of several active briefings that name the same
 * thing, shown as one highlight and one card with a section per briefing. Its own fields are the
 * first briefing's, with the aliases and related entities of all of them.
 */
export interface UnifiedEntity extends Entity {
  /** The first briefing's id. */
  readonly kbId: string;
  /** One per briefing, in the order the briefings are active. */
  readonly sections: readonly BriefingSection[];
  /** Where the briefings disagree: every type or description given, when there are several. */
  readonly conflicts: {
    readonly types: readonly EntityType[];
    readonly descriptions: readonly string[];
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const key = (name: string): string => name.normalize('NFC');

interface Item {
  readonly kb: KnowledgeBase;
  readonly entity: Entity;
}

/**
 * Joins the entities of different briefings that name the same thing: the same name, or one's
 * name among the other's aliases ("Xi" in one, "Xi Jinping" with alias "Xi" in
 * another). Ids alone join nothing: two briefings' "x-2" may be anyone. Two entities of one
 * briefing are never joined: its derivation or its reader kept them apart. Pure and
 * deterministic: briefing order, then entity order.
 */
export function unifyEntities(kbs: readonly KnowledgeBase[]): UnifiedEntity[] {
  const items: Item[] = kbs.flatMap((kb) => kb.entities.map((entity) => ({ kb, entity })));
  const parent = items.map((_, i) => i);
  const members = items.map((item) => new Set([item.kb.id]));
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    const kept = members[keep] as Set<string>;
    const dropped = members[drop] as Set<string>;
    for (const id of dropped) if (kept.has(id)) return;
    for (const id of dropped) kept.add(id);
    parent[drop] = keep;
  };

  // Index names and aliases to the items that carry them, then join across briefings.
  const byName = new Map<string, number[]>();
  const byAlias = new Map<string, number[]>();
  const push = <K>(map: Map<K, number[]>, k: K, i: number): void => {
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  };
  items.forEach(({ entity }, i) => {
    push(byName, key(entity.name), i);
    for (const alias of entity.aliases) push(byAlias, key(alias), i);
  });
  items.forEach(({ entity }, i) => {
    for (const j of byName.get(key(entity.name)) ?? []) union(i, j);
    for (const j of byAlias.get(key(entity.name)) ?? []) union(i, j);
  });

  const groups = new Map<number, number[]>();
  items.forEach((_, i) => push(groups, find(i), i));
  const ordered = [...groups.values()].sort((a, b) => (a[0] as number) - (b[0] as number));

  // Ids: the first member's, made unique should two groups start with the same id.
  const unifiedId = new Map<string, string>();
  const used = new Set<string>();
  const groupIds = ordered.map((group) => {
    const first = items[group[0] as number] as Item;
    let id = first.entity.id;
    for (let n = 2; used.has(id); n++) id = `${first.entity.id}-${n}`;
    used.add(id);
    for (const i of group) {
      const { kb, entity } = items[i] as Item;
      unifiedId.set(`${kb.id}\u0000${entity.id}`, id);
    }
    return id;
  });

  return ordered.map((group, g) => {
    const parts = group.map((i) => items[i] as Item);
    const first = parts[0] as Item;
    const id = groupIds[g] as string;
    const related = new Map<string, number>();
    for (const { kb, entity } of parts) {
      for (const r of entity.related) {
        const target = unifiedId.get(`${kb.id}\u0000${r.id}`);
        if (target === undefined || target === id) continue;
        related.set(target, Math.max(related.get(target) ?? 0, r.weight));
      }
    }
    const types = [...new Set(parts.map((p) => p.entity.type))];
    const descriptions = [
      ...new Set(parts.map((p) => p.entity.description?.trim() ?? '').filter((d) => d !== '')),
    ];
    return {
      ...first.entity,
      id,
      kbId: first.kb.id,
      aliases: [...new Set(parts.flatMap((p) => p.entity.aliases))].sort(compare),
      related: [...related]
        .map(([rid, weight]) => ({ id: rid, weight }))
        .sort((a, b) => b.weight - a.weight || compare(a.id, b.id)),
      sources: [...new Set(parts.flatMap((p) => p.entity.sources))],
      sections: parts.map(({ kb, entity }) => ({ kbId: kb.id, kbTitle: kb.title, entity })),
      conflicts: {
        types: types.length > 1 ? types : [],
        descriptions: descriptions.length > 1 ? descriptions : [],
      },
    };
  });
}
