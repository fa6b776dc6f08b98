import type { Entity, EntityType, SeedSentence } from '../kb/schema';

/** Related entities shown on a card, strongest first. */
export const MAX_CARD_RELATED = 8;
/** How many seed sentences show before the "n more" button. */
export const SHOWN_SENTENCES = 2;

/** An entity as the card shows it: one briefing's, or several briefings' joined (see kb/unify). */
export type CardEntity = Entity & {
  kbId: string;
  /** One per briefing that knows it, when joined from several. */
  sections?: readonly { kbId: string; kbTitle: string; entity: Entity }[];
  conflicts?: { types: readonly EntityType[] };
};

/** What one briefing says of the entity, when several active briefings know it. */
export interface CardSection {
  kbId: string;
  title: string;
  description: string;
  /** The sentences shown, already cut to `SHOWN_SENTENCES` unless all are asked for. */
  sentences: readonly SeedSentence[];
}

/** Everything the card shows, already looked up and cut to what is on screen. */
export interface CardModel {
  name: string;
  type: EntityType;
  description: string;
  /** The names marked in the sentences. */
  aliases: readonly string[];
  /** The sentences shown when one briefing knows the entity; empty when `sections` are shown. */
  sentences: readonly SeedSentence[];
  /** One per briefing when two or more active briefings know the entity; else empty. */
  sections: readonly CardSection[];
  /** The "n more" / "fewer" toggle: how many sentences the short card hides; null when none are. */
  more: { hidden: number; expanded: boolean } | null;
  /** The sentence "Open in source" opens (the entity's first), if it has one. */
  source: SeedSentence | undefined;
  related: readonly { id: string; name: string }[];
  /** 1-based position of this mention among the entity's mentions on the page. */
  index: number;
  total: number;
  status: string;
  /** The entity is in one of the reader's own briefings (not a bundled one), so it can be edited there. */
  editable: boolean;
  /** The types the briefings give it, when they disagree; else empty. */
  conflictingTypes: readonly EntityType[];
  /** The reader can stop this entity being highlighted ("Don't highlight this"). */
  mutable: boolean;
  /** How this page itself introduces the entity ("the coordinator for…"); empty when it does not. */
  introduction: string;
  /** The Focus button: whether focus mode is on for this entity; null when there is no focus mode. */
  focus: { active: boolean } | null;
}

export interface CardModelInput {
  /** The mention on the page, used where the knowledge base has no entity for it. */
  mention: { name: string; type: EntityType; text: string };
  entity: CardEntity | undefined;
  /** Where the mention stands among its entity's mentions on the page: 0-based (-1: not among them), of `count`. */
  place: { index: number; count: number };
  /** Knowledge-base lookup, for the names of related entities. */
  lookup(entityId: string): { id: string; name: string } | undefined;
  allSentences: boolean;
  status: string;
  /** Whether this briefing's entities can be edited (the glue can open the editor and it is the reader's). */
  canEdit(kbId: string): boolean;
  /** Whether the glue can mute entities. */
  canMute: boolean;
  /** How the page introduces the entity, read when the card opened; empty when it does not. */
  introduction?: string;
  /** Focus mode: whether it is on for this entity; absent when there is none. */
  focus?: { active: boolean };
}

const shownOf = (sentences: readonly SeedSentence[], all: boolean): readonly SeedSentence[] =>
  all ? sentences : sentences.slice(0, SHOWN_SENTENCES);

const hiddenOf = (sentences: readonly SeedSentence[]): number =>
  Math.max(0, sentences.length - SHOWN_SENTENCES);

/** The card for one mention: which sections and sentences show, which related names, its place. */
export function buildCardModel(input: CardModelInput): CardModel {
  const { mention, entity, place, allSentences } = input;
  const joined = entity?.sections && entity.sections.length > 1 ? entity.sections : [];
  const sentences = entity?.sentences ?? [];
  const hidden =
    joined.length > 0
      ? joined.map((s) => hiddenOf(s.entity.sentences)).reduce((a, b) => a + b, 0)
      : hiddenOf(sentences);
  // Once expanded, the joined card keeps its toggle so the sentences can be hidden again.
  const hasToggle = hidden > 0 || (joined.length > 0 && allSentences);
  return {
    name: entity?.name ?? mention.name,
    type: entity?.type ?? mention.type,
    description: entity?.description?.trim() ?? '',
    aliases: entity ? [...entity.aliases, entity.name, mention.text] : [mention.name, mention.text],
    sentences: joined.length > 0 ? [] : shownOf(sentences, allSentences),
    sections: joined.map((s) => ({
      kbId: s.kbId,
      title: s.kbTitle,
      description: s.entity.description?.trim() ?? '',
      sentences: shownOf(s.entity.sentences, allSentences),
    })),
    more: hasToggle ? { hidden, expanded: allSentences } : null,
    source: sentences[0],
    related: relatedOf(entity, input.lookup),
    index: place.index >= 0 ? place.index + 1 : 1,
    total: Math.max(place.count, 1),
    status: input.status,
    editable: !!entity && input.canEdit(entity.kbId),
    conflictingTypes: entity?.conflicts?.types ?? [],
    mutable: !!entity && input.canMute,
    introduction: input.introduction?.trim() ?? '',
    focus: input.focus ?? null,
  };
}

/** The related entities the knowledge base knows, strongest first, at most `MAX_CARD_RELATED`. */
function relatedOf(
  entity: CardEntity | undefined,
  lookup: CardModelInput['lookup'],
): { id: string; name: string }[] {
  return (entity?.related ?? [])
    .slice()
    .sort((a, b) => b.weight - a.weight)
    .flatMap((r) => {
      const other = lookup(r.id);
      return other ? [{ id: other.id, name: other.name }] : [];
    })
    .slice(0, MAX_CARD_RELATED);
}

/** What muting the entity stops highlighting: every briefing's entity that it joins. */
export function muteTargets(
  entity: CardEntity,
): { kbId: string; entityId: string; name: string }[] {
  const parts = entity.sections ?? [{ kbId: entity.kbId, entity }];
  return parts.map((p) => ({ kbId: p.kbId, entityId: p.entity.id, name: p.entity.name }));
}
