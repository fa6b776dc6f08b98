import { describe, expect, test } from 'vitest';
import { readFrontMatter } from '../../../src/derive/front-matter';
import { seedTitle } from '../../../src/derive/title';

const TRANSCRIPT = [
  '---',
  "date: '2024-01-16'",
  'source_url: https://example.org/briefing-room/2024/01/16/remarks-by-jake-sullivan/',
  'tags: speeches-remarks',
  'title: "Remarks by National Security Advisor Jake Sullivan at the 2024 World\\',
  '  \\ Economic Forum | Davos,\\_Switzerland"',
  '---',
  ' ',
  'Davos, Switzerland',
  '',
  'MR. SULLIVAN: Thank you so much.',
].join('\n');

describe('readFrontMatter', () => {
  test('finds where the body starts and reads a folded, quoted title', () => {
    const front = readFrontMatter(TRANSCRIPT);
    expect(front?.title).toBe(
      'Remarks by National Security Advisor Jake Sullivan at the 2024 World Economic Forum | Davos, Switzerland',
    );
    expect(TRANSCRIPT.slice(front?.end ?? 0).trimStart()).toMatch(/^Davos, Switzerland/);
  });

  test.each([
    ['a plain title', '---\ntitle: Rosatom signs a deal\n---\nBody.', 'Rosatom signs a deal'],
    ['a single-quoted title', "---\ntitle: 'Kyiv''s mayor'\n---\nBody.", "Kyiv's mayor"],
    ['no title field', '---\nauthor: A. Writer\n---\nBody.', null],
    ['CRLF line ends', '---\r\ntitle: Oslo talks\r\n---\r\nBody.', 'Oslo talks'],
  ])('%s', (_name, text, title) => {
    expect(readFrontMatter(text)?.title).toBe(title);
  });

  test.each([
    ['no opening rule', 'title: x\n---\nBody.'],
    ['no closing rule', '---\ntitle: x\nBody goes on.'],
    ['a Markdown rule around prose', '---\nThe minister said so.\n---\n'],
  ])('is null with %s', (_name, text) => {
    expect(readFrontMatter(text)).toBeNull();
  });
});

describe('seedTitle with front matter', () => {
  test.each([
    [
      'front matter with a title',
      TRANSCRIPT,
      'Remarks by National Security Advisor Jake Sullivan at the 2024 World Economic Forum | Davos, Switzerland',
    ],
    [
      'front matter without one: the first line after it',
      '---\ndate: 2024\n---\n\n# Oslo talks\nBody.',
      'Oslo talks',
    ],
  ])('%s', (_name, text, title) => {
    expect(seedTitle(text)).toBe(title);
  });
});
