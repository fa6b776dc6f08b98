import { expect, test } from 'vitest';
import { validateKnowledgeBase } from '../../../src/kb/parse';
import type { KnowledgeBase } from '../../../src/kb/schema';
import {
  describeEntity,
  mergeEntities,
  removeEntity,
  renameEntity,
  retypeEntity,
} from '../../../src/ui/review/kb-edits';
import { makeKb, must } from '../../unit/settings/fixtures';

function base(): KnowledgeBase {
  const kb = makeKb('notes', [
    { id: 'zelensky', name: 'Zelensky' },
    {
      id: 'volodymyr-zelensky',
      name: 'Volodymyr Zelensky',
      aliases: ['Volodymyr Zelensky', 'Zelenskyy'],
    },
    { id: 'kyiv', name: 'Kyiv', type: 'place' },
  ]);
  must(kb.entities[0]).related = [
    { id: 'kyiv', weight: 1 },
    { id: 'volodymyr-zelensky', weight: 2 },
  ];
  must(kb.entities[2]).related = [{ id: 'zelensky', weight: 3 }];
  return kb;
}

const byId = (kb: KnowledgeBase, id: string) => kb.entities.find((e) => e.id === id);

test.each([
  [
    'rename',
    (kb: KnowledgeBase) => renameEntity(kb, 'kyiv', ' Kyiv City '),
    (kb: KnowledgeBase) => {
      expect(byId(kb, 'kyiv')).toMatchObject({ name: 'Kyiv City', aliases: ['Kyiv', 'Kyiv City'] });
    },
  ],
  [
    'rename to nothing is ignored',
    (kb: KnowledgeBase) => renameEntity(kb, 'kyiv', '  '),
    (kb: KnowledgeBase) => {
      expect(byId(kb, 'kyiv')?.name).toBe('Kyiv');
    },
  ],
  [
    'retype',
    (kb: KnowledgeBase) => retypeEntity(kb, 'kyiv', 'organization'),
    (kb: KnowledgeBase) => {
      expect(byId(kb, 'kyiv')?.type).toBe('organization');
    },
  ],
  [
    'describe',
    (kb: KnowledgeBase) => describeEntity(kb, 'kyiv', ' capital of Ukraine '),
    (kb: KnowledgeBase) => {
      expect(byId(kb, 'kyiv')?.description).toBe('capital of Ukraine');
    },
  ],
  [
    'clear a description',
    (kb: KnowledgeBase) => describeEntity(describeEntity(kb, 'kyiv', 'x'), 'kyiv', ''),
    (kb: KnowledgeBase) => {
      expect(byId(kb, 'kyiv')).not.toHaveProperty('description');
    },
  ],
  [
    'remove drops relations to it',
    (kb: KnowledgeBase) => removeEntity(kb, 'kyiv'),
    (kb: KnowledgeBase) => {
      expect(kb.entities.map((e) => e.id)).toEqual(['zelensky', 'volodymyr-zelensky']);
      expect(byId(kb, 'zelensky')?.related).toEqual([{ id: 'volodymyr-zelensky', weight: 2 }]);
    },
  ],
  [
    'merge joins names, sentences and relations',
    (kb: KnowledgeBase) => mergeEntities(kb, 'zelensky', 'volodymyr-zelensky'),
    (kb: KnowledgeBase) => {
      expect(kb.entities.map((e) => e.id)).toEqual(['volodymyr-zelensky', 'kyiv']);
      const merged = must(byId(kb, 'volodymyr-zelensky'));
      expect(merged.aliases).toEqual(['Volodymyr Zelensky', 'Zelenskyy', 'Zelensky']);
      expect(merged.sentences.map((s) => s.text)).toEqual([
        'Zelensky was here.',
        'Volodymyr Zelensky was here.',
      ]);
      expect(merged.related).toEqual([{ id: 'kyiv', weight: 1 }]);
      expect(byId(kb, 'kyiv')?.related).toEqual([{ id: 'volodymyr-zelensky', weight: 3 }]);
    },
  ],
  [
    'merge into itself changes nothing',
    (kb: KnowledgeBase) => mergeEntities(kb, 'kyiv', 'kyiv'),
    (kb: KnowledgeBase) => {
      expect(kb).toEqual(base());
    },
  ],
])('%s keeps a valid knowledge base', (_name, edit, check) => {
  const original = base();
  const edited = edit(original);
  check(edited);
  expect(validateKnowledgeBase(edited)).toEqual({ ok: true, kb: edited });
  expect(original).toEqual(base());
});
