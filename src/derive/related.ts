import type { Entity } from '../kb/schema';

/** How many related entities each entity lists, strongest first. */
export const MAX_RELATED = 10;

/**
 * Ranks, for each entity, the entities mentioned in the same seed sentences: weight is the
 * number of shared sentences; ties go by id so the output is stable.
 */
export function relateEntities(entities: readonly Entity[]): Entity[] {
  const bySentence = new Map<string, string[]>();
  for (const entity of entities) {
    for (const s of entity.sentences) {
      const key = `${s.source}\u0000${s.start}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), entity.id]);
    }
  }
  return entities.map((entity) => {
    const weights = new Map<string, number>();
    for (const s of entity.sentences) {
      for (const other of bySentence.get(`${s.source}\u0000${s.start}`) ?? []) {
        if (other !== entity.id) weights.set(other, (weights.get(other) ?? 0) + 1);
      }
    }
    const related = [...weights]
      .map(([id, weight]) => ({ id, weight }))
      .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, MAX_RELATED);
    return { ...entity, related };
  });
}
