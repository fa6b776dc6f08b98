import { tEnglish } from '../../../src/i18n/english';
import { problemText } from '../../../src/i18n/problem-text';
import type { Problem } from '../../../src/kb/problem';

/** A problem as the reader reads it in English. */
const say = (p: Problem | null) => (p ? problemText(p, tEnglish) : null);

import { describe, expect, test } from 'vitest';
import {
  checkSitePattern,
  DEFAULT_SETTINGS,
  isSiteEnabled,
  matchesSitePattern,
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

describe('site patterns', () => {
  test.each([
    ['a host', 'example.com', 'https://example.com/a', true],
    ['a host is not its subdomain', 'example.com', 'https://www.example.com/', false],
    ['a host on any port', 'example.com', 'http://example.com:8080/', true],
    ['a host with its port', '127.0.0.1:37987', 'http://127.0.0.1:37987/page.html', true],
    ['a host with another port', '127.0.0.1:37987', 'http://127.0.0.1:8080/', false],
    ['a port needs the host too', '127.0.0.1:37987', 'http://10.0.0.1:37987/', false],
    ['a default port written out', 'example.com:443', 'https://example.com/', true],
    ['a default port of the other scheme', 'example.com:443', 'http://example.com/', false],
    ['a leading zero in a port', 'localhost:08080', 'http://localhost:8080/', true],
    ['a port and a path', 'localhost:3000/news/*', 'http://localhost:3000/news/1', true],
    ['a port and another path', 'localhost:3000/news/*', 'http://localhost:3000/live/1', false],
    ['an IPv6 address with a port', '[::1]:8080', 'http://[::1]:8080/', true],
    ['an IPv6 address on any port', '[::1]', 'http://[::1]:9000/', true],
    ['wildcard subdomains', '*.example.com', 'https://a.b.example.com/', true],
    ['wildcard subdomains and the domain', '*.example.com', 'https://example.com/', true],
    ['wildcard subdomains, not a suffix', '*.example.com', 'https://badexample.com/', false],
    ['wildcard subdomains with a port', '*.example.com:8443', 'https://a.example.com:8443/', true],
    ['a path prefix', 'example.com/news/*', 'https://example.com/news/world/1', true],
    ['a path prefix, other paths', 'example.com/news/*', 'https://example.com/sport/1', false],
    [
      'a path prefix is not the bare folder',
      'example.com/news/*',
      'https://example.com/news',
      false,
    ],
    ['an exact path', 'example.com/about', 'https://example.com/about', true],
    ['an exact path, not below it', 'example.com/about', 'https://example.com/about/team', false],
    ['a typed scheme is ignored', 'https://example.com/', 'http://example.com/', true],
    ['case is ignored', 'Example.COM/News/*', 'https://example.com/news/1', true],
  ])('%s: %s on %s', (_name, pattern, url, expected) => {
    expect(checkSitePattern(pattern)).toBeNull();
    expect(matchesSitePattern(pattern, new URL(url))).toBe(expected);
  });

  test.each([
    ['example.com', null],
    ['*.example.com', null],
    ['example.com/path*', null],
    ['127.0.0.1:37987', null],
    ['news.*.com', null],
    ['', 'a pattern cannot be empty'],
    ['   ', 'a pattern cannot be empty'],
    ['exa mple.com', 'a pattern cannot contain spaces'],
    ['/path', 'a pattern needs a site name before the path'],
    [':8080', 'a pattern needs a site name before the port'],
    ['ex@mple.com', '"ex@mple.com" is not a site name'],
    ['example.com:', '"" is not a port number'],
    ['example.com:http', '"http" is not a port number'],
    ['example.com:80:80', '"example.com:80" is not a site name'],
    ['example.com:0', 'a port is a number from 1 to 65535, not 0'],
    ['example.com:70000', 'a port is a number from 1 to 65535, not 70000'],
    ['example..com', '"example..com" has an empty or broken part between its dots'],
    ['.example.com', '".example.com" has an empty or broken part between its dots'],
    ['-example.com', '"-example.com" has an empty or broken part between its dots'],
  ])('checkSitePattern(%j) is %j', (pattern, reason) => {
    expect(say(checkSitePattern(pattern))).toBe(reason);
  });

  test('an invalid pattern matches nothing', () => {
    expect(matchesSitePattern('example.com:http', new URL('http://example.com/'))).toBe(false);
  });
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
