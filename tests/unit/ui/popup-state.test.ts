import { describe, expect, test } from 'vitest';
import type { MentionItem } from '../../../src/protocol';
import {
  DEFAULT_BRIEFINGS,
  DEFAULT_SETTINGS,
  type BriefingsState,
  type Settings,
} from '../../../src/settings';
import { nameDiffers, popupEntities, popupState } from '../../../src/ui/popup-state';
import { makeKb } from '../settings/fixtures';

const bundled = [makeKb('bundled', [{ id: 'china', name: 'China', type: 'place' }])];
const URL_HERE = 'https://news.example.com:8443/world/1';

describe('popupState', () => {
  test.each<
    [
      string,
      Partial<Settings>,
      Partial<BriefingsState>,
      string | undefined,
      string,
      boolean,
      boolean,
    ]
  >([
    ['on', {}, {}, URL_HERE, 'on', true, false],
    [
      'denied by host and port',
      { deny: ['news.example.com:8443'] },
      {},
      URL_HERE,
      'denied',
      false,
      true,
    ],
    [
      'another port is not denied',
      { deny: ['news.example.com:80'] },
      {},
      URL_HERE,
      'on',
      true,
      false,
    ],
    ['not in the allow list', { allow: ['other.org'] }, {}, URL_HERE, 'not-allowed', false, true],
    ['off everywhere', { enabled: false }, {}, URL_HERE, 'off-everywhere', false, true],
    [
      'off here, by the switch',
      { disabledSites: ['news.example.com'] },
      {},
      URL_HERE,
      'off-here',
      false,
      false,
    ],
    [
      'every briefing off',
      {},
      { disabledBundled: ['bundled'] },
      URL_HERE,
      'no-briefings',
      false,
      true,
    ],
    ['a browser page', {}, {}, 'chrome://extensions/', 'unsupported', false, true],
    ['a tab that does not answer', {}, {}, undefined, 'unreachable', false, true],
  ])('%s', (_name, settings, briefings, url, reason, checked, disabled) => {
    const state = popupState(
      { ...DEFAULT_SETTINGS, ...settings },
      { ...DEFAULT_BRIEFINGS, ...briefings },
      bundled,
      url,
    );
    expect(state.reason.reason).toBe(reason);
    expect(state.site).toEqual({ checked, disabled });
    expect(state.global.checked).toBe(settings.enabled ?? true);
  });
});

const m = (entityId: string, name: string, text: string): MentionItem => ({ entityId, name, text });

describe('popupEntities', () => {
  test.each<[string, MentionItem[], [string, string[], number, number][]]>([
    ['nothing', [], []],
    [
      'counts every mention, most first, then by name',
      [
        m('b', 'Beta', 'Beta'),
        m('a', 'Alpha', 'Alpha'),
        m('c', 'Gamma', 'Gamma'),
        m('c', 'Gamma', 'Gamma'),
      ],
      [
        ['Gamma', ['Gamma'], 2, 2],
        ['Alpha', ['Alpha'], 1, 1],
        ['Beta', ['Beta'], 1, 0],
      ],
    ],
    [
      'the page’s spellings, commonest first, one per case',
      [
        m('ap', 'AP', 'AP'),
        m('ap', 'AP', 'Associated Press'),
        m('ap', 'AP', 'ASSOCIATED PRESS'),
        m('ap', 'AP', 'Associated  Press'),
      ],
      [['AP', ['Associated Press', 'AP'], 4, 0]],
    ],
  ])('%s', (_name, mentions, expected) => {
    expect(popupEntities(mentions).map((e) => [e.name, e.written, e.count, e.firstIndex])).toEqual(
      expected,
    );
  });

  test.each<[string[], string, boolean]>([
    [['AP', 'Associated Press'], 'AP', false],
    [['Zelenskyy'], 'Volodymyr Zelensky', true],
    [['CHINA'], 'China', false],
  ])('beside %j the name %s is shown: %s', (written, name, shown) => {
    expect(nameDiffers({ entityId: 'x', name, written, count: 1, firstIndex: 0 })).toBe(shown);
  });
});
