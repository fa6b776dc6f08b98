/**
 * The short forms news English gives a few countries: "the U.S.", "America" and "the United States"
 * are one place, and so are "Britain", "the U.K." and "the United Kingdom" ("England" is not).
 */
const COUNTRY_FORMS: ReadonlyMap<string, string> = new Map(
  [
    ['United States', 'United States of America', 'America', 'US', 'U.S.', 'U.S', 'USA', 'U.S.A.'],
    ['United Kingdom', 'Great Britain', 'Britain', 'UK', 'U.K.'],
    ['United Arab Emirates', 'UAE', 'U.A.E.'],
    ['Democratic Republic of the Congo', 'DR Congo', 'DRC'],
  ].flatMap((forms) => forms.map((form) => [form, forms[0] as string] as const)),
);

/** The country a name is a short or long form of ("America" -> "United States"), if it is one. */
export function countryOf(surface: string): string | null {
  return COUNTRY_FORMS.get(surface) ?? null;
}
