import * as v from 'valibot';

/** Which passage the source page shows: a knowledge base, one of its sources, and character offsets. */
export const SourceRefSchema = v.object({
  kbId: v.string(),
  source: v.string(),
  start: v.number(),
  end: v.number(),
});

export type SourceRef = v.InferOutput<typeof SourceRefSchema>;

/** The extension page that shows a source; WXT builds `entrypoints/source/` to this path. */
export const SOURCE_PAGE_PATH = '/source.html';

/** The query string for `ref`, e.g. `?kb=k&source=s&start=10&end=42`. */
export function formatSourceRef(ref: SourceRef): string {
  const params = new URLSearchParams({
    kb: ref.kbId,
    source: ref.source,
    start: String(ref.start),
    end: String(ref.end),
  });
  return `?${params.toString()}`;
}

/** Reads a `SourceRef` from a query string; null when a part is missing or not a whole number. */
export function parseSourceRef(search: string): SourceRef | null {
  const params = new URLSearchParams(search);
  const kbId = params.get('kb');
  const source = params.get('source');
  const start = toOffset(params.get('start'));
  const end = toOffset(params.get('end'));
  if (!kbId || !source || start === null || end === null) return null;
  return { kbId, source, start, end };
}

function toOffset(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : null;
}
