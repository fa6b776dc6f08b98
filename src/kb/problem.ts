import type * as v from 'valibot';

/**
 * Why a value was refused, as a code and the values to fill in, never as English: the UI turns
 * it into words through the message catalog (`problemKey` names the message). A problem found
 * inside a larger value carries the larger one's code as `within` ("briefing 2 of the file: …").
 */
export interface Problem {
  readonly code: ProblemCode;
  /** Filled into the message as `$1`, `$2`…, in order. */
  readonly values?: readonly string[];
  /** Where in the value (a dotted path such as `entities.0.name`), when the value has parts. */
  readonly path?: string;
  /** The problem this one was found in. */
  readonly cause?: Problem;
}

/** Every problem code; each has the message `problem` + its code in camel case. */
export const PROBLEM_CODES = [
  // Schema checks (src/kb/schema.ts, settings schemas); values: expected, received.
  'invalid-value',
  'empty-string',
  'sentence-order',
  'entity-id-slug',
  'no-alias',
  'wrong-version',
  'duplicate-entity-id',
  'unknown-related',
  'misquoted-sentence',
  'not-json',
  // Seed text (src/derive/check-text.ts).
  'text-too-large',
  'text-empty',
  'text-nul',
  'text-binary',
  'text-no-words',
  // Briefings (src/settings/briefings.ts).
  'not-a-briefing',
  'not-an-export',
  'in-briefing',
  'no-briefings',
  'briefing-exists',
  'id-twice',
  'no-such-briefing',
  'no-such-name',
  'storage-full',
  // Site patterns (src/settings/site-rules.ts).
  'pattern-empty',
  'pattern-spaces',
  'pattern-no-site',
  'pattern-no-host',
  'pattern-port-nan',
  'pattern-port-range',
  'pattern-bad-host',
  'pattern-broken-host',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

const CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);

export function problem(code: ProblemCode, ...values: string[]): Problem {
  return values.length > 0 ? { code, values } : { code };
}

/** The one reading of valibot issues: the first issue, its path, and its code. A schema's own
 * checks give a problem code as their message; valibot's built-in ones say what was expected. */
export function problemFromIssues(issues: readonly v.BaseIssue<unknown>[]): Problem {
  const issue = issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.');
  const base: Problem =
    issue === undefined
      ? problem('invalid-value', '', '')
      : CODES.has(issue.message)
        ? problem(issue.message as ProblemCode)
        : problem('invalid-value', issue.expected ?? '', issue.received);
  return path ? { ...base, path } : base;
}

/** The same problem, found inside `outer`. */
export function within(outer: Problem, inner: Problem): Problem {
  return { ...outer, cause: inner };
}

/** A plain-English rendering for logs and the command line (no browser catalog there). */
export function problemForLog(p: Problem): string {
  const here = `${p.path ? `${p.path}: ` : ''}${p.code}${p.values?.length ? ` (${p.values.join(', ')})` : ''}`;
  return p.cause ? `${here}: ${problemForLog(p.cause)}` : here;
}
