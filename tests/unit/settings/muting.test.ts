import { describe, expect, test } from 'vitest';
import {
  DEFAULT_BRIEFINGS,
  DEFAULT_SETTINGS,
  muteEntities,
  resolvePageConfig,
  unmuteEntities,
  type MutedEntity,
} from '../../../src/settings';
import { makeKb } from './fixtures';

const war = makeKb('war', [
  { id: 'china', name: 'China', type: 'place' },
  { id: 'xi-jinping', name: 'Xi Jinping' },
]);
const trade = makeKb('trade', [{ id: 'china', name: 'China', type: 'place' }]);
const chinaInWar: MutedEntity = { kbId: 'war', entityId: 'china', name: 'China' };

describe('muting', () => {
  test.each<[string, MutedEntity[], string[]]>([
    ['nothing muted', [], ['war/china', 'war/xi-jinping', 'trade/china']],
    ['one entity of one briefing', [chinaInWar], ['war/xi-jinping', 'trade/china']],
    [
      'the same name in two briefings',
      [chinaInWar, { kbId: 'trade', entityId: 'china', name: 'China' }],
      ['war/xi-jinping'],
    ],
    [
      'an entity of a briefing that is gone',
      [{ kbId: 'old', entityId: 'x', name: 'X' }],
      ['war/china', 'war/xi-jinping', 'trade/china'],
    ],
  ])('%s: the page gets the rest', (_name, muted, expected) => {
    const settings = muteEntities(DEFAULT_SETTINGS, muted);
    const config = resolvePageConfig(
      settings,
      DEFAULT_BRIEFINGS,
      [war, trade],
      'https://example.org/',
    );
    expect(
      config.knowledgeBases.flatMap((kb) => kb.entities.map((e) => `${kb.id}/${e.id}`)),
    ).toEqual(expected);
  });

  test('muting twice lists the entity once; unmuting gives the page its highlight back', () => {
    const muted = muteEntities(muteEntities(DEFAULT_SETTINGS, [chinaInWar]), [chinaInWar]);
    expect(muted.muted).toEqual([chinaInWar]);
    const again = unmuteEntities(muted, [{ kbId: 'war', entityId: 'china' }]);
    expect(again.muted).toEqual([]);
    const config = resolvePageConfig(again, DEFAULT_BRIEFINGS, [war], 'https://example.org/');
    expect(config.knowledgeBases[0]?.entities.map((e) => e.id)).toEqual(['china', 'xi-jinping']);
  });
});
