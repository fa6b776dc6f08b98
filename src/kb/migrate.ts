import { KB_VERSION } from './schema';

/**
 * Brings a knowledge base of an older format version up to `KB_VERSION`, before validation.
 * Version 1 differs from 2 only in lacking the optional `evidence` of entities. A value that is
 * not an older knowledge base is returned as it was, for the schema to judge.
 */
export function migrateKnowledgeBase(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('version' in value)) return value;
  const { version } = value as { version: unknown };
  if (version === 1) return { ...value, version: KB_VERSION };
  return value;
}
