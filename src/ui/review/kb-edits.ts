import type { Entity, EntityType, KnowledgeBase } from '../../kb/schema';

/** The reader's review edits on a derived knowledge base. Pure: each returns a new knowledge base. */

function mapEntity(kb: KnowledgeBase, id: string, change: (e: Entity) => Entity): KnowledgeBase {
  return { ...kb, entities: kb.entities.map((e) => (e.id === id ? change(e) : e)) };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Renames an entity; the new name is also matched, and the old names still are. */
export function renameEntity(kb: KnowledgeBase, id: string, name: string): KnowledgeBase {
  const trimmed = name.trim();
  if (trimmed === '') return kb;
  return mapEntity(kb, id, (e) => ({
    ...e,
    name: trimmed,
    aliases: unique([...e.aliases, trimmed]),
  }));
}

export function retypeEntity(kb: KnowledgeBase, id: string, type: EntityType): KnowledgeBase {
  return mapEntity(kb, id, (e) => ({ ...e, type }));
}

/** Sets the description; an empty one removes it. */
export function describeEntity(kb: KnowledgeBase, id: string, description: string): KnowledgeBase {
  const trimmed = description.trim();
  return mapEntity(kb, id, (e) => {
    const next: Entity = { ...e, description: trimmed };
    if (trimmed === '') delete next.description;
    return next;
  });
}

/** Removes an entity and every relation to it. */
export function removeEntity(kb: KnowledgeBase, id: string): KnowledgeBase {
  return {
    ...kb,
    entities: kb.entities
      .filter((e) => e.id !== id)
      .map((e) => ({ ...e, related: e.related.filter((r) => r.id !== id) })),
  };
}

/**
 * Merges `fromId` into `intoId`: names, sentences, relations and sources are joined under the
 * kept entity, and relations to the merged one point to the kept one.
 */
export function mergeEntities(kb: KnowledgeBase, fromId: string, intoId: string): KnowledgeBase {
  const from = kb.entities.find((e) => e.id === fromId);
  const into = kb.entities.find((e) => e.id === intoId);
  if (!from || !into || fromId === intoId) return kb;

  const sentences = [...into.sentences];
  for (const s of from.sentences) {
    if (!sentences.some((t) => t.source === s.source && t.start === s.start && t.end === s.end)) {
      sentences.push(s);
    }
  }
  sentences.sort((a, b) =>
    a.source === b.source ? a.start - b.start : a.source < b.source ? -1 : 1,
  );

  const merged: Entity = {
    ...into,
    aliases: unique([...into.aliases, from.name, ...from.aliases]),
    description: into.description ?? from.description,
    sentences,
    sources: unique([...into.sources, ...from.sources]),
    related: [],
  };
  if (merged.description === undefined) delete merged.description;

  const redirect = (related: Entity['related'], self: string): Entity['related'] => {
    const weights = new Map<string, number>();
    for (const r of related) {
      const id = r.id === fromId ? intoId : r.id;
      if (id === self) continue;
      weights.set(id, Math.max(weights.get(id) ?? 0, r.weight));
    }
    return [...weights]
      .map(([id, weight]) => ({ id, weight }))
      .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  };
  merged.related = redirect([...into.related, ...from.related], intoId);

  return {
    ...kb,
    entities: kb.entities
      .filter((e) => e.id !== fromId)
      .map((e) => (e.id === intoId ? merged : { ...e, related: redirect(e.related, e.id) })),
  };
}
