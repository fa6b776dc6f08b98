import { browser } from 'wxt/browser';
import { pluralForm } from './plural';

/**
 * Every message name, from the English catalog's type only: a misspelt key fails type-checking,
 * and no catalog is bundled. The browser's `i18n.getMessage` is the one source of text (it falls
 * back to the default locale itself); tests install the catalog in `tests/setup/i18n.ts`.
 */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

export type Translate<K extends string> = (key: K, ...substitutions: string[]) => string;

// WXT types getMessage by the manifest's default_locale; this view takes any name.
const getMessage: (name: string, substitutions: string[]) => string = (name, substitutions) =>
  (browser.i18n as { getMessage(name: string, substitutions: string[]): string }).getMessage(
    name,
    substitutions,
  );

/** The message for `key` in the browser's language, with `$1`…`$9` substituted. */
export const t: Translate<MessageKey> = (key, ...substitutions) => getMessage(key, substitutions);

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
/** A date (milliseconds since the epoch) as the catalog's locale writes it in full. */
export function formatDate(ms: number): string {
  return new Intl.DateTimeFormat(messagesLocale(), { dateStyle: 'long' }).format(ms);
}

export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(messagesLocale(), { type: 'unit', style: 'short' }).format(items);
}

/** Writing direction of the messages actually shown, for `<html dir>`. */
export function textDirection(): 'ltr' | 'rtl' {
  return t('messagesDirection') === 'rtl' ? 'rtl' : 'ltr';
}

export { pluralForm, type PluralForm } from './plural';
