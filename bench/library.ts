/**
 * What a reader's library costs (Node, warm; a structured clone stands in for each copy out of
 * `storage.local`): the background's page-index build when briefings change; every page load
 * before its first highlight (the index's copy, its check, compiling the matcher); the first card
 * a page opens (one bucket); and, for comparison, what every page paid before the index (the
 * briefings' copy and check, joining entities, compiling). Numbers only; nothing asserts on time.
 *
 * The library: ten briefings derived from real text (the White House transcripts of the corpus
 * and the nlp-dev documents, cut into pieces of about 100 KB), then copies of them with fresh ids
 * and invented names ("Vikora Delstomi") up to 200 briefings, so the copies add entities of their
 * own instead of joining the originals'.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { deriveKnowledgeBase } from '../src/derive/index';
import type { KnowledgeBase } from '../src/kb/schema';
import { unifyEntities } from '../src/kb/unify';
import { compileMatcher, toMatchEntity } from '../src/match';
import { activeKnowledgeBases } from '../src/settings/active-knowledge-bases';
import {
  buildPageIndex,
  cardBucketOf,
  packPageIndex,
  readCardBucket,
  readPageIndex,
  type PageIndexBuild,
} from '../src/settings/page-index';
import {
  BriefingsStateSchema,
  DEFAULT_SETTINGS,
  type BriefingsState,
} from '../src/settings/schema';
import { random, syntheticName } from './synthetic-names';
import { median } from './median';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = [1, 10, 200] as const;
const PIECE_CHARS = 100_000;
const BASE_BRIEFINGS = 10;

function time<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

/** About 100 KB pieces of real text, as many as BASE_BRIEFINGS asks for. */
function basePieces(corpus: string, nlpDev: string): string[] {
  const files = [
    ...readdirSync(corpus)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => path.join(corpus, name)),
    ...readdirSync(path.join(nlpDev, 'texts'))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => path.join(nlpDev, 'texts', name)),
  ];
  const pieces: string[] = [];
  let current = '';
  for (const file of files) {
    current += (current ? '\n\n' : '') + readFileSync(file, 'utf8');
    if (current.length >= PIECE_CHARS) {
      pieces.push(current.slice(0, PIECE_CHARS));
      current = '';
      if (pieces.length === BASE_BRIEFINGS) break;
    }
  }
  if (pieces.length < BASE_BRIEFINGS && current) pieces.push(current);
  return pieces;
}

/** A copy of `kb` under a new id whose entities carry invented names and ids, so they join nothing. */
function renamedCopy(kb: KnowledgeBase, copy: number): KnowledgeBase {
  const next = random(copy);
  return {
    ...kb,
    id: `${kb.id}-copy-${copy}`,
    title: `${kb.title} (copy ${copy})`,
    // Ids follow the names, as derivation's slugs do, so no two briefings share an entity id.
    entities: kb.entities.map((entity) => {
      const name = syntheticName(next);
      const surname = name.split(' ')[1] ?? name;
      return {
        ...entity,
        id: `${entity.id}-${copy}`,
        name,
        aliases: entity.aliases.length > 0 ? [surname] : [],
        related: entity.related.map((r) => ({ ...r, id: `${r.id}-${copy}` })),
      };
    }),
  };
}

function library(base: readonly KnowledgeBase[], size: number): BriefingsState {
  const kbs: KnowledgeBase[] = [];
  for (let i = 0; i < size; i++) {
    const original = base[i % base.length];
    if (!original) break;
    kbs.push(i < base.length ? original : renamedCopy(original, i));
  }
  return {
    user: kbs.map((kb, i) => ({ kb, enabled: true, addedAt: 1_700_000_000_000 + i })),
    disabledBundled: [],
  };
}

export interface LibraryRow {
  briefings: number;
  storedMb: number;
  entities: number;
  aliases: number;
  /** The page index (what every page loads) and all its card buckets, as JSON. */
  indexMb: number;
  bucketsMb: number;
  /** The background's rebuild when briefings or settings change: stamp, unify, index, buckets. */
  buildMs: number;
  /** Each page load: the index's copy out of storage (its packed form), its check and unpacking,
   * and compiling the matcher. */
  cloneMs: number;
  validateMs: number;
  compileMs: number;
  pageMs: number;
  /** The first card a page opens: one bucket's copy out of storage and its check. */
  cardMs: number;
  /** What every page paid before the index: the briefings' copy, check, unify and compile. */
  beforeMs: number;
}

