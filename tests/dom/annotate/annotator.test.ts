import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  MAX_MENTIONS_PER_CONTAINER,
  type Annotator,
  type PageMention,
} from '../../../src/annotate';
import { setHtml, settleMutations, startFakeAnnotator } from './fakes';

const started: Annotator[] = [];

afterEach(() => {
  for (const annotator of started.splice(0)) annotator.stop();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function setup(html: string, tick = 0) {
  setHtml(document.body, html);
  const changes: Array<readonly PageMention[]> = [];
  const { annotator, sink, scheduler } = startFakeAnnotator(tick, (mentions) =>
    changes.push(mentions),
  );
  started.push(annotator);
  const found = () => annotator.mentions().map((m) => [m.entityId, m.text]);
  const afterMutation = async () => {
    await settleMutations();
    scheduler.flush();
  };
  return { annotator, sink, scheduler, changes, found, afterMutation };
}

describe('text map', () => {
  test.each([
    [
      'a name split by an inline element',
      '<p>Xi <b>Jinping</b> spoke</p>',
      [['xi-jinping', 'Xi Jinping']],
    ],
    [
      'a name across nested inline elements',
      '<p><a href="#">Xi <em><b>Jin</b>ping</em></a></p>',
      [['xi-jinping', 'Xi Jinping']],
    ],
    ['two blocks never join', '<p>Xi</p><p>Jinping</p>', []],
    ['a line break cuts the text', '<p>Xi<br>Jinping</p>', []],
    ['a nested block cuts its parent', '<div>Xi<div>Jinping</div></div>', []],
    [
      'source whitespace reads as one space',
      '<p>Xi\n      <i>Jinping</i></p>',
      [['xi-jinping', 'Xi\n      Jinping']],
    ],
    [
      'a no-break space reads as a space',
      '<p>Xi&nbsp;Jinping</p>',
      [['xi-jinping', 'Xi\u00a0Jinping']],
    ],
    [
      'every entity type, in document order',
      '<h1>Kremlin</h1><ul><li>Zelensky and Beijing</li><li>a peace plan</li></ul>',
      [
        ['kremlin', 'Kremlin'],
        ['zelensky', 'Zelensky'],
        ['china', 'Beijing'],
        ['peace-plan', 'peace plan'],
      ],
    ],
    [
      "a container's own text around a nested block, in order",
      '<div>Zelensky <p>Kremlin</p> Beijing</div>',
      [
        ['zelensky', 'Zelensky'],
        ['kremlin', 'Kremlin'],
        ['china', 'Beijing'],
      ],
    ],
  ])('%s', (_label, html, expected) => {
    const { found } = setup(html);
    expect(found()).toEqual(expected);
  });

  test('each range covers exactly the mention, across inline elements', () => {
    const { annotator } = setup('<p>Met <b>President</b> <i>Xi</i> today</p>');
    const [mention] = annotator.mentions();
    expect(mention?.range.toString()).toBe('President Xi');
    expect(mention?.range.startContainer).toBe(document.querySelector('b')?.firstChild);
    expect(mention?.range.endContainer).toBe(document.querySelector('i')?.firstChild);
  });

  test('mentions carry the entity name and type', () => {
    const { annotator } = setup('<p>Beijing</p>');
    expect(annotator.mentions()).toMatchObject([
      { entityId: 'china', name: 'China', type: 'place', text: 'Beijing' },
    ]);
  });

  test('the sink draws each type under its own highlight name', () => {
    const { sink } = setup('<p>Zelensky, Beijing, the Kremlin and a peace plan</p>');
    const drawn = Object.fromEntries(
      [...sink.drawn].map(([name, ranges]) => [name, ranges.map(String)]),
    );
    expect(drawn).toEqual({
      'seedlight-person': ['Zelensky'],
      'seedlight-place': ['Beijing'],
      'seedlight-organization': ['Kremlin'],
      'seedlight-other': ['peace plan'],
    });
  });
});

describe('highlight styles', () => {
  test("each type is drawn in the reader's style, and a type set to 'none' is listed but not drawn", () => {
    setHtml(document.body, '<p>Zelensky, Beijing, the Kremlin and a peace plan</p>');
    const { annotator, sink } = startFakeAnnotator(0, undefined, {
      highlightStyle: {
        person: 'underline',
        place: 'background',
        organization: 'none',
        other: 'underline',
      },
    });
    started.push(annotator);
    const drawn = Object.fromEntries(
      [...sink.drawn].map(([name, ranges]) => [name, ranges.map(String)]),
    );
    expect(drawn).toEqual({
      'seedlight-person-underline': ['Zelensky'],
      'seedlight-place-background': ['Beijing'],
      'seedlight-other-underline': ['peace plan'],
    });
    expect(annotator.mentions().map((m) => [m.text, m.drawn])).toEqual([
      ['Zelensky', 'full'],
      ['Beijing', 'full'],
      ['Kremlin', 'none'],
      ['peace plan', 'full'],
    ]);
  });
});

describe('skipped content', () => {
  test.each([
    ['script', '<script>var s = "Zelensky";</script>'],
    ['style', '<style>.Zelensky { color: red }</style>'],
    ['noscript', '<noscript>Zelensky</noscript>'],
    ['template', '<template><p>Zelensky</p></template>'],
    ['textarea', '<textarea>Zelensky</textarea>'],
    ['input value', '<input value="Zelensky">'],
    ['select options', '<select><option>Zelensky</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>Zelensky</p></div>'],
    ['empty contenteditable attribute', '<p contenteditable>Zelensky</p>'],
    ['plaintext-only editor', '<div contenteditable="plaintext-only"><b>Zelensky</b></div>'],
    ['hidden attribute', '<div hidden><p>Zelensky</p></div>'],
    ['inline hidden element', '<p>Said <span hidden>Zelensky</span></p>'],
    [
      'an inline display:none span',
      '<p>Said <span style="display: none">Zelensky</span> today</p>',
    ],
    [
      'an inline visibility:hidden span',
      '<p>Said <em style="visibility: hidden">Zelensky</em></p>',
    ],
    [
      'inside a hidden inline',
      '<p>Said <span style="display: none">the <b>Zelensky</b></span></p>',
    ],
    ['display none', '<div style="display: none"><p>Zelensky</p></div>'],
    ['visibility hidden', '<p style="visibility: hidden">Zelensky</p>'],
    ["Seedlight's own elements", '<seedlight-card><p>Zelensky</p></seedlight-card>'],
    ['svg text', '<svg><text>Zelensky</text></svg>'],
  ])('%s is not annotated', (_label, html) => {
    const { found, sink } = setup(`<p>before</p>${html}<p>after</p>`);
    expect(found()).toEqual([]);
    expect(sink.ranges()).toEqual([]);
  });

  test.each([
    ['a button', '<button>Zelensky</button>'],
    ['aria-hidden text', '<p aria-hidden="true">Zelensky</p>'],
    ['contenteditable="false"', '<p contenteditable="false">Zelensky</p>'],
    ['code', '<pre><code>Zelensky</code></pre>'],
  ])('%s is annotated', (_label, html) => {
    const { found } = setup(html);
    expect(found()).toEqual([['zelensky', 'Zelensky']]);
  });

  test('a visible paragraph keeps its shown mentions and drops the hidden ones', async () => {
    const { found, sink, afterMutation } = setup(
      '<p>Kremlin <span style="display: none">Zelensky</span> and <i>Beijing</i></p>',
    );
    expect(found()).toEqual([
      ['kremlin', 'Kremlin'],
      ['china', 'Beijing'],
    ]);
    expect(
      sink
        .ranges()
        .map((r) => r.toString())
        .sort(),
    ).toEqual(['Beijing', 'Kremlin']);
    // Read again after a change: the container's own scan checks each span too.
    document.querySelector('p')?.append(' Kremlin');
    await afterMutation();
    expect(found()).toEqual([
      ['kremlin', 'Kremlin'],
      ['china', 'Beijing'],
      ['kremlin', 'Kremlin'],
    ]);
  });

  test('mutations inside an editor are ignored', async () => {
    const { found, afterMutation } = setup('<div contenteditable><p>draft</p></div>');
    document.querySelector('p')?.append(' Zelensky');
    await afterMutation();
    expect(found()).toEqual([]);
  });
});

describe('shadow roots', () => {
  test('text in an open shadow root is annotated, in host order', () => {
    setHtml(document.body, '<p>Kremlin</p><div id="host"></div><p>Beijing</p>');
    const shadow = document.getElementById('host')?.attachShadow({ mode: 'open' });
    if (!shadow) throw new Error('no shadow root');
    setHtml(shadow, '<p>Xi <b>Jinping</b></p>');
    const { annotator } = startFakeAnnotator();
    started.push(annotator);
    expect(annotator.mentions().map((m) => m.text)).toEqual(['Kremlin', 'Xi Jinping', 'Beijing']);
    expect(annotator.mentions()[1]?.range.startContainer.getRootNode()).toBe(shadow);
  });

  test('text added later to an open shadow root is annotated', async () => {
    const { annotator, afterMutation, scheduler } = setup('<div id="host"></div>');
    const shadow = document.getElementById('host')?.attachShadow({ mode: 'open' });
    if (!shadow) throw new Error('no shadow root');
    // A root attached after the first pass is found when its host's container is read again.
    document.getElementById('host')?.append(document.createTextNode(''));
    await afterMutation();
    setHtml(shadow, '<p>Zelensky</p>');
    await settleMutations();
    scheduler.flush();
    expect(annotator.mentions().map((m) => m.text)).toEqual(['Zelensky']);
  });
});

describe('dynamic pages', () => {
  test('an added paragraph gets highlighted', async () => {
    const { found, afterMutation, sink } = setup('<p>Kremlin</p>');
    const p = document.createElement('p');
    p.append('Zelensky ', Object.assign(document.createElement('b'), { textContent: 'spoke' }));
    document.body.append(p);
    await afterMutation();
    expect(found()).toEqual([
      ['kremlin', 'Kremlin'],
      ['zelensky', 'Zelensky'],
    ]);
    expect(sink.drawn.get('seedlight-person')?.map(String)).toEqual(['Zelensky']);
  });

  test('an added inline element with blocks inside gets highlighted', async () => {
    const { found, afterMutation } = setup('<div id="feed"><p>Kremlin</p></div>');
    const span = document.createElement('span');
    const inner = document.createElement('div');
    inner.textContent = 'Beijing';
    span.append('Zelensky', inner);
    document.getElementById('feed')?.append(span);
    await afterMutation();
    expect(found()).toEqual([
      ['kremlin', 'Kremlin'],
      ['zelensky', 'Zelensky'],
      ['china', 'Beijing'],
    ]);
  });

  test('edited text updates its mentions', async () => {
    const { found, afterMutation } = setup('<p>Zelensky met <b>Xi</b> Jinping</p>');
    expect(found()).toEqual([
      ['zelensky', 'Zelensky'],
      ['xi-jinping', 'Xi Jinping'],
    ]);
    const text = document.querySelector('p')?.firstChild as Text;
    text.data = 'The Kremlin met ';
    await afterMutation();
    expect(found()).toEqual([
      ['kremlin', 'Kremlin'],
      ['xi-jinping', 'Xi Jinping'],
    ]);
  });

  test('a removed node drops its mentions and its ranges', async () => {
    const { found, afterMutation, sink } = setup(
      '<article><p id="a">Zelensky</p><div id="b"><p>Beijing</p><p>Kremlin</p></div></article>',
    );
    document.getElementById('b')?.remove();
    await afterMutation();
    expect(found()).toEqual([['zelensky', 'Zelensky']]);
    expect(sink.ranges().every((range) => range.startContainer.isConnected)).toBe(true);
    expect(sink.ranges().map(String)).toEqual(['Zelensky']);
  });

  test('replacing the whole body re-annotates the new one', async () => {
    const { found, afterMutation } = setup('<p>Zelensky</p>');
    const body = document.createElement('body');
    body.append(Object.assign(document.createElement('p'), { textContent: 'Kremlin' }));
    document.documentElement.replaceChild(body, document.body);
    await afterMutation();
    expect(found()).toEqual([['kremlin', 'Kremlin']]);
  });

  test('unchanged text keeps the same mention objects', async () => {
    const { annotator, afterMutation, changes } = setup('<p>Zelensky</p><p id="x">plain</p>');
    const before = annotator.mentions()[0];
    const count = changes.length;
    (document.getElementById('x')?.firstChild as Text).data = 'still plain';
    await afterMutation();
    expect(annotator.mentions()[0]).toBe(before);
    expect(changes).toHaveLength(count);
  });

  test.each(['popstate', 'hashchange'])(
    'a %s event reads the page again, catching changes no mutation reported',
    async (type) => {
      const { found, afterMutation } = setup('<p>Kremlin</p><p hidden>Zelensky</p>');
      // Attribute changes are not observed; a navigation event makes up for it.
      document.querySelector('[hidden]')?.removeAttribute('hidden');
      await afterMutation();
      expect(found()).toEqual([['kremlin', 'Kremlin']]);
      window.dispatchEvent(new Event(type));
      await afterMutation();
      expect(found()).toEqual([
        ['kremlin', 'Kremlin'],
        ['zelensky', 'Zelensky'],
      ]);
    },
  );
});

describe('weak mentions', () => {
  test('a weak mention shows only with evidence, and follows the evidence', async () => {
    const { found, afterMutation } = setup('<p>Xi said</p>');
    expect(found()).toEqual([]);

    const evidence = document.createElement('p');
    evidence.textContent = 'Beijing answered';
    document.body.append(evidence);
    await afterMutation();
    expect(found()).toEqual([
      ['xi-jinping', 'Xi'],
      ['china', 'Beijing'],
    ]);

    evidence.remove();
    await afterMutation();
    expect(found()).toEqual([]);
  });

  test("the entity's own strong mention supports its weak ones", () => {
    const { found } = setup('<p>Xi Jinping arrived.</p><p>Xi said</p>');
    expect(found()).toEqual([
      ['xi-jinping', 'Xi Jinping'],
      ['xi-jinping', 'Xi'],
    ]);
  });
});

describe('lifecycle', () => {
  test('ready() resolves after the first pass, with onChange called', async () => {
    const { annotator, changes } = setup('<p>Zelensky</p>');
    await expect(annotator.ready()).resolves.toBeUndefined();
    expect(changes.at(-1)?.map((m) => m.text)).toEqual(['Zelensky']);
  });

  test('whenSettled() waits for the work a change brought, then resolves', async () => {
    const { annotator, scheduler } = setup('<p id="t">start</p>');
    await expect(annotator.whenSettled()).resolves.toBeUndefined();
    const text = document.getElementById('t')?.firstChild as Text;
    text.data = 'Zelensky';
    await settleMutations();
    const settled = annotator.whenSettled();
    const first = await Promise.race([
      settled.then(() => 'settled'),
      Promise.resolve().then(() => 'pending'),
    ]);
    expect(first).toBe('pending');
    scheduler.flush();
    await settled;
    expect(annotator.mentions().map((m) => m.text)).toEqual(['Zelensky']);
  });

  test('stop() clears everything and later mutations do nothing', async () => {
    const { annotator, sink, scheduler } = setup('<p>Zelensky</p>');
    annotator.stop();
    expect(sink.ranges()).toEqual([]);
    expect(sink.clears).toBe(1);
    expect(annotator.mentions()).toEqual([]);
    const sets = sink.sets;
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Kremlin' }));
    await settleMutations();
    expect(scheduler.pending).toBe(0);
    scheduler.flush();
    expect(sink.sets).toBe(sets);
    expect(annotator.mentions()).toEqual([]);
  });

  test('the first pass runs in several slices when the clock passes the budget', () => {
    const paragraphs = Array.from({ length: 1000 }, (_, i) => `<p>Item ${i} from Beijing</p>`);
    // Each reading of the clock advances it 5 ms: a 10 ms slice holds a step or two.
    const { annotator, scheduler } = setup(paragraphs.join(''), 5);
    expect(scheduler.ran.task).toBeGreaterThan(10);
    expect(annotator.mentions()).toHaveLength(1000);
  });

  test('mutation work waits for animation frames and then for the CPU budget', async () => {
    const { afterMutation, scheduler, found } = setup('<p id="t">start</p>', 1);
    const text = document.getElementById('t')?.firstChild as Text;
    for (let i = 0; i < 200; i++) {
      text.data = `Zelensky ${i}`;
      await afterMutation();
    }
    expect(found()).toEqual([['zelensky', 'Zelensky']]);
    expect(scheduler.ran.frame).toBeGreaterThan(0);
    expect(scheduler.ran.timer).toBeGreaterThan(0);
  });
});

test('a block with too many mentions highlights only its first ones', () => {
  const { annotator, sink } = setup(
    `<p>${'Zelensky, '.repeat(MAX_MENTIONS_PER_CONTAINER + 50)}</p>`,
  );
  expect(annotator.mentions()).toHaveLength(MAX_MENTIONS_PER_CONTAINER);
  expect(sink.ranges()).toHaveLength(MAX_MENTIONS_PER_CONTAINER);
});

describe('active mention and hit testing', () => {
  test('setActive draws one mention under seedlight-active', () => {
    const { annotator, sink } = setup('<p>Zelensky and Beijing</p>');
    const beijing = annotator.mentions()[1] ?? null;
    annotator.setActive(beijing);
    expect(sink.drawn.get('seedlight-active')?.map(String)).toEqual(['Beijing']);
    annotator.setActive(null);
    expect(sink.drawn.has('seedlight-active')).toBe(false);
  });

  test('the active highlight goes when its mention leaves the page', async () => {
    const { annotator, sink, afterMutation } = setup('<p>Zelensky</p><p id="b">Beijing</p>');
    annotator.setActive(annotator.mentions()[1] ?? null);
    document.getElementById('b')?.remove();
    await afterMutation();
    expect(sink.drawn.has('seedlight-active')).toBe(false);
  });

  test('mentionAt finds the mention under a point, and nothing beside it', () => {
    const { annotator } = setup('<p>Zelensky and <b>Xi</b> Jinping</p>');
    const xi = document.querySelector('b')?.firstChild as Text;
    const caret = vi.fn((_x: number, _y: number) => ({ offsetNode: xi, offset: 1 }));
    Object.assign(document, { caretPositionFromPoint: caret });
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      const box =
        this.toString() === 'Xi Jinping'
          ? new DOMRect(100, 10, 80, 20)
          : new DOMRect(0, 10, 60, 20);
      return [box] as unknown as DOMRectList;
    });
    expect(annotator.mentionAt(120, 20)?.text).toBe('Xi Jinping');
    expect(annotator.mentionAt(300, 20)).toBeNull();
    Reflect.deleteProperty(document, 'caretPositionFromPoint');
  });
});
