import type { EntityType } from '../kb/schema';
import type { Cluster } from './cluster';
import type { Mention } from './mention';
import { typeFromVotes, votesOf } from './mention';

/** ", ", " and ", ", or ": the gap between two names listed together. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)\s*$/;

/**
 * Names listed together are mostly of one type ("studied at Basel, Heidelberg, and Strasbourg"):
 * a cluster with no evidence of its own, or with evidence split evenly between two types
 * ("Virginia", a given name and a state, in "Minnesota, Virginia or New Jersey"), takes the type
 * most of its list neighbours have, and the list is kept as the reason.
 */
export function typeByCoordination(text: string, clusters: readonly Cluster[]): Cluster[] {
  const owner = new Map<Mention, number>();
  clusters.forEach((c, i) => {
    for (const m of c.mentions) owner.set(m, i);
  });
  const sorted = [...owner.keys()].sort((a, b) => a.start - b.start);
  const position = new Map(sorted.map((m, k) => [m, k]));
  const evidenced = clusters.map((c) => support(c) > 0 && !isTied(c));
  return clusters.map((cluster, i) => {
    if (evidenced[i]) return cluster;
    const counts = new Map<EntityType, number>();
    let quote: { mention: Mention; from: number; to: number } | null = null;
    for (const mention of cluster.mentions) {
      const list = listAround(text, sorted, position.get(mention) ?? 0);
      for (const other of list) {
        const j = owner.get(other);
        if (j === undefined || j === i || !evidenced[j]) continue;
        const type = (clusters[j] as Cluster).type;
        counts.set(type, (counts.get(type) ?? 0) + 1);
      }
      const first = list[0];
      const last = list[list.length - 1];
      if (quote === null && first && last && list.length > 1) {
        quote = { mention, from: first.start, to: last.end };
      }
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (!best || quote === null) return cluster;
    const [type] = best;
    const reason = {
      type,
      weight: 2,
      cue: 'coordination' as const,
      quote: text.slice(quote.from, quote.to).replace(/\s+/g, ' '),
    };
    const target = quote.mention;
    const mentions = cluster.mentions.map((m) =>
      m === target ? { ...m, reasons: [...m.reasons, reason] } : m,
    );
    const votes = votesOf(mentions.flatMap((m) => m.reasons));
    return { ...cluster, mentions, type: typeFromVotes(votes) };
  });
}

/** Whether another type has as many votes as the cluster's own. */
function isTied(cluster: Cluster): boolean {
  const votes = votesOf(cluster.mentions.flatMap((m) => m.reasons));
  return (Object.keys(votes) as EntityType[]).some(
    (t) => t !== cluster.type && votes[t] === votes[cluster.type],
  );
}

function support(cluster: Cluster): number {
  return cluster.mentions
    .flatMap((m) => m.reasons)
    .filter((r) => r.type === cluster.type)
    .reduce((n, r) => n + r.weight, 0);
}

/** The mentions listed with this one, itself included, in text order. */
function listAround(text: string, sorted: readonly Mention[], at: number): Mention[] {
  let from = at;
  let to = at;
  const joined = (a: Mention, b: Mention): boolean =>
    a.sentence === b.sentence && LIST_GAP.test(text.slice(a.end, b.start));
  while (from > 0 && joined(sorted[from - 1] as Mention, sorted[from] as Mention)) from--;
  while (to + 1 < sorted.length && joined(sorted[to] as Mention, sorted[to + 1] as Mention)) to++;
  return sorted.slice(from, to + 1);
}
