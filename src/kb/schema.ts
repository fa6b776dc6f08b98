import * as v from 'valibot';
import type { ProblemCode } from './problem';

// Each check's message is a problem code (src/kb/problem.ts); the UI says it in words.

/** The knowledge-base format version this build writes; older versions are migrated on read
 * (`migrateKnowledgeBase`). */
export const KB_VERSION = 2;

export const ENTITY_TYPES = ['person', 'place', 'organization', 'other'] as const;

// Checks, never transforms: a quote must stay byte for byte what its offsets cite.
const nonEmpty = v.pipe(
  v.string(),
  v.check((s) => s.trim() !== '', 'empty-string' satisfies ProblemCode),
);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A sentence of a seed, cited by character offsets into that seed's text. */
export const SeedSentenceSchema = v.pipe(
  v.object({
    source: nonEmpty,
    start: offset,
    end: offset,
    text: nonEmpty,
  }),
  v.check((s) => s.end > s.start, 'sentence-order' satisfies ProblemCode),
);

/** Why derivation believes an entity has the type it gave it. */
export const TYPE_CUES = [
  /** An appositive or "is a …" clause names what it is ("Rosatom, the state nuclear corporation"). */
  'description',
  /** An organisational suffix or head word ("Inc", "Party", "Ministry", "FC"). */
  'name-form',
  /** A title, "said", a given name or pronoun agreement. */
  'person-cue',
  /** "in", "at", "from" before it, or a place in compromise's lexicon. */
  'place-cue',
  /** compromise's own tag for the name. */
  'lexicon',
  /** An acronym of, or the expansion of, a typed name. */
  'acronym',
  /** Listed with names of one type ("at Basel, Heidelberg and Strasbourg"). */
  'coordination',
  /** Set by a corrections file or by the reader. */
  'corrected',
  /** No evidence: the default. */
  'none',
] as const;

/** What makes an entity doubtful; the review step flags an entity that has any. */
export const DOUBTS = [
  /** Mentioned once in the whole text, with little evidence for its type. */
  'seen-once',
  /** Mentioned only in a title, heading, caption or list line. */
  'structure-only',
  /** A single common English word ("Story", "Browse"). */
  'common-word',
  /** Its type was guessed with no evidence. */
  'type-guessed',
  /** A short name two entities of the text could claim. */
  'ambiguous',
] as const;

/** Derivation's confidence in an entity, with the reasons behind its existence and its type. */
export const EvidenceSchema = v.object({
  /** 0 (a guess) to 1 (certain). */
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** How many times the source text names it. */
  mentions: v.pipe(v.number(), v.integer(), v.minValue(0)),
  typeCue: v.picklist(TYPE_CUES),
  /** The text behind the type, quoted from the source ("the Russian state nuclear corporation"). */
  typeEvidence: v.optional(v.string()),
  doubts: v.array(v.picklist(DOUBTS)),
});

export const EntitySchema = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'entity-id-slug' satisfies ProblemCode),
  ),
  name: nonEmpty,
  type: v.picklist(ENTITY_TYPES),
  aliases: v.pipe(v.array(nonEmpty), v.minLength(1, 'no-alias' satisfies ProblemCode)),
  description: v.optional(v.string()),
  sentences: v.array(SeedSentenceSchema),
  related: v.array(v.object({ id: nonEmpty, weight: v.pipe(v.number(), v.minValue(0)) })),
  sources: v.array(nonEmpty),
  /** Present on derived entities; an entity written by hand may leave it out. */
  evidence: v.optional(EvidenceSchema),
});

/** Where a source came from when it is a web page the reader took it from (its article or a
 * selection): the address and when it was read. A pasted text or a file has none. */
export const SourcePageSchema = v.object({
  url: v.string(),
  /** Milliseconds since the epoch. */
  readAt: v.number(),
});

export const SourceSchema = v.object({
  id: nonEmpty,
  title: v.string(),
  text: v.string(),
  page: v.optional(SourcePageSchema),
});

export const KnowledgeBaseSchema = v.pipe(
  v.object({
    version: v.literal(KB_VERSION, 'wrong-version' satisfies ProblemCode),
    id: nonEmpty,
    title: v.string(),
    sources: v.array(SourceSchema),
    entities: v.array(EntitySchema),
  }),
  v.check(
    (kb) => new Set(kb.entities.map((e) => e.id)).size === kb.entities.length,
    'duplicate-entity-id' satisfies ProblemCode,
  ),
  v.check((kb) => {
    const ids = new Set(kb.entities.map((e) => e.id));
    return kb.entities.every((e) => e.related.every((r) => ids.has(r.id)));
  }, 'unknown-related' satisfies ProblemCode),
  v.check((kb) => {
    const texts = new Map(kb.sources.map((s) => [s.id, s.text]));
    return kb.entities.every((e) =>
      e.sentences.every((s) => texts.get(s.source)?.slice(s.start, s.end) === s.text),
    );
  }, 'misquoted-sentence' satisfies ProblemCode),
);

export type EntityType = (typeof ENTITY_TYPES)[number];
export type SeedSentence = v.InferOutput<typeof SeedSentenceSchema>;
export type TypeCue = (typeof TYPE_CUES)[number];
export type Doubt = (typeof DOUBTS)[number];
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type SourcePage = v.InferOutput<typeof SourcePageSchema>;
export type KnowledgeBase = v.InferOutput<typeof KnowledgeBaseSchema>;
