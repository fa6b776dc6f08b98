import { describe, expect, test } from 'vitest';
import type { Entity, SeedSentence } from '../../../src/kb/schema';
import {
  MAX_CARD_RELATED,
  SHOWN_SENTENCES,
  buildCardModel,
  muteTargets,
  type CardEntity,
  type CardModelInput,
} from '../../../src/popover/card-model';

const sentence = (n: number, source = 'war'): SeedSentence => ({
  source,
  start: n * 10,
  end: n * 10 + 9,
  text: `Sentence ${n} on Zelensky.`,
});
const sentences = (count: number, source?: string): SeedSentence[] =>
  Array.from({ length: count }, (_, i) => sentence(i, source));

function entity(fields: Partial<CardEntity> = {}): CardEntity {
  return {
    id: 'volodymyr-zelensky',
    name: 'Volodymyr Zelensky',
    type: 'person',
    aliases: ['Volodymyr Zelensky', 'Zelensky'],
    description: 'President of Ukraine.',
    sentences: [],
    related: [],
    sources: ['war'],
    kbId: 'war',
    ...fields,
  };
}

/** The same entity in two briefings, joined as kb/unify does. */
function joined(war: Partial<Entity>, trade: Partial<Entity>): CardEntity {
  const inWar = entity(war);
  const inTrade = entity({ kbId: 'trade', ...trade });
  return {
    ...inWar,
    sections: [
      { kbId: 'war', kbTitle: 'War briefing', entity: inWar },
      { kbId: 'trade', kbTitle: 'Trade briefing', entity: inTrade },
    ],
  };
}

const KNOWN: Record<string, string> = {
  'xi-jinping': 'Xi Jinping',
  bakhmut: 'Bakhmut',
  china: 'China',
};

function input(fields: Partial<CardModelInput> = {}): CardModelInput {
  return {
    mention: { name: 'Volodymyr Zelensky', type: 'person', text: 'Zelensky' },
    entity: entity(),
    place: { index: 0, count: 1 },
    lookup: (id) => (KNOWN[id] ? { id, name: KNOWN[id] } : undefined),
    allSentences: false,
    status: '',
    canEdit: () => false,
    canMute: false,
    ...fields,
  };
}

describe('what the card says of the entity', () => {
  test('a known entity shows its own name, type and trimmed description', () => {
    const model = buildCardModel(
      input({ entity: entity({ name: 'Zelensky', description: '  President.\n' }) }),
    );
    expect([model.name, model.type, model.description]).toEqual([
      'Zelensky',
      'person',
      'President.',
    ]);
  });

  test('a mention the knowledge base does not know shows the page’s name and type, and nothing else', () => {
    const model = buildCardModel(
      input({ entity: undefined, mention: { name: 'Kyiv', type: 'place', text: 'Kyiv' } }),
    );
    expect(model).toMatchObject({
      name: 'Kyiv',
      type: 'place',
      description: '',
      sentences: [],
      sections: [],
      more: null,
      source: undefined,
      related: [],
      editable: false,
      mutable: false,
    });
  });

  test.each([
    [
      'a known entity',
      entity(),
      ['Volodymyr Zelensky', 'Zelensky', 'Volodymyr Zelensky', 'Zelensky'],
    ],
    ['an unknown one', undefined, ['Volodymyr Zelensky', 'Zelensky']],
  ])('%s marks its aliases, its name and the text on the page', (_, known, aliases) => {
    expect(buildCardModel(input({ entity: known })).aliases).toEqual(aliases);
  });

  test('types the briefings disagree on are listed; agreeing briefings list none', () => {
    const conflicts = { types: ['person', 'organization'] as const };
    expect(buildCardModel(input({ entity: entity({ conflicts }) })).conflictingTypes).toEqual([
      'person',
      'organization',
    ]);
    expect(buildCardModel(input()).conflictingTypes).toEqual([]);
  });
});

describe('which sentences show', () => {
  test.each([
    // [sentences, all asked for, shown, toggle]
    [0, false, 0, null],
    [1, false, 1, null],
    [SHOWN_SENTENCES, false, SHOWN_SENTENCES, null],
    [3, false, 2, { hidden: 1, expanded: false }],
    [3, true, 3, { hidden: 1, expanded: true }],
    [7, false, 2, { hidden: 5, expanded: false }],
    [7, true, 7, { hidden: 5, expanded: true }],
  ])('%i sentences, all=%s: %i shown, toggle %j', (count, all, shown, more) => {
    const model = buildCardModel(
      input({ entity: entity({ sentences: sentences(count) }), allSentences: all }),
    );
    expect(model.sentences).toEqual(sentences(count).slice(0, shown));
    expect(model.more).toEqual(more);
  });

  test('"Open in source" opens the entity’s first sentence, also when it is cut short', () => {
    expect(buildCardModel(input({ entity: entity({ sentences: sentences(4) }) })).source).toEqual(
      sentence(0),
    );
  });
});

