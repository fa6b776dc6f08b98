import { describe, expect, test } from 'vitest';
import { englishMessages } from '../../setup/i18n';
import type { LocaleMessage } from '../../../src/i18n/format-message';

const catalog: Record<string, LocaleMessage> = englishMessages;
const entries = Object.entries(catalog);

/** `$NAME$` placeholders of a message, lower-cased as Chrome compares them; `$$` is a literal $. */
function usedPlaceholders(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) =>
    (m[1] ?? '').toLowerCase(),
  );
}

describe('the English catalog (src/public/_locales/en/messages.json)', () => {
  test('message names are unique ignoring case, as Chrome reads them', () => {
    const lower = entries.map(([key]) => key.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  test.each(entries)('%s: Chrome-valid name, non-empty message and description', (key, entry) => {
    expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(key.startsWith('@@')).toBe(false);
    expect(entry.message.trim()).not.toBe('');
    expect(entry.description?.trim() ?? '').not.toBe('');
  });

  test.each(entries)('%s: every placeholder is declared and used, in $1…$n order', (_, entry) => {
    const used = usedPlaceholders(entry.message);
    const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());
    expect(new Set(used)).toEqual(new Set(declared));
    const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
    expect(contents.sort()).toEqual(declared.map((_name, i) => `$${i + 1}`));
    // A lone $ would be read as a placeholder or substitution by the browser.
    const rest = entry.message.replace(/\$\$/g, '').replace(/\$[A-Za-z0-9_@]+\$/g, '');
    expect(rest).not.toContain('$');
  });

  test.each(entries.filter(([, entry]) => entry.placeholders))(
    '%s: every placeholder has an example for translators',
    (_, entry) => {
      for (const placeholder of Object.values(entry.placeholders ?? {})) {
        expect(placeholder.example?.trim() ?? '').not.toBe('');
      }
    },
  );

  // The manifest refers to these as __MSG_<key>__; renaming one breaks the store listing.
  test.each(['extName', 'extDescription', 'cmdToggle', 'cmdNextMention', 'cmdPreviousMention'])(
    'has the manifest message %s',
    (key) => {
      expect(catalog[key]?.message).toBeTruthy();
    },
  );

  test.each([
    ['messagesLocale', /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/],
    ['messagesDirection', /^(ltr|rtl)$/],
  ])('%s is a machine value, not prose', (key, pattern) => {
    expect(catalog[key]?.message).toMatch(pattern);
  });
});
