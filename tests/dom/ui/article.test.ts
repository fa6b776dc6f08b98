import { expect, test } from 'vitest';
import { extractArticle } from '../../../src/ui/article';

const filler =
  'The talks continued late into the evening as officials weighed each proposal in turn. '.repeat(
    4,
  );

const page = `<!doctype html><html><head><title>Zelensky offer | Example News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Zelensky sends offer to China</h1>
<p>Ukrainian President Volodymyr Zelensky said on Tuesday that he had sent an offer to Xi Jinping. ${filler}</p>
<p>The Kremlin did not comment. ${filler}</p>
<ul><li>Bakhmut remains contested.</li></ul></article>
<footer>© Example News <script>var x = "Putin";</script></footer></body></html>`;

test('reads the article as paragraphs, without navigation, footer or scripts', () => {
  const article = extractArticle(page, 'https://news.example.com/story', new DOMParser());
  expect(article?.title).toContain('Zelensky');
  const paragraphs = article?.text.split('\n\n') ?? [];
  expect(
    paragraphs.some((p) => p.startsWith('Ukrainian President Volodymyr Zelensky said on Tuesday')),
  ).toBe(true);
  expect(paragraphs.some((p) => p.startsWith('The Kremlin did not comment.'))).toBe(true);
  expect(paragraphs).toContain('Bakhmut remains contested.');
  expect(article?.text).not.toContain('Home');
  expect(article?.text).not.toContain('var x');
});

test('a page without an article gives null', () => {
  expect(
    extractArticle('<html><body></body></html>', 'https://example.com/', new DOMParser()),
  ).toBeNull();
});
