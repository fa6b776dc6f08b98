import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so that scripts work from any working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv3');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const ARTIFACTS = path.join(ROOT, 'artifacts');

/** The shared corpus of real news pages; read-only. */
export const CORPUS = process.env.SEEDLIGHT_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
