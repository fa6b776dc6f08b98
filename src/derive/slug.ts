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

/** A stable lower-case ASCII slug of a name ("Jonas Gahr Støre" -> "jonas-gahr-store"). */
export function slugify(name: string): string {
  const folded = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øæåœßđðłþı]/g, (c) => FOLDED[c] ?? c);
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'entity' : slug;
}
