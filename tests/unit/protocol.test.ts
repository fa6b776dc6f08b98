import { describe, expect, test } from 'vitest';
import { isBackgroundRequest, isContentRequest, isPageQuery } from '../../src/protocol';

const guards = { isContentRequest, isPageQuery, isBackgroundRequest } as const;
type GuardName = keyof typeof guards;

/** Every message the extension sends today, with the one guard that must accept it. */
const current: [GuardName, unknown][] = [
  ['isContentRequest', { type: 'mentions' }],
  ['isContentRequest', { type: 'reveal', index: 0 }],
  ['isContentRequest', { type: 'navigate', direction: 'next' }],
  ['isContentRequest', { type: 'navigate', direction: 'previous' }],
  ['isPageQuery', { type: 'outline' }],
  ['isPageQuery', { type: 'page-html' }],
  ['isPageQuery', { type: 'page-info' }],
  ['isPageQuery', { type: 'muted' }],
  ['isPageQuery', { type: 'selection' }],
  ['isBackgroundRequest', { type: 'open-source', kbId: 'k', source: 's', start: 3, end: 9 }],
  ['isBackgroundRequest', { type: 'mention-count', count: 0 }],
  ['isBackgroundRequest', { type: 'edit-entity', kbId: 'k', entityId: 'ada-lovelace' }],
  ['isBackgroundRequest', { type: 'rebuild-page-index' }],
];

describe('every current message', () => {
  test.each(current)('%s accepts %j, and no other guard does', (name, message) => {
    for (const [other, guard] of Object.entries(guards)) {
      expect(guard(message)).toBe(other === name);
    }
  });
});

/** Malformed messages: no guard accepts any of them. */
const malformed: [string, unknown][] = [
  ['null', null],
  ['a string', 'outline'],
  ['no type', { index: 1 }],
  ['an unknown type', { type: 'outlines' }],
  ['a type that is not a string', { type: 7 }],
  ['reveal without an index', { type: 'reveal' }],
  ['reveal with a string index', { type: 'reveal', index: '1' }],
  ['navigate without a direction', { type: 'navigate' }],
  ['navigate in an unknown direction', { type: 'navigate', direction: 'up' }],
  ['open-source without an end', { type: 'open-source', kbId: 'k', source: 's', start: 3 }],
  [
    'open-source with a string start',
    { type: 'open-source', kbId: 'k', source: 's', start: '3', end: 9 },
  ],
  ['open-source without a kbId', { type: 'open-source', source: 's', start: 3, end: 9 }],
  ['mention-count without a count', { type: 'mention-count' }],
  ['mention-count with a string count', { type: 'mention-count', count: '2' }],
  ['edit-entity without an entityId', { type: 'edit-entity', kbId: 'k' }],
  ['edit-entity with a numeric kbId', { type: 'edit-entity', kbId: 1, entityId: 'e' }],
];

describe('malformed messages', () => {
  test.each(malformed)('%s is refused by every guard', (_, message) => {
    for (const guard of Object.values(guards)) expect(guard(message)).toBe(false);
  });
});
