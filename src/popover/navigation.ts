/** Index arithmetic for moving among mentions; pure, so the wrap-around rules are tested alone. */

export type Direction = 1 | -1;

/** The index one step from `current` in `direction`, wrapping around; -1 when there is nothing. */
export function stepIndex(count: number, current: number, direction: Direction): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/**
 * With no current mention, the first mention at or below the viewport top (going forward)
 * or the last one above it (going back); wraps when there is none on that side.
 * `tops` are the mentions' viewport tops in document order.
 */
export function indexFromViewport(tops: readonly number[], direction: Direction): number {
  if (tops.length === 0) return -1;
  if (direction === 1) {
    const index = tops.findIndex((top) => top >= 0);
    return index >= 0 ? index : 0;
  }
  for (let i = tops.length - 1; i >= 0; i -= 1) {
    if ((tops[i] ?? 0) < 0) return i;
  }
  return tops.length - 1;
}

/**
 * The first index after `current` (wrapping) whose item satisfies `accept`, or -1.
 * `current` itself is tried last, so an entity mentioned once still finds that mention.
 */
export function nextMatching<T>(
  items: readonly T[],
  current: number,
  accept: (item: T) => boolean,
): number {
  const count = items.length;
  for (let step = 1; step <= count; step += 1) {
    const index = (((current + step) % count) + count) % count;
    const item = items[index];
    if (item !== undefined && accept(item)) return index;
  }
  return -1;
}
