import type { EntityType, KnowledgeBase } from '../../../src/kb/schema';

export interface ExpectedEntity {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface Score {
  precision: number;
  recall: number;
  missed: string[];
  extra: string[];
}

/**
 * Recall: expected entities found with the right type and all their aliases merged into one
 * entity. Precision: derived entities that are some expected entity (no junk, no fragments).
 */
export function scoreEntities(kb: KnowledgeBase, expected: readonly ExpectedEntity[]): Score {
  const missed: string[] = [];
  for (const want of expected) {
    const got = kb.entities.find((e) => e.name === want.name || e.aliases.includes(want.name));
    const ok =
      got !== undefined &&
      got.type === want.type &&
      want.aliases.every((a) => got.aliases.includes(a));
    if (!ok)
      missed.push(`${want.name} (${want.type})${got ? ` got ${got.name} (${got.type})` : ''}`);
  }
  const names = new Set(expected.flatMap((e) => [e.name, ...e.aliases]));
  const extra = kb.entities.filter((e) => !names.has(e.name)).map((e) => e.name);
  const found = expected.length - missed.length;
  return {
    precision:
      kb.entities.length === 0 ? 0 : (kb.entities.length - extra.length) / kb.entities.length,
    recall: expected.length === 0 ? 1 : found / expected.length,
    missed,
    extra,
  };
}
