import en from '../public/_locales/en/messages.json';
import { formatMessage, type LocaleMessage } from './format-message';
import type { MessageKey, Translate } from './index';

/**
 * The English catalog, for code that runs outside the browser: the command line and the tests.
 * Never imported by the extension's bundles, which ask `browser.i18n.getMessage`.
 */
export const englishMessages: Readonly<Record<string, LocaleMessage>> = en;

/** `i18n.getMessage` in English: '' for an unknown name, as Chrome returns. */
export function englishMessage(name: string, substitutions: readonly string[] = []): string {
  const entry = Object.hasOwn(englishMessages, name) ? englishMessages[name] : undefined;
  return entry ? formatMessage(entry, substitutions) : '';
}

/** `t()` in English. */
export const tEnglish: Translate<MessageKey> = (key, ...substitutions) =>
  englishMessage(key, substitutions);
