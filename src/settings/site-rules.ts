import { problem, type Problem } from '../kb/problem';
import type { Settings } from './schema';

type SiteRules = Pick<Settings, 'enabled' | 'disabledSites' | 'allow' | 'deny'>;

export type SiteStatus =
  | { enabled: true; reason: 'on' }
  | { enabled: false; reason: 'unsupported' | 'off-everywhere' | 'off-here' | 'not-allowed' }
  | { enabled: false; reason: 'denied'; pattern: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map(escapeRegExp).join('.*')}$`);
}

/** Lower-cases a pattern and drops a scheme and a bare trailing slash, as readers type them. */
export function normalizeSitePattern(pattern: string): string {
  const text = pattern
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '');
  return text.endsWith('/') && text.indexOf('/') === text.length - 1 ? text.slice(0, -1) : text;
}

/** A site pattern taken apart: `host[:port][/path]`. */
interface SitePattern {
  host: string;
  /** Undefined: any port. */
  port: string | undefined;
  /** Undefined: any path. */
  path: string | undefined;
}

type Parsed = { ok: true; pattern: SitePattern } | { ok: false; reason: Problem };

const HOST_LABEL = /^[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

function parseSitePattern(pattern: string): Parsed {
  const text = normalizeSitePattern(pattern);
  if (text === '') return { ok: false, reason: problem('pattern-empty') };
  if (/\s/.test(text)) return { ok: false, reason: problem('pattern-spaces') };
  const slash = text.indexOf('/');
  const site = slash === -1 ? text : text.slice(0, slash);
  const path = slash === -1 ? undefined : text.slice(slash);
  if (site === '') return { ok: false, reason: problem('pattern-no-site') };
  // The port follows the last colon, except inside an IPv6 address ("[::1]:8080").
  const colon = site.lastIndexOf(':');
  const hasPort = colon !== -1 && site.indexOf(']', colon) === -1 && !IPV6.test(site);
  const host = hasPort ? site.slice(0, colon) : site;
  const port = hasPort ? site.slice(colon + 1) : undefined;
  if (host === '') return { ok: false, reason: problem('pattern-no-host') };
  if (port !== undefined && !/^\d{1,5}$/.test(port)) {
    return { ok: false, reason: problem('pattern-port-nan', port) };
  }
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
    return { ok: false, reason: problem('pattern-port-range', port) };
  }
  if (!IPV6.test(host)) {
    if (!/^[a-z0-9*.-]+$/.test(host))
      return { ok: false, reason: problem('pattern-bad-host', host) };
    if (!host.split('.').every((label) => HOST_LABEL.test(label))) {
      return { ok: false, reason: problem('pattern-broken-host', host) };
    }
  }
  return {
    ok: true,
    pattern: { host, port: port === undefined ? undefined : String(Number(port)), path },
  };
}

/** Why a site pattern cannot be used, or null when it can. */
export function checkSitePattern(pattern: string): Problem | null {
  const parsed = parseSitePattern(pattern);
  return parsed.ok ? null : parsed.reason;
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

/**
 * Whether a URL matches a pattern: `example.com` (any port), `127.0.0.1:8080` (that port only),
 * `*.example.com` (the domain and its subdomains), `example.com/path*` (a path prefix), `*`
 * anywhere as a wildcard.
 */
export function matchesSitePattern(pattern: string, url: URL): boolean {
  const parsed = parseSitePattern(pattern);
  if (!parsed.ok) return false;
  const { host: hostPattern, port, path } = parsed.pattern;
  const host = url.hostname.toLowerCase();
  const hostMatches = hostPattern.startsWith('*.')
    ? host === hostPattern.slice(2) || globToRegExp(hostPattern).test(host)
    : globToRegExp(hostPattern).test(host);
  if (!hostMatches) return false;
  if (port !== undefined && port !== (url.port || DEFAULT_PORTS[url.protocol])) return false;
  if (path === undefined) return true;
  return globToRegExp(path).test(`${url.pathname}${url.search}`.toLowerCase());
}

/** Whether Seedlight runs on a page, and why not. */
export function siteStatus(settings: SiteRules, url: string): SiteStatus {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { enabled: false, reason: 'unsupported' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { enabled: false, reason: 'unsupported' };
  }
  if (!settings.enabled) return { enabled: false, reason: 'off-everywhere' };
  if (settings.disabledSites.includes(parsed.hostname.toLowerCase())) {
    return { enabled: false, reason: 'off-here' };
  }
  const denied = settings.deny.find((pattern) => matchesSitePattern(pattern, parsed));
  if (denied !== undefined) return { enabled: false, reason: 'denied', pattern: denied };
  const allowList = settings.allow.filter((pattern) => checkSitePattern(pattern) === null);
  if (allowList.length > 0 && !allowList.some((pattern) => matchesSitePattern(pattern, parsed))) {
    return { enabled: false, reason: 'not-allowed' };
  }
  return { enabled: true, reason: 'on' };
}

export function isSiteEnabled(settings: SiteRules, url: string): boolean {
  return siteStatus(settings, url).enabled;
}

/** The settings with Seedlight turned on or off for one host (the popup's per-site switch). */
export function withSiteEnabled<S extends SiteRules>(
  settings: S,
  hostname: string,
  on: boolean,
): S {
  const host = hostname.toLowerCase();
  const others = settings.disabledSites.filter((h) => h !== host);
  return { ...settings, disabledSites: on ? others : [...others, host] };
}
