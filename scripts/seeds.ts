import { tEnglish } from '../src/i18n/english';
import { problemText } from '../src/i18n/problem-text';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { applyCorrections, CorrectionsSchema } from '../src/derive/corrections';
import { checkSeedText, deriveKnowledgeBase, MAX_SEED_CHARS, seedTitle } from '../src/derive/index';
import { validateKnowledgeBase } from '../src/kb/parse';
import type { KnowledgeBase } from '../src/kb/schema';

export interface SeedFile {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

const SEED_EXTENSIONS = ['.txt', '.md'];

/**
 * Reads one seed file as UTF-8 text. Throws an Error naming the file and the reason when it is
 * missing, unreadable, too large, binary, not UTF-8 or empty.
 */
export function readSeedFile(file: string): SeedFile {
  const fail = (reason: string): never => {
    throw new Error(`${file}: ${reason}`);
  };
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail('not a regular file');
    size = stat.size;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(`${file}:`)) throw error;
    return fail(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  // UTF-8 takes at most 4 bytes a character: refuse huge files before reading them whole.
  if (size > 4 * MAX_SEED_CHARS) {
    fail(
      `the file is too large (${size.toLocaleString('en-US')} bytes; the limit is ${MAX_SEED_CHARS.toLocaleString('en-US')} characters)`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return fail(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (bytes.includes(0)) fail('the file is binary (it holds NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail('the file is not UTF-8 text');
  }
  const reason = checkSeedText(text);
  if (reason !== null) fail(problemText(reason, tEnglish));
  const id = path.basename(file).replace(/\.[^.]+$/, '');
  return { id, title: seedTitle(text), text };
}

/** Reads and validates `<seed>.corrections.json` beside a seed, or returns null when there is none. */
export function readCorrections(seedFile: string): v.InferOutput<typeof CorrectionsSchema> | null {
  const file = seedFile.replace(/\.[^.]+$/, '.corrections.json');
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${file}: cannot read the file (${String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = v.safeParse(CorrectionsSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.');
    throw new Error(`${file}: ${where ? `${where}: ` : ''}${issue.message}`);
  }
  return result.output;
}

/**
 * Derives one seed file, applies its corrections and validates the result. Throws an Error
 * naming the file on any problem; report lines say what the corrections changed.
 */
export function deriveSeedFile(file: string): { kb: KnowledgeBase; report: string[] } {
  const seed = readSeedFile(file);
  const report: string[] = [];
  let kb: KnowledgeBase;
  let warnings: string[];
  try {
    ({ kb, warnings } = deriveKnowledgeBase(seed));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  for (const warning of warnings) report.push(`${file}: warning: ${warning}`);
  const corrections = readCorrections(file);
  if (corrections) {
    const correctionsFile = file.replace(/\.[^.]+$/, '.corrections.json');
    try {
      const applied = applyCorrections(kb, corrections);
      kb = applied.kb;
      for (const line of applied.report) report.push(`${correctionsFile}: ${line}`);
    } catch (error) {
      throw new Error(`${correctionsFile}: ${(error as Error).message}`);
    }
  }
  const valid = validateKnowledgeBase(kb);
  if (!valid.ok) throw new Error(`${file}: the derived knowledge base is invalid (${valid.error})`);
  report.push(`${file}: ${valid.kb.entities.length} entities`);
  return { kb: valid.kb, report };
}

/** Derives every `*.txt` / `*.md` seed in a folder, sorted by file name. */
export function loadSeedKnowledgeBases(dir: string): { kbs: KnowledgeBase[]; report: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new Error(`${dir}: cannot read the seeds folder (${String(error)})`);
  }
  const kbs: KnowledgeBase[] = [];
  const report: string[] = [];
  for (const name of names.filter((n) => SEED_EXTENSIONS.includes(path.extname(n))).sort()) {
    const derived = deriveSeedFile(path.join(dir, name));
    kbs.push(derived.kb);
    report.push(...derived.report);
  }
  return { kbs, report };
}
