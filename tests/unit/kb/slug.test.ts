import { describe, expect, test } from 'vitest';
import { slugify } from '../../../src/kb/slug';

describe('slugify', () => {
  test.each([
    ['Volodymyr Zelensky', 'volodymyr-zelensky'],
    ['Belt and Road Initiative', 'belt-and-road-initiative'],
    ['Jonas Gahr Støre', 'jonas-gahr-store'],
    ['Xanana Gusmão', 'xanana-gusmao'],
    ['U.S.', 'u-s'],
    ['…', 'entity'],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('slugify with options', () => {
  test.each([
    ['???', { fallback: 'briefing' }, 'briefing'],
    ['Notes from Tromsø', { fallback: 'briefing' }, 'notes-from-tromso'],
    ['Alpha Beta Gamma', { maxLength: 6 }, 'alpha'],
    ['Alpha Beta Gamma', { maxLength: 10 }, 'alpha-beta'],
  ] as const)('%s with %j -> %s', (name, options, slug) => {
    expect(slugify(name, options)).toBe(slug);
  });
});
