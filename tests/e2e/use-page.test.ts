/**
 * "Make a briefing from this page" on a real news page, in both browsers: the options page opened
 * for a tab takes that tab's article (the content script answers with the page's HTML, the
 * options page runs Readability on a copy) and derives entities from it. The page is the
 * National Post article in the shared corpus, whose markup puts the site's whole menu, a
 * subscription pitch, newsletter notices and a cookie notice inside what Readability keeps:
 * the briefing must hold the story, not the site's furniture.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS,
  launch,
  screenshot,
  settledMentions,
  startStaticServer,
  waitFor,
  type BrowserKind,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';
import { extensionOrigin } from './harness/extension';

const PAGE = 'corpus/flairNLP-fundus__ca-NationalPost_2025_05_08-india-pakistan.html';
/** Site furniture of the page: menu items, notices, the newsletter's name. */
const FURNITURE = [
  'Manage My Subscriptions',
  'Canadian Politics',
  'Business Essentials',
  'Terms of Use',
  'NP Posted',
  'Create an account',
];

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await server.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: a briefing from the open page', (kind) => {
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    browser = await launch(kind);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a briefing made from the page takes the story without the site’s menus and notices', async () => {
    if (!browser) throw new Error('no browser');
    const article = await browser.open(server.url(PAGE));
    await settledMentions(browser, article, { allowEmpty: true });
    const options = await browser.open(`${extensionOrigin(kind)}/options.html?tab=${article.id}`);
    // Opened for a tab ("Make a briefing from this page"), the page takes its article and
    // derives at once.
    const text = await waitFor(
      'the article text in the form',
      async () => {
        const value = await options.evaluate<string>(
          `document.querySelector('#add-text')?.value ?? ''`,
        );
        return value.length > 0 ? value : null;
      },
      30_000,
    );
    expect(text).toContain('Shehbaz Sharif said');
    expect(text).toContain('Line of Control');
    for (const line of FURNITURE) expect(text, line).not.toContain(line);

    const names = await waitFor(
      'the review table',
      async () => {
        const rows = await options.evaluate<string[]>(
          `[...document.querySelectorAll('.review-table tbody tr [data-field="name"]')].map((f) => f.value)`,
        );
        return rows.length > 0 ? rows : null;
      },
      60_000,
    );
    expect(names).toEqual(expect.arrayContaining(['Shehbaz Sharif', 'Kashmir', 'Islamabad']));
    for (const junk of ['FAQ', 'Canadian Politics', 'Business Essentials', 'Terms of Use']) {
      expect(names, junk).not.toContain(junk);
    }
    await screenshot(options, path.join(ARTIFACTS, 'e2e', `use-page-${kind}.png`));
  });
});
