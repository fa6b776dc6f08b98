import { problem } from '../kb/problem';
import type { Entity, KnowledgeBase, Source } from '../kb/schema';
import { KB_VERSION } from '../kb/schema';
import { slugify } from '../kb/slug';
import { addBriefings, briefingId, briefingIds, type BriefingsResult } from './briefings';
import type { BriefingsState } from './schema';

export interface FoundName {
  /** What derivation made of the page's article: one source, the page, and its entities. */
  derived: KnowledgeBase;
  entityId: string;
}

/** A unique id among `taken`, from `base`. */
function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The page's source in `kb`: the one already there when the same page with the same text was
 * added before (its sentences' offsets hold), else the article as a new source.
 */
function pageSource(
  kb: KnowledgeBase | undefined,
  article: Source,
): { source: Source; isNew: boolean } {
  const same = kb?.sources.find(
    (s) => s.page?.url === article.page?.url && s.text === article.text,
  );
  if (same) return { source: same, isNew: false };
  const taken = new Set(kb?.sources.map((s) => s.id) ?? []);
  return {
    source: {
      ...article,
      id: uniqueId(slugify(article.title, { fallback: 'page', maxLength: 48 }), taken),
    },
    isNew: true,
  };
}

/** The found entity as the briefing keeps it: the reader chose it, so nothing of it is doubted. */
function keptEntity(found: Entity, id: string, sourceId: string): Entity {
  return {
    id,
    name: found.name,
    type: found.type,
    aliases: [...found.aliases],
    ...(found.description ? { description: found.description } : {}),
    sentences: found.sentences.map((s) => ({ ...s, source: sourceId })),
    related: [],
    sources: [sourceId],
  };
}

/**
 * Adds a name found on a page to one of the reader's briefings (`into`), or to a new briefing
 * named after the page when `into` is null. The page's article is kept as a source, cited to the
 * page, so "Open in source" shows the sentence offline. Refuses a briefing that is not the
 * reader's, or a name the page did not give.
 */
export function addFoundName(
  state: BriefingsState,
  bundled: readonly KnowledgeBase[],
  found: FoundName,
  into: string | null,
  now: number,
): BriefingsResult & { kbId?: string } {
  const entity = found.derived.entities.find((e) => e.id === found.entityId);
  const article = found.derived.sources[0];
  if (!entity || !article) return { ok: false, error: problem('no-such-name', found.entityId) };
  if (into === null) {
    const id = briefingId(found.derived.title, briefingIds(state, bundled));
    const { source } = pageSource(undefined, article);
    const kb: KnowledgeBase = {
      version: KB_VERSION,
      id,
      title: found.derived.title,
      sources: [source],
      entities: [keptEntity(entity, slugify(entity.name), source.id)],
    };
    return { ...addBriefings(state, bundled, [{ kb, enabled: true }], now), kbId: id };
  }
  const target = state.user.find((b) => b.kb.id === into);
  if (!target) return { ok: false, error: problem('no-such-briefing', into) };
  const { source, isNew } = pageSource(target.kb, article);
  const id = uniqueId(slugify(entity.name), new Set(target.kb.entities.map((e) => e.id)));
  const kb: KnowledgeBase = {
    ...target.kb,
    sources: isNew ? [...target.kb.sources, source] : target.kb.sources,
    entities: [...target.kb.entities, keptEntity(entity, id, source.id)],
  };
  return {
    ok: true,
    state: { ...state, user: state.user.map((b) => (b.kb.id === into ? { ...b, kb } : b)) },
    kbId: into,
  };
}
