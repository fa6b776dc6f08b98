import * as v from 'valibot';

/** A stored value that failed validation, kept as it was so nothing is silently lost. */
export const RecoveredRecordSchema = v.object({
  key: v.string(),
  reason: v.string(),
  raw: v.unknown(),
  /** Milliseconds since the epoch. */
  at: v.number(),
});

export type RecoveredRecord = v.InferOutput<typeof RecoveredRecordSchema>;

export const RecoveredListSchema = v.array(RecoveredRecordSchema);

export const RECOVERED_EXPORT_FORMAT = 'seedlight-recovered-data';

/** The JSON a reader downloads to keep (or send) the damaged values. */
export function serializeRecovered(records: readonly RecoveredRecord[]): string {
  return `${JSON.stringify({ format: RECOVERED_EXPORT_FORMAT, records }, null, 2)}\n`;
}

/** Appends a record unless the same damaged value of the same key is already kept. */
export function addRecovered(
  records: readonly RecoveredRecord[],
  record: RecoveredRecord,
): RecoveredRecord[] {
  const raw = JSON.stringify(record.raw);
  const known = records.some((r) => r.key === record.key && JSON.stringify(r.raw) === raw);
  return known ? [...records] : [...records, record];
}
