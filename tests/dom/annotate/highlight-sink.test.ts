import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  ACTIVE_HIGHLIGHT,
  createHighlightSink,
  decorationFallbackCss,
  extraHighlightCss,
  HIGHLIGHT_CSS,
  highlightName,
  installHighlightStyles,
  paintsHighlightDecorations,
} from '../../../src/annotate';
import { lightHighlightName } from '../../../src/annotate/highlight-styles';
import { ENTITY_TYPES } from '../../../src/kb/schema';
import { setHtml } from './fakes';

const NAMES = [...ENTITY_TYPES.map((type) => highlightName(type)), ACTIVE_HIGHLIGHT];
// The only properties a ::highlight() rule may use.
const ALLOWED = /^(background-color|color|text-decoration(-[a-z]+)?|text-shadow)$/;

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

function rangeOver(node: Node): Range {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range;
}

// happy-dom's CSS parser drops ::highlight() rules, so tests count the adopted sheets.
function sheetCount(target: Document | ShadowRoot): number {
  return target.adoptedStyleSheets.length;
}

describe('HIGHLIGHT_CSS', () => {
  test.each(NAMES)('%s has a tint and a 2px underline', (name) => {
    const rule = HIGHLIGHT_CSS.match(new RegExp(`::highlight\\(${name}\\) \\{([^}]*)\\}`));
    expect(rule?.[1]).toMatch(/background-color: rgb\([^)]*\/ 0\.\d+\)/);
    expect(rule?.[1]).toContain('text-decoration-line: underline');
    expect(rule?.[1]).toContain('text-decoration-thickness: 2px');
  });

  test.each(ENTITY_TYPES)('%s drawn as an underline only or a tint only', (type) => {
    const ruleOf = (name: string) =>
      HIGHLIGHT_CSS.match(new RegExp(`::highlight\\(${name}\\) \\{([^}]*)\\}`))?.[1];
    const underline = ruleOf(highlightName(type, 'underline'));
    const tint = ruleOf(highlightName(type, 'background'));
    expect(underline).toContain('text-decoration-line: underline');
    expect(underline).not.toContain('background-color');
    expect(tint).toMatch(/background-color: rgb\([^)]*\/ 0\.\d+\)/);
    expect(tint).not.toContain('text-decoration');
  });

  test('uses only the properties ::highlight() supports', () => {
    const properties = [...HIGHLIGHT_CSS.matchAll(/^\s+([a-z-]+):/gm)].map((m) => m[1]);
    expect(properties.length).toBeGreaterThan(0);
    expect(properties.filter((p) => !ALLOWED.test(p ?? ''))).toEqual([]);
  });
});

describe('installHighlightStyles', () => {
  test('adopts a sheet without touching the DOM tree, and uninstalls it', () => {
    const head = document.head.cloneNode(true);
    const uninstall = installHighlightStyles(document);
    expect(sheetCount(document)).toBe(1);
    expect(document.head.isEqualNode(head)).toBe(true);
    uninstall();
    expect(sheetCount(document)).toBe(0);
  });

  test('installs into a shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const uninstall = installHighlightStyles(shadow);
    expect(sheetCount(shadow)).toBe(1);
    uninstall();
    expect(sheetCount(shadow)).toBe(0);
    host.remove();
  });

  test('falls back to a <style> element when sheets cannot be adopted', () => {
    const target = document.implementation.createHTMLDocument('page');
    Object.defineProperty(target, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new Error('refused');
      },
    });
    const uninstall = installHighlightStyles(target);
    expect(target.head.querySelector('style')?.textContent).toBe(HIGHLIGHT_CSS);
    uninstall();
    expect(target.head.querySelector('style')).toBeNull();
  });
});

