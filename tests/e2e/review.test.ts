/**
 * A reader's own briefing at real size, in both browsers: derive a 29,000-character news article,
 * review it with the keyboard alone (remove the flagged entities, merge two), save it and see an
 * open tab follow; edit it again from its deep link; import it back with Replace.
 *
 * The text is the article of the National Post page in the shared corpus
 * (flairNLP-fundus__ca-NationalPost_2025_05_08-india-pakistan.html, "India fires missiles into
 * Pakistani-controlled territory, killing at least 26", 8 May 2025), extracted once with the
 * options page's own Readability step (src/ui/article.ts) into
 * tests/fixtures/review/national-post-india-pakistan.txt: navigation lines included, as a reader
 * using "Make a briefing from this page" would get them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS,
  FIXTURES,
  launch,
  screenshot,
  settledMentions,
  startStaticServer,
  waitFor,
  type BrowserKind,
  type BrowserTab,
  type ExtensionBrowser,
  type Mention,
  type StaticServer,
} from './harness';
import { extensionOrigin } from './harness/extension';
import { chooseFile, clickButton, fill, storedItems, textOf } from './harness/page-actions';

const FIXTURE = 'review/national-post-india-pakistan.txt';
/** Two names of one body that derivation keeps apart, for the keyboard merge. */
const PAIR = ['U.N. Security Council', 'Security Council'];
/** The merged entity's id, once the first test has merged PAIR. */
const merged = { id: '' };
const ARTICLE = readFileSync(path.join(FIXTURES, FIXTURE), 'utf8');
const TITLE = 'India and Pakistan, May 2025';
const BRIEFING_ID = 'india-and-pakistan-may-2025';

/** The reader's briefings as stored. */
const storedBriefings = async <T>(tab: BrowserTab): Promise<T> =>
  (await tab.run(storedItems, 'briefings')).briefings as T;
