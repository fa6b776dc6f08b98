import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../src/public/_locales/en/messages.json';
import { formatMessage, type LocaleMessage } from './format-message';

/** The English catalog, as the extension ships it, for tests that read its keys. */
export const englishMessages: Readonly<Record<string, LocaleMessage>> = en;

/**
 * Outside the extension there is no `i18n.getMessage`: tests get the English one, formatted the
 * way the browser formats it ('' for an unknown name, as Chrome returns). The shipped bundles carry
 * no catalog; this is the only place that reads it at run time.
 */
function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = Object.hasOwn(englishMessages, name) ? englishMessages[name] : undefined;
  if (!entry) return '';
  const list = substitutions === undefined ? [] : [substitutions].flat();
  return formatMessage(entry, list);
}

Object.assign(fakeBrowser.i18n, { getMessage });
