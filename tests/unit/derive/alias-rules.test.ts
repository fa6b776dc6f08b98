import { describe, expect, test } from 'vitest';
import { isAbstractNoun } from '../../../src/derive/lexicon';
import { editDistance, isMisspelling, shortensTo } from '../../../src/derive/cluster';
import { deriveKnowledgeBase, seedTitle } from '../../../src/derive/index';
import type { Entity } from '../../../src/kb/schema';

function derive(text: string): Entity[] {
  return deriveKnowledgeBase({ id: 'alias-rules', title: seedTitle(text), text }).kb.entities;
}

function holder(entities: readonly Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name || e.aliases.includes(name));
}

describe('one name written two ways is one entity', () => {
  test.each([
    [
      'Sony showed the PlayStation VR headset on Monday. Buyers said the Playstation VR was heavy.',
      'PlayStation VR',
      'Playstation VR',
    ],
    [
      'The United Nations met in Geneva. A spokesman for the Untied Nations said talks would go on.',
      'United Nations',
      'Untied Nations',
    ],
    [
      'Kristin Wilkins, a curator at the museum, spoke on Friday. Kristen Wilkins said the show would open.',
      'Kristin Wilkins',
      'Kristen Wilkins',
    ],
  ])('%j: %s and %s', (text, a, b) => {
    const entities = derive(text);
    expect(holder(entities, a)).toBeDefined();
    expect(holder(entities, a)).toBe(holder(entities, b));
  });

  test.each([
    [['United', 'Nations'], ['Untied', 'Nations'], true],
    [['New', 'People', 'Party'], ['New', "People's", 'Party'], true],
    [['Cyclone', 'Phalin'], ['Cyclone', 'Phailin'], true],
    [['North', 'Korea'], ['South', 'Korea'], false],
    [['John', 'Smith'], ['Joan', 'Smith'], false],
    [['Austria'], ['Austrla'], false],
    [['World', 'War', 'I'], ['World', 'War', 'II'], false],
    [['Daniel', 'Smith'], ['Danielle', 'Smith'], false],
  ])('%j and %j are one name misspelt: %s', (a, b, expected) => {
    expect(isMisspelling(a, b)).toBe(expected);
  });

  test.each([
    ['United', 'Untied', 1],
    ['Phailin', 'Phalin', 1],
    ['Kristin', 'Kristen', 1],
    ['Daniel', 'Danielle', 2],
    ['Maurer', 'Maurer', 0],
  ])('edit distance of %s and %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('a body or work by its shortened name', () => {
  test.each([
    [['New', 'Culture', 'Movement'], ['New', 'Culture'], true],
    [['CBC', 'News'], ['CBC'], true],
    [['Space', 'Shuttle', 'Program'], ['Space', 'Shuttle'], true],
    [['Bonosus', 'of', 'Sardica'], ['Bonosus'], true],
    [['Constitution', 'of', 'the', 'United', 'States'], ['Constitution'], true],
    [['Italian', 'Supreme', 'Court', 'of', 'Cassation'], ['Supreme', 'Court'], true],
    [['Church', 'of', 'Scientology'], ['Scientology'], true],
    [
      ['Andy', 'Warhol', 'Foundation', 'for', 'the', 'Visual', 'Arts'],
      ['Andy', 'Warhol', 'Foundation'],
      true,
    ],
    [['César', 'Award', 'for', 'Best', 'Actress'], ['César', 'Award'], false],
    [['Boston', 'Red', 'Sox'], ['Boston'], false],
    [['CBC'], ['CBC'], false],
  ])('%j can be shortened to %j: %s', (full, short, expected) => {
    expect(shortensTo(full, short)).toBe(expected);
  });

  test.each([
    [
      'The Church of Scientology denied the claims. Critics of Scientology said the church lied.',
      'Church of Scientology',
      'Scientology',
    ],
    [
      'The New Culture Movement began in 1915. Writers of the New Culture wrote in plain Chinese.',
      'New Culture Movement',
      'New Culture',
    ],
    [
      'The Andy Warhol Foundation for the Visual Arts gave the photos. The Andy Warhol Foundation said it was glad.',
      'Andy Warhol Foundation for the Visual Arts',
      'Andy Warhol Foundation',
    ],
  ])('%j: %s is also %s', (text, full, short) => {
    const entities = derive(text);
    expect(holder(entities, full)).toBeDefined();
    expect(holder(entities, full)).toBe(holder(entities, short));
  });

  test('a place keeps its own entity beside a body named after it', () => {
    const entities = derive(
      'She studied at the University of Paris for two years. Later she lived in Paris with her aunt.',
    );
    expect(holder(entities, 'Paris')).not.toBe(holder(entities, 'University of Paris'));
  });
});

describe('place cues', () => {
  test.each([
    ['In 370 the scholar Jerome travelled with Bonosus to Gaul and settled there.', 'Gaul'],
    ['He stayed for years with Rufinus at Aquileia, where he made many friends.', 'Aquileia'],
    ['The monks set out on a journey through Thrace into Syria.', 'Thrace'],
    ['The village lies on the border of Dalmatia and stood there for ages.', 'Dalmatia'],
    ['Thousands fled to Karvenia after the fighting, officials said.', 'Karvenia'],
  ])('%j: %s is a place', (text, name) => {
    expect(holder(derive(text), name)?.type).toBe('place');
  });
});

describe('a name ending in an abstract noun is no person', () => {
  test.each([
    ['Autobiography', true],
    ['Structuralism', true],
    ['Studies', true],
    ['Leadership', true],
    ['Recollections', true],
    ['Construction', true],
    ['Psychology', true],
    ['Development', true],
    ['Personality', true],
    ['Florence', false],
    ['Clement', false],
    ['Whitman', false],
    ['Davies', false],
    ['Hughes', false],
    ['Murphy', false],
    ['Baker', false],
  ])('%s ends a work or field: %s', (word, expected) => {
    expect(isAbstractNoun(word)).toBe(expected);
  });

  test.each([
    [
      'In 1963 he wrote Linguistic Autobiography, a short book about his life.',
      'Linguistic Autobiography',
    ],
    ['She taught American Structuralism to students in the 1950s.', 'American Structuralism'],
  ])('%j: %s is not a person', (text, name) => {
    const found = holder(derive(text), name);
    expect(found).toBeDefined();
    expect(found?.type).not.toBe('person');
  });
});
