import { problem, problemFromIssues, within, type Problem, type ProblemCode } from '../kb/problem';
import * as v from 'valibot';
import { serializeKnowledgeBase, validateKnowledgeBase } from '../kb/parse';
import type { KnowledgeBase } from '../kb/schema';
import { slugify } from '../kb/slug';
import type { BriefingsState } from './schema';

export const BRIEFINGS_EXPORT_FORMAT = 'seedlight-briefings';
export const BRIEFINGS_EXPORT_VERSION = 1;

export type BriefingsResult = { ok: true; state: BriefingsState } | { ok: false; error: Problem };

export interface ImportedBriefing {
  kb: KnowledgeBase;
  enabled: boolean;
}

export type ImportResult =
  { ok: true; briefings: ImportedBriefing[] } | { ok: false; error: Problem };

/** A lower-case slug for a briefing title, distinct from every id in `taken`. */
export function briefingId(title: string, taken: ReadonlySet<string>): string {
  const base = slugify(title, { fallback: 'briefing', maxLength: 48 });
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function briefingIds(state: BriefingsState, bundled: readonly KnowledgeBase[]): Set<string> {
  return new Set([...bundled.map((kb) => kb.id), ...state.user.map((b) => b.kb.id)]);
}

/** Adds briefings, all or none: an id already in use refuses the whole batch. */
export function addBriefings(
  state: BriefingsState,
  bundled: readonly KnowledgeBase[],
  added: readonly ImportedBriefing[],
  now: number,
): BriefingsResult {
  const taken = briefingIds(state, bundled);
  const seen = new Set<string>();
  for (const { kb } of added) {
    if (taken.has(kb.id)) return { ok: false, error: problem('briefing-exists', kb.id) };
    if (seen.has(kb.id)) return { ok: false, error: problem('id-twice', kb.id) };
    seen.add(kb.id);
  }
  const user = [...state.user, ...added.map(({ kb, enabled }) => ({ kb, enabled, addedAt: now }))];
  return { ok: true, state: { ...state, user } };
}

export function removeBriefing(state: BriefingsState, id: string): BriefingsState {
  return { ...state, user: state.user.filter((b) => b.kb.id !== id) };
}

/** What undoing a removal needs: the briefing as it was and where it stood in the list. */
export interface RemovedBriefing {
  briefing: BriefingsState['user'][number];
  index: number;
}

/** Removes a briefing and says what was removed, so that `restoreBriefing` can put it back. */
export function takeBriefing(
  state: BriefingsState,
  id: string,
): { state: BriefingsState; removed: RemovedBriefing | null } {
  const index = state.user.findIndex((b) => b.kb.id === id);
  const briefing = state.user[index];
  if (!briefing) return { state, removed: null };
  return { state: removeBriefing(state, id), removed: { briefing, index } };
}

/** Puts a removed briefing back where it stood; refuses when its id has meanwhile been taken. */
export function restoreBriefing(
  state: BriefingsState,
  bundled: readonly KnowledgeBase[],
  removed: RemovedBriefing,
): BriefingsResult {
  if (briefingIds(state, bundled).has(removed.briefing.kb.id)) {
    return {
      ok: false,
      error: problem('briefing-exists', removed.briefing.kb.id),
    };
  }
  const user = [...state.user];
  user.splice(Math.min(removed.index, user.length), 0, removed.briefing);
  return { ok: true, state: { ...state, user } };
}

/** Replaces a reader's briefing in place with an edited version of the same id. */
export function replaceBriefing(state: BriefingsState, kb: KnowledgeBase): BriefingsResult {
  if (!state.user.some((b) => b.kb.id === kb.id)) {
    return { ok: false, error: problem('no-such-briefing', kb.id) };
  }
  return {
    ok: true,
    state: { ...state, user: state.user.map((b) => (b.kb.id === kb.id ? { ...b, kb } : b)) },
  };
}

/** The ids of imported briefings that are already in use, in import order. */
export function conflictingIds(
  state: BriefingsState,
  bundled: readonly KnowledgeBase[],
  added: readonly ImportedBriefing[],
): string[] {
  const taken = briefingIds(state, bundled);
  return added.map(({ kb }) => kb.id).filter((id) => taken.has(id));
}

/**
 * How an import treats a briefing whose id is in use: `replace` swaps the reader's briefing for
 * the imported one (a bundled briefing is never replaced: its copy is kept beside it), and
 * `keep-both` adds the imported one under a fresh id.
 */
export type ImportConflictChoice = 'replace' | 'keep-both';

export function importBriefings(
  state: BriefingsState,
  bundled: readonly KnowledgeBase[],
  added: readonly ImportedBriefing[],
  now: number,
  choice: ImportConflictChoice,
): BriefingsResult {
  const bundledIds = new Set(bundled.map((kb) => kb.id));
  let user = [...state.user];
  const taken = briefingIds(state, bundled);
  const fresh: ImportedBriefing[] = [];
  for (const item of added) {
    const mine = user.findIndex((b) => b.kb.id === item.kb.id);
    if (choice === 'replace' && mine >= 0) {
      user = user.map((b, i) => (i === mine ? { ...b, kb: item.kb, enabled: item.enabled } : b));
      continue;
    }
    const inUse = taken.has(item.kb.id) || bundledIds.has(item.kb.id);
    const id = inUse ? briefingId(item.kb.title || item.kb.id, taken) : item.kb.id;
    taken.add(id);
    fresh.push(id === item.kb.id ? item : { ...item, kb: renameKnowledgeBase(item.kb, id) });
  }
  return addBriefings({ ...state, user }, bundled, fresh, now);
}

/** A knowledge base under another id; its own source ids are left as they are. */
function renameKnowledgeBase(kb: KnowledgeBase, id: string): KnowledgeBase {
  return { ...kb, id };
}

/**
 * What the briefings take in storage, in bytes of JSON (a close estimate of what the browser
 * counts against its quota).
 */
export function storedSize(state: BriefingsState): number {
  return new TextEncoder().encode(JSON.stringify(state)).length;
}

/**
 * The most the briefings may take. The page index built from them takes about as much again
 * (its card buckets hold the entities' sentences), which is why Chromium gets `unlimitedStorage`;
 * the limit stays while the options page reads and lists the whole library at once.
 */
export const BRIEFINGS_STORAGE_LIMIT = 8 * 1024 * 1024;

/** Refuses a state too large to store, before anything is written. */
export function checkStorageSize(
  state: BriefingsState,
  limit = BRIEFINGS_STORAGE_LIMIT,
): BriefingsResult {
  const size = storedSize(state);
  if (size <= limit) return { ok: true, state };
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return {
    ok: false,
    error: problem('storage-full', mb(size), mb(limit)),
  };
}

/** Turns a bundled or a reader's briefing on or off. */
export function setBriefingEnabled(
  state: BriefingsState,
  bundled: readonly KnowledgeBase[],
  id: string,
  enabled: boolean,
): BriefingsState {
  if (bundled.some((kb) => kb.id === id)) {
    const others = state.disabledBundled.filter((d) => d !== id);
    return { ...state, disabledBundled: enabled ? others : [...others, id] };
  }
  return {
    ...state,
    user: state.user.map((b) => (b.kb.id === id ? { ...b, enabled } : b)),
  };
}

/** The reader's briefings as one JSON file that `parseBriefingsImport` reads back. */
export function serializeBriefingsExport(state: BriefingsState): string {
  const briefings = state.user.map(({ kb, enabled }) => ({ enabled, kb }));
  return `${JSON.stringify(
    { format: BRIEFINGS_EXPORT_FORMAT, version: BRIEFINGS_EXPORT_VERSION, briefings },
    null,
    2,
  )}\n`;
}

export function serializeBriefing(kb: KnowledgeBase): string {
  return serializeKnowledgeBase(kb);
}

const ExportEnvelopeSchema = v.object({
  format: v.literal(BRIEFINGS_EXPORT_FORMAT),
  version: v.literal(BRIEFINGS_EXPORT_VERSION, 'wrong-version' satisfies ProblemCode),
  briefings: v.array(v.object({ enabled: v.boolean(), kb: v.unknown() })),
});

/**
 * Reads an imported file: either one knowledge base or a Seedlight briefings export. Every
 * briefing is schema-validated; the first problem is reported and nothing is returned.
 */
export function parseBriefingsImport(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: problem('not-json') };
  }
  const isEnvelope =
    typeof value === 'object' && value !== null && 'format' in value && !('entities' in value);
  if (!isEnvelope) {
    const single = validateKnowledgeBase(value);
    if (!single.ok) return { ok: false, error: within(problem('not-a-briefing'), single.error) };
    return { ok: true, briefings: [{ kb: single.kb, enabled: true }] };
  }
  const envelope = v.safeParse(ExportEnvelopeSchema, value);
  if (!envelope.success) {
    const found = problemFromIssues(envelope.issues);
    const error =
      found.code === 'wrong-version'
        ? { ...found, values: [String(BRIEFINGS_EXPORT_VERSION)] }
        : found;
    return { ok: false, error: within(problem('not-an-export'), error) };
  }
  const briefings: ImportedBriefing[] = [];
  for (const [index, item] of envelope.output.briefings.entries()) {
    const parsed = validateKnowledgeBase(item.kb);
    if (!parsed.ok)
      return { ok: false, error: within(problem('in-briefing', String(index + 1)), parsed.error) };
    briefings.push({ kb: parsed.kb, enabled: item.enabled });
  }
  if (briefings.length === 0) return { ok: false, error: problem('no-briefings') };
  return { ok: true, briefings };
}
