import type { Matcher } from './types';

/** A mention as the support rule sees it: whose it is, and whether it alone is evidence. */
export interface SupportCandidate {
  entityId: string;
  weak: boolean;
}

/**
 * The support rule: which of a page's mentions a reader should see. Every strong mention is
 * shown; a weak one only when its entity has supporting evidence (its own or a related entity's
 * strong mention) among `strongOnPage`, the entities with a strong mention on the page. The
 * answer for each entity is asked of the matcher once.
 */
export function supportRule(
  matcher: Pick<Matcher, 'isSupported'>,
  strongOnPage: ReadonlySet<string>,
): (mention: SupportCandidate) => boolean {
  const supported = new Map<string, boolean>();
  return ({ entityId, weak }) => {
    if (!weak) return true;
    let answer = supported.get(entityId);
    if (answer === undefined) {
      answer = matcher.isSupported(entityId, strongOnPage);
      supported.set(entityId, answer);
    }
    return answer;
  };
}

/** The entities with at least one strong mention among `mentions`. */
export function strongEntities(mentions: Iterable<SupportCandidate>): Set<string> {
  const strong = new Set<string>();
  for (const { entityId, weak } of mentions) if (!weak) strong.add(entityId);
  return strong;
}

/** The mentions a reader should see when `mentions` are all a page holds (see `supportRule`). */
export function keepSupported<T extends SupportCandidate>(
  matcher: Pick<Matcher, 'isSupported'>,
  mentions: readonly T[],
): T[] {
  return mentions.filter(supportRule(matcher, strongEntities(mentions)));
}
