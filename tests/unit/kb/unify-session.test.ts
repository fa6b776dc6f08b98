import { expect, test } from 'vitest';
import { buildPageIndex, DEFAULT_SETTINGS } from '../../../src/settings';
import { makeKb } from '../settings/fixtures';

test('the page index holds two briefings’ China as one entity, its card a section each', () => {
  const war = makeKb('war', [{ id: 'china', name: 'China', type: 'place' }]);
  const trade = makeKb('trade', [{ id: 'china-2', name: 'China', type: 'place' }]);
  const { index, buckets } = buildPageIndex(
    [war],
    { user: [{ kb: trade, enabled: true, addedAt: 1 }], disabledBundled: [] },
    DEFAULT_SETTINGS,
  );
  expect(index.entities.map((e) => e.id)).toEqual(['china']);
  expect(buckets[0]?.cards['china']?.sections?.map((s) => s.kbId)).toEqual(['war', 'trade']);
});
