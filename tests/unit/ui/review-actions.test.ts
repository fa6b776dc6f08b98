import { describe, expect, test } from 'vitest';
import { validateKnowledgeBase } from '../../../src/kb/parse';
import type { KnowledgeBase } from '../../../src/kb/schema';
import {
  flaggedIds,
  keepEntities,
  mergeInto,
  parseAliases,
  removeEntities,
  retypeEntities,
  setAliases,
} from '../../../src/ui/review/review-actions';
import { must } from '../settings/fixtures';
import { derivedKb } from './review-fixtures';

const kb = (): KnowledgeBase =>
  derivedKb([
    { id: 'modi', name: 'Narendra Modi', mentions: 4 },
    { id: 'pm-modi', name: 'PM Modi', mentions: 2, doubts: ['seen-once'] },
    { id: 'modi-govt', name: 'Modi', mentions: 1, doubts: ['ambiguous', 'type-guessed'] },
    { id: 'india', name: 'India', type: 'place', mentions: 9 },
    { id: 'story', name: 'Story', type: 'other', mentions: 1, doubts: ['common-word'] },
  ]);

const ids = (k: KnowledgeBase) => k.entities.map((e) => e.id);
const entity = (k: KnowledgeBase, id: string) =>
  must(
    k.entities.find((e) => e.id === id),
    id,
  );

describe('bulk review actions', () => {
  test('flaggedIds are the entities with doubts', () => {
    expect(flaggedIds(kb())).toEqual(['pm-modi', 'modi-govt', 'story']);
  });

  test.each([
    ['several', ['story', 'pm-modi'], ['modi', 'modi-govt', 'india']],
    ['all flagged', ['pm-modi', 'modi-govt', 'story'], ['modi', 'india']],
    ['an unknown id is ignored', ['nope'], ['modi', 'pm-modi', 'modi-govt', 'india', 'story']],
  ])('removeEntities: %s', (_name, removed, left) => {
    const next = removeEntities(kb(), removed);
    expect(ids(next)).toEqual(left);
    expect(validateKnowledgeBase(next).ok).toBe(true);
  });

  test('removeEntities with nothing to remove returns the same knowledge base', () => {
    const before = kb();
    expect(removeEntities(before, ['nope'])).toBe(before);
  });

  test('mergeInto joins names, adds up mentions and clears the doubts', () => {
    const next = mergeInto(kb(), ['pm-modi', 'modi', 'modi-govt'], 'modi');
    expect(ids(next)).toEqual(['modi', 'india', 'story']);
    const modi = entity(next, 'modi');
    expect(modi.aliases).toEqual(['Narendra Modi', 'PM Modi', 'Modi']);
    expect(modi.evidence).toMatchObject({ mentions: 7, doubts: [] });
    expect(modi.sentences).toHaveLength(3);
    expect(validateKnowledgeBase(next).ok).toBe(true);
  });

  test.each([
    ['into an unknown id', ['modi'], 'nope'],
    ['only itself', ['modi'], 'modi'],
  ])('mergeInto %s changes nothing', (_name, from, into) => {
    const before = kb();
    expect(mergeInto(before, from, into)).toBe(before);
  });

  test('retypeEntities sets the type, marks it corrected and drops "type-guessed"', () => {
    const next = retypeEntities(kb(), ['modi-govt', 'india'], 'organization');
    expect(entity(next, 'modi-govt')).toMatchObject({
      type: 'organization',
      evidence: { typeCue: 'corrected', doubts: ['ambiguous'] },
    });
    expect(entity(next, 'india').type).toBe('organization');
    expect(entity(next, 'modi').type).toBe('person');
  });

  test('retypeEntities to the same type changes nothing', () => {
    const before = kb();
    expect(retypeEntities(before, ['modi'], 'person')).toBe(before);
  });

  test('keepEntities clears doubts of the chosen entities only', () => {
    const next = keepEntities(kb(), ['story', 'modi']);
    expect(flaggedIds(next)).toEqual(['pm-modi', 'modi-govt']);
    const unchanged = kb();
    expect(keepEntities(unchanged, ['modi'])).toBe(unchanged);
  });

  test.each([
    ['adds and keeps the name first', 'Narendra Modi; Modiji', ['Narendra Modi', 'Modiji']],
    ['empty keeps the name', '  ', ['Narendra Modi']],
    ['a comma stays inside an alias', 'Modi, Narendra', ['Narendra Modi', 'Modi, Narendra']],
    ['duplicates once', 'Modiji; Modiji ;', ['Narendra Modi', 'Modiji']],
  ])('setAliases: %s', (_name, text, aliases) => {
    expect(entity(setAliases(kb(), 'modi', parseAliases(text)), 'modi').aliases).toEqual(aliases);
  });
});
