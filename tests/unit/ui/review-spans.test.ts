import { expect, test } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/schema';
import { countMentions, findSourceMentions } from '../../../src/ui/review/review-mentions';
import { mentionAt, mentionsOf, nextMention } from '../../../src/ui/review/review-spans';

const text = 'Modi spoke in Delhi. Later Modi met Sharif in Delhi, and Modi left.';
const kb: KnowledgeBase = {
  version: 2,
  id: 'notes',
  title: 'Notes',
  sources: [{ id: 'notes', title: 'Notes', text }],
  entities: [
    {
      id: 'modi',
      name: 'Modi',
      type: 'person',
      aliases: ['Modi'],
      sentences: [],
      related: [],
      sources: ['notes'],
    },
    {
      id: 'delhi',
      name: 'Delhi',
      type: 'place',
      aliases: ['Delhi'],
      sentences: [],
      related: [],
      sources: ['notes'],
    },
    {
      id: 'sharif',
      name: 'Sharif',
      type: 'person',
      aliases: ['Sharif'],
      sentences: [],
      related: [],
      sources: ['notes'],
    },
  ],
};
const mentions = findSourceMentions(kb);

test('the matcher finds every mention in the briefing text', () => {
  const spans = mentions[0]?.spans ?? [];
  expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
    'Modi',
    'Delhi',
    'Modi',
    'Sharif',
    'Delhi',
    'Modi',
  ]);
  expect(Object.fromEntries(countMentions(mentions))).toEqual({ modi: 3, delhi: 2, sharif: 1 });
});

test.each([
  [0, 'modi'],
  [3, 'modi'],
  [4, null],
  [text.indexOf('Sharif') + 2, 'sharif'],
])('mentionAt offset %i is %j', (offset, entityId) => {
  expect(mentionAt(mentions, 0, offset)?.entityId ?? null).toBe(entityId);
});

test.each<[string | null, { source: number; span: number } | null, boolean, number | null]>([
  ['modi', null, false, 0],
  ['modi', { source: 0, span: 0 }, false, 2],
  ['modi', { source: 0, span: 5 }, false, 0],
  ['modi', { source: 0, span: 0 }, true, 5],
  ['modi', { source: 0, span: 3 }, false, 5],
  ['delhi', { source: 0, span: 3 }, true, 1],
  [null, { source: 0, span: 2 }, false, 3],
  ['nobody', null, false, null],
])('nextMention of %j from %j (back: %s) is span %j', (entityId, from, back, span) => {
  expect(nextMention(mentions, entityId, from, back)?.span ?? null).toBe(span);
});

test('mentionsOf lists an entity’s mentions in text order', () => {
  expect(mentionsOf(mentions, 'delhi')).toEqual([
    { source: 0, span: 1 },
    { source: 0, span: 4 },
  ]);
});
