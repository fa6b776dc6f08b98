/**
 * "Not in your briefings" in the side panel, in Chromium and Firefox, on the National Post
 * article of the corpus: the panel derives the page's article itself (the content script only
 * hands over the page's HTML), lists the names the bundled briefing does not know, and "Add"
 * puts one into a new briefing that the page highlights at once.
 */
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { BriefingsState } from '../../src/settings/schema';
import { ARTIFACTS, screenshot, settledMentions, waitFor, type BrowserKind } from './harness';
import { test } from './harness/fixtures';
import { storedItems } from './harness/page-actions';

const PAGE = 'corpus/flairNLP-fundus__ca-NationalPost_2025_05_08-india-pakistan.html';

function clickById(id: string): boolean {
  const button = document.getElementById(id);
  button?.click();
  return button !== null;
}

function newNames(): string[] {
  return [...document.querySelectorAll('.new-name .name')].map((n) => n.textContent ?? '');
}

/** Clicks the Add button of the listed name; answers its label, or null when it is not listed. */
function addName(name: string): string | null {
  const item = [...document.querySelectorAll('.new-name')].find(
    (li) => li.querySelector('.name')?.textContent === name,
  );
  const button = item?.querySelector('button');
  button?.click();
  return button?.getAttribute('aria-label') ?? null;
}

function statusText(): string {
  return document.getElementById('new-names-status')?.textContent ?? '';
}

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: names not in your briefings', (kind) => {
  test('the panel lists the article’s new names; adding one highlights it on the page', async ({
    server,
    browsers,
  }) => {
    const browser = await browsers.get(kind);
    const article = await browser.open(server.url(PAGE));
    const before = await settledMentions(browser, article, { allowEmpty: true });
    const knownOnPage = [...new Set(before.map((m) => m.name))];
    const panel = await browser.openExtensionPageBehind('sidepanel.html');
    await waitFor('the panel', async () =>
      (await panel.run(clickById, 'new-names-find')) ? true : null,
    );
    const names = await waitFor(
      'the new names',
      async () => {
        const found = await panel.run(newNames);
        return found.length > 0 ? found : null;
      },
      60_000,
    );
    expect(names).toEqual(expect.arrayContaining(['Shehbaz Sharif', 'Narendra Modi', 'Kashmir']));
    // What the bundled briefing highlights here is not offered again.
    for (const known of knownOnPage) expect(names, known).not.toContain(known);
    // Firefox's harness drives a page behind the reader's without a viewport to draw.
    if (kind === 'chromium')
      await screenshot(panel, path.join(ARTIFACTS, 'e2e', `new-names-${kind}.png`));

    expect(await panel.run(addName, 'Shehbaz Sharif')).toMatch(
      /^Add Shehbaz Sharif to A new briefing/,
    );
    await waitFor('the name added', async () =>
      (await panel.run(statusText)).startsWith('Added Shehbaz Sharif') ? true : null,
    );
    expect(await panel.run(newNames)).not.toContain('Shehbaz Sharif');
    const stored = (await panel.run(storedItems, 'briefings'))['briefings'] as BriefingsState;
    const kb = stored.user[0]?.kb;
    expect(kb?.entities.map((e) => e.name)).toEqual(['Shehbaz Sharif']);
    expect(kb?.sources[0]?.page?.url).toBe(server.url(PAGE));

    await waitFor('Shehbaz Sharif highlighted on the page', async () => {
      const now = await settledMentions(browser, article, { allowEmpty: true });
      return now.some((m) => m.name === 'Shehbaz Sharif') ? true : null;
    });
    // A second name goes into the same new briefing.
    expect(await panel.run(addName, 'Narendra Modi')).toMatch(/^Add Narendra Modi to /);
    await waitFor('the second name added', async () =>
      (await panel.run(statusText)).startsWith('Added Narendra Modi') ? true : null,
    );
    const after = (await panel.run(storedItems, 'briefings'))['briefings'] as BriefingsState;
    expect(after.user).toHaveLength(1);
    expect(after.user[0]?.kb.entities.map((e) => e.name)).toEqual([
      'Shehbaz Sharif',
      'Narendra Modi',
    ]);
    await panel.close();
    await article.close();
  });
});
