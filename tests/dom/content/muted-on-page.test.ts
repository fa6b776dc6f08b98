import { describe, expect, test } from 'vitest';
import { mutedOnPage } from '../../../src/content/muted-on-page';
import { makeKb } from '../../unit/settings/fixtures';

describe('mutedOnPage', () => {
  const war = makeKb('war', [
    { id: 'china', name: 'China', type: 'place' },
    { id: 'associated-press', name: 'Associated Press', type: 'organization' },
  ]);

  // As the page index lists them: every entity of the briefing, muted.
  const muted = war.entities.map((e) => ({
    kbId: war.id,
    entityId: e.id,
    name: e.name,
    type: e.type,
    aliases: [...e.aliases],
  }));

  test.each([
    ['names it twice', 'China said so. Later, China agreed.', [['war', 'china', 2]]],
    [
      'names another muted entity',
      'The Associated Press reported it.',
      [['war', 'associated-press', 1]],
    ],
    ['names none', 'Nothing of note here.', []],
  ])('a page that %s', (_name, text, expected) => {
    expect(mutedOnPage(text, muted).map((m) => [m.kbId, m.entityId, m.count])).toEqual(expected);
  });
});
