import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { englishMessages } from '../../setup/i18n';
import { findDisplayLiterals } from './display-literals';

const root = join(import.meta.dirname, '../../..');
const isKey = (text: string) => Object.hasOwn(englishMessages, text);

describe('the messages modules take every string from the catalog', () => {
  test.each([
    'src/ui/ui-strings.ts',
    'src/popover/card-strings.ts',
    'src/source-view/source-view-strings.ts',
  ])('%s has no literal text outside message keys', (path) => {
    expect(findDisplayLiterals(readFileSync(join(root, path), 'utf8'), isKey)).toEqual([]);
  });
});

describe('findDisplayLiterals', () => {
  test.each([
    ["export const m = { close: 'Close' };", ['Close']],
    ['export const m = { more: (n: number) => `${n} more` };', ['`${n} more`']],
    ['export const m = { list: (a: string[]) => a.join(", ") };', [', ']],
    ['export const m = { hi: `Hello` };', ['Hello']],
    ["export const m = { close: t('cardClose') };", []],
    ["import { t } from '../i18n';", []],
    ["const K: Record<'a-b', string> = { 'a-b': t('cardClose') };", []],
    ["const f = (s: { r: string }) => (s.r === 'denied' ? t('cardClose') : t('cardNext'));", []],
    ['const f = (a: string, b: string) => `${a}${b}`;', []],
  ])('%s', (source, expected) => {
    expect(findDisplayLiterals(source, isKey).map((found) => found.text)).toEqual(expected);
  });
});
