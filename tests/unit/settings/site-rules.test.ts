import { describe, expect, test } from 'vitest';
import {
  checkSitePattern,
  DEFAULT_SETTINGS,
  isSiteEnabled,
  siteStatus,
  withSiteEnabled,
  type Settings,
} from '../../../src/settings';

const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('isSiteEnabled', () => {
  test.each([
    ['on by default', {}, 'https://news.example.com/a', true],
    ['not on browser pages', {}, 'chrome://extensions', false],
    ['not on a file', {}, 'file:///tmp/a.html', false],
    ['not on a broken url', {}, 'not a url', false],
    ['off everywhere', { enabled: false }, 'https://example.com/', false],
    ['off for this host', { disabledSites: ['example.com'] }, 'https://example.com/x', false],
    ['other hosts stay on', { disabledSites: ['example.com'] }, 'https://www.example.com/', true],
    [
      'deny a domain and subdomains',
      { deny: ['*.example.com'] },
      'https://a.b.example.com/',
      false,
    ],
    ['deny the bare domain too', { deny: ['*.example.com'] }, 'https://example.com/', false],
    ['deny is not a suffix match', { deny: ['*.example.com'] }, 'https://badexample.com/', true],
    ['deny a path prefix', { deny: ['example.com/live*'] }, 'https://example.com/live/1', false],
    ['other paths stay on', { deny: ['example.com/live*'] }, 'https://example.com/news/1', true],
    ['an exact path', { deny: ['example.com/about'] }, 'https://example.com/about/team', true],
    ['a typed scheme is ignored', { deny: ['https://example.com'] }, 'http://example.com/', false],
    ['patterns ignore case', { deny: ['Example.COM'] }, 'https://example.com/', false],
    ['allow limits to its sites', { allow: ['*.bbc.co.uk'] }, 'https://example.com/', false],
    ['allow lets its sites in', { allow: ['*.bbc.co.uk'] }, 'https://www.bbc.co.uk/news', true],
    [
      'deny wins over allow',
      { allow: ['*.bbc.co.uk'], deny: ['www.bbc.co.uk/sport*'] },
      'https://www.bbc.co.uk/sport/x',
      false,
    ],
    ['an invalid allow pattern is ignored', { allow: ['   '] }, 'https://example.com/', true],
    ['a wildcard inside a host', { deny: ['news.*.com'] }, 'https://news.example.com/', false],
  ] as const)('%s', (_name, patch, url, expected) => {
    expect(isSiteEnabled(settings(patch as Partial<Settings>), url)).toBe(expected);
  });
});

test('siteStatus names the deny pattern that turned a site off', () => {
  expect(
    siteStatus(settings({ deny: ['a.com', '*.example.com'] }), 'https://x.example.com/'),
  ).toEqual({
    enabled: false,
    reason: 'denied',
    pattern: '*.example.com',
  });
});

test.each([
  ['example.com', null],
  ['*.example.com', null],
  ['example.com/path*', null],
  ['', 'a pattern cannot be empty'],
  ['exa mple.com', 'a pattern cannot contain spaces'],
  ['/path', 'a pattern needs a site name before the path'],
  ['ex@mple.com', '"ex@mple.com" is not a site name'],
])('checkSitePattern(%j)', (pattern, reason) => {
  expect(checkSitePattern(pattern)).toBe(reason);
});

test.each([
  [[], 'example.com', false, ['example.com']],
  [['example.com'], 'Example.com', true, []],
  [['a.com', 'example.com'], 'example.com', false, ['a.com', 'example.com']],
])('withSiteEnabled(%j, %s, %s)', (disabledSites, host, on, expected) => {
  const next = withSiteEnabled(settings({ disabledSites }), host, on);
  expect(next.disabledSites).toEqual(expected);
  expect(isSiteEnabled(next, `https://${host.toLowerCase()}/`)).toBe(on);
});
