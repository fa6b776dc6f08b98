import { expect, test } from 'vitest';
import {
  DEFAULT_QUERY,
  queryRows,
  toRows,
  type RowQuery,
} from '../../../src/ui/review/review-rows';
import { makeKb } from '../settings/fixtures';
import { derivedKb } from './review-fixtures';

const kb = derivedKb([
  { id: 'modi', name: 'Narendra Modi', mentions: 4, aliases: ['Narendra Modi', 'Modi'] },
  { id: 'india', name: 'India', type: 'place', mentions: 9 },
  { id: 'story', name: 'Story', type: 'other', mentions: 1, doubts: ['common-word'] },
  { id: 'lahore', name: 'Lahore', type: 'place', mentions: 4 },
  { id: 'isi', name: 'ISI', type: 'organization', mentions: 2, doubts: ['seen-once'] },
]);
const rows = toRows(kb, new Map());

test.each<[string, Partial<RowQuery>, string[]]>([
  ['salience by default, ties by name', {}, ['india', 'lahore', 'modi', 'isi', 'story']],
  ['by name', { sort: 'name' }, ['india', 'isi', 'lahore', 'modi', 'story']],
  ['by type, then salience', { sort: 'type' }, ['isi', 'story', 'modi', 'india', 'lahore']],
  ['filter on an alias', { filter: 'modi' }, ['modi']],
  ['filter ignores case and accents', { filter: 'LÁHORE' }, ['lahore']],
  ['filter by type', { type: 'place' }, ['india', 'lahore']],
  ['flagged only', { flaggedOnly: true }, ['isi', 'story']],
  ['filter and type together', { filter: 'i', type: 'organization' }, ['isi']],
  ['nothing matches', { filter: 'zzz' }, []],
])('queryRows: %s', (_name, query, ids) => {
  expect(queryRows(rows, { ...DEFAULT_QUERY, ...query }).map((r) => r.id)).toEqual(ids);
});

test.each([
  ['evidence wins over counting', 'modi', 4],
  ['no evidence: counted', 'plain', 3],
  ['no evidence, never found', 'absent', 0],
])('toRows mentions: %s', (_name, id, mentions) => {
  const plain = makeKb('p', [
    { id: 'plain', name: 'Plain' },
    { id: 'absent', name: 'Absent' },
  ]);
  const mixed = { ...plain, entities: [...plain.entities, ...kb.entities.slice(0, 1)] };
  const counted = new Map([
    ['plain', 3],
    ['modi', 99],
  ]);
  expect(toRows(mixed, counted).find((r) => r.id === id)?.mentions).toBe(mentions);
});
