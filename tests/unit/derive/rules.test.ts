import { describe, expect, test } from 'vitest';
import { deriveKnowledgeBase, seedTitle } from '../../../src/derive/index';
import type { Entity } from '../../../src/kb/schema';

function derive(text: string): Entity[] {
  return deriveKnowledgeBase({ id: 'rules', title: seedTitle(text), text }).kb.entities;
}

function names(text: string): string[] {
  return derive(text).flatMap((e) => [e.name, ...e.aliases]);
}

function entity(text: string, name: string): Entity | undefined {
  return derive(text).find((e) => e.name === name);
}

const LEAD = 'Officials met on Tuesday to talk about the plan.\n\n';

describe('words that are never names', () => {
  test.each([
    [
      '"There" after a missed break',
      'The mayor spoke in Oslo. “It was a mistake.” There was no vote.',
      'There',
    ],
    [
      'a possessive pronoun',
      'We both survived, she and I. My apartment was blown to pieces in Kyiv. “My job is gone,” she added.',
      'My',
    ],
    [
      'a pronoun after a footnote mark',
      'He moved to Lisbon in 1971. [2] They studied there.',
      'They',
    ],
    [
      'a language or nationality adjective in "-ish"',
      `${LEAD}The report was published in English and Danish. Maria Lund, a Danish diplomat, praised it in Oslo.`,
      'Danish',
    ],
    [
      'a language named in a sentence',
      'She taught English at a school in Ankara before she moved to Izmir with her family.',
      'English',
    ],
    [
      'a post-nominal',
      'Speaking for the parents, Tom Molomby, SC, said the case was weak. The words of Mark Tedeschi, QC, were read.',
      'SC',
    ],
    [
      'a compound adjective',
      'Montalvo left Scientology-related employment in Los Angeles. Scientology-related groups sued.',
      'Scientology-related',
    ],
    [
      'a "-controlled" adjective',
      'India fires missiles into Pakistani-controlled territory. Indian-controlled Kashmir is calm.',
      'Pakistani-controlled',
    ],
    [
      'a "pro-" adjective',
      'For the Pro-Beijing camp, Elizabeth Quat won. Pro-Beijing DAB won in Kowloon.',
      'Pro-Beijing',
    ],
    [
      'two places as one adjective',
      'The India-Pakistan talks opened in Geneva. India-Pakistan tensions rose.',
      'India-Pakistan',
    ],
    [
      'a believer',
      'The University of Texas Arlington Muslim Student Association met. Over 345 Muslim pilgrims were killed in Mina.',
      'Muslim',
    ],
    [
      'a section heading',
      `${LEAD}Career\n\nShe joined Shell in 1990 and her career grew.`,
      'Career',
    ],
    [
      'a heading in title case',
      `${LEAD}Early Life\n\nShe was born in Lyon. Her life was quiet.`,
      'Life',
    ],
    [
      'a plural noun opening a sentence',
      'Tensions have soared in Kashmir. The tensions grew.',
      'Tensions',
    ],
  ])('%s: %j has no %j', (_rule, text, junk) => {
    expect(names(text)).not.toContain(junk);
  });
});

describe('titles and names glued before a name', () => {
  test.each([
    [
      'FBI Director Christopher Wray said the bureau would act.',
      'Christopher Wray',
      'FBI Director',
    ],
    [
      'Shadow Home Secretary Yvette Cooper said the plan was wrong.',
      'Yvette Cooper',
      'Shadow Home Secretary',
    ],
    [
      'NASA Administrator Charles Bolden announced the sites.',
      'Charles Bolden',
      'NASA Administrator',
    ],
  ])('%j names %j, described as %j', (text, name, description) => {
    const found = entity(text, name);
    expect(found?.type).toBe('person');
    expect(found?.description).toBe(description);
  });

  test.each([
    ['The actor Scientologist Tom Cruise spoke.', ['Tom Cruise'], 'Scientologist Tom Cruise'],
    [
      'The shuttle rolled out. Image: NASA Bill Ingalls.',
      ['NASA', 'Bill Ingalls'],
      'NASA Bill Ingalls',
    ],
  ])('%j gives %j, not %j', (text, wanted, glued) => {
    const all = names(text);
    for (const name of wanted) expect(all).toContain(name);
    expect(all).not.toContain(glued);
  });
});

