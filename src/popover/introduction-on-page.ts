import type { PageMention } from '../annotate/types';
import { pageIntroduction } from '../match/page-introduction';
import { textAround, type BlockCache } from './page-text';

/** How many of an entity's mentions are read for an introduction, first first. */
export const MAX_INTRODUCTION_MENTIONS = 20;

/**
 * How the page first introduces `entityId`: the introduction at the first of its mentions (in
 * document order) that has one; empty when none of the first `MAX_INTRODUCTION_MENTIONS` has.
 */
export function introductionOnPage(mentions: readonly PageMention[], entityId: string): string {
  const cache: BlockCache = new Map();
  let read = 0;
  for (const mention of mentions) {
    if (mention.entityId !== entityId) continue;
    if (++read > MAX_INTRODUCTION_MENTIONS) break;
    const around = textAround(mention.range, cache);
    const introduction = around && pageIntroduction(around.block.text, around);
    if (introduction) return introduction;
  }
  return '';
}

/**
 * `introductionOnPage`, read once per entity while the annotator's list stays the same (it
 * publishes a new list when the page changes).
 */
export function cachedIntroductions(
  mentions: () => readonly PageMention[],
): (entityId: string) => string {
  let list: readonly PageMention[] | null = null;
  let known = new Map<string, string>();
  return (entityId) => {
    const current = mentions();
    if (current !== list) {
      list = current;
      known = new Map();
    }
    let introduction = known.get(entityId);
    if (introduction === undefined) {
      introduction = introductionOnPage(current, entityId);
      known.set(entityId, introduction);
    }
    return introduction;
  };
}
