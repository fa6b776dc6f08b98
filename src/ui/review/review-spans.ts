import type { SourceMentions } from './review-mentions';

/** Where a mention is: which source and which of its spans. */
export interface MentionAt {
  source: number;
  span: number;
}

/** The mention that covers `offset` in source `source`, if any (a click in the text). */
export function mentionAt(
  mentions: readonly SourceMentions[],
  source: number,
  offset: number,
): { entityId: string; at: MentionAt } | null {
  const spans = mentions[source]?.spans ?? [];
  const span = spans.findIndex((s) => s.start <= offset && offset < s.end);
  const found = spans[span];
  return found ? { entityId: found.entityId, at: { source, span } } : null;
}

/** Every mention of an entity, in text order. */
export function mentionsOf(mentions: readonly SourceMentions[], entityId: string): MentionAt[] {
  return mentions.flatMap((m, source) =>
    m.spans.flatMap((s, span) => (s.entityId === entityId ? [{ source, span }] : [])),
  );
}

/**
 * The next mention after `from` (or the first), wrapping around; `back` goes the other way.
 * `entityId` null steps through every mention.
 */
export function nextMention(
  mentions: readonly SourceMentions[],
  entityId: string | null,
  from: MentionAt | null,
  back = false,
): MentionAt | null {
  const all = mentions.flatMap((m, source) =>
    m.spans.flatMap((s, span) =>
      entityId === null || s.entityId === entityId ? [{ source, span }] : [],
    ),
  );
  if (all.length === 0) return null;
  const at = from ? all.findIndex((m) => m.source === from.source && m.span === from.span) : -1;
  if (at < 0) {
    if (!from) return (back ? all.at(-1) : all[0]) ?? null;
    // `from` was another entity's mention: the first of these after (or before) it.
    const after = all.find(
      (m) => m.source > from.source || (m.source === from.source && m.span > from.span),
    );
    return (
      (back
        ? [...all]
            .reverse()
            .find((m) => m.source < from.source || (m.source === from.source && m.span < from.span))
        : after) ??
      (back ? all.at(-1) : all[0]) ??
      null
    );
  }
  const next = (at + (back ? -1 : 1) + all.length) % all.length;
  return all[next] ?? null;
}
