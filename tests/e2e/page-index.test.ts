/**
 * The page index in real Chromium and Firefox: pages read it (never the briefings), the
 * background rebuilds it when the briefings change, and a damaged or outdated index is rebuilt
 * from the briefings, which stay as they were.
 */
import { describe, expect } from 'vitest';
import { hover, settledMentions, shownCard, waitFor, type BrowserKind } from './harness';
import { test } from './harness/fixtures';
import { storedItems, storeItems } from './harness/page-actions';
import { makeKb } from '../unit/settings/fixtures';

const ARTICLE = 'demo/article.html';
const INDEX_KEY = 'page-index';

const ids = (mentions: readonly { entityId: string }[]) =>
  [...new Set(mentions.map((m) => m.entityId))].sort();

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: the page index', (kind) => {
  test.sequential(
    'pages highlight from the index; a damaged one is rebuilt, briefings kept',
    async ({ server, browsers }) => {
      const browser = await browsers.get(kind);
      const first = await browser.open(server.url(ARTICLE));
      const before = await settledMentions(browser, first);
      await first.close();
      const stored = await browser.inExtension(storedItems, [INDEX_KEY, 'briefings']);
      expect(stored[INDEX_KEY]).toMatchObject({ version: 3 });

      for (const damaged of [
        { version: 3, packed: 'garbage' },
        { version: 2, stamp: 'x', entities: [] },
      ]) {
        await browser.inExtension(storeItems, { [INDEX_KEY]: damaged });
        const tab = await browser.open(server.url(ARTICLE));
        const after = await settledMentions(browser, tab);
        expect(after.map((m) => [m.entityId, m.text])).toEqual(
          before.map((m) => [m.entityId, m.text]),
        );
        // The card's details come from the rebuilt index's buckets.
        await hover(tab, 'Xi Jinping', 1);
        const card = await shownCard(tab, 'Xi Jinping');
        expect(card.sentences.length).toBeGreaterThan(0);
        await tab.close();
        const again = await browser.inExtension(storedItems, [INDEX_KEY, 'briefings']);
        expect(again[INDEX_KEY]).toMatchObject({ version: 3 });
        expect(again['briefings']).toEqual(stored['briefings']);
      }
    },
  );

  test.sequential(
    'a briefing saved by an extension page reaches an open tab through the index',
    async ({ server, browsers }) => {
      const browser = await browsers.get(kind);
      const tab = await browser.open(server.url(ARTICLE));
      const before = await settledMentions(browser, tab);
      // A name the demo article holds that the bundled briefing does not know.
      expect(ids(before)).not.toContain('moscow');
      const mine = makeKb('mine', [{ id: 'moscow', name: 'Moscow', type: 'place' }]);
      await browser.storeBriefings({
        user: [{ kb: mine, enabled: true, addedAt: 1 }],
        disabledBundled: [],
      });
      await waitFor('Moscow to be highlighted', async () => {
        const now = await settledMentions(browser, tab, { allowEmpty: true });
        return ids(now).includes('moscow') ? now : null;
      });
      await browser.storeBriefings({ user: [], disabledBundled: [] });
      await waitFor('Moscow to be gone', async () => {
        const now = await settledMentions(browser, tab, { allowEmpty: true });
        return now.length > 0 && !ids(now).includes('moscow') ? now : null;
      });
      expect(ids(await settledMentions(browser, tab))).toEqual(ids(before));
      await tab.close();
    },
  );
});
