import { afterEach, describe, expect, test } from 'vitest';
import type { Annotator } from '../../../src/annotate';
import { densityDrawer } from '../../../src/annotate/density';
import type { DrawingDensity, MentionDrawing } from '../../../src/annotate/types';
import { setHtml, settleMutations, startFakeAnnotator } from './fakes';

const started: Annotator[] = [];

afterEach(() => {
  for (const annotator of started.splice(0)) annotator.stop();
  document.body.replaceChildren();
});

describe('densityDrawer', () => {
  // Mentions in page order as [entity, block]; blocks are named by letter.
  const PAGE: Array<[string, string]> = [
    ['china', 'a'],
    ['china', 'a'],
    ['kremlin', 'a'],
    ['china', 'b'],
    ['kremlin', 'b'],
    ['kremlin', 'b'],
  ];

  test.each<[DrawingDensity, MentionDrawing[]]>([
    ['every', ['full', 'full', 'full', 'full', 'full', 'full']],
    ['calm', ['full', 'light', 'full', 'full', 'full', 'light']],
    ['first', ['full', 'none', 'full', 'none', 'none', 'none']],
  ])('%s draws %j', (density, expected) => {
    const blocks = new Map([...new Set(PAGE.map(([, b]) => b))].map((b) => [b, { b }]));
    const draw = densityDrawer(density);
    expect(PAGE.map(([entity, block]) => draw(entity, blocks.get(block) ?? {}))).toEqual(expected);
  });
});

/** A page where China is named five times in three paragraphs and the Kremlin twice in one. */
const PAGE_HTML = `
  <h1>China and the Kremlin</h1>
  <p>Beijing said China would talk. China again.</p>
  <p>The Kremlin answered; the Kremlin waited. <a href="#">China</a> did not.</p>`;

function setup(density: DrawingDensity) {
  setHtml(document.body, PAGE_HTML);
  const { annotator, sink, scheduler } = startFakeAnnotator(0, undefined, { density });
  started.push(annotator);
  const drawnAs = (name: string) => (sink.drawn.get(name) ?? []).map((r) => r.toString());
  return { annotator, sink, scheduler, drawnAs };
}

describe('publishing under a density', () => {
  const ALL = [
    ['china', 'China', 'full'],
    ['kremlin', 'Kremlin', 'full'],
    ['china', 'Beijing', 'full'],
    ['china', 'China', 'light'],
    ['china', 'China', 'light'],
    ['kremlin', 'Kremlin', 'full'],
    ['kremlin', 'Kremlin', 'light'],
    ['china', 'China', 'full'],
  ];

  test('every mention is listed whatever is drawn, each with how it is drawn', () => {
    for (const density of ['every', 'calm', 'first'] as const) {
      const { annotator } = setup(density);
      expect(annotator.mentions().map((m) => [m.entityId, m.text])).toEqual(
        ALL.map(([id, text]) => [id, text]),
      );
      annotator.stop();
    }
  });

  test('calm: the first mention of an entity in each section drawn fully, later ones lightly', () => {
    const { annotator, drawnAs } = setup('calm');
    // One section: the heading and the two paragraphs after it.
    expect(annotator.mentions().map((m) => m.drawn)).toEqual([
      'full',
      'full',
      'light',
      'light',
      'light',
      'light',
      'light',
      'light',
    ]);
    expect(drawnAs('seedlight-place')).toEqual(['China']);
    expect(drawnAs('seedlight-place-light')).toEqual(['Beijing', 'China', 'China', 'China']);
    expect(drawnAs('seedlight-organization')).toEqual(['Kremlin']);
    expect(drawnAs('seedlight-organization-light')).toEqual(['Kremlin', 'Kremlin']);
  });

  test.each<[string, string, MentionDrawing[]]>([
    [
      'a heading starts a section',
      '<h2>Talks</h2><p>China spoke. China again.</p><h2>Trade</h2><p>China traded.</p>',
      ['full', 'light', 'full'],
    ],
    [
      'an aside is its own section',
      '<article><p>China spoke.</p><p>China again.</p></article><aside><p>China, in brief.</p></aside>',
      ['full', 'light', 'full'],
    ],
    [
      'a heading inside an article does not reach into the aside after it',
      '<article><h2>Talks</h2><p>China spoke.</p></article><aside><p>China.</p><p>China.</p></aside>',
      ['full', 'full', 'light'],
    ],
    [
      'no headings: the whole page is one section',
      '<p>China.</p><div>China.</div><p>China.</p>',
      ['full', 'light', 'light'],
    ],
  ])('calm: %s', (_name, html, expected) => {
    setHtml(document.body, html);
    const { annotator } = startFakeAnnotator(0, undefined, { density: 'calm' });
    started.push(annotator);
    expect(annotator.mentions().map((m) => m.drawn)).toEqual(expected);
  });

  test('first: only the first mention of each entity on the page is drawn', () => {
    const { annotator, drawnAs, sink } = setup('first');
    expect(annotator.mentions()).toHaveLength(ALL.length);
    expect(
      annotator
        .mentions()
        .filter((m) => m.drawn !== 'none')
        .map((m) => m.text),
    ).toEqual(['China', 'Kremlin']);
    expect(drawnAs('seedlight-place')).toEqual(['China']);
    expect(drawnAs('seedlight-organization')).toEqual(['Kremlin']);
    expect(sink.ranges()).toHaveLength(2);
  });

  test('every: all mentions drawn fully, nothing lightly', () => {
    const { drawnAs } = setup('every');
    expect(drawnAs('seedlight-place')).toHaveLength(5);
    expect(drawnAs('seedlight-organization')).toHaveLength(3);
    expect(drawnAs('seedlight-place-light')).toEqual([]);
  });

  test('a mention added before the first in a section takes over the full drawing', async () => {
    const { annotator, scheduler, drawnAs } = setup('calm');
    document.querySelector('h1')?.prepend('Kremlin sources: ');
    await settleMutations();
    scheduler.flush();
    expect(
      annotator
        .mentions()
        .filter((m) => m.entityId === 'kremlin')
        .map((m) => m.drawn),
    ).toEqual(['full', 'light', 'light', 'light']);
    expect(drawnAs('seedlight-organization')).toEqual(['Kremlin']);
    expect(drawnAs('seedlight-organization-light')).toEqual(['Kremlin', 'Kremlin', 'Kremlin']);
  });
});
