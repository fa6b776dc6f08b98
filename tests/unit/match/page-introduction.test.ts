import { describe, expect, test } from 'vitest';
import { pageIntroduction } from '../../../src/match/page-introduction';

/** The introduction of the first `name` in `text`. */
const introductionOf = (text: string, name: string): string | null => {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`"${name}" is not in "${text}"`);
  return pageIntroduction(text, { start, end: start + name.length });
};

describe('pageIntroduction: how the page introduces a name', () => {
  test.each([
    [
      'John Kirby, the coordinator for strategic communications at the National Security Council, said the talks went well.',
      'John Kirby',
      'the coordinator for strategic communications at the National Security Council',
    ],
    [
      'Rosatom, Russia’s state nuclear company, said the plant was safe.',
      'Rosatom',
      'Russia’s state nuclear company',
    ],
    [
      "Rosatom, Russia's state nuclear company, said the plant was safe.",
      'Rosatom',
      "Russia's state nuclear company",
    ],
    [
      'Pakistan’s Prime Minister Shehbaz Sharif said India had attacked.',
      'Shehbaz Sharif',
      'Pakistan’s Prime Minister',
    ],
    [
      "Chinese President Xi Jinping discussing the country's economic and social development.",
      'Xi Jinping',
      'Chinese President',
    ],
    ['"We are ready," said Kremlin spokesman Dmitry Peskov.', 'Dmitry Peskov', 'Kremlin spokesman'],
    [
      'The meeting was chaired by Secretary of State Antony Blinken in Washington.',
      'Antony Blinken',
      'Secretary of State',
    ],
    [
      'White House national security spokesman John Kirby told reporters.',
      'John Kirby',
      'White House national security spokesman',
    ],
    ['It was former President Donald Trump who spoke.', 'Donald Trump', 'former President'],
    // The name matched by its last part: the first name is not part of the title.
    [
      'Ukrainian President Volodymyr Zelensky said the city held.',
      'Zelensky',
      'Ukrainian President',
    ],
    [
      'Then Secretary of the Treasury Janet Yellen spoke.',
      'Janet Yellen',
      'Secretary of the Treasury',
    ],
    [
      'Bakhmut, a city in the eastern Donetsk region, has been shelled for months.',
      'Bakhmut',
      'a city in the eastern Donetsk region',
    ],
    ['Kirby, a retired Navy admiral, took questions.', 'Kirby', 'a retired Navy admiral'],
    [
      'Jake Sullivan, national security adviser to the president, spoke at Davos.',
      'Jake Sullivan',
      'national security adviser to the president',
    ],
    [
      'The talks were led by Olena Zelenska — the first lady of Ukraine — in New York.',
      'Olena Zelenska',
      'the first lady of Ukraine',
    ],
    [
      'Rosatom (Russia’s state nuclear company) runs the plant.',
      'Rosatom',
      'Russia’s state nuclear company',
    ],
    [
      'He then met John Kirby, the U.S. envoy to the talks, on Friday.',
      'John Kirby',
      'the U.S. envoy to the talks',
    ],
    [
      'The letter went to Zelensky, the president of Ukraine.',
      'Zelensky',
      'the president of Ukraine',
    ],
    [
      'Karine   Jean-Pierre, the\n  White House press secretary, opened the briefing.',
      'Jean-Pierre',
      'the White House press secretary',
    ],
  ])('%s → %s: "%s"', (text, name, expected) => {
    expect(introductionOf(text, name)).toBe(expected);
  });

  test.each([
    ['a list of names', 'Xi, Putin and Modi met in Samarkand.', 'Xi'],
    ['a list with titles', 'Xi, President Putin and Prime Minister Modi met.', 'Xi'],
    ['a list of places', 'Talks between China, the US and Russia stalled.', 'China'],
    ['an Oxford list', 'China, the US, and Russia signed it.', 'China'],
    ['a list of descriptions', 'Xi, the premier, and the foreign minister arrived.', 'Xi'],
    // A relative clause says what the person did on this page, not who they are: not taken.
    ['a relative clause', 'John Kirby, who will preview the trip, joined her.', 'John Kirby'],
    ['a relative clause on a thing', 'Rosatom, which runs the plant, said so.', 'Rosatom'],
    ['a sentence-final mention', 'Joining me today from the council is John Kirby.', 'John Kirby'],
    ['a mention ending its block', 'Thanks, Kirby', 'Kirby'],
    ['an aside', 'Kirby, in a statement, said the trip was on.', 'Kirby'],
    ['a participle', 'Kirby, speaking from the podium, said no.', 'Kirby'],
    ['an age', 'Kirby, 59, said no.', 'Kirby'],
    ['a quote after the name', 'Kirby, "we will see," he said.', 'Kirby'],
    ['a possessive', "Kirby's remarks, the first of the day, were short.", 'Kirby'],
    ['a possessive before the name', 'It was a warning to China’s Xi Jinping.', 'Xi Jinping'],
    ['a word that starts the sentence', 'Yesterday Xi Jinping spoke.', 'Xi Jinping'],
    [
      'a word that ends the sentence before',
      'It rained on Monday. Xi Jinping spoke.',
      'Xi Jinping',
    ],
    ['the article', 'The Kremlin said nothing.', 'Kremlin'],
    ['a verb', 'Reporters asked Kirby about it.', 'Kirby'],
    ['a comma then a verb', 'After the talks, Xi returned home.', 'Xi'],
    [
      'a clause too long to be a description',
      'Kirby, the man the press corps has come to know over many long afternoons in the briefing room of this building, said no.',
      'Kirby',
    ],
  ])('none for %s: %s', (_, text, name) => {
    expect(introductionOf(text, name)).toBeNull();
  });

  test('the introduction is read at the mention asked for, not at an earlier one', () => {
    const text = 'Kirby spoke first. Later Kirby, the spokesman, spoke again.';
    const second = text.lastIndexOf('Kirby');
    expect(pageIntroduction(text, { start: 0, end: 5 })).toBeNull();
    expect(pageIntroduction(text, { start: second, end: second + 5 })).toBe('the spokesman');
  });
});
