/**
 * What a reader's library costs every page before its first highlight (Node, warm): reading the
 * stored briefings state (a structured clone stands in for the copy out of `storage.local`),
 * validating it with the schema, joining entities across briefings, and compiling the matcher.
 * Numbers only; nothing here asserts on time.
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
import { BriefingsStateSchema, type BriefingsState } from '../src/settings/schema';
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

/** A copy of `kb` under a new id whose entities carry invented names, so they join nothing. */
function renamedCopy(kb: KnowledgeBase, copy: number): KnowledgeBase {
  const next = random(copy);
  return {
    ...kb,
    id: `${kb.id}-copy-${copy}`,
    title: `${kb.title} (copy ${copy})`,
    entities: kb.entities.map((entity) => {
      const name = syntheticName(next);
      const surname = name.split(' ')[1] ?? name;
      return { ...entity, name, aliases: entity.aliases.length > 0 ? [surname] : [] };
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
  cloneMs: number;
  validateMs: number;
  unifyMs: number;
  compileMs: number;
  totalMs: number;
}

/** One page's start-up work on the library, the median of RUNS runs per step. */
function measure(state: BriefingsState): LibraryRow {
  const clone: number[] = [];
  const validate: number[] = [];
  const unify: number[] = [];
  const compile: number[] = [];
  let entities = 0;
  let aliases = 0;
  for (let run = 0; run < RUNS; run++) {
    const copied = time(() => structuredClone(state));
    const parsed = time(() => v.safeParse(BriefingsStateSchema, copied.value));
    if (!parsed.value.success) throw new Error('the benchmark library does not validate');
    const kbs = activeKnowledgeBases([], parsed.value.output);
    const unified = time(() => unifyEntities(kbs));
    const matchable = unified.value.map(toMatchEntity);
    const compiled = time(() => compileMatcher(matchable));
    clone.push(copied.ms);
    validate.push(parsed.ms);
    unify.push(unified.ms);
    compile.push(compiled.ms);
    entities = unified.value.length;
    aliases = matchable.reduce((sum, e) => sum + 1 + e.aliases.length, 0);
  }
  const row = {
    briefings: state.user.length,
    storedMb: JSON.stringify(state).length / 1024 / 1024,
    entities,
    aliases,
    cloneMs: median(clone),
    validateMs: median(validate),
    unifyMs: median(unify),
    compileMs: median(compile),
  };
  return { ...row, totalMs: row.cloneMs + row.validateMs + row.unifyMs + row.compileMs };
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
    `Per page load, before the first highlight; medians of ${RUNS} warm runs.\n\n` +
      '| briefings | stored MB | entities | aliases | clone ms | validate ms | unify ms | compile ms | total ms |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
      rows
        .map(
          (r) =>
            `| ${r.briefings} | ${fixed(r.storedMb)} | ${r.entities} | ${r.aliases} | ${fixed(r.cloneMs)} | ` +
            `${fixed(r.validateMs)} | ${fixed(r.unifyMs)} | ${fixed(r.compileMs)} | ${fixed(r.totalMs)} |`,
        )
        .join('\n') +
      '\n',
  );
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runLibraryBench();
}
