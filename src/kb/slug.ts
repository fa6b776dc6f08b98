const FOLDED: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  å: 'a',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

export interface SlugOptions {
  /** The slug when nothing of the text is left. */
  fallback?: string;
  /** Longest slug; a cut slug does not end in a hyphen. */
  maxLength?: number;
}

/**
 * A stable lower-case ASCII slug of a name ("Jonas Gahr Støre" -> "jonas-gahr-store"): entity ids
 * of the bundled seeds and ids of new briefings. Changing the folding changes those ids.
 */
export function slugify(
  name: string,
  { fallback = 'entity', maxLength = Infinity }: SlugOptions = {},
): string {
  const folded = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øæåœßđðłþı]/g, (c) => FOLDED[c] ?? c);
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}
