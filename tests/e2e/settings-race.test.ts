/**
 * Two extension pages writing settings at the same moment lose nothing, in Chromium and Firefox:
 * the popup cycles its density choice while the options page cycles a highlight style, many
 * times each, at once; both last choices must end up stored.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launch,
  waitFor,
  type BrowserKind,
  type BrowserTab,
  type ExtensionBrowser,
} from './harness';
import { extensionOrigin } from './harness/extension';
import { storedItems } from './harness/page-actions';

const ROUNDS = 30;
/** Each page cycles two values, then ends on a third that shows only at its very end. */
const DENSITIES = ['every', 'calm'];
const LAST_DENSITY = 'first';
const STYLES = ['background', 'underline'];
const LAST_STYLE = 'none';

/** The popup: a reader clicking through the density choice, as fast as events go. */
const POPUP_CLICKS = `(() => {
  const radio = (d) => document.getElementById('popup-density-' + d);
  const cycle = ${JSON.stringify(DENSITIES)};
  for (let i = 0; i < ${ROUNDS}; i++) radio(cycle[i % cycle.length]).click();
  radio(${JSON.stringify(LAST_DENSITY)}).click();
  return true;
})()`;

/** The options page: the reader changing the people's highlight style, just as fast. */
const OPTIONS_CHANGES = `(() => {
  const select = document.getElementById('style-person');
  const choose = (style) => {
    select.value = style;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const cycle = ${JSON.stringify(STYLES)};
  for (let i = 0; i < ${ROUNDS}; i++) choose(cycle[i % cycle.length]);
  choose(${JSON.stringify(LAST_STYLE)});
  return true;
})()`;

/** The stored settings, or null before anything wrote them. */
const storedSettings = async <T>(tab: BrowserTab): Promise<T | null> =>
  ((await tab.run(storedItems, 'settings')).settings as T | undefined) ?? null;

describe.each<BrowserKind>(['chromium', 'firefox'])('%s: settings from two pages', (kind) => {
  let browser: ExtensionBrowser | undefined;
  let ready: Promise<{ popup: BrowserTab; options: BrowserTab }>;

  const openPage = async (file: string, selector: string) => {
    if (!browser) throw new Error('no browser');
    const tab = await browser.open(`${extensionOrigin(kind)}/${file}`);
    await waitFor(`${file} to render`, () =>
      tab.evaluate<boolean | null>(`document.querySelector('${selector}') ? true : null`),
    );
    return tab;
  };

  beforeAll(() => {
    ready = (async () => {
      browser = await launch(kind);
      const popup = await openPage('popup.html', '#popup-density-every');
      const options = await openPage('options.html', '#style-person');
      return { popup, options };
    })();
    ready.catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the popup and the options page write at once and both last changes stay', async () => {
    const { popup, options } = await ready;
    await Promise.all([popup.evaluate(POPUP_CLICKS), options.evaluate(OPTIONS_CHANGES)]);
    const want = { density: LAST_DENSITY, person: LAST_STYLE };
    const stored = await waitFor('both last changes to be stored', async () => {
      const settings = await storedSettings<{
        density: string;
        highlightStyle: { person: string };
      }>(popup);
      return settings?.density === want.density && settings.highlightStyle.person === want.person
        ? settings
        : null;
    });
    expect(stored.density).toBe(want.density);
    // Both pages show what is stored, and the storage still holds it once they have.
    await waitFor('the pages to show the stored settings', async () => {
      const [density, person] = await Promise.all([
        popup.evaluate<string | null>(
          `document.querySelector('input[name="popup-density"]:checked')?.value ?? null`,
        ),
        options.evaluate<string | null>(`document.getElementById('style-person').value`),
      ]);
      return density === want.density && person === want.person ? true : null;
    });
    expect(await storedSettings(popup)).toMatchObject({
      density: want.density,
      highlightStyle: { person: want.person },
    });
  });
});
