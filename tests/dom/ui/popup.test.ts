import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentRequest, MentionItem, PageQuery } from '../../../src/protocol';
import {
  createSeedlightStore,
  DEFAULT_SETTINGS,
  type BriefingsState,
  type SeedlightStore,
  type Settings,
} from '../../../src/settings';
import { mountPopup } from '../../../src/ui/popup';
import { makeKb, must } from '../../unit/settings/fixtures';
import { fakePlatform, visibleText } from './fake-platform';

const mentions: MentionItem[] = [
  { entityId: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', text: 'Zelensky' },
  { entityId: 'xi-jinping', name: 'Xi Jinping', text: 'Xi Jinping' },
  { entityId: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', text: 'Zelenskyy' },
  { entityId: 'xi-jinping', name: 'Xi Jinping', text: 'Xi' },
  { entityId: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', text: 'Zelensky' },
];

function page(list: MentionItem[], url = 'https://news.example.com/story') {
  return (request: ContentRequest | PageQuery) => {
    if (request.type === 'page-info') return { url, title: 'Story', count: list.length };
    if (request.type === 'mentions') return { mentions: list };
    if (request.type === 'reveal') return true;
    return undefined;
  };
}

let root: HTMLElement;
let store: SeedlightStore;
let controller: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  store = createSeedlightStore();
  controller = new AbortController();
  root = document.createElement('main');
  document.body.replaceChildren(root);
});

afterEach(() => controller.abort());

const bundled = [makeKb('bundled', [{ id: 'china', name: 'China', type: 'place' }])];

const mount = (fake: ReturnType<typeof fakePlatform>) =>
  mountPopup({ root, platform: fake.platform, store, bundled, signal: controller.signal });

const entityButtons = () => [...root.querySelectorAll<HTMLButtonElement>('.entities button')];
/** What an entity button shows: the page's spellings, the entity's name when it differs, the count. */
const shownParts = (button: HTMLElement) =>
  [...button.querySelectorAll('.name, .canonical, .count')].map((part) => part.textContent);
const switchFor = (label: string) => {
  const target = [...root.querySelectorAll('label')].find((l) => l.textContent === label);
  return root.querySelector<HTMLInputElement>(`#${target?.htmlFor}`);
};

describe('popup', () => {
  test('lists the entities as the page wrote them, with their names and counts', async () => {
    await mount(fakePlatform({ 1: page(mentions) }));
    expect(entityButtons().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Zelensky, Zelenskyy (Volodymyr Zelensky), 3',
      'Xi Jinping, 2',
    ]);
    expect(entityButtons().map(shownParts)).toEqual([
      ['Zelensky, Zelenskyy', 'Volodymyr Zelensky', '3'],
      ['Xi Jinping, Xi', '2'],
    ]);
    expect(visibleText(root)).toContain('5 mentions');
  });

  test('sorts the entities by their real count, then by name', async () => {
    const ap = { entityId: 'ap', name: 'AP', text: 'Associated Press' };
    const list: MentionItem[] = [
      { entityId: 'russia', name: 'Russia', text: 'Russia' },
      { entityId: 'ukraine', name: 'Ukraine', text: 'UKRAINE' },
      ap,
      { entityId: 'china', name: 'China', text: 'China' },
      { ...ap, text: 'AP' },
      { entityId: 'ukraine', name: 'Ukraine', text: 'Ukraine' },
      ap,
    ];
    const fake = fakePlatform({ 1: page(list) });
    await mount(fake);
    expect(entityButtons().map((b) => b.getAttribute('aria-label'))).toEqual([
      'AP, 3',
      'Ukraine, 2',
      'China, 1',
      'Russia, 1',
    ]);
    expect(shownParts(must(entityButtons()[0]))).toEqual(['Associated Press, AP', '3']);
    // A headline's capitals are the same spelling: one of them is shown.
    expect(shownParts(must(entityButtons()[1]))).toEqual(['UKRAINE', '2']);
    entityButtons()[0]?.click();
    expect(fake.sent.at(-1)).toEqual({ tabId: 1, request: { type: 'reveal', index: 2 } });
  });

  test.each([
    ['Volodymyr Zelensky', 0],
    ['Xi Jinping', 1],
  ])('activating %s reveals its first mention (#%i)', async (name, index) => {
    const fake = fakePlatform({ 1: page(mentions) });
    await mount(fake);
    entityButtons()
      .find((b) => b.getAttribute('aria-label')?.includes(name))
      ?.click();
    expect(fake.sent.at(-1)).toEqual({ tabId: 1, request: { type: 'reveal', index } });
  });

  test('says so when the page has no mentions, and when Seedlight cannot see the tab', async () => {
    await mount(fakePlatform({ 1: page([]) }));
    expect(visibleText(root)).toContain('No mentions of your briefings on this page.');
    root.replaceChildren();
    await mount(fakePlatform({}));
    expect(visibleText(root)).toContain('Seedlight cannot see this page');
    expect(switchFor('On for this site')?.disabled).toBe(true);
  });

  test('the site switch turns Seedlight off for this host only', async () => {
    await mount(fakePlatform({ 1: page(mentions) }));
    const site = switchFor('On for news.example.com');
    expect(site?.checked).toBe(true);
    must(site).checked = false;
    must(site).dispatchEvent(new Event('change'));
    await vi.waitFor(async () =>
      expect((await store.settings.getValue()).disabledSites).toEqual(['news.example.com']),
    );
    await vi.waitFor(() =>
      expect(root.querySelector('#site-status')?.textContent).toBe(
        'Seedlight is off for this site. Turn on its switch above to use it here.',
      ),
    );
    expect((await store.settings.getValue()).enabled).toBe(true);
  });

  test('the global switch follows the stored setting and changes it', async () => {
    await store.settings.setValue({ ...DEFAULT_SETTINGS, enabled: false });
    await mount(fakePlatform({ 1: page(mentions) }));
    const global = switchFor('On everywhere');
    expect(global?.checked).toBe(false);
    expect(root.querySelector('#site-status')?.textContent).toBe(
      'Seedlight is off everywhere. Turn on “On everywhere” to use it.',
    );
    must(global).checked = true;
    must(global).dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await store.settings.getValue()).enabled).toBe(true));
  });

  test('refreshes the list when the page reports changed mentions', async () => {
    const list = [...mentions];
    const fake = fakePlatform({ 1: page(list) });
    await mount(fake);
    list.push({ entityId: 'china', name: 'China', text: 'China' });
    fake.mentionsChanged(2);
    fake.mentionsChanged(1);
    await vi.waitFor(() => expect(entityButtons()).toHaveLength(3));
  });

  test('lists the keyboard commands with their shortcuts and a way to change them', async () => {
    const fake = fakePlatform({ 1: page(mentions) });
    await mount(fake);
    const items = [...root.querySelectorAll('.commands li')].map(visibleText);
    expect(items).toEqual([
      'Turn Seedlight on or off Alt+Shift+S',
      'Next mention Alt+Shift+N',
      'Previous mention not set',
    ]);
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Change shortcuts')?.click();
    expect(fake.opened).toContain('shortcuts');
  });

  test.each([
    ['Open the side panel', 'sidepanel:1'],
    ['Options and briefings', 'options'],
    ['Make a briefing from this page', 'options?tab=1'],
  ])('"%s" opens %s', async (label, target) => {
    const fake = fakePlatform({ 1: page(mentions) });
    await mount(fake);
    [...root.querySelectorAll('button')].find((b) => b.textContent === label)?.click();
    await vi.waitFor(() => expect(fake.opened).toEqual([target, 'closed']));
  });

  test('every control is a button or a labelled input', async () => {
    await mount(fakePlatform({ 1: page(mentions) }));
    for (const input of root.querySelectorAll('input, select, textarea')) {
      expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBeTruthy();
    }
    for (const button of root.querySelectorAll('button')) {
      expect(button.getAttribute('aria-label') ?? button.textContent).toBeTruthy();
    }
  });

  const denyHere = { deny: ['*.example.com'] };
  test.each<
    [
      string,
      Partial<Settings>,
      Partial<BriefingsState>,
      [boolean, boolean, boolean],
      string,
      boolean,
    ]
  >([
    ['on', {}, {}, [true, false, true], 'Seedlight is on for this page.', true],
    [
      'denied by a pattern',
      denyHere,
      {},
      [false, true, true],
      'Seedlight is off here: the deny list has “*.example.com”. Remove it in Options and briefings to turn it on.',
      false,
    ],
    [
      'not in the allow list',
      { allow: ['other.org'] },
      {},
      [false, true, true],
      'Seedlight is off here: this site is not in the allow list. Add it in Options and briefings to turn it on.',
      false,
    ],
    [
      'off everywhere',
      { enabled: false },
      {},
      [false, true, false],
      'Seedlight is off everywhere. Turn on “On everywhere” to use it.',
      false,
    ],
    [
      'off for this site',
      { disabledSites: ['news.example.com'] },
      {},
      [false, false, true],
      'Seedlight is off for this site. Turn on its switch above to use it here.',
      false,
    ],
    [
      'every briefing off',
      {},
      { disabledBundled: ['bundled'] },
      [false, true, true],
      'Nothing is highlighted: every briefing is off. Turn one on in Options and briefings.',
      false,
    ],
  ])(
    'state: %s',
    async (_name, patch, briefingsPatch, [siteOn, siteDisabled, globalOn], line, listed) => {
      await store.settings.setValue({ ...DEFAULT_SETTINGS, ...patch });
      await store.briefings.setValue({ user: [], disabledBundled: [], ...briefingsPatch });
      await mount(fakePlatform({ 1: page(mentions) }));
      const site = must(switchFor('On for news.example.com'));
      expect([site.checked, site.disabled, switchFor('On everywhere')?.checked]).toEqual([
        siteOn,
        siteDisabled,
        globalOn,
      ]);
      expect(root.querySelector('#site-status')?.textContent).toBe(line);
      expect(site.getAttribute('aria-describedby')).toBe('site-status');
      expect(entityButtons().length > 0).toBe(listed);
      expect(visibleText(root)).not.toContain('No mentions');
    },
  );

  test('follows a deny pattern added elsewhere, and shows the list again when it goes', async () => {
    await mount(fakePlatform({ 1: page(mentions) }));
    expect(entityButtons()).toHaveLength(2);
    await store.settings.update((s) => ({ ...s, deny: ['news.example.com'] }));
    await vi.waitFor(() => expect(switchFor('On for news.example.com')?.checked).toBe(false));
    expect(entityButtons()).toHaveLength(0);
    await store.settings.update((s) => ({ ...s, deny: [] }));
    await vi.waitFor(() => expect(entityButtons()).toHaveLength(2));
    expect(switchFor('On for news.example.com')?.checked).toBe(true);
  });

  test('the density choice shows the setting and changes it', async () => {
    await store.settings.setValue({ ...DEFAULT_SETTINGS, density: 'first' });
    await mount(fakePlatform({ 1: page(mentions) }));
    const group = must(root.querySelector('fieldset'));
    expect(group.querySelector('legend')?.textContent).toBe('Highlight');
    const radio = (label: string) => switchFor(label);
    expect(['Every', 'Calm', 'First only'].map((l) => radio(l)?.checked)).toEqual([
      false,
      false,
      true,
    ]);
    const every = must(radio('Every'));
    every.checked = true;
    every.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await store.settings.getValue()).density).toBe('every'));
  });

  test.each([
    ['chrome', 'Open the side panel'],
    ['firefox', 'Open the sidebar'],
  ] as const)('names the panel as %s does', async (kind, label) => {
    const fake = fakePlatform({ 1: page(mentions) });
    await mountPopup({
      root,
      platform: { ...fake.platform, kind },
      store,
      bundled,
      signal: controller.signal,
    });
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toContain(label);
  });

  test('lists the muted entities this page names, and highlights one again', async () => {
    await store.settings.update((s) => ({
      ...s,
      muted: [{ kbId: 'bundled', entityId: 'china', name: 'China' }],
    }));
    const answer = page(mentions);
    const fake = fakePlatform({
      1: (request) =>
        request.type === 'muted'
          ? { muted: [{ kbId: 'bundled', entityId: 'china', name: 'China', count: 3 }] }
          : answer(request),
    });
    await mount(fake);
    await vi.waitFor(() => expect(visibleText(root)).toContain('Muted on this page'));
    expect(visibleText(root)).toContain('China, 3');
    const again = must(
      root.querySelector<HTMLButtonElement>('[aria-label="Highlight China again"]'),
    );
    again.click();
    await vi.waitFor(async () => expect((await store.settings.getValue()).muted).toEqual([]));
  });

  test('shows no muted section when the page names no muted entity', async () => {
    await mount(fakePlatform({ 1: page(mentions) }));
    await vi.waitFor(() => expect(entityButtons()).toHaveLength(2));
    expect(visibleText(root)).not.toContain('Muted on this page');
  });

  test('shows the notice when stored data was damaged', async () => {
    await fakeBrowser.storage.local.set({ settings: 'broken', settings$: { v: 2 } });
    store = createSeedlightStore();
    await mount(fakePlatform({ 1: page(mentions) }));
    await vi.waitFor(() =>
      expect(visibleText(root)).toContain('was damaged and has been reset to defaults'),
    );
    const dismiss = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss');
    dismiss?.click();
    await vi.waitFor(() => expect(visibleText(root)).not.toContain('was damaged'));
  });
});
