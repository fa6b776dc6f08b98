import * as v from 'valibot';

/** The knowledge-base format version this build reads and writes. */
export const KB_VERSION = 1;

export const ENTITY_TYPES = ['person', 'place', 'organization', 'other'] as const;

const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty());
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A sentence of a seed, cited by character offsets into that seed's text. */
export const SeedSentenceSchema = v.pipe(
  v.object({
    source: nonEmpty,
    start: offset,
    end: offset,
    text: nonEmpty,
  }),
  v.check((s) => s.end > s.start, 'a sentence must end after it starts'),
);

export const EntitySchema = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an entity id is a lower-case slug'),
  ),
  name: nonEmpty,
  type: v.picklist(ENTITY_TYPES),
  aliases: v.pipe(v.array(nonEmpty), v.minLength(1, 'an entity needs at least one alias')),
  description: v.optional(v.string()),
  sentences: v.array(SeedSentenceSchema),
  related: v.array(v.object({ id: nonEmpty, weight: v.pipe(v.number(), v.minValue(0)) })),
  sources: v.array(nonEmpty),
});

export const SourceSchema = v.object({
  id: nonEmpty,
  title: v.string(),
  text: v.string(),
});

export const KnowledgeBaseSchema = v.pipe(
  v.object({
    version: v.literal(KB_VERSION, `the version must be ${KB_VERSION}`),
    id: nonEmpty,
    title: v.string(),
    sources: v.array(SourceSchema),
    entities: v.array(EntitySchema),
  }),
  v.check(
    (kb) => new Set(kb.entities.map((e) => e.id)).size === kb.entities.length,
    'entity ids must be unique',
  ),
  v.check((kb) => {
    const ids = new Set(kb.entities.map((e) => e.id));
    return kb.entities.every((e) => e.related.every((r) => ids.has(r.id)));
  }, 'every related entity must be an entity of the same knowledge base'),
  v.check((kb) => {
    const texts = new Map(kb.sources.map((s) => [s.id, s.text]));
    return kb.entities.every((e) =>
      e.sentences.every((s) => texts.get(s.source)?.slice(s.start, s.end) === s.text),
    );
  }, 'every sentence must quote its source exactly at its offsets'),
);

export type EntityType = (typeof ENTITY_TYPES)[number];
export type SeedSentence = v.InferOutput<typeof SeedSentenceSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type KnowledgeBase = v.InferOutput<typeof KnowledgeBaseSchema>;