describe('an entity two briefings know', () => {
  test('shows a section per briefing, each cut short, and no sentences of its own', () => {
    const model = buildCardModel(
      input({
        entity: joined(
          { sentences: sentences(3, 'war'), description: ' At war. ' },
          { sentences: sentences(4, 'trade'), description: 'Trading.' },
        ),
      }),
    );
    expect(model.sentences).toEqual([]);
    expect(model.sections).toEqual([
      {
        kbId: 'war',
        title: 'War briefing',
        description: 'At war.',
        sentences: sentences(2, 'war'),
      },
      {
        kbId: 'trade',
        title: 'Trade briefing',
        description: 'Trading.',
        sentences: sentences(2, 'trade'),
      },
    ]);
    expect(model.more).toEqual({ hidden: 1 + 2, expanded: false });
    expect(model.source).toEqual(sentence(0, 'war'));
  });

  test.each([
    // [war sentences, trade sentences, all asked for, toggle]
    [1, 2, false, null],
    [1, 2, true, { hidden: 0, expanded: true }],
    [3, 0, false, { hidden: 1, expanded: false }],
    [3, 5, true, { hidden: 4, expanded: true }],
  ])('%i and %i sentences, all=%s: toggle %j', (war, trade, all, more) => {
    const model = buildCardModel(
      input({
        entity: joined({ sentences: sentences(war) }, { sentences: sentences(trade) }),
        allSentences: all,
      }),
    );
    expect(model.more).toEqual(more);
    if (all) expect(model.sections.map((s) => s.sentences.length)).toEqual([war, trade]);
  });

  test('an entity joined from one briefing only is shown as that briefing’s', () => {
    const alone = entity({ sentences: sentences(3) });
    const model = buildCardModel(
      input({ entity: { ...alone, sections: [{ kbId: 'war', kbTitle: 'War', entity: alone }] } }),
    );
    expect(model.sections).toEqual([]);
    expect(model.sentences).toEqual(sentences(2));
    expect(model.more).toEqual({ hidden: 1, expanded: false });
  });
});

describe('related entities', () => {
  test('strongest first, leaving out those the knowledge base does not know', () => {
    const related = [
      { id: 'bakhmut', weight: 1 },
      { id: 'nowhere', weight: 9 },
      { id: 'xi-jinping', weight: 3 },
      { id: 'china', weight: 1 },
    ];
    expect(buildCardModel(input({ entity: entity({ related }) })).related).toEqual([
      { id: 'xi-jinping', name: 'Xi Jinping' },
      { id: 'bakhmut', name: 'Bakhmut' },
      { id: 'china', name: 'China' },
    ]);
  });

  test(`at most ${MAX_CARD_RELATED}, the strongest`, () => {
    const ids = Array.from({ length: MAX_CARD_RELATED + 3 }, (_, i) => `e-${i}`);
    const model = buildCardModel(
      input({
        entity: entity({ related: ids.map((id, i) => ({ id, weight: i })) }),
        lookup: (id) => ({ id, name: id.toUpperCase() }),
      }),
    );
    expect(model.related.map((r) => r.id)).toEqual(ids.slice(3).reverse());
  });
});

describe('where the mention stands among its entity’s mentions', () => {
  test.each([
    // [0-based index found, how many, shown index, shown total]
    [0, 1, 1, 1],
    [0, 2, 1, 2],
    [1, 2, 2, 2],
    [4, 5, 5, 5],
    [-1, 3, 1, 3],
    [-1, 0, 1, 1],
  ])('found at %i of %i: shown as %i of %i', (index, count, shownIndex, total) => {
    const model = buildCardModel(input({ place: { index, count } }));
    expect([model.index, model.total]).toEqual([shownIndex, total]);
  });
});

describe('what the reader can do', () => {
  test.each([
    // [entity known, briefing editable, can mute, editable, mutable]
    [true, true, true, true, true],
    [true, false, true, false, true],
    [true, true, false, true, false],
    [false, true, true, false, false],
  ])(
    'known=%s, editable briefing=%s, can mute=%s: edit %s, mute %s',
    (known, canEdit, canMute, editable, mutable) => {
      const model = buildCardModel(
        input({ entity: known ? entity() : undefined, canEdit: () => canEdit, canMute }),
      );
      expect([model.editable, model.mutable]).toEqual([editable, mutable]);
    },
  );

  test('only the entity’s own briefing is asked whether it can be edited', () => {
    const asked: string[] = [];
    buildCardModel(
      input({
        entity: entity({ kbId: 'mine' }),
        canEdit: (kbId) => {
          asked.push(kbId);
          return true;
        },
      }),
    );
    expect(asked).toEqual(['mine']);
  });

  test('the status line says what the card was told', () => {
    expect(buildCardModel(input({ status: 'Bakhmut is not on this page' })).status).toBe(
      'Bakhmut is not on this page',
    );
  });

  test.each([
    [
      'one briefing’s entity',
      entity(),
      [{ kbId: 'war', entityId: 'volodymyr-zelensky', name: 'Volodymyr Zelensky' }],
    ],
    [
      'a joined entity',
      joined({}, { id: 'zelensky', name: 'Zelensky' }),
      [
        { kbId: 'war', entityId: 'volodymyr-zelensky', name: 'Volodymyr Zelensky' },
        { kbId: 'trade', entityId: 'zelensky', name: 'Zelensky' },
      ],
    ],
  ])('muting %s mutes every briefing’s entity it joins', (_, muted, targets) => {
    expect(muteTargets(muted)).toEqual(targets);
  });
});

describe('what this page says, and focus mode', () => {
  test.each<[string, Partial<CardModelInput>, string]>([
    ['no introduction read', {}, ''],
    [
      'the page’s introduction, trimmed',
      { introduction: ' the president of Ukraine ' },
      'the president of Ukraine',
    ],
    ['an empty one', { introduction: '' }, ''],
  ])('%s', (_, fields, expected) => {
    expect(buildCardModel(input(fields)).introduction).toBe(expected);
  });

  test.each<[string, Partial<CardModelInput>, { active: boolean } | null]>([
    ['no Focus button without focus mode', {}, null],
    ['Focus while off', { focus: { active: false } }, { active: false }],
    ['Leave focus while on for this entity', { focus: { active: true } }, { active: true }],
  ])('%s', (_, fields, expected) => {
    expect(buildCardModel(input(fields)).focus).toEqual(expected);
  });
});
