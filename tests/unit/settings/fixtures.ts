import type { Entity, EntityType, KnowledgeBase } from '../../../src/kb/schema';

/** A small valid knowledge base whose entities are cited from one source sentence. */
export function makeKb(
  id: string,
  entities: readonly { id: string; name: string; type?: EntityType; aliases?: string[] }[],
): KnowledgeBase {
  const text = entities.map((e) => `${e.name} was here.`).join(' ');
  let at = 0;
  const made: Entity[] = entities.map((e) => {
    const sentence = `${e.name} was here.`;
    const start = text.indexOf(sentence, at);
    at = start + sentence.length;
    return {
      id: e.id,
      name: e.name,
      type: e.type ?? 'person',
      aliases: e.aliases ?? [e.name],
      sentences: [{ source: id, start, end: start + sentence.length, text: sentence }],
      related: [],
      sources: [id],
    };
  });
  return {
    version: 2,
    id,
    title: `Briefing ${id}`,
    sources: [{ id, title: id, text }],
    entities: made,
  };
}

/** The value, or a test failure naming what was missing. */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}
