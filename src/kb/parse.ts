import * as v from 'valibot';
import { migrateKnowledgeBase } from './migrate';
import { KnowledgeBaseSchema, type KnowledgeBase } from './schema';

export type ParseResult = { ok: true; kb: KnowledgeBase } | { ok: false; error: string };

/** Validates an unknown value (a parsed JSON file, a stored item) as a knowledge base, migrating
 * an older format version first. */
export function validateKnowledgeBase(value: unknown): ParseResult {
  const result = v.safeParse(KnowledgeBaseSchema, migrateKnowledgeBase(value));
  if (result.success) return { ok: true, kb: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.');
  return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message };
}

/** Parses knowledge-base JSON text, saying what is wrong when it is not one. */
export function parseKnowledgeBase(json: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${(error as Error).message})` };
  }
  return validateKnowledgeBase(value);
}

/** The canonical serialization: stable key order from the schema, two-space indent, final newline. */
export function serializeKnowledgeBase(kb: KnowledgeBase): string {
  return `${JSON.stringify(kb, null, 2)}\n`;
}
