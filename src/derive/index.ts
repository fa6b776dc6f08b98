import { KB_VERSION, type KnowledgeBase } from '../kb/schema';
import { buildEntities } from './build-entities';
import { findChains, midSentenceCapitals } from './chains';
import { checkSeedText, looksEnglish } from './check-text';
import { cleanChain } from './clean-mention';
import { clusterMentions } from './cluster';
import { DeriveError } from './errors';
import { readFrontMatter } from './front-matter';
import { isHeadline } from './headline';
import type { Mention } from './mention';
import { relateEntities } from './related';
import { tokenize } from './tokens';

export { DeriveError } from './errors';
export { checkSeedText, MAX_SEED_CHARS } from './check-text';
export { seedTitle } from './title';

export interface DeriveInput {
  /** The seed id (file name without extension); also the source id. */
  readonly id: string;
  readonly title: string;
  /** The whole seed text, title line included. */
  readonly text: string;
}

export interface DeriveResult {
  readonly kb: KnowledgeBase;
  readonly warnings: string[];
}

/**
 * Derives a knowledge base from one seed text: sentences, proper-noun chains, cleanup, alias
 * clusters, types, descriptions and related entities. Pure: runs in Node and in extension pages.
 * Throws DeriveError when the text cannot be used at all.
 */
export function deriveKnowledgeBase(input: DeriveInput): DeriveResult {
  const { id, title, text } = input;
  const reason = checkSeedText(text);
  if (reason !== null) throw new DeriveError(`cannot derive "${id}": ${reason}`);
  const warnings: string[] = [];
  if (!looksEnglish(text)) {
    warnings.push(`${id}: the text does not look like English; entities may be missing or wrong`);
  }

  const sentences = tokenize(text);
  const capitals = midSentenceCapitals(text, sentences);
  const bodyStart = readFrontMatter(text)?.end ?? 0;
  const mentions: Mention[] = [];
  sentences.forEach((sentence, index) => {
    if (sentence.start < bodyStart || isHeadline(text, sentence, title)) return;
    for (const chain of findChains(text, sentence, index, capitals)) {
      mentions.push(...cleanChain(text, sentence, chain, capitals));
    }
  });
  const entities = relateEntities(buildEntities(id, text, sentences, clusterMentions(mentions)));
  if (entities.length === 0) warnings.push(`${id}: no named entities were found`);

  return {
    kb: { version: KB_VERSION, id, title, sources: [{ id, title, text }], entities },
    warnings,
  };
}
