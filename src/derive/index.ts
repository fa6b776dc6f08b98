import { KB_VERSION, type KnowledgeBase, type SourcePage } from '../kb/schema';
import { buildEntities } from './build-entities';
import { findChains, midSentenceCapitals, writtenLowerCase } from './chains';
import { checkSeedText, looksEnglish } from './check-text';
import { cleanChain } from './clean-mention';
import { clusterMentions } from './cluster';
import { typeByCoordination } from './coordination';
import { DeriveError } from './errors';
import { readFrontMatter } from './front-matter';
import { isHeadline } from './headline';
import { isStructureLine } from './structure';
import type { Mention } from './mention';
import { relateEntities } from './related';
import { tokenize } from './tokens';

export { DeriveError } from './errors';
export { checkSeedText, MAX_SEED_CHARS } from './check-text';
export { seedTitle } from './title';

/**
 * In a heading, menu or list line, capitals say nothing: a name there needs a word the text never
 * writes in lower case, and a one-word name some evidence of what it is ("Health", "Puzzmo").
 */
function keepsStructural(
  mention: Mention,
  lowerCase: ReadonlySet<string>,
  inTitle: boolean,
): boolean {
  if (mention.words.every((w) => writtenLowerCase(w, lowerCase))) return false;
  return inTitle || mention.words.length > 1 || mention.reasons.some((r) => r.weight > 0);
}

/** Where the title line, the first line of the body, ends. */
function titleEnd(text: string, bodyStart: number): number {
  const body = text.slice(bodyStart);
  const first = /\S/.exec(body);
  if (!first) return bodyStart;
  const end = body.indexOf('\n', first.index);
  return bodyStart + (end < 0 ? body.length : end);
}

export interface DeriveInput {
  /** The seed id (file name without extension); also the source id. */
  readonly id: string;
  readonly title: string;
  /** The whole seed text, title line included. */
  readonly text: string;
  /** The web page the text was taken from, cited on its source. */
  readonly page?: SourcePage;
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
  if (reason !== null) throw new DeriveError(id, reason);
  const warnings: string[] = [];
  if (!looksEnglish(text)) {
    warnings.push(`${id}: the text does not look like English; entities may be missing or wrong`);
  }

  const sentences = tokenize(text);
  const capitals = midSentenceCapitals(text, sentences);
  const bodyStart = readFrontMatter(text)?.end ?? 0;
  const mentions: Mention[] = [];
  // Words the text also writes in lower case: in a heading ("Early life") they are no names.
  const lowerCase = new Set(
    sentences.flatMap((s) => s.words.map((w) => w.text).filter((w) => /^\p{Ll}+$/u.test(w))),
  );
  const titleLineEnd = titleEnd(text, bodyStart);
  sentences.forEach((sentence, index) => {
    if (sentence.start < bodyStart || isHeadline(text, sentence)) return;
    const structural = isStructureLine(text, sentence);
    for (const chain of findChains(text, sentence, index, capitals, lowerCase)) {
      for (const mention of cleanChain(text, sentence, chain, capitals)) {
        if (!structural) mentions.push(mention);
        else if (keepsStructural(mention, lowerCase, sentence.start < titleLineEnd)) {
          mentions.push({ ...mention, structural });
        }
      }
    }
  });
  const entities = relateEntities(
    buildEntities(
      id,
      text,
      sentences,
      typeByCoordination(text, clusterMentions(mentions, titleLineEnd)),
    ),
  );
  if (entities.length === 0) warnings.push(`${id}: no named entities were found`);

  return {
    kb: {
      version: KB_VERSION,
      id,
      title,
      sources: [{ id, title, text, ...(input.page ? { page: { ...input.page } } : {}) }],
      entities,
    },
    warnings,
  };
}
