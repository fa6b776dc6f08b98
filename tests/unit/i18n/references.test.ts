import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { englishMessages } from '../../setup/i18n';

const root = join(import.meta.dirname, '../../..');
const keys = new Set(Object.keys(englishMessages));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) ? [path] : [];
  });
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'entrypoints'))].map(
  (path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }),
);

// Literal keys passed to t(), plural() and localizePage(), and __MSG_key__ in HTML.
const REFERENCE_PATTERNS = [
  /\bt\(\s*'([^']*)'/g,
  /\bplural\([^,()]+,\s*'([^']*)',\s*'([^']*)'/g,
  /\blocalizePage\([^,()]+,\s*'([^']*)'/g,
  /__MSG_(\w+)__/g,
];

const references = files.flatMap(({ path, text }) =>
  REFERENCE_PATTERNS.flatMap((pattern) =>
    [...text.matchAll(pattern)].flatMap((match) =>
      match.slice(1).map((key) => ({ path, key: key ?? '' })),
    ),
  ),
);

/** Used only by the manifest (wxt.config.ts), not by code. */
const MANIFEST_ONLY = ['extDescription', 'cmdNextMention', 'cmdPreviousMention'];

describe('message keys in code', () => {
  test.each([
    'src/ui/ui-strings.ts',
    'src/popover/card-strings.ts',
    'src/source-view/source-view-strings.ts',
  ])('the scan finds the keys %s uses', (path) => {
    expect(references.filter((r) => r.path === path).length).toBeGreaterThan(0);
  });

  test('every referenced key is in the English catalog', () => {
    const missing = references.filter((r) => !keys.has(r.key));
    expect(missing).toEqual([]);
  });

  test('every key in the catalog is used by code or the manifest', () => {
    const everything = files.map((f) => f.text).join('\n');
    const unused = [...keys].filter(
      (key) =>
        !MANIFEST_ONLY.includes(key) &&
        !everything.includes(`'${key}'`) &&
        !everything.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});
