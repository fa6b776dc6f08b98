import { afterEach, describe, expect, test, vi } from 'vitest';
import { isRangeAttached, scrollToRange } from '../../../src/annotate/scroll-to-range';
import { setHtml } from './fakes';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function rangeOver(text: string): Range {
  const p = document.querySelector('p');
  const node = p?.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) throw new Error('no text');
  const at = (node as Text).data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + text.length);
  return range;
}

describe('scrollToRange', () => {
  test.each([
    [true, 'instant'],
    [false, 'smooth'],
  ])(
    'with reduced motion %s, scrolls the mention’s element to the centre, %s',
    async (reducedMotion, behavior) => {
      setHtml(document.body, '<p>Soldiers who left Bakhmut in May</p>');
      const range = rangeOver('Bakhmut');
      const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
      // happy-dom lays nothing out: every box is empty, so the mention counts as out of view.
      expect(await scrollToRange(range, window, { reducedMotion })).toBe('settled');
      expect(scrolled).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior });
      expect(scrolled.mock.contexts[0]).toBe(document.querySelector('p'));
    },
  );

  test('a mention the page removed is not scrolled to, and says so', async () => {
    setHtml(document.body, '<p>Soldiers who left Bakhmut in May</p>');
    const range = rangeOver('Bakhmut');
    document.querySelector('p')?.remove();
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    expect(isRangeAttached(range)).toBe(false);
    expect(await scrollToRange(range, window, { reducedMotion: true })).toBe('removed');
    expect(scrolled).not.toHaveBeenCalled();
  });

  test('a wait that outlasts its bound finishes the scroll at once', async () => {
    setHtml(document.body, '<p>Soldiers who left Bakhmut in May</p>');
    const range = rangeOver('Bakhmut');
    // No frame ever comes (a hidden tab): only the bound ends the wait.
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    expect(await scrollToRange(range, window, { reducedMotion: false, timeoutMs: 20 })).toBe(
      'timed-out',
    );
    expect(
      scrolled.mock.calls.map(([options]) => (options as ScrollIntoViewOptions).behavior),
    ).toEqual(['smooth', 'instant']);
  });
});
