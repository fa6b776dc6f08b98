import type { Entity, EntityType, KnowledgeBase } from '../../kb/schema';
import { mergeEntities, removeEntity } from './kb-edits';

/**
 * The review table's actions on several entities at once. Pure: each returns a new knowledge
 * base, or the same one when there is nothing to do (so the undo stack records nothing).
 */

export const isFlagged = (entity: Entity): boolean => (entity.evidence?.doubts.length ?? 0) > 0;

export function flaggedIds(kb: KnowledgeBase): string[] {
  return kb.entities.filter(isFlagged).map((e) => e.id);
}

export function removeEntities(kb: KnowledgeBase, ids: readonly string[]): KnowledgeBase {
  const present = ids.filter((id) => kb.entities.some((e) => e.id === id));
  return present.reduce(removeEntity, kb);
}

function mapSome(
  kb: KnowledgeBase,
  ids: readonly string[],
  change: (e: Entity) => Entity,
): KnowledgeBase {
  const chosen = new Set(ids);
  let changed = false;
  const entities = kb.entities.map((e) => {
    if (!chosen.has(e.id)) return e;
    const next = change(e);
    if (next !== e) changed = true;
    return next;
  });
  return changed ? { ...kb, entities } : kb;
}

/**
 * Sets the type of several entities. The reader's choice is evidence: the type cue becomes
 * "corrected" and a "type-guessed" doubt goes.
 */
export function retypeEntities(
  kb: KnowledgeBase,
  ids: readonly string[],
  type: EntityType,
): KnowledgeBase {
  return mapSome(kb, ids, (e) => {
    if (e.type === type) return e;
    const next: Entity = { ...e, type };
    if (e.evidence) {
      next.evidence = {
        ...e.evidence,
        typeCue: 'corrected',
        doubts: e.evidence.doubts.filter((d) => d !== 'type-guessed'),
      };
    }
    return next;
  });
}

/** Keeps doubted entities: their doubts are cleared, so pages highlight them. */
export function keepEntities(kb: KnowledgeBase, ids: readonly string[]): KnowledgeBase {
  return mapSome(kb, ids, (e) =>
    e.evidence && e.evidence.doubts.length > 0
      ? { ...e, evidence: { ...e.evidence, doubts: [] } }
      : e,
  );
}

/**
 * Merges several entities into `intoId`. The kept entity's mentions add up, and its doubts go:
 * the reader has looked at it and said what it is.
 */
export function mergeInto(
  kb: KnowledgeBase,
  ids: readonly string[],
  intoId: string,
): KnowledgeBase {
  const into = kb.entities.find((e) => e.id === intoId);
  const others = kb.entities.filter((e) => e.id !== intoId && ids.includes(e.id));
  if (!into || others.length === 0) return kb;
  const merged = others.reduce((acc, e) => mergeEntities(acc, e.id, intoId), kb);
  if (!into.evidence) return merged;
  const mentions = [into, ...others].reduce((sum, e) => sum + (e.evidence?.mentions ?? 0), 0);
  const evidence = { ...into.evidence, mentions, doubts: [] };
  return {
    ...merged,
    entities: merged.entities.map((e) => (e.id === intoId ? { ...e, evidence } : e)),
  };
}

/**
 * Sets an entity's aliases from what the reader typed. The name always stays an alias (the
 * matcher finds an entity by its aliases), and an empty list keeps the name alone.
 */
export function setAliases(
  kb: KnowledgeBase,
  id: string,
  aliases: readonly string[],
): KnowledgeBase {
  return mapSome(kb, [id], (e) => {
    const next = [...new Set([e.name, ...aliases.map((a) => a.trim()).filter((a) => a !== '')])];
    return next.length === e.aliases.length && next.every((a, i) => a === e.aliases[i])
      ? e
      : { ...e, aliases: next };
  });
}

/** Splits the aliases field: semicolons separate aliases, since a name may hold a comma. */
export function parseAliases(text: string): string[] {
  return text
    .split(';')
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

export const formatAliases = (aliases: readonly string[]): string => aliases.join('; ');
