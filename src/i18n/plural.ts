/** The plural forms messages.json has keys for; Chrome's i18n has no plural rules of its own. */
export type PluralForm = 'one' | 'other';

const rulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      // A malformed language code in a translation must not break the page.
      rules = new Intl.PluralRules('en');
    }
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/**
 * Whether `count` takes the language's singular form. Languages with more forms (few, many)
 * fall back to the plural key, which is as close as two keys can get.
 */
export function pluralForm(count: number, locale: string): PluralForm {
  return pluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
