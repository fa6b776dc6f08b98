import type { EntityType, TypeCue } from '../kb/schema';

export type TypeVotes = Record<EntityType, number>;

/** One piece of evidence for a mention's type: which cue, how strongly, and the words behind it. */
export interface TypeReason {
  readonly type: EntityType;
  readonly weight: number;
  readonly cue: TypeCue;
  /** The words of the text that gave the cue ("the Russian state nuclear corporation"). */
  readonly quote?: string;
}

/** The votes a list of reasons adds up to. */
export function votesOf(reasons: readonly TypeReason[]): TypeVotes {
  const votes = noVotes();
  for (const r of reasons) votes[r.type] += r.weight;
  return votes;
}

/** A role phrase for an entity, ranked by how much a reader learns from it. */
export interface DescriptionCandidate {
  readonly text: string;
  readonly rank: number;
}

/** One cleaned-up mention of a would-be entity in the seed. */
export interface Mention {
  /** The name as written, without title, article or possessive; whitespace collapsed. */
  readonly surface: string;
  readonly words: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly votes: TypeVotes;
  readonly reasons: readonly TypeReason[];
  /** Read in a title, heading, caption or list line rather than in running prose. */
  readonly structural: boolean;
  /** Opens a sentence or quotation, where a capital says nothing about a name. */
  readonly opening: boolean;
  readonly descriptions: readonly DescriptionCandidate[];
  readonly parenAcronym: string | null;
}

export function noVotes(): TypeVotes {
  return { person: 0, place: 0, organization: 0, other: 0 };
}

export function addVotes(into: TypeVotes, from: TypeVotes): TypeVotes {
  into.person += from.person;
  into.place += from.place;
  into.organization += from.organization;
  into.other += from.other;
  return into;
}

/** The type with the most votes; ties go to the first in this order, and no votes means other. */
export function typeFromVotes(votes: TypeVotes): EntityType {
  const order: EntityType[] = ['person', 'place', 'organization', 'other'];
  let best: EntityType = 'other';
  let bestScore = 0;
  for (const type of order) {
    if (votes[type] > bestScore) {
      best = type;
      bestScore = votes[type];
    }
  }
  return best;
}
