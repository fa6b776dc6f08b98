import { expect, test } from 'vitest';
import { indexEntities } from '../../../src/content/session';
import { makeKb } from '../settings/fixtures';

test('the page indexes two briefings’ China as one entity with a section each', () => {
  const war = makeKb('war', [{ id: 'china', name: 'China', type: 'place' }]);
  const trade = makeKb('trade', [{ id: 'china-2', name: 'China', type: 'place' }]);
  const entities = indexEntities([war, trade]);
  expect([...entities.keys()]).toEqual(['china']);
  expect(entities.get('china')?.sections.map((s) => s.kbId)).toEqual(['war', 'trade']);
});
