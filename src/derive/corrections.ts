import * as v from 'valibot';
import { ENTITY_TYPES, type Entity, type KnowledgeBase } from '../kb/schema';
import { findAliases } from './find-mentions';
import { relateEntities } from './related';
import { slugify } from '../kb/slug';

const entityId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an entity id is a lower-case slug'),
);
const text = v.pipe(v.string(), v.trim(), v.nonEmpty());

const CorrectionSchema = v.variant('op', [
  v.strictObject({ op: v.literal('addAlias'), entity: entityId, alias: text }),
  v.strictObject({ op: v.literal('removeAlias'), entity: entityId, alias: text }),
  v.strictObject({ op: v.literal('setType'), entity: entityId, type: v.picklist(ENTITY_TYPES) }),
  v.strictObject({ op: v.literal('setDescription'), entity: entityId, description: text }),
  v.strictObject({ op: v.literal('merge'), entity: entityId, into: entityId }),
  v.strictObject({
    op: v.literal('split'),
    entity: entityId,
    name: text,
    aliases: v.pipe(v.array(text), v.minLength(1)),
    type: v.optional(v.picklist(ENTITY_TYPES)),
  }),
]);

/** A seed's hand corrections (`seeds/<seed>.corrections.json`), applied in order after derivation. */
export const CorrectionsSchema = v.strictObject({
  version: v.literal(1, 'the corrections version must be 1'),
  corrections: v.array(CorrectionSchema),
});

export type Corrections = v.InferOutput<typeof CorrectionsSchema>;
export type Correction = Corrections['corrections'][number];

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Applies hand corrections to a derived knowledge base and says what each one changed. Throws
 * an Error naming the correction when it refers to an entity or alias that does not exist, so a
 * stale corrections file fails the build instead of silently doing nothing.
 */
export function applyCorrections(
  kb: KnowledgeBase,
  corrections: Corrections,
): { kb: KnowledgeBase; report: string[] } {
  let entities = kb.entities.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const report: string[] = [];
  const pool = mergeSentences(
    [],
    kb.entities.flatMap((e) => e.sentences),
  );
  corrections.corrections.forEach((c, n) => {
    const where = `correction ${n + 1} (${c.op} ${c.entity})`;
    const find = (id: string): Entity => {
      const found = entities.find((e) => e.id === id);
      if (!found) throw new Error(`${where}: no entity has the id "${id}"`);
      return found;
    };
    const entity = find(c.entity);
    switch (c.op) {
      case 'addAlias': {
        const owner = entities.find((e) => e.aliases.includes(c.alias));
        if (owner) throw new Error(`${where}: "${c.alias}" is already an alias of ${owner.id}`);
        entity.aliases = [...entity.aliases, c.alias].sort(compare);
        entity.sentences = mergeSentences(entity.sentences, citedSentences([c.alias], pool));
        report.push(`added alias "${c.alias}" to ${entity.id}`);
        break;
      }
      case 'removeAlias': {
        if (!entity.aliases.includes(c.alias))
          throw new Error(`${where}: ${entity.id} has no alias "${c.alias}"`);
        if (entity.aliases.length === 1)
          throw new Error(`${where}: cannot remove the last alias of ${entity.id}`);
        entity.aliases = entity.aliases.filter((a) => a !== c.alias);
        entity.sentences = citedSentences(entity.aliases, entity.sentences);
        report.push(`removed alias "${c.alias}" from ${entity.id}`);
        break;
      }
      case 'setType':
        report.push(`changed the type of ${entity.id} from ${entity.type} to ${c.type}`);
        entity.type = c.type;
        if (entity.evidence) {
          const { confidence, mentions, doubts } = entity.evidence;
          entity.evidence = {
            confidence,
            mentions,
            typeCue: 'corrected',
            doubts: doubts.filter((d) => d !== 'type-guessed'),
          };
        }
        break;
      case 'setDescription':
        entity.description = c.description;
        report.push(`set the description of ${entity.id} to "${c.description}"`);
        break;
      case 'merge': {
        const into = find(c.into);
        if (into === entity) throw new Error(`${where}: cannot merge an entity into itself`);
        into.aliases = [...new Set([...into.aliases, ...entity.aliases])].sort(compare);
        into.sentences = mergeSentences(into.sentences, entity.sentences);
        into.sources = [...new Set([...into.sources, ...entity.sources])].sort(compare);
        if (into.description === undefined && entity.description !== undefined) {
          into.description = entity.description;
        }
        entities = entities.filter((e) => e !== entity);
        report.push(`merged ${entity.id} into ${into.id}`);
        break;
      }
      case 'split': {
        const missing = c.aliases.find((a) => !entity.aliases.includes(a));
        if (missing) throw new Error(`${where}: ${entity.id} has no alias "${missing}"`);
        const kept = entity.aliases.filter((a) => !c.aliases.includes(a));
        if (kept.length === 0)
          throw new Error(`${where}: a split must leave ${entity.id} an alias`);
        let id = slugify(c.name);
        for (let k = 2; entities.some((e) => e.id === id); k++) id = `${slugify(c.name)}-${k}`;
        const part: Entity = {
          id,
          name: c.name,
          type: c.type ?? entity.type,
          aliases: [...new Set([...c.aliases, c.name])].sort(compare),
          sentences: [],
          related: [],
          sources: [...entity.sources],
        };
        part.sentences = citedSentences(part.aliases, entity.sentences);
        entity.aliases = kept;
        entity.sentences = citedSentences(kept, entity.sentences);
        entities.splice(entities.indexOf(entity) + 1, 0, part);
        report.push(`split ${id} (${part.aliases.join(', ')}) from ${entity.id}`);
        break;
      }
    }
  });
  return {
    kb: { ...kb, entities: relateEntities(entities.map((e) => ({ ...e, related: [] }))) },
    report,
  };
}

/** The sentences of the pool that mention one of the aliases. */
function citedSentences(
  aliases: readonly string[],
  pool: Entity['sentences'],
): Entity['sentences'] {
  const owners = new Map(aliases.map((a) => [a, 0]));
  return pool.filter((sentence) => findAliases(sentence.text, owners).length > 0);
}

function mergeSentences(a: Entity['sentences'], b: Entity['sentences']): Entity['sentences'] {
  const seen = new Map<string, Entity['sentences'][number]>();
  for (const s of [...a, ...b]) seen.set(`${s.source}\u0000${s.start}`, s);
  return [...seen.values()].sort((x, y) => compare(x.source, y.source) || x.start - y.start);
}
