import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import { pluralForm } from './plural';
import { createTranslator, type GetMessage } from './translator';

/** Every message name, from the English catalog, so a misspelt key fails type-checking. */
export type MessageKey = keyof typeof en;

/** The English catalog: the fallback, and the list of keys every translation follows. */
export const englishMessages = en;

// WXT types getMessage by the manifest's default_locale; this view takes any name. The API may
// also be missing (tests, a page outside the extension): t() then falls back to English.
const browserGetMessage: GetMessage = (name, substitutions) => {
  const i18n: { getMessage(name: string, substitutions: string[]): string } = browser.i18n;
  return i18n.getMessage(name, substitutions);
};

/** The message for `key` in the browser's language, with `$1`…`$9` substituted. */
export const t = createTranslator(en, browserGetMessage);

/** The language of the messages actually shown (a translation names its own); 'en' if malformed. */
export function messagesLocale(): string {
  try {
    return Intl.getCanonicalLocales(t('messagesLocale'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The key of the singular or plural message for `count`, by the messages' language. */
export function plural(count: number, one: MessageKey, other: MessageKey): MessageKey {
  return pluralForm(count, messagesLocale()) === 'one' ? one : other;
}

/** A number written the way the messages' language writes it. */
export function formatNumber(value: number): string {
  return value.toLocaleString(messagesLocale());
}

/** A plain list ("a, b, c") in the messages' language, without a final "and". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(messagesLocale(), { type: 'unit', style: 'short' }).format(items);
}

/** Writing direction of the messages actually shown, for `<html dir>`. */
export function textDirection(): 'ltr' | 'rtl' {
  return t('messagesDirection') === 'rtl' ? 'rtl' : 'ltr';
}

export { formatMessage, type LocaleMessage } from './format-message';
export { pluralForm, type PluralForm } from './plural';
export { createTranslator, type GetMessage, type Translate } from './translator';
