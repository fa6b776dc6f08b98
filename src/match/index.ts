export { compileMatcher } from './compile';
export { toMatchEntities, toMatchEntity } from './entities';
export { keepSupported, strongEntities, supportRule, type SupportCandidate } from './supported';
export type { MatchEntity, Matcher, Span } from './types';
