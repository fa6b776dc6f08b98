import { afterEach, expect, test } from 'vitest';
import { PageWalk, PAUSE } from '../../../src/annotate/page-walk';
import { setHtml } from './fakes';

afterEach(() => {
  document.body.replaceChildren();
});

function texts(walk: PageWalk): string[] {
  const out: string[] = [];
  for (let next = walk.next(); next !== null; next = walk.next()) {
    if (next !== PAUSE) out.push(next.raw);
  }
  return out;
}

test('a walk started at a block reads from there to the end, then the beginning, once each', () => {
  setHtml(document.body, '<p>one</p><div><p>two</p><p id="start">three</p>x</div><p>four</p>');
  const start = document.getElementById('start');
  const walk = new PageWalk(document.body, { startAt: start });
  expect(texts(walk)).toEqual(['three', 'x', 'four', 'one', 'two']);
});

test('a start outside the root, or in skipped content, is ignored', () => {
  setHtml(document.body, '<p>one</p><div hidden><p id="start">two</p></div><p>three</p>');
  const hidden = document.getElementById('start');
  expect(texts(new PageWalk(document.body, { startAt: hidden }))).toEqual(['one', 'three']);
  const outside = document.createElement('p');
  expect(texts(new PageWalk(document.body, { startAt: outside }))).toEqual(['one', 'three']);
});

test('a walk whose next node the page removed while it paused says it is lost', () => {
  setHtml(document.body, '<p>one</p><p id="next">two</p><p>three</p>');
  const walk = new PageWalk(document.body);
  const first = walk.next();
  expect(first !== null && first !== PAUSE && first.raw).toBe('one');
  document.getElementById('next')?.remove();
  expect(walk.next()).toBeNull();
  expect(walk.lost).toBe(true);
});

test('open shadow roots are listed, not entered', () => {
  setHtml(document.body, '<div id="host">light</div><p>after</p>');
  const shadow = document.getElementById('host')?.attachShadow({ mode: 'open' });
  setHtml(shadow as ShadowRoot, '<p>inside</p>');
  const walk = new PageWalk(document.body);
  expect(texts(walk)).toEqual(['light', 'after']);
  expect(walk.shadowRoots).toEqual([shadow]);
});
