/** A deterministic pseudo-random generator (mulberry32), so every run builds the same names. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ren sto va bel dur an ish tor el mar vik sun del ora qui zan fel'.split(
  ' ',
);

/** Two invented words such as "Vikora Delstomi": names no page holds. */
export function syntheticName(next: () => number): string {
  const word = (): string => {
    let text = '';
    for (let i = 0, parts = 2 + Math.floor(next() * 2); i < parts; i++) {
      text += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    }
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return `${word()} ${word()}`;
}
