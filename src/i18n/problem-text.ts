import type { Problem, ProblemCode } from '../kb/problem';
import type { MessageKey, Translate } from './index';

type Values = readonly (string | undefined)[];

const SAY: Record<ProblemCode, (t: Translate<MessageKey>, v: Values) => string> = {
  'invalid-value': (t, v) => t('problemInvalidValue', v[0] ?? '', v[1] ?? ''),
  'empty-string': (t) => t('problemEmptyString'),
  'sentence-order': (t) => t('problemSentenceOrder'),
  'entity-id-slug': (t) => t('problemEntityIdSlug'),
  'no-alias': (t) => t('problemNoAlias'),
  'wrong-version': (t, v) => t('problemWrongVersion', v[0] ?? ''),
  'duplicate-entity-id': (t) => t('problemDuplicateEntityId'),
  'unknown-related': (t) => t('problemUnknownRelated'),
  'misquoted-sentence': (t) => t('problemMisquotedSentence'),
  'not-json': (t) => t('problemNotJson'),
  'text-too-large': (t, v) => t('problemTextTooLarge', v[0] ?? '', v[1] ?? ''),
  'text-empty': (t) => t('problemTextEmpty'),
  'text-nul': (t) => t('problemTextNul'),
  'text-binary': (t) => t('problemTextBinary'),
  'text-no-words': (t) => t('problemTextNoWords'),
  'not-a-briefing': (t) => t('problemNotABriefing'),
  'not-an-export': (t) => t('problemNotAnExport'),
  'in-briefing': (t, v) => t('problemInBriefing', v[0] ?? ''),
  'no-briefings': (t) => t('problemNoBriefings'),
  'briefing-exists': (t, v) => t('problemBriefingExists', v[0] ?? ''),
  'id-twice': (t, v) => t('problemIdTwice', v[0] ?? ''),
  'no-such-briefing': (t, v) => t('problemNoSuchBriefing', v[0] ?? ''),
  'no-such-name': (t, v) => t('problemNoSuchName', v[0] ?? ''),
  'storage-full': (t, v) => t('problemStorageFull', v[0] ?? '', v[1] ?? ''),
  'pattern-empty': (t) => t('problemPatternEmpty'),
  'pattern-spaces': (t) => t('problemPatternSpaces'),
  'pattern-no-site': (t) => t('problemPatternNoSite'),
  'pattern-no-host': (t) => t('problemPatternNoHost'),
  'pattern-port-nan': (t, v) => t('problemPatternPortNan', v[0] ?? ''),
  'pattern-port-range': (t, v) => t('problemPatternPortRange', v[0] ?? ''),
  'pattern-bad-host': (t, v) => t('problemPatternBadHost', v[0] ?? ''),
  'pattern-broken-host': (t, v) => t('problemPatternBrokenHost', v[0] ?? ''),
};

/** A problem in the reader's language: where it is, what it is, and what it was found in. */
export function problemText(p: Problem, t: Translate<MessageKey>): string {
  const said = SAY[p.code](t, p.values ?? []);
  const here = p.path ? t('problemAt', p.path, said) : said;
  return p.cause ? t('problemWithin', here, problemText(p.cause, t)) : here;
}
