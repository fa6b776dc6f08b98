import { createHash } from 'node:crypto';
import path from 'node:path';
import type { BrowserKind } from './browsers';
import { CHROME_BUILD } from './paths';

/** Fixed through `extensions.webextensions.uuids`, so the harness knows the extension's pages' address. */
export const FIREFOX_EXTENSION_UUID = '5eed11c7-0000-4000-8000-5eed11c70001';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/** Chromium names an unpacked extension after its folder: a SHA-256 of the path, spelt in a-p. */
export function unpackedExtensionId(folder: string): string {
  const hex = createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** The origin of the built extension's own pages in `kind`. */
export function extensionOrigin(kind: BrowserKind): string {
  return kind === 'chromium'
    ? `chrome-extension://${unpackedExtensionId(CHROME_BUILD)}`
    : FIREFOX_EXTENSION_ORIGIN;
}
