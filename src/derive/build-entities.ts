import type { Entity, Evidence } from '../kb/schema';
import type { Cluster } from './cluster';
import { assessCluster } from './evidence';
import { findAliases } from './find-mentions';
import { NAME_PARTICLES, isOrdinaryLexiconWord, isKnownFirstName } from './lexicon';
import { slugify } from '../kb/slug';
import type { Sentence } from './tokens';
import { surnameKey, transliterationVariants } from './variants';

interface Draft {
  readonly cluster: Cluster;
  readonly aliases: Set<string>;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Turns clusters into knowledge-base entities: ids, aliases, description, cited sentences. */
export function buildEntities(
  sourceId: string,
  text: string,
  sentences: readonly Sentence[],
  clusters: readonly Cluster[],
): Entity[] {
  const drafts = clusters
    .map((cluster) => ({
      cluster,
      aliases: new Set(
        cluster.surfaces.filter(
          (s) =>
            !cluster.hidden.has(s) &&
            !(cluster.name === s && cluster.type !== 'place' && isLoneFirstName(s)),
        ),
      ),
    }))
    .filter((d) => d.aliases.size > 0);
  addGeneratedAliases(drafts);

  const owners = new Map<string, number>();
  drafts.forEach((d, i) => {
    for (const alias of d.aliases) owners.set(alias, i);
  });
  const cited = drafts.map((d) => new Set(d.cluster.mentions.map((m) => m.sentence)));
  const firstSeen = drafts.map((d) => Math.min(...d.cluster.mentions.map((m) => m.start)));
  const occurrences = drafts.map(() => 0);
  for (const hit of findAliases(text, owners)) {
    occurrences[hit.owner] = (occurrences[hit.owner] ?? 0) + 1;
    const sentence = sentenceAt(sentences, hit.start);
    if (sentence < 0 || hit.end > (sentences[sentence] as Sentence).end) continue;
    cited[hit.owner]?.add(sentence);
    firstSeen[hit.owner] = Math.min(firstSeen[hit.owner] ?? hit.start, hit.start);
  }

  const order = drafts
    .map((d, i) => ({ d, i, slug: slugify(d.cluster.name) }))
    .sort((a, b) => (firstSeen[a.i] ?? 0) - (firstSeen[b.i] ?? 0) || compare(a.slug, b.slug));
  const used = new Set<string>();
  const entities = order.map(({ d, i, slug }) => {
    let id = slug;
    for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
    used.add(id);
    const description = pickDescription(d.cluster);
    return {
      id,
      name: d.cluster.name,
      type: d.cluster.type,
      aliases: [...d.aliases].sort(compare),
      ...(description ? { description } : {}),
      sentences: [...(cited[i] ?? [])]
        .sort((a, b) => a - b)
        .map((index) => {
          const s = sentences[index] as Sentence;
          return { source: sourceId, start: s.start, end: s.end, text: text.slice(s.start, s.end) };
        }),
      related: [],
      sources: [sourceId],
      evidence: assessCluster({ cluster: d.cluster, occurrences: occurrences[i] ?? 0 }),
    };
  });
  return entities.filter((e) => !isStrayWord(e.evidence));
}

/**
 * "Growth", "Frames", "Up": one ordinary English word, capitalized once (a heading, a title's
 * word, a sentence's first word), with nothing in the text saying what it names, is no name.
 */
function isStrayWord(evidence: Evidence): boolean {
  const doubts = new Set(evidence.doubts);
  return doubts.has('common-word') && doubts.has('seen-once') && doubts.has('type-guessed');
}

/**
 * "James", "Mario": a bare given name would match strangers on every page. A place of that name
 * ("Irving, Texas", "Victoria") is kept.
 */
function isLoneFirstName(name: string): boolean {
  return !name.includes(' ') && isKnownFirstName(name);
}

/** The sentence containing an offset (binary search over sentence starts), or -1. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && offset < (sentences[found] as Sentence).end ? found : -1;
}

/**
 * Adds a person's surname ("Kirby" for "John Kirby") unless two people share it or it is a
 * common word, and the common spellings of Slavic surnames. Never an alias another entity owns.
 */
function addGeneratedAliases(drafts: readonly Draft[]): void {
  const taken = new Set(drafts.flatMap((d) => [...d.aliases]));
  const surnameOwners = new Map<string, number>();
  const surnames = drafts.map((d) =>
    d.cluster.type === 'person' && !namedByFamilyName(d.cluster) ? surnameOf(d.cluster.name) : null,
  );
  for (const s of surnames)
    if (s) surnameOwners.set(surnameKey(s), (surnameOwners.get(surnameKey(s)) ?? 0) + 1);
  drafts.forEach((d, i) => {
    if (d.cluster.type !== 'person') return;
    const surname = surnames[i];
    const add = (alias: string): void => {
      if (!taken.has(alias)) {
        taken.add(alias);
        d.aliases.add(alias);
      }
    };
    if (
      surname &&
      surnameOwners.get(surnameKey(surname)) === 1 &&
      surname.length >= 3 &&
      !isOrdinaryLexiconWord(surname) &&
      !isKnownFirstName(surname)
    ) {
      add(surname);
    }
    for (const alias of [...d.aliases]) {
      if (!alias.includes(' ')) for (const variant of transliterationVariants(alias)) add(variant);
    }
  });
}

/** "Xi" for "Xi Jinping": the name is family name first, so its last word is no surname. */
function namedByFamilyName(cluster: Cluster): boolean {
  const first = cluster.name.split(' ')[0];
  return cluster.name.includes(' ') && cluster.surfaces.includes(first ?? '');
}

/** "Kirby" of "John Kirby", "von der Leyen" of "Ursula von der Leyen"; null for one-word names. */
function surnameOf(name: string): string | null {
  const words = name.split(' ');
  if (words.length < 2) return null;
  let from = words.length - 1;
  while (from - 1 > 0 && NAME_PARTICLES.has(words[from - 1] as string)) from--;
  return words.slice(from).join(' ');
}

function pickDescription(cluster: Cluster): string | undefined {
  let best: { text: string; rank: number } | undefined;
  for (const mention of cluster.mentions) {
    for (const candidate of mention.descriptions) {
      if (candidate.text === cluster.name) continue;
      if (!best || candidate.rank > best.rank) best = candidate;
    }
  }
  return best?.text;
}
