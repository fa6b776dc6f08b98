import { beforeEach, expect, test, vi } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/schema';
import { formatSourceRef, renderSourceView } from '../../../src/source-view';

const TEXT =
  'Zelensky Sends Offer To China\n\nDuring an interview, Zelensky invited Xi Jinping. ' +
  'China is a partner of Russia.\n\nThe <b>Kremlin</b> stayed quiet.\n';
const sentence = 'China is a partner of Russia.';

const KB: KnowledgeBase = {
  version: 2,
  id: 'zelensky-offer',
  title: 'Morning briefing',
  sources: [{ id: 'seed-1', title: 'Zelensky Sends Offer To China', text: TEXT }],
  entities: [],
};

let root: HTMLElement;

beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('main');
  document.body.append(root);
});

const render = (ref: { kbId?: string; source?: string; start: number; end: number }) =>
  renderSourceView({
    root,
    search: formatSourceRef({ kbId: 'zelensky-offer', source: 'seed-1', ...ref }),
    knowledgeBases: () => [KB],
  });

test('shows the title and the source in paragraphs with the cited sentence marked', async () => {
  const start = TEXT.indexOf(sentence);
  const result = await render({ start, end: start + sentence.length });
  expect(result.ok).toBe(true);
  expect(root.querySelector('[data-part="title"]')?.textContent).toBe(
    'Zelensky Sends Offer To China',
  );
  expect(root.querySelector('[data-part="kb-title"]')?.textContent).toBe('Morning briefing');
  const paragraphs = [...root.querySelectorAll('[data-part="paragraph"]')].map(
    (p) => p.textContent,
  );
  expect(paragraphs).toEqual([
    'During an interview, Zelensky invited Xi Jinping. China is a partner of Russia.',
    'The <b>Kremlin</b> stayed quiet.',
  ]);
  const marks = [...root.querySelectorAll('mark')].map((m) => m.textContent);
  expect(marks).toEqual([sentence]);
  expect(document.title).toBe('Zelensky Sends Offer To China – Seedlight');
});

test('scrolls the cited sentence into view and focuses it', async () => {
  const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
  const start = TEXT.indexOf(sentence);
  await render({ start, end: start + sentence.length });
  const mark = root.querySelector('mark');
  expect(scrolled.mock.contexts).toEqual([mark]);
  expect(scrolled).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
  expect(document.activeElement).toBe(mark);
  expect(mark?.tabIndex).toBe(-1);
  scrolled.mockRestore();
});

test('markup in the source shows as characters', async () => {
  const start = TEXT.indexOf('The <b>');
  await render({ start, end: start + 3 });
  expect(root.querySelector('b')).toBeNull();
  expect(root.textContent).toContain('The <b>Kremlin</b> stayed quiet.');
});

test('a passage that spans paragraphs is marked in each', async () => {
  const start = TEXT.indexOf('Russia.');
  const end = TEXT.indexOf(' stayed');
  await render({ start, end });
  expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
    'Russia.',
    'The <b>Kremlin</b>',
  ]);
});

test.each([
  [{ kbId: 'other', start: 0, end: 5 }, 'No briefing “other” is installed.'],
  [{ source: 'seed-9', start: 0, end: 5 }, 'The briefing has no source “seed-9”.'],
  [
    { start: 10, end: 100000 },
    `The cited passage (characters 10 to 100000) is not in this source, which has ${TEXT.length} characters.`,
  ],
  [
    { start: 20, end: 20 },
    `The cited passage (characters 20 to 20) is not in this source, which has ${TEXT.length} characters.`,
  ],
])('says what is wrong for %j', async (ref, message) => {
  const result = await render(ref);
  expect(result).toEqual({ ok: false, error: message });
  const alert = root.querySelector('[role="alert"]');
  expect(alert?.textContent).toBe(message);
  expect(root.querySelector('mark')).toBeNull();
});

test('says so when the link names no passage', async () => {
  await renderSourceView({ root, search: '?kb=zelensky-offer', knowledgeBases: () => [KB] });
  expect(root.querySelector('[role="alert"]')?.textContent).toBe(
    'This link does not say which passage to show.',
  );
});

test('says so when the briefings cannot be loaded', async () => {
  await renderSourceView({
    root,
    search: formatSourceRef({ kbId: 'zelensky-offer', source: 'seed-1', start: 0, end: 5 }),
    knowledgeBases: () => Promise.reject(new Error('storage is locked')),
  });
  expect(root.querySelector('[role="alert"]')?.textContent).toBe(
    'The briefings could not be loaded: storage is locked',
  );
});

test.each<[string, string, string | null]>([
  ['a web page', 'https://example.com/story', 'https://example.com/story'],
  ['a stored address that is no web address', 'javascript:alert(1)', null],
])(
  'a source taken from %s says where and when, the address a link only if it is one',
  async (_, url, href) => {
    const withPage: KnowledgeBase = {
      ...KB,
      sources: KB.sources.map((s) => ({ ...s, page: { url, readAt: Date.UTC(2026, 11, 3) } })),
    };
    const start = TEXT.indexOf(sentence);
    await renderSourceView({
      root,
      search: formatSourceRef({
        kbId: 'zelensky-offer',
        source: 'seed-1',
        start,
        end: start + sentence.length,
      }),
      knowledgeBases: () => [withPage],
      messages: { date: (ms) => new Date(ms).toISOString().slice(0, 10) },
    });
    const line = root.querySelector('[data-part="from-page"]');
    expect(line?.textContent).toBe(`Taken from ${url} on 2026-12-03.`);
    expect(line?.querySelector('a')?.getAttribute('href') ?? null).toBe(href);
  },
);

test('a pasted source says nothing of a page', async () => {
  const start = TEXT.indexOf(sentence);
  await render({ start, end: start + sentence.length });
  expect(root.querySelector('[data-part="from-page"]')).toBeNull();
});
