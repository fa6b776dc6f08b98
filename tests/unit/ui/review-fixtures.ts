import type { Doubt, EntityType, KnowledgeBase } from '../../../src/kb/schema';
import { makeKb } from '../settings/fixtures';

/** A derived-looking knowledge base: every entity has evidence with these mentions and doubts. */
export function derivedKb(
  entities: readonly {
    id: string;
    name: string;
    type?: EntityType;
    mentions?: number;
    doubts?: Doubt[];
    aliases?: string[];
  }[],
): KnowledgeBase {
  const kb = makeKb('notes', entities);
  return {
    ...kb,
    entities: kb.entities.map((e, i) => ({
      ...e,
      evidence: {
        confidence: 0.5,
        mentions: entities[i]?.mentions ?? 1,
        typeCue: 'none',
        doubts: entities[i]?.doubts ?? [],
      },
    })),
  };
}
