import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
  applyCorrections,
  CorrectionsSchema,
  type Correction,
} from '../../../src/derive/corrections';
import { deriveKnowledgeBase, seedTitle } from '../../../src/derive/index';
import { validateKnowledgeBase } from '../../../src/kb/parse';

const text = readFileSync('seeds/zelensky-sends-offer-to-china.txt', 'utf8');
const { kb } = deriveKnowledgeBase({ id: 'seed', title: seedTitle(text), text });

function apply(...corrections: Correction[]) {
  const result = applyCorrections(kb, { version: 1, corrections });
  expect(validateKnowledgeBase(result.kb)).toMatchObject({ ok: true });
  return result;
}
const entity = (k: typeof kb, id: string) => k.entities.find((e) => e.id === id);

describe('applyCorrections', () => {
  test('addAlias adds the alias and reports it', () => {
    const { kb: out, report } = apply({ op: 'addAlias', entity: 'ap', alias: 'Associated Press' });
    expect(entity(out, 'ap')?.aliases).toEqual(['AP', 'Associated Press']);
    expect(report).toEqual(['added alias "Associated Press" to ap']);
  });

  test('removeAlias removes the alias and the sentences only it cited', () => {
    const { kb: out, report } = apply({ op: 'removeAlias', entity: 'xi-jinping', alias: 'Xi' });
    const xi = entity(out, 'xi-jinping');
    expect(xi?.aliases).toEqual(['Xi Jinping']);
    expect(xi?.sentences.every((s) => s.text.includes('Xi Jinping'))).toBe(true);
    expect(xi?.sentences.length).toBeLessThan(entity(kb, 'xi-jinping')?.sentences.length ?? 0);
    expect(report).toEqual(['removed alias "Xi" from xi-jinping']);
  });

  test('setType changes the type', () => {
    const { kb: out, report } = apply({ op: 'setType', entity: 'kremlin', type: 'place' });
    expect(entity(out, 'kremlin')?.type).toBe('place');
    expect(report).toEqual(['changed the type of kremlin from organization to place']);
  });

  test('setDescription sets the description', () => {
    const { kb: out } = apply({
      op: 'setDescription',
      entity: 'putin',
      description: 'President of Russia',
    });
    expect(entity(out, 'putin')?.description).toBe('President of Russia');
  });

  test('merge folds one entity into another and updates related entities', () => {
    const { kb: out, report } = apply({ op: 'merge', entity: 'kremlin', into: 'russia' });
    expect(entity(out, 'kremlin')).toBeUndefined();
    expect(entity(out, 'russia')?.aliases).toEqual(['Kremlin', 'Russia']);
    expect(out.entities.flatMap((e) => e.related.map((r) => r.id))).not.toContain('kremlin');
    expect(report).toEqual(['merged kremlin into russia']);
  });

  test('split moves aliases into a new entity', () => {
    const { kb: out, report } = apply({
      op: 'split',
      entity: 'xi-jinping',
      name: 'Xi',
      aliases: ['Xi'],
      type: 'other',
    });
    expect(entity(out, 'xi')).toMatchObject({ name: 'Xi', type: 'other', aliases: ['Xi'] });
    expect(entity(out, 'xi-jinping')?.aliases).toEqual(['Xi Jinping']);
    expect(report).toEqual(['split xi (Xi) from xi-jinping']);
  });

  test.each<[string, Correction, RegExp]>([
    [
      'an unknown entity',
      { op: 'setType', entity: 'nobody', type: 'person' },
      /no entity has the id "nobody"/,
    ],
    [
      'an alias it does not have',
      { op: 'removeAlias', entity: 'ap', alias: 'BBC' },
      /ap has no alias "BBC"/,
    ],
    [
      'an alias another entity owns',
      { op: 'addAlias', entity: 'ap', alias: 'China' },
      /already an alias of china/,
    ],
    ['merging into itself', { op: 'merge', entity: 'ap', into: 'ap' }, /into itself/],
  ])('refuses %s, naming the correction', (_, correction, message) => {
    expect(() => applyCorrections(kb, { version: 1, corrections: [correction] })).toThrow(message);
  });
});

describe('CorrectionsSchema', () => {
  test.each([
    ['an unknown operation', { version: 1, corrections: [{ op: 'rename', entity: 'ap' }] }],
    ['a wrong version', { version: 2, corrections: [] }],
    [
      'an unknown type',
      { version: 1, corrections: [{ op: 'setType', entity: 'ap', type: 'city' }] },
    ],
    [
      'an extra field',
      { version: 1, corrections: [{ op: 'addAlias', entity: 'ap', alias: 'A', x: 1 }] },
    ],
    ['an empty alias', { version: 1, corrections: [{ op: 'addAlias', entity: 'ap', alias: ' ' }] }],
  ])('rejects %s', (_, value) => {
    expect(v.safeParse(CorrectionsSchema, value).success).toBe(false);
  });

  test('accepts the bundled seed corrections', () => {
    const json = readFileSync('seeds/zelensky-sends-offer-to-china.corrections.json', 'utf8');
    expect(v.safeParse(CorrectionsSchema, JSON.parse(json)).success).toBe(true);
  });
});
