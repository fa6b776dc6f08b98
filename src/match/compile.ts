import { normalizeAlias, type NormalizedAlias } from './alias';
import type { IndexedAlias, MatchIndex } from './match-index';
import { buildContextIndex, judgeContext } from './context';
import { scanSpans } from './scan';
import { AMBIGUOUS_WORD, FirstWordTable } from './first-words';
import { ROOT, buildTrie, type Trie } from './trie';
import type { MatchEntity, Matcher } from './types';

/**
 * Compiles the entities' names and aliases into one index. An alias that folds to nothing is
 * skipped; when two entities share an alias, the first entity (in input order) keeps it.
 */
export function compileIndex(entities: readonly MatchEntity[]): MatchIndex {
  const byKey = new Map<string, IndexedAlias[]>();
  const normalized = new Map<string, NormalizedAlias | undefined>();
  for (const entity of entities) {
    for (const text of [entity.name, ...entity.aliases]) {
      if (!normalized.has(text)) normalized.set(text, normalizeAlias(text));
      const found = normalized.get(text);
      if (found === undefined) continue;
      const alias = isBareSurname(entity, text, found)
        ? { ...found, strength: 'weak' as const }
        : found;
      let group = byKey.get(alias.key);
      if (group === undefined) {
        group = [];
        byKey.set(alias.key, group);
      }
      if (group.some((taken) => taken.alias.cased === alias.cased)) continue;
      group.push({ entityId: entity.id, alias });
    }
  }
  const trie = buildTrie(byKey.keys());
  const aliasesByKey = trie.keys.map((key) => byKey.get(key) ?? []);
  const firstWords = new Map<number, number>();
  const punctuationStarts = new Set<number>();
  for (const group of aliasesByKey) {
    for (const { alias } of group) {
      if (alias.firstWordHash === undefined) {
        punctuationStarts.add(alias.key.charCodeAt(0));
        continue;
      }
      const node = nodeAfter(trie, alias.key, alias.firstWordLength);
      const known = firstWords.get(alias.firstWordHash);
      firstWords.set(
        alias.firstWordHash,
        known === undefined || known === node ? node : AMBIGUOUS_WORD,
      );
    }
  }
  return {
    trie,
    aliasesByKey,
    firstWords: new FirstWordTable(firstWords),
    punctuationStarts,
    walkNodes: new Int32Array(trie.depth + 1),
    walkEnds: new Int32Array(trie.depth + 1),
  };
}

/**
 * A person's one-word alias that is not the whole name ("Kirby" for John Kirby) names many
 * people: like a short alias, it stands only with the full name or a related entity on the page.
 */
function isBareSurname(entity: MatchEntity, text: string, alias: NormalizedAlias): boolean {
  return entity.type === 'person' && text !== entity.name && !alias.key.includes(' ');
}

function nodeAfter(trie: Trie, key: string, length: number): number {
  let node = ROOT;
  for (let i = 0; i < length; i++) node = trie.child(node, key.charCodeAt(i));
  return node;
}

/** Compiles entities into a matcher whose scan time is linear in the text, whatever the alias count. */
export function compileMatcher(entities: readonly MatchEntity[]): Matcher {
  const index = compileIndex(entities);
  const context = buildContextIndex(entities);
  const related = new Map<string, readonly string[]>();
  for (const entity of entities) {
    if (!related.has(entity.id)) related.set(entity.id, entity.related);
  }
  return {
    findSpans: (text) => judgeContext(context, text, scanSpans(index, text)),
    isSupported: (entityId, strongOnPage) =>
      strongOnPage.has(entityId) ||
      (related.get(entityId) ?? []).some((id) => strongOnPage.has(id)),
  };
}