describe('document structure', () => {
  test('a title in sentence case is read like prose', () => {
    const text = 'Biologist Nick Bos tells Wikinews about ants\n\nBos studies ants in Helsinki.';
    expect(names(text)).toContain('Wikinews');
  });

  test('a menu of one-word lines yields only names with evidence', () => {
    const text = `${LEAD}Health\n\nPuzzmo\n\nCanada\n\nHoroscopes\n\nThe minister flew to Ottawa on Monday.`;
    const all = names(text);
    expect(all).toContain('Canada');
    for (const junk of ['Health', 'Puzzmo', 'Horoscopes']) expect(all).not.toContain(junk);
  });

  test('a name met only in a list line is marked structure-only', () => {
    const text = `${LEAD}Teams\n\nPittsburgh Pirates (2012)\n\nHe played well in Boston for years.`;
    expect(entity(text, 'Pittsburgh Pirates')?.evidence?.doubts).toContain('structure-only');
    expect(entity(text, 'Boston')?.evidence?.doubts).not.toContain('structure-only');
  });
});

describe('typing from evidence, with the reason kept', () => {
  test.each([
    [
      'Rosatom, the Russian state nuclear corporation, signed the deal.',
      'Rosatom',
      'organization',
      'description',
      'Russian state nuclear corporation',
    ],
    [
      'The study appeared in the Medical Journal of Australia last week.',
      'Medical Journal of Australia',
      'organization',
      'name-form',
      'Journal',
    ],
    [
      // Tübingen (90,000 people) is in neither compromise's lexicon nor the gazetteer.
      'Daniel studied at Basel, Tübingen, and Strasbourg.',
      'Tübingen',
      'place',
      'coordination',
      'Basel, Tübingen, and Strasbourg',
    ],
    [
      'He sent the score to his publisher, Simrock, who printed it.',
      'Simrock',
      'person',
      'person-cue',
      'Simrock, who',
    ],
    [
      'The ministry in Riyadh said Saudi Arabia would pay.',
      'Saudi Arabia',
      'place',
      'lexicon',
      undefined,
    ],
  ])('%j: %s is a %s by %s (%j)', (text, name, type, cue, quote) => {
    const found = entity(text, name);
    expect(found?.type).toBe(type);
    expect(found?.evidence?.typeCue).toBe(cue);
    expect(found?.evidence?.typeEvidence).toBe(quote);
  });
});

describe('short names', () => {
  test('a surname two people share is left to neither and marked ambiguous', () => {
    const text =
      'Nawaz Sharif met Shehbaz Sharif in Lahore on Monday. Sharif said the talks went well.';
    const entities = derive(text);
    const sharif = entities.find((e) => e.name === 'Sharif');
    expect(sharif?.evidence?.doubts).toContain('ambiguous');
    for (const full of ['Nawaz Sharif', 'Shehbaz Sharif']) {
      expect(entities.find((e) => e.name === full)?.aliases).not.toContain('Sharif');
    }
  });
});

