export { compileMatcher } from './compile';
export { toMatchEntities } from './entities';
export { keepSupported } from './supported';
export type { MatchEntity, Matcher, Span } from './types';