/** Types into the focused field, as a keyboard does: the value changes and "input" fires. */
function typeText(value: string): string {
  const field = document.activeElement as HTMLInputElement | null;
  if (!field) return '';
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return field.id;
}
/** A key pressed where the focus is; answers where the focus is afterwards. */
function press(key: string, mods: { ctrl?: boolean; shift?: boolean } = {}): string {
  const target = document.activeElement ?? document.body;
  target.dispatchEvent(
    new KeyboardEvent('keydown', {
      key,
      ctrlKey: mods.ctrl ?? false,
      shiftKey: mods.shift ?? false,
      bubbles: true,
      cancelable: true,
    }),
  );
  const row = document.activeElement?.closest('tr');
  const name = row?.querySelector<HTMLInputElement>('[data-field="name"]');
  return row ? `row:${name?.value ?? ''}` : (document.activeElement?.id ?? '');
}
const ROWS = `[...document.querySelectorAll('.review-table tbody tr')].map((r) => ({
  name: r.querySelector('[data-field="name"]').value,
  flagged: r.querySelector('.doubts') !== null,
}))`;
/** Whether the save bar is inside the window, wherever the page is scrolled. */
const SAVE_BAR_VISIBLE = `(() => {
  const box = document.querySelector('.review-savebar').getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight + 1
    ? true
    : JSON.stringify({ top: box.top, bottom: box.bottom, innerHeight, scrollY });
})()`;

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: reviewing a real briefing', (kind) => {
  let browser: ExtensionBrowser | undefined;
  let ready: Promise<{ browser: ExtensionBrowser; article: BrowserTab }>;
  const shots = path.join(ARTIFACTS, 'e2e');

  const openExtensionPage = async (file: string, selector = 'h1') => {
    if (!browser) throw new Error('no browser');
    const tab = await browser.open(`${extensionOrigin(kind)}/${file}`);
    await waitFor(
      `${file} to render`,
      () => tab.run((wanted: string) => (document.querySelector(wanted) ? true : null), selector),
      30_000,
    );
    return tab;
  };
  const rowsOf = (tab: BrowserTab) => tab.evaluate<{ name: string; flagged: boolean }[]>(ROWS);
  /** The article's mentions once they are what `check` wants. */
  const mentionsWhen = (what: string, check: (mentions: Mention[]) => boolean) =>
    ready.then(({ browser, article }) =>
      waitFor(
        what,
        async () => {
          const mentions = await browser.mentions(article);
          return check(mentions) ? mentions : null;
        },
        30_000,
      ),
    );

  beforeAll(() => {
    ready = (async () => {
      browser = await launch(kind);
      // The article is open in a tab before the briefing exists, as a reader's would be.
      const article = await browser.open(server.url(FIXTURE));
      await settledMentions(browser, article, { allowEmpty: true });
      return { browser, article };
    })();
    ready.catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('derive, remove the flagged and merge two with the keyboard, save: the open tab follows', async () => {
    await ready;
    const options = await openExtensionPage('options.html');
    await options.run(fill, '#add-title', TITLE);
    await options.run(fill, '#add-text', ARTICLE);
    expect(await options.run(clickButton, 'Find entities')).toBe(true);
    const derived = await waitFor(
      'the review table',
      async () => {
        const rows = await rowsOf(options);
        return rows.length > 0 ? rows : null;
      },
      60_000,
    );
    const flagged = derived.filter((r) => r.flagged).length;
    expect(derived.length).toBeGreaterThan(100);
    expect(flagged).toBeGreaterThan(0);
    expect(await options.run(textOf, '#review-summary')).toBe(
      `${derived.length} entities · ${flagged} flagged`,
    );
    expect(await options.run(textOf, '#review-heading')).toBe(`Review “${TITLE}”`);
    // Every mention in the text is highlighted with the page's own highlight names.
    const drawn = await options.evaluate<number>(
      `['person', 'place', 'organization', 'other'].flatMap((t) => [CSS.highlights.get('seedlight-' + t)?.size ?? 0, CSS.highlights.get('seedlight-' + t + '-underline')?.size ?? 0]).reduce((a, b) => a + b, 0)`,
    );
    expect(drawn).toBeGreaterThan(derived.length);
    expect(await options.evaluate(SAVE_BAR_VISIBLE)).toBe(true);
    await screenshot(options, path.join(shots, `review-${kind}-desktop.png`));

    // Keyboard only from here: the heading has the focus after the derivation.
    expect(await options.evaluate(`document.activeElement?.id`)).toBe('review-heading');
    // Into the table, flagged only (F), select all shown (Ctrl+A), remove (Delete).
    expect(await options.run(press, '/')).toBe('review-filter');
    expect(await options.run(press, 'Enter')).toMatch(/^row:/);
    expect(await options.run(press, 'f')).toMatch(/^row:/);
    expect(await options.evaluate<number>(`${ROWS}.length`)).toBe(flagged);
    await options.run(press, 'a', { ctrl: true });
    expect(await options.run(textOf, '#review-summary')).toBe(
      `${flagged} of ${derived.length} entities shown · ${flagged} flagged · ${flagged} selected`,
    );
    // With no row left to show, the focus goes to the filter; Esc clears it and returns.
    expect(await options.run(press, 'Delete')).toBe('review-filter');
    expect(await options.run(textOf, '#review-status')).toBe(`Removed ${flagged} entities.`);
    expect(await options.run(press, 'Escape')).toMatch(/^row:/);
    const kept = await rowsOf(options);
    expect(kept).toHaveLength(derived.length - flagged);
    expect(kept.filter((r) => r.flagged)).toEqual([]);

    // Merge the two names derivation left apart ("U.N. Security Council", "Security Council"):
    // filter, then Space on each (arrows between them), then M: the most-mentioned one is kept.
    expect(await options.run(press, '/')).toBe('review-filter');
    await options.run(typeText, 'Security Council');
    const shown = (await rowsOf(options)).map((r) => r.name);
    expect(shown).toEqual(expect.arrayContaining(PAIR));
    let at = await options.run(press, 'ArrowDown');
    for (const name of PAIR) {
      const key = shown.indexOf(name) > shown.indexOf(at.slice(4)) ? 'ArrowDown' : 'ArrowUp';
      for (let i = 0; at !== `row:${name}` && i < shown.length; i++) {
        at = await options.run(press, key);
      }
      expect(at).toBe(`row:${name}`);
      await options.run(press, ' ');
    }
    const into = (await options.run(press, 'm')).slice(4);
    expect(PAIR).toContain(into);
    const gone = PAIR.find((name) => name !== into) ?? '';
    merged.id = await options.evaluate<string>(
      `document.activeElement?.closest('tr')?.dataset.id ?? ''`,
    );
    expect(await options.run(textOf, '#review-status')).toBe(`Merged into “${into}”.`);
    const afterMerge = (await rowsOf(options)).map((r) => r.name);
    expect(afterMerge).toHaveLength(shown.length - 1);
    expect(afterMerge).not.toContain(gone);
    // Undo and redo keep the focus on the table.
    expect(await options.run(press, 'z', { ctrl: true })).toMatch(/^row:/);
    expect((await rowsOf(options)).map((r) => r.name)).toEqual(shown);
    await options.run(press, 'z', { ctrl: true, shift: true });
    expect((await rowsOf(options)).map((r) => r.name)).toEqual(afterMerge);
    expect(await options.run(press, '/')).toBe('review-filter');
    await options.run(press, 'Escape');
    expect(await rowsOf(options)).toHaveLength(derived.length - flagged - 1);
    expect(await options.evaluate(SAVE_BAR_VISIBLE)).toBe(true);

    // Clicking a highlighted mention in the text selects its row.
    const clicked = await options.evaluate<string | null>(`(() => {
      const box = document.querySelector('.review-text');
      const node = box.firstChild;
      const at = node.data.indexOf('Shehbaz Sharif');
      const range = document.createRange();
      range.setStart(node, at + 2);
      range.setEnd(node, at + 3);
      range.startContainer.parentElement.closest('.review-text-pane').scrollTop +=
        range.getBoundingClientRect().top - box.closest('.review-text-pane').getBoundingClientRect().top - 40;
      const rect = range.getBoundingClientRect();
      box.dispatchEvent(new MouseEvent('click', {
        bubbles: true, clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2,
      }));
      return document.activeElement?.closest('tr')?.querySelector('[data-field="name"]').value ?? null;
    })()`);
    expect(clicked).toBe('Shehbaz Sharif');

    // At 200% zoom the text stacks above the table (a container query follows the zoom).
    await options.evaluate(`document.documentElement.style.zoom = '2'`);
    const stacked = await options.evaluate<boolean>(`(() => {
      const text = document.querySelector('.review-text-column').getBoundingClientRect();
      const table = document.querySelector('.review-table-column').getBoundingClientRect();
      return text.bottom <= table.top + 1;
    })()`);
    expect(stacked).toBe(true);
    await screenshot(options, path.join(shots, `review-${kind}-zoom-200.png`));
    await options.evaluate(`document.documentElement.style.zoom = ''`);

    expect(await options.run(press, 's', { ctrl: true })).not.toBe('');
    await waitFor('the saved message', () =>
      options
        .run(textOf, '#add-status')
        .then((t) => (t === `Saved “${TITLE}”. Open tabs use it now.` ? true : null)),
    );
    const stored = await storedBriefings<{
      user: { kb: { id: string; entities: { id: string }[] } }[];
    }>(options);
    const saved = stored.user.find((b) => b.kb.id === BRIEFING_ID);
    expect(saved?.kb.entities).toHaveLength(derived.length - flagged - 1);

    // The open tab follows: the merged name is one entity's, without reloading.
    const mentions = await mentionsWhen('the merged entity on the page', (all) =>
      all.some((m) => m.entityId === merged.id),
    );
    const council = mentions.filter((m) => /Security Council/.test(m.text));
    expect(council.length).toBeGreaterThan(1);
    expect(new Set(council.map((m) => m.entityId))).toEqual(new Set([merged.id]));
    expect(await options.evaluate(`document.querySelector('.review-table')`)).toBeNull();
    await options.close();
  });

  test('a saved briefing opens in the editor from its deep link, its entity’s row focused', async () => {
    await ready;
    const editor = await openExtensionPage(
      `options.html#edit=${BRIEFING_ID}&entity=${merged.id}`,
      '.review-table tbody tr',
    );
    expect(await editor.run(textOf, '#review-heading')).toBe(`Edit “${TITLE}”`);
    await waitFor('the entity’s row to have the focus', () =>
      editor.evaluate<string | null>(`document.activeElement?.closest('tr')?.dataset.id ?? null`),
    ).then((id) => expect(id).toBe(merged.id));
    // "2" makes it a place; Ctrl+S saves.
    await editor.run(press, '2');
    await editor.run(press, 's', { ctrl: true });
    await waitFor('the saved changes', () =>
      editor
        .run(textOf, '#edit-message')
        .then((t) => (t?.startsWith('Saved your changes') ? true : null)),
    );
    const stored = await storedBriefings<{
      user: { kb: { id: string; entities: { id: string; type: string }[] } }[];
    }>(editor);
    const council = stored.user
      .find((b) => b.kb.id === BRIEFING_ID)
      ?.kb.entities.find((e) => e.id === merged.id);
    expect(council?.type).toBe('place');
    await editor.close();
  });

  test('importing a briefing whose id is in use offers Replace, and the tab follows', async () => {
    await ready;
    const options = await openExtensionPage('options.html');
    const stored = await storedBriefings<{
      user: {
        kb: { id: string; title: string; entities: { id: string; related: { id: string }[] }[] };
      }[];
    }>(options);
    const mine = stored.user.find((b) => b.kb.id === BRIEFING_ID)?.kb;
    if (!mine) throw new Error('the saved briefing is missing');
    // The same briefing, renamed and without the merged entity.
    const gone = merged.id;
    const changed = {
      ...mine,
      title: 'India and Pakistan, again',
      entities: mine.entities
        .filter((e) => e.id !== gone)
        .map((e) => ({ ...e, related: e.related.filter((r) => r.id !== gone) })),
    };
    await options.run(chooseFile, '#import-file', 'mine.json', JSON.stringify(changed));
    await waitFor('the question', () =>
      options
        .run(textOf, '#import-message')
        .then((t) => (t?.includes('Replace yours, or keep both?') ? true : null)),
    );
    expect(await options.evaluate(`document.activeElement?.textContent`)).toBe('Replace');
    expect(await options.run(clickButton, 'Replace')).toBe(true);
    await waitFor('the import', () =>
      options
        .run(textOf, '#import-message')
        .then((t) => (t === 'Imported 1 briefing.' ? true : null)),
    );
    const after = await storedBriefings<{ user: { kb: { id: string; title: string } }[] }>(options);
    expect(after.user.map((b) => [b.kb.id, b.kb.title])).toEqual([
      [BRIEFING_ID, 'India and Pakistan, again'],
    ]);
    const mentions = await mentionsWhen('the replaced briefing on the page', (all) =>
      all.every((m) => m.entityId !== gone),
    );
    expect(mentions.some((m) => m.entityId === gone)).toBe(false);
    await options.close();
  });
});
