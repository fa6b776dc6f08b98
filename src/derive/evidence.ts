import { TYPE_CUES, type Doubt, type Evidence, type TypeCue } from '../kb/schema';
import type { Cluster } from './cluster';
import { isOrdinaryLexiconWord } from './lexicon';
import type { TypeReason } from './mention';

/** What the text shows of one cluster, counted over the whole text. */
export interface ClusterFacts {
  readonly cluster: Cluster;
  /** Times any of its aliases occurs in the text. */
  readonly occurrences: number;
}

/** Type support below this, from a name met once, vouches for nothing. */
const WEAK_SUPPORT = 2;

/**
 * Derivation's confidence in an entity and its doubts: each doubt lowers the confidence; a name
 * met several times, or once with good evidence for its type, in running prose, is trusted.
 */
export function assessCluster({ cluster, occurrences }: ClusterFacts): Evidence {
  const reasons = cluster.mentions.flatMap((m) => m.reasons);
  const support = reasons.filter((r) => r.type === cluster.type).reduce((n, r) => n + r.weight, 0);
  const decided = decidingCue(reasons, cluster.type);
  const doubts: Doubt[] = [];
  const mentions = Math.max(occurrences, cluster.mentions.length);
  if (mentions <= 1 && support < WEAK_SUPPORT) doubts.push('seen-once');
  if (cluster.mentions.every((m) => m.structural)) doubts.push('structure-only');
  if (!cluster.name.includes(' ') && isOrdinaryLexiconWord(cluster.name))
    doubts.push('common-word');
  if (support <= 0) doubts.push('type-guessed');
  if (cluster.ambiguous) doubts.push('ambiguous');
  const confidence = doubts.reduce((c, doubt) => c * DOUBT_WEIGHT[doubt], 1);
  return {
    confidence: Math.round(confidence * 100) / 100,
    mentions,
    typeCue: support > 0 ? decided.cue : 'none',
    ...(support > 0 && decided.quote !== undefined ? { typeEvidence: decided.quote } : {}),
    doubts,
  };
}

/**
 * The cue that weighs most for the chosen type (ties go by TYPE_CUES order), with the quote of its
 * strongest reason: "the Russian state nuclear corporation", "Ministry", "said".
 */
export function decidingCue(
  reasons: readonly TypeReason[],
  type: TypeReason['type'],
): { cue: TypeCue; quote?: string } {
  const totals = new Map<TypeCue, number>();
  for (const r of reasons) {
    if (r.type === type && r.weight > 0) totals.set(r.cue, (totals.get(r.cue) ?? 0) + r.weight);
  }
  let best: TypeCue = 'none';
  let bestTotal = 0;
  for (const cue of TYPE_CUES) {
    const total = totals.get(cue) ?? 0;
    if (total > bestTotal) {
      best = cue;
      bestTotal = total;
    }
  }
  const strongest = reasons
    .filter((r) => r.type === type && r.cue === best && r.quote !== undefined)
    .sort((a, b) => b.weight - a.weight)[0];
  return strongest?.quote === undefined ? { cue: best } : { cue: best, quote: strongest.quote };
}

const DOUBT_WEIGHT: Record<Doubt, number> = {
  'seen-once': 0.7,
  'structure-only': 0.5,
  'common-word': 0.4,
  'type-guessed': 0.8,
  ambiguous: 0.6,
};
