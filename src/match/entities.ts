import type { Entity, KnowledgeBase } from '../kb/schema';
import type { MatchEntity } from './types';

/** One entity as the matcher needs it: names, type and the ids of its related entities. */
export function toMatchEntity(entity: Entity): MatchEntity {
  const { id, name, type, aliases } = entity;
  return { id, name, type, aliases, related: entity.related.map((r) => r.id) };
}

/**
 * Flattens knowledge bases into matcher entities, in order. An id held by several knowledge
 * bases becomes one entity: the first name and type win, aliases and related ids are united
 * in first-seen order.
 */
export function toMatchEntities(kbs: readonly KnowledgeBase[]): MatchEntity[] {
  const merged = new Map<
    string,
    { entity: MatchEntity; aliases: Set<string>; related: Set<string> }
  >();
  for (const kb of kbs) {
    for (const entity of kb.entities) {
      let entry = merged.get(entity.id);
      if (entry === undefined) {
        const aliases = new Set<string>();
        const related = new Set<string>();
        entry = {
          entity: { id: entity.id, name: entity.name, type: entity.type, aliases: [], related: [] },
          aliases,
          related,
        };
        merged.set(entity.id, entry);
      }
      for (const alias of entity.aliases) entry.aliases.add(alias);
      for (const { id } of entity.related) if (id !== entity.id) entry.related.add(id);
    }
  }
  return [...merged.values()].map(({ entity, aliases, related }) => ({
    ...entity,
    aliases: [...aliases],
    related: [...related],
  }));
}
