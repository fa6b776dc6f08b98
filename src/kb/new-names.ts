import type { Entity, EntityType, KnowledgeBase, SeedSentence } from './schema';

/** A name the page's article mentions that no active briefing knows. */
export interface NewName {
  entityId: string;
  name: string;
  type: EntityType;
  /** How many times the article names it. */
  mentions: number;
  /** The article's first sentence about it: its context when it is added. */
  sentence: SeedSentence | undefined;
}

/** At most this many new names are offered: the rest are the article's minor mentions. */
export const MAX_NEW_NAMES = 25;

/** Where an article's lead ends: a name met before it is one the article is about. */
export const LEAD_CHARS = 600;

/** Doubts that say a name is page furniture or a common word, not a name worth a briefing. */
const NOT_A_NAME = new Set(['common-word', 'structure-only']);

const key = (name: string): string => name.normalize('NFC').toLocaleLowerCase('en');

/** Every name and alias the briefings know, as the page would spell it in any case. */
export function knownNames(kbs: readonly KnowledgeBase[]): Set<string> {
  const known = new Set<string>();
  for (const kb of kbs) {
    for (const entity of kb.entities) {
      known.add(key(entity.name));
      for (const alias of entity.aliases) known.add(key(alias));
    }
  }
  return known;
}

const firstAt = (entity: Entity): number =>
  entity.sentences.reduce((min, s) => Math.min(min, s.start), Number.POSITIVE_INFINITY);

/**
 * The names derived from a page's article that none of `known` holds (by name or alias), most
 * prominent first: how often the article names it, one more for a name in its lead, then
 * the earliest.
 */
export function newNamesOnPage(derived: KnowledgeBase, known: ReadonlySet<string>): NewName[] {
  const fresh = derived.entities.filter(
    (entity) =>
      !(entity.evidence?.doubts ?? []).some((doubt) => NOT_A_NAME.has(doubt)) &&
      ![entity.name, ...entity.aliases].some((name) => known.has(key(name))),
  );
  const mentions = (e: Entity) => e.evidence?.mentions ?? e.sentences.length;
  const score = (e: Entity) => mentions(e) + (firstAt(e) < LEAD_CHARS ? 1 : 0);
  return fresh
    .sort((a, b) => score(b) - score(a) || firstAt(a) - firstAt(b))
    .slice(0, MAX_NEW_NAMES)
    .map((entity) => ({
      entityId: entity.id,
      name: entity.name,
      type: entity.type,
      mentions: mentions(entity),
      sentence: [...entity.sentences].sort((a, b) => a.start - b.start)[0],
    }));
}
