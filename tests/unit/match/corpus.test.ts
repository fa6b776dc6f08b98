import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileMatcher, keepSupported } from '../../../src/match';
import { ENTITIES } from './fixtures';

const CORPUS = process.env.SEEDLIGHT_CORPUS ?? path.resolve('../shared/corpus');

/** The page's text without markup: enough for the matcher, which never sees tags. */
function pageText(file: string): string {
  return readFileSync(path.join(CORPUS, file), 'utf8')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

const matcher = compileMatcher(ENTITIES);

function mentionedIds(file: string): string[] {
  const text = pageText(file);
  const ids = keepSupported(matcher, matcher.findSpans(text)).map((span) => span.entityId);
  return [...new Set(ids)].sort();
}

describe('real pages', () => {
  test.each<[string, string[]]>([
    // "ke-XI" is a Roman numeral and "BRICS" is not BRI.
    ['flairNLP-fundus__id-MediaIndonesia_2026_01_20.html', []],
    // German handball page with region-code lists: nothing of the briefing.
    ['adbar-trafilatura__leukefeld-handball-de.html', []],
    [
      'scrapinghub-article-extraction-benchmark__washingtonexaminer-2019-why-beijing-will-bring-slaughter-to-hong-kong.html',
      [
        'ap',
        'china',
        'nato',
        'reuters',
        'ukraine',
        'united-states',
        'volodymyr-zelensky',
        'xi-jinping',
      ],
    ],
  ])('%s', (file, ids) => {
    expect(mentionedIds(file)).toEqual(ids);
  });
});
