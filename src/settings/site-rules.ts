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

/** Why a site pattern cannot be used, or null when it can. */
export function checkSitePattern(pattern: string): string | null {
  const text = normalizeSitePattern(pattern);
  if (text === '') return 'a pattern cannot be empty';
  if (/\s/.test(text)) return 'a pattern cannot contain spaces';
  const slash = text.indexOf('/');
  const host = slash === -1 ? text : text.slice(0, slash);
  if (host === '') return 'a pattern needs a site name before the path';
  if (!/^[a-z0-9*.:[\]-]+$/.test(host)) return `"${host}" is not a site name`;
  return null;
}

/**
 * Whether a URL matches a pattern: `example.com`, `*.example.com` (the domain and its
 * subdomains), `example.com/path*` (a path prefix), `*` anywhere as a wildcard.
 */
export function matchesSitePattern(pattern: string, url: URL): boolean {
  if (checkSitePattern(pattern) !== null) return false;
  const text = normalizeSitePattern(pattern);
  const slash = text.indexOf('/');
  const hostPattern = slash === -1 ? text : text.slice(0, slash);
  const pathPattern = slash === -1 ? null : text.slice(slash);
  const host = url.hostname.toLowerCase();
  const hostMatches = hostPattern.startsWith('*.')
    ? host === hostPattern.slice(2) || globToRegExp(hostPattern).test(host)
    : globToRegExp(hostPattern).test(host);
  if (!hostMatches) return false;
  if (pathPattern === null) return true;
  return globToRegExp(pathPattern).test(`${url.pathname}${url.search}`.toLowerCase());
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
