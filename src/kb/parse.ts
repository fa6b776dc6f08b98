import * as v from 'valibot';
import { migrateKnowledgeBase } from './migrate';
import { problem, problemFromIssues, type Problem } from './problem';
import { KB_VERSION, KnowledgeBaseSchema, type KnowledgeBase } from './schema';

export type ParseResult = { ok: true; kb: KnowledgeBase } | { ok: false; error: Problem };

/** Validates an unknown value (a parsed JSON file, a stored item) as a knowledge base, migrating
 * an older format version first. */
export function validateKnowledgeBase(value: unknown): ParseResult {
  const result = v.safeParse(KnowledgeBaseSchema, migrateKnowledgeBase(value));
  if (result.success) return { ok: true, kb: result.output };
  const error = problemFromIssues(result.issues);
  return { ok: false, error: error.code === 'wrong-version' ? withVersion(error) : error };
}

/** The version problem names the version this build reads. */
function withVersion(error: Problem): Problem {
  return { ...error, values: [String(KB_VERSION)] };
}

/** Parses knowledge-base JSON text, saying what is wrong when it is not one. */
export function parseKnowledgeBase(json: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: problem('not-json') };
  }
  return validateKnowledgeBase(value);
}

/** The canonical serialization: stable key order from the schema, two-space indent, final newline. */
export function serializeKnowledgeBase(kb: KnowledgeBase): string {
  return `${JSON.stringify(kb, null, 2)}\n`;
}
