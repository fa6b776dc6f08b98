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

const chromePage = `<!doctype html><html><head><title>Strikes | Example Post</title></head><body>
<article><h1>India fires missiles into Pakistani-controlled territory</h1>
<ul><li><a href="/offers">Our Offers</a></li><li><a href="/faq">FAQ</a></li>
<li><a href="/politics">Canadian Politics</a></li></ul>
<p>India said it struck sites used by militants, and <a href="/kashmir">Kashmir</a> braced for more. ${filler}</p>
<p>Story continues below advertisement</p>
<p><a href="/related">WHAT ARE CHINA'S OVERSEAS POLICE STATIONS?</a></p>
<p>Support local journalism and read exclusive columns every day.</p>
<p>Shehbaz Sharif called the strikes an act of war. ${filler}</p>
<p>Support local journalism and read exclusive columns every day.</p>
<p>The next issue of NP Posted will soon be in your inbox.</p>
<p>Create an account or sign in to continue with your reading experience.</p>
<p>This website uses cookies to personalize your content. By continuing to use our site, you agree to our Terms of Use and Privacy Policy.</p>
<p>© 2025 Example Post. All rights reserved.</p>
</article></body></html>`;

test('leaves out menus, teasers, ad markers, account and cookie notices, and a repeated pitch', () => {
  const article = extractArticle(chromePage, 'https://post.example.com/story', new DOMParser());
  const paragraphs = article?.text.split('\n\n') ?? [];
  expect(paragraphs.filter((p) => p.startsWith('India said it struck sites'))).toHaveLength(1);
  expect(paragraphs.filter((p) => p.startsWith('Shehbaz Sharif called'))).toHaveLength(1);
  expect(
    paragraphs.filter(
      (p) => p === 'Support local journalism and read exclusive columns every day.',
    ),
  ).toHaveLength(1);
  for (const gone of [
    'Our Offers',
    'FAQ',
    'Canadian Politics',
    'advertisement',
    'POLICE STATIONS',
    'NP Posted',
    'Create an account',
    'Terms of Use',
    'All rights reserved',
  ]) {
    expect(article?.text, gone).not.toContain(gone);
  }
});

test.each([
  ['a sentence about an advertisement', 'The advertisement ran on three channels before the vote.'],
  ['a sentence about cookies', 'The bakery sold cookies to the visiting delegation on Tuesday.'],
  [
    'a short prose paragraph with a link',
    'Zelensky spoke to <a href="/xi">Xi Jinping</a> by phone.',
  ],
])('keeps %s', (_, paragraph) => {
  const html = `<html><head><title>T</title></head><body><article><h1>Talks</h1>
<p>${paragraph}</p><p>Officials met again later. ${filler}</p></article></body></html>`;
  const article = extractArticle(html, 'https://news.example.com/', new DOMParser());
  expect(article?.text.split('\n\n')).toContain(paragraph.replace(/<[^>]+>/g, ''));
});
