import { formatMessage, type LocaleMessage } from './format-message';

/** `i18n.getMessage`: '' for an unknown key, undefined or a throw where there is no extension API. */
export type GetMessage = (name: string, substitutions: string[]) => string | undefined;

export type Translate<K extends string> = (key: K, ...substitutions: string[]) => string;

/**
 * A `t()` that asks the browser first and falls back to the bundled catalog, so unit tests,
 * plain pages and a translation missing a key never show empty text.
 */
export function createTranslator<K extends string>(
  catalog: Readonly<Record<K, LocaleMessage>>,
  getMessage: GetMessage,
): Translate<K> {
  return (key, ...substitutions) => {
    let translated: string | undefined;
    try {
      translated = getMessage(key, substitutions);
    } catch {
      translated = undefined;
    }
    return typeof translated === 'string' && translated !== ''
      ? translated
      : formatMessage(catalog[key], substitutions);
  };
}
