import { describe, expect, test } from 'vitest';
import { compileMatcher, keepSupported, type MatchEntity } from '../../../src/match';
import { ENTITIES, shown } from './fixtures';

const more: MatchEntity[] = [
  {
    id: 'communist-party',
    name: 'Communist Party',
    type: 'organization',
    aliases: ['Communist Party'],
    related: ['xi-jinping'],
  },
  {
    id: 'national-security-council',
    name: 'National Security Council',
    type: 'organization',
    aliases: ['National Security Council'],
    related: [],
  },
  {
    id: 'john-kirby',
    name: 'John Kirby',
    type: 'person',
    aliases: ['John Kirby', 'Kirby'],
    related: [],
  },
  { id: 'davos', name: 'Davos', type: 'place', aliases: ['Davos'], related: [] },
  { id: 'switzerland', name: 'Switzerland', type: 'place', aliases: ['Switzerland'], related: [] },
  { id: 'russia', name: 'Russia', type: 'place', aliases: ['Russia'], related: [] },
];
const matcher = compileMatcher([...ENTITIES, ...more]);
const find = (text: string) => shown(text, matcher.findSpans(text));
/** What a reader sees on a page holding only this text: weak mentions need evidence. */
const page = (text: string) => shown(text, keepSupported(matcher, matcher.findSpans(text)));

describe('a name inside a longer capitalised name is not a match', () => {
  test.each<[string, [string, string][]]>([
    ['tensions in the South China Sea rose', []],
    ['five China Airlines flights were cancelled', []],
    ['China Airlines also canceled a flight', []],
    ['Editions: Yahoo China', []],
    ['the House China Committee asked', []],
    // Titles and honorifics are not part of a name.
    ['President Xi spoke', [['Xi', 'xi-jinping']]],
    ['Ukraine President Petro Poroshenko', [['Ukraine', 'ukraine']]],
    ['Russian President Vladimir Putin spoke', [['Vladimir Putin', 'vladimir-putin']]],
    [
      'the Russia-Ukraine War',
      [
        ['Russia', 'russia'],
        ['Ukraine', 'ukraine'],
      ],
    ],
    ['talks in China Monday', [['China', 'china']]],
    // A longer name the briefing knows wins anyway.
    ['Xi Jinping spoke', [['Xi Jinping', 'xi-jinping']]],
    // Capitalised only to start a sentence, or another name starting.
    ['Yesterday China said', [['China', 'china']]],
    ['The Associated Press reported', [['Associated Press', 'ap']]],
    ['As Ukraine marks four years', [['Ukraine', 'ukraine']]],
    ['Ambassador to Ukraine William Taylor', [['Ukraine', 'ukraine']]],
    [
      'China Russia relations',
      [
        ['China', 'china'],
        ['Russia', 'russia'],
      ],
    ],
    // Title-case headlines capitalise every word.
    [
      'Zelensky Sends Peace Offer To China After Talks',
      [
        ['Zelensky', 'volodymyr-zelensky'],
        ['China', 'china'],
      ],
    ],
    ['WHAT ARE CHINA AIRLINES DOING', [['CHINA', 'china']]],
    // A person's first name and an agency's products leave the name its own.
    ['Lyudmila Putin', [['Putin', 'vladimir-putin']]],
    ['an AP Photographer saw it', [['AP', 'ap']]],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('a qualifier naming another place or party blocks a generic name', () => {
  test.each<[string, [string, string][]]>([
    ["Vietnam's Communist Party met", []],
    ['the Vietnamese Communist Party met', []],
    ['the Communist Party of Vietnam met', []],
    ["Vietnam's National Security Council", []],
    [
      "China's Communist Party met",
      [
        ['China', 'china'],
        ['Communist Party', 'communist-party'],
      ],
    ],
    ['the Chinese Communist Party met', [['Communist Party', 'communist-party']]],
    [
      'the Communist Party of China met',
      [
        ['Communist Party', 'communist-party'],
        ['China', 'china'],
      ],
    ],
    ['the Communist Party met', [['Communist Party', 'communist-party']]],
    [
      "Xi's Communist Party",
      [
        ['Xi', 'xi-jinping'],
        ['Communist Party', 'communist-party'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('case of multi-word and short names', () => {
  test.each<[string, [string, string][]]>([
    ['the Communist party said', [['Communist party', 'communist-party']]],
    ['the communist party said', [['communist party', 'communist-party']]],
    ['the National security council', [['National security council', 'national-security-council']]],
    ['the CommuNist Party said', []],
    ['By Jane Doe, Ap National Security Writer', []],
    ['Ap reported', []],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('wire-service credits and datelines are evidence for a news agency', () => {
  test.each<[string, [string, string][]]>([
    ['WASHINGTON (AP) — The game ended.', [['AP', 'ap']]],
    [
      'MOSCOW, Russia (AP) — Talks began.',
      [
        ['Russia', 'russia'],
        ['AP', 'ap'],
      ],
    ],
    ['The striker scores. (AP Photo/Evan Vucci)', [['AP', 'ap']]],
    ['Photo: Jane Doe, AP', [['AP', 'ap']]],
    ['Photo by Jane Doe /AP', [['AP', 'ap']]],
    ['(AP Video by Mike Pesoli)', [['AP', 'ap']]],
    // Without a credit pattern a short name alone is not enough.
    ['AP, UP and MP are state codes.', []],
    ['the AP said', []],
  ])('%j', (text, expected) => {
    expect(page(text)).toEqual(expected);
  });
});

describe('speaker labels in transcripts are not mentions', () => {
  test.each<[string, [string, string][]]>([
    ['MR. KIRBY:  Thank you.', []],
    // The annotator joins paragraphs (a transcript's lines) with U+0000.
    ['Q Thank you.\u0000MR. KIRBY: Great.', []],
    ['ADMIRAL KIRBY : Great.', []],
    ['JOHN KIRBY: Great.', []],
    ['MR. KIRBY: I spoke to John Kirby.', [['John Kirby', 'john-kirby']]],
    ['Thank you, Mr. Kirby: a question.', [['Kirby', 'john-kirby']]],
    ['Putin: the interview', [['Putin', 'vladimir-putin']]],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('text inside a URL, an e-mail address or a file path is not a mention', () => {
  test.each<[string, [string, string][]]>([
    ['source_url: https://www.whitehouse.gov/briefing-room/press-briefing-john-kirby-9/', []],
    ['see www.example.com/davos-switzerland for more', []],
    ['example.com/news/china-trade', []],
    ['write to kirby@example.com today', []],
    ['write to john.kirby@state.gov', []],
    ['saved in /home/reader/china/notes.txt', []],
    ['open C:\\Reports\\China\\notes.txt', []],
    ['the file ukraine-report.pdf', []],
    // Not addresses: a credit slash, a hyphenated compound, a sentence's full stop.
    ['(AP Photo/Evan Vucci)', [['AP', 'ap']]],
    [
      'the Russia-Ukraine talks',
      [
        ['Russia', 'russia'],
        ['Ukraine', 'ukraine'],
      ],
    ],
    [
      'Putin spoke.Then Xi',
      [
        ['Putin', 'vladimir-putin'],
        ['Xi', 'xi-jinping'],
      ],
    ],
    [
      'Davos, Switzerland',
      [
        ['Davos', 'davos'],
        ['Switzerland', 'switzerland'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

test('a credit line ends where its paragraph ends', () => {
  expect(page('Photo: Jane Doe, AP\u0000The game')).toEqual([['AP', 'ap']]);
});