describe('createHighlightSink', () => {
  let registry: Map<string, FakeHighlight>;
  // happy-dom has no Custom Highlight API: give the window a fake registry and Highlight.
  beforeEach(() => {
    registry = new Map();
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  });

  afterEach(() => {
    Reflect.deleteProperty(window, 'CSS');
    Reflect.deleteProperty(window, 'Highlight');
    document.body.replaceChildren();
    document.adoptedStyleSheets = [];
  });

  test('draws ranges under a name and replaces them on the next set', () => {
    setHtml(document.body, '<p>Zelensky</p><p>Kremlin</p>');
    const [first, second] = [...document.querySelectorAll('p')].map(rangeOver);
    if (!first || !second) throw new Error('missing paragraphs');
    const sink = createHighlightSink();
    sink.set('seedlight-person', [first]);
    expect([...(registry.get('seedlight-person') ?? [])]).toEqual([first]);
    sink.set('seedlight-person', [second]);
    expect([...(registry.get('seedlight-person') ?? [])]).toEqual([second]);
    sink.set('seedlight-person', []);
    expect(registry.has('seedlight-person')).toBe(false);
    sink.clear();
  });

  test('the active highlight is drawn above the others', () => {
    setHtml(document.body, '<p>Zelensky</p>');
    const range = rangeOver(document.querySelector('p') as Element);
    const sink = createHighlightSink();
    sink.set('seedlight-person', [range]);
    sink.set(ACTIVE_HIGHLIGHT, [range]);
    expect(registry.get(ACTIVE_HIGHLIGHT)?.priority).toBeGreaterThan(
      registry.get('seedlight-person')?.priority ?? 0,
    );
    sink.clear();
  });

  test('styles every tree that holds a highlight, and clear() removes all', () => {
    setHtml(document.body, '<p>Zelensky</p><div id="host"></div>');
    const shadow = document.getElementById('host')?.attachShadow({ mode: 'open' });
    if (!shadow) throw new Error('no shadow root');
    setHtml(shadow, '<p>Kremlin</p>');
    const sink = createHighlightSink();
    sink.set('seedlight-person', [rangeOver(document.querySelector('p') as Element)]);
    sink.set('seedlight-organization', [rangeOver(shadow.querySelector('p') as Element)]);
    sink.set('seedlight-place', [rangeOver(document.querySelector('p') as Element)]);
    expect(sheetCount(document)).toBe(1);
    expect(sheetCount(shadow)).toBe(1);
    sink.clear();
    expect(registry.size).toBe(0);
    expect(sheetCount(document)).toBe(0);
    expect(sheetCount(shadow)).toBe(0);
  });

  test('adds no sheet to a document styled already (the manifest CSS), only to shadow roots', () => {
    setHtml(document.body, '<p>Zelensky</p><div id="host"></div>');
    const shadow = document.getElementById('host')?.attachShadow({ mode: 'open' });
    if (!shadow) throw new Error('no shadow root');
    setHtml(shadow, '<p>Kremlin</p>');
    const sink = createHighlightSink({ styled: document });
    sink.set('seedlight-person', [rangeOver(document.querySelector('p') as Element)]);
    sink.set('seedlight-organization', [rangeOver(shadow.querySelector('p') as Element)]);
    expect(sheetCount(document)).toBe(0);
    expect(sheetCount(shadow)).toBe(1);
    sink.clear();
  });

  test('with extra rules, adds them alone to the styled document, and with its own to shadow roots', () => {
    setHtml(document.body, '<p>Zelensky</p><div id="host"></div>');
    const shadow = document.getElementById('host')?.attachShadow({ mode: 'open' });
    if (!shadow) throw new Error('no shadow root');
    setHtml(shadow, '<p>Kremlin</p>');
    const extraCss = decorationFallbackCss();
    const sink = createHighlightSink({ styled: document, extraCss });
    sink.set('seedlight-person', [rangeOver(document.querySelector('p') as Element)]);
    sink.set('seedlight-organization', [rangeOver(shadow.querySelector('p') as Element)]);
    expect(sheetCount(document)).toBe(1);
    expect(sheetCount(shadow)).toBe(1);
    sink.clear();
    expect(sheetCount(document)).toBe(0);
    expect(sheetCount(shadow)).toBe(0);
  });
});

describe('the underline fallback for browsers that paint no highlight decorations', () => {
  const firefox = (version: number) =>
    `Mozilla/5.0 (X11; Linux x86_64; rv:${version}.0) Gecko/20100101 Firefox/${version}.0`;
  const CHROMIUM =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';
  const SAFARI =
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15';

  test.each([
    ['Firefox ESR 140', firefox(140), false],
    ['Firefox 148', firefox(148), false],
    ['Firefox 149', firefox(149), true],
    ['Firefox ESR 153', firefox(153), true],
    ['Chromium', CHROMIUM, true],
    ['Safari', SAFARI, true],
  ])('%s paints highlight decorations: %s', (_name, userAgent, paints) => {
    expect(paintsHighlightDecorations(userAgent)).toBe(paints);
    expect(extraHighlightCss(userAgent) === '').toBe(paints);
  });

  const rules = (css: string) =>
    new Map(
      [...css.matchAll(/::highlight\(([a-z-]+)\) \{ background-color: ([^;]+); \}/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );

  test.each(ENTITY_TYPES)(
    '%s: its underline and light mentions get a tint in the underline colour',
    (type) => {
      const fallback = rules(decorationFallbackCss());
      for (const name of [highlightName(type, 'underline'), lightHighlightName(type)]) {
        const rule = HIGHLIGHT_CSS.match(new RegExp(`::highlight\\(${name}\\) \\{([^}]*)\\}`));
        const colour = /text-decoration-color: rgb\((\d+ \d+ \d+)/.exec(rule?.[1] ?? '')?.[1];
        expect(colour, name).toBeDefined();
        expect(fallback.get(name), name).toMatch(new RegExp(`^rgb\\(${colour} / 0\\.\\d+\\)$`));
      }
    },
  );

  test('the light mentions stay quieter than the underlined ones, and nothing else is tinted anew', () => {
    const fallback = rules(decorationFallbackCss());
    const alpha = (name: string) => Number(/\/ ([\d.]+)\)/.exec(fallback.get(name) ?? '')?.[1]);
    for (const type of ENTITY_TYPES) {
      expect(alpha(lightHighlightName(type))).toBeLessThan(alpha(highlightName(type, 'underline')));
    }
    expect([...fallback.keys()].sort()).toEqual(
      ENTITY_TYPES.flatMap((t) => [highlightName(t, 'underline'), lightHighlightName(t)]).sort(),
    );
  });
});
