/**
 * "Add to Seedlight briefing" on selected text, in Chromium and Firefox. A test cannot click a
 * browser's own context menu, so it plays the background's part in between (asking the frame for
 * its selection and keeping it for the options page: `addSelection` in
 * src/background/selection-menu.ts, unit-tested with the menu's click); everything the reader
 * sees around it is real: the selection on a corpus news page, the content script's answer, the
 * options page that derives and saves it, the page's highlights and the cited source.
 */
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { SELECTION_MENU_ID } from '../../src/background/selection-menu';
import type { BriefingsState } from '../../src/settings/schema';
import { formatSourceRef } from '../../src/source-view/source-ref';
import {
  ARTIFACTS,
  extensionOrigin,
  screenshot,
  settledMentions,
  waitFor,
  type BrowserKind,
} from './harness';
import { test } from './harness/fixtures';
import { storedItems } from './harness/page-actions';

const PAGE = 'corpus/flairNLP-fundus__ca-NationalPost_2025_05_08-india-pakistan.html';
const PHRASE = 'Shehbaz Sharif said';

/** Selects the paragraph holding `phrase` and the one after it, as a reader drags over them. */
function selectParagraphs(phrase: string): string {
  const paragraphs = [...document.querySelectorAll('p')];
  const first = paragraphs.findIndex((p) => p.textContent?.includes(phrase));
  const start = paragraphs[first];
  const end = paragraphs[first + 1] ?? start;
  if (!start || !end) return '';
  const range = document.createRange();
  range.setStart(start, 0);
  range.setEnd(end, end.childNodes.length);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return selection?.toString() ?? '';
}

/** The background's part: the frame's answer to `selection`, kept in session storage. */
async function keepTabSelection(tabId: number, title: string): Promise<unknown> {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  const reply = (await api.tabs.sendMessage(tabId, { type: 'selection' }, { frameId: 0 })) as {
    text: string;
    url: string;
  };
  await api.storage.session.set({
    'pending-selection': { text: reply.text, url: reply.url, title, at: Date.now() },
  });
  return reply;
}

/** Whether the extension's context menu holds the item: updating one that is not there fails. */
async function hasMenuItem(id: string): Promise<boolean> {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  try {
    await api.contextMenus.update(id, {});
    return true;
  } catch {
    return false;
  }
}

function reviewNames(): string[] {
  return [
    ...document.querySelectorAll<HTMLInputElement>('.review-table tbody tr [data-field="name"]'),
  ].map((f) => f.value);
}

function clickButton(label: string): boolean {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === label);
  button?.click();
  return button !== undefined;
}

function textOfId(id: string): string | null {
  return document.getElementById(id)?.textContent ?? null;
}

function fromPageLine(): string | null {
  return document.querySelector('[data-part="from-page"]')?.textContent ?? null;
}

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: add a selection', (kind) => {
  test('a selection on a news page becomes a briefing that cites the page and highlights it', async ({
    server,
    browsers,
  }) => {
    const browser = await browsers.get(kind);
    // The background made the menu item when the extension was installed.
    await waitFor('the context menu item', async () =>
      (await browser.inExtension(hasMenuItem, SELECTION_MENU_ID)) ? true : null,
    );
    expect(await browser.inExtension(hasMenuItem, 'no-such-item')).toBe(false);
    const article = await browser.open(server.url(PAGE));
    const before = await settledMentions(browser, article, { allowEmpty: true });
    expect(before.map((m) => m.name)).not.toContain('Shehbaz Sharif');
    const selected = await article.run(selectParagraphs, PHRASE);
    expect(selected).toContain(PHRASE);

    const reply = await browser.inExtension(keepTabSelection, article.id, 'India strikes Pakistan');
    // The frame's own selection keeps the break between the two paragraphs.
    expect(reply).toMatchObject({ url: server.url(PAGE) });
    expect((reply as { text: string }).text).toMatch(/Shehbaz Sharif said[\s\S]*\n/);

    const options = await browser.open(`${extensionOrigin(kind)}/options.html?selection=1`);
    const names = await waitFor(
      'the review table',
      async () => {
        const found = await options.run(reviewNames);
        return found.length > 0 ? found : null;
      },
      60_000,
    );
    expect(names).toContain('Shehbaz Sharif');
    expect(await options.run(textOfId, 'add-from-page')).toBe(
      `From your selection on “India strikes Pakistan” (${server.url(PAGE)}).`,
    );
    await screenshot(options, path.join(ARTIFACTS, 'e2e', `selection-review-${kind}.png`));
    expect(await options.run(clickButton, 'Save briefing')).toBe(true);

    const state = await waitFor('the saved briefing', async () => {
      const stored = (await options.run(storedItems, 'briefings'))['briefings'] as
        BriefingsState | undefined;
      return stored && stored.user.length > 0 ? stored : null;
    });
    const kb = state.user[0]?.kb;
    expect(kb?.title).toBe('India strikes Pakistan');
    expect(kb?.sources[0]?.page?.url).toBe(server.url(PAGE));

    // The news page highlights the new name at once, without a reload.
    await article.bringToFront();
    await waitFor('Shehbaz Sharif highlighted', async () => {
      const now = await settledMentions(browser, article, { allowEmpty: true });
      return now.some((m) => m.name === 'Shehbaz Sharif') ? true : null;
    });

    // Its source says where and when it was taken from.
    const entity = kb?.entities.find((e) => e.name === 'Shehbaz Sharif');
    const sentence = entity?.sentences[0];
    if (!kb || !sentence) throw new Error('no sentence for Shehbaz Sharif');
    const source = await browser.open(
      `${extensionOrigin(kind)}/source.html${formatSourceRef({ kbId: kb.id, source: sentence.source, start: sentence.start, end: sentence.end })}`,
    );
    const line = await waitFor('the source’s page line', () => source.run(fromPageLine));
    expect(line).toContain(`Taken from ${server.url(PAGE)} on `);
    await screenshot(source, path.join(ARTIFACTS, 'e2e', `selection-source-${kind}.png`));
  });
});