/** The library's costs, the median of RUNS runs per step. */
function measure(state: BriefingsState): LibraryRow {
  const steps = {
    build: [] as number[],
    clone: [] as number[],
    validate: [] as number[],
    compile: [] as number[],
    card: [] as number[],
    before: [] as number[],
  };
  let built: PageIndexBuild | null = null;
  for (let run = 0; run < RUNS; run++) {
    const build = time(() => buildPageIndex([], state, DEFAULT_SETTINGS));
    built = build.value;
    const { index, buckets } = built;
    const stored = packPageIndex(index);
    const copied = time(() => structuredClone(stored));
    const read = time(() => readPageIndex(copied.value));
    if (!read.value) throw new Error('the benchmark index does not read back');
    const compiled = time(() => compileMatcher(read.value?.entities ?? []));
    const first = index.entities[0];
    const bucketAt = first ? cardBucketOf(first.id, index.buckets) : 0;
    const card = time(() => readCardBucket(structuredClone(buckets[bucketAt]), index.stamp));
    if (first && !card.value?.cards[first.id])
      throw new Error('the first card is not in its bucket');
    steps.build.push(build.ms);
    steps.clone.push(copied.ms);
    steps.validate.push(read.ms);
    steps.compile.push(compiled.ms);
    steps.card.push(card.ms);
    steps.before.push(
      time(() => {
        const parsed = v.safeParse(BriefingsStateSchema, structuredClone(state));
        if (!parsed.success) throw new Error('the benchmark library does not validate');
        compileMatcher(unifyEntities(activeKnowledgeBases([], parsed.output)).map(toMatchEntity));
      }).ms,
    );
  }
  if (!built) throw new Error('no run');
  const mb = (value: unknown) => JSON.stringify(value).length / 1024 / 1024;
  const row = {
    briefings: state.user.length,
    storedMb: mb(state),
    entities: built.index.entities.length,
    aliases: built.index.entities.reduce((sum, e) => sum + 1 + e.aliases.length, 0),
    indexMb: mb(packPageIndex(built.index)),
    bucketsMb: mb(built.buckets),
    buildMs: median(steps.build),
    cloneMs: median(steps.clone),
    validateMs: median(steps.validate),
    compileMs: median(steps.compile),
    cardMs: median(steps.card),
    beforeMs: median(steps.before),
  };
  return { ...row, pageMs: row.cloneMs + row.validateMs + row.compileMs };
}

export async function runLibraryBench(): Promise<LibraryRow[]> {
  const corpus = process.env.SEEDLIGHT_CORPUS ?? path.resolve('../shared/corpus');
  const nlpDev = process.env.NLP_DEV ?? path.resolve('../shared/nlp-dev');
  const base = basePieces(corpus, nlpDev).map(
    (text, i) =>
      deriveKnowledgeBase({ id: `library-${i}`, title: `Library briefing ${i}`, text }).kb,
  );
  const rows = SIZES.map((size) => measure(library(base, size)));
  const fixed = (n: number, digits = 1): string => n.toFixed(digits);
  process.stdout.write(
    `Medians of ${RUNS} warm runs. Build: the background, once per change. Page: every page load ` +
      `before its first highlight (index copy + check + compile). Card: the first card opened. ` +
      `Before: what every page load paid before the page index.\n\n` +
      '| briefings | stored MB | entities | aliases | index MB | buckets MB | build ms | ' +
      'page: clone ms | validate ms | compile ms | page ms | card ms | before ms |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
      rows
        .map(
          (r) =>
            `| ${r.briefings} | ${fixed(r.storedMb)} | ${r.entities} | ${r.aliases} | ` +
            `${fixed(r.indexMb)} | ${fixed(r.bucketsMb)} | ${fixed(r.buildMs)} | ${fixed(r.cloneMs)} | ` +
            `${fixed(r.validateMs)} | ${fixed(r.compileMs)} | ${fixed(r.pageMs)} | ` +
            `${fixed(r.cardMs)} | ${fixed(r.beforeMs)} |`,
        )
        .join('\n') +
      '\n',
  );
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runLibraryBench();
}
