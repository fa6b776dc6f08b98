import type { Doubt, Evidence } from '../kb/schema';
import type { Cluster } from './cluster';
import { isCommonWord } from './lexicon';
import { addVotes, noVotes } from './mention';

/** What the text shows of one cluster, counted over the whole text. */
export interface ClusterFacts {
  readonly cluster: Cluster;
  /** Times any of its aliases occurs in the text. */
  readonly occurrences: number;
}

/**
 * Derivation's confidence in an entity and its doubts: each doubt lowers the confidence; a name
 * met several times, with evidence for its type, is trusted.
 */
export function assessCluster({ cluster, occurrences }: ClusterFacts): Evidence {
  const votes = noVotes();
  for (const mention of cluster.mentions) addVotes(votes, mention.votes);
  const support = votes[cluster.type];
  const doubts: Doubt[] = [];
  const mentions = Math.max(occurrences, cluster.mentions.length);
  if (mentions <= 1) doubts.push('seen-once');
  if (!cluster.name.includes(' ') && isCommonWord(cluster.name)) doubts.push('common-word');
  if (support <= 0) doubts.push('type-guessed');
  const confidence = doubts.reduce((c, doubt) => c * DOUBT_WEIGHT[doubt], 1);
  return {
    confidence: Math.round(confidence * 100) / 100,
    mentions,
    typeCue: support > 0 ? 'lexicon' : 'none',
    doubts,
  };
}

const DOUBT_WEIGHT: Record<Doubt, number> = {
  'seen-once': 0.7,
  'structure-only': 0.5,
  'common-word': 0.4,
  'type-guessed': 0.8,
  ambiguous: 0.6,
};