describe('joining words and initials inside names', () => {
  test.each([
    [
      'Troops crossed the Line of Control near Poonch on Friday.',
      ['Line of Control'],
      ['Line', 'Control'],
    ],
    [
      'Sen. Chuck Schumer of New York said the bill would pass.',
      ['Chuck Schumer', 'New York'],
      ['Chuck Schumer of New York'],
    ],
    [
      'She taught at the University of California for many years.',
      ['University of California', 'California'],
      [],
    ],
    ['Lt. Gen. Ahmed Sharif said the jets were downed.', ['Ahmed Sharif'], ['Lt', 'Gen']],
    [
      "The People's Republic of China sent envoys. DAB's Ben Chan won a seat.",
      ["People's Republic of China", 'Ben Chan'],
      ['Republic of China', "DAB's Ben Chan"],
    ],
    [
      'He moved from St. Petersburg to St. Louis in 1990.',
      ['St. Petersburg', 'St. Louis'],
      ['St', 'Petersburg'],
    ],
    [
      'The President of the United States spoke on Monday.',
      ['United States'],
      ['President of the United States'],
    ],
  ])('%j names %j, not %j', (text, wanted, unwanted) => {
    const all = names(text);
    for (const name of wanted) expect(all).toContain(name);
    for (const name of unwanted) expect(all).not.toContain(name);
  });

  test('an initial stays part of the name', () => {
    expect(entity('The report by C. Walsh was published in London.', 'C. Walsh')?.type).toBe(
      'person',
    );
  });

  test('a title with "of" before a name the lexicon does not know is stripped into the description', () => {
    const found = entity(
      'Later, U.S. Secretary of State Marco Rubio said talks would go on.',
      'Marco Rubio',
    );
    expect(found?.description).toBe('U.S. Secretary of State');
  });
});

describe('acronyms and their expansions, anywhere in the text', () => {
  test.each([
    [
      'Lashkar-e-Taiba was blamed for the attack. Police said LeT had planned it.',
      'Lashkar-e-Taiba',
      'LeT',
    ],
    [
      'The Justice Department opened a case. The Department of Justice declined to comment.',
      'Department of Justice',
      'Justice Department',
    ],
  ])('%j: %s and %s are one entity', (text, long, short) => {
    const found = derive(text).find((e) => e.aliases.includes(long));
    expect(found?.aliases).toContain(short);
  });
});

describe('transcripts and datelines', () => {
  const transcript =
    'Press briefing\n\nMR. KIRBY:  Good afternoon.  John Kirby here.\n\nQ    Oooh.  (Laughter.)\n\nMR. KIRBY:  Absolutely.  Mm-hmm.  We will see.\n';

  test('a speaker label names the speaker, typed by the label', () => {
    const kirby = derive(transcript).find((e) => e.name === 'John Kirby');
    expect(kirby?.aliases).toContain('Kirby');
    expect(kirby?.evidence?.typeEvidence).toBe('MR. KIRBY:');
    expect(names(transcript)).not.toContain('KIRBY');
  });

  test.each(['Oooh', 'Absolutely'])('%j is no entity', (junk) => {
    expect(names(transcript)).not.toContain(junk);
  });

  test.each([
    [
      'Gas deal\n\nTROMSØ, Norway — Equinor signed the deal on Monday.\n',
      'Tromsø',
      'TROMSØ, Norway —',
    ],
    ['Strikes\n\nKYIV (AP) — Russia struck the city overnight.\n', 'Kyiv', 'KYIV (AP) —'],
  ])('a dateline names the place the story is filed from: %j', (text, place, quote) => {
    const found = entity(text, place);
    expect(found?.type).toBe('place');
    expect(found?.evidence?.typeEvidence).toBe(quote);
  });
});

describe('one person, several names', () => {
  test('a full name with a middle name is the same person', () => {
    const text = 'Matthew Goode is an actor. Matthew William Goode was born in 1978 in Exeter.';
    const goode = derive(text).filter((e) => e.aliases.includes('Matthew Goode'));
    expect(goode).toHaveLength(1);
    expect(goode[0]?.aliases).toContain('Matthew William Goode');
  });

  test('a surname shared by relatives goes to the person the title names', () => {
    const text =
      'Matthew Goode\n\nMatthew Goode is an actor. His father Ralph Goode was a geologist. Goode has appeared in many films.';
    expect(entity(text, 'Matthew Goode')?.aliases).toContain('Goode');
  });

  test('a college called by its stem alone is one entity', () => {
    const text = 'She studied at Harvard University in 1990. At Harvard she met her husband.';
    expect(entity(text, 'Harvard University')?.aliases).toContain('Harvard');
  });
});
