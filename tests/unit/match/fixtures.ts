import type { MatchEntity, Span } from '../../../src/match';

function entity(
  id: string,
  name: string,
  aliases: string[],
  related: string[] = [],
  type: MatchEntity['type'] = 'other',
): MatchEntity {
  return { id, name, type, aliases, related };
}

/** A small knowledge base around the seed briefing, with the near misses the rules are about. */
export const ENTITIES: readonly MatchEntity[] = [
  entity('xi-jinping', 'Xi Jinping', ['Xi Jinping', 'Xi'], ['china'], 'person'),
  entity(
    'volodymyr-zelensky',
    'Volodymyr Zelensky',
    ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy', 'Zelenskiy'],
    ['ukraine'],
    'person',
  ),
  entity('vladimir-putin', 'Vladimir Putin', ['Putin'], ['kremlin'], 'person'),
  entity('belt-and-road-initiative', 'Belt and Road Initiative', ['BRI'], ['china']),
  entity('rust-belt', 'Rust Belt', ['Belt'], [], 'place'),
  entity('jonas-gahr-store', 'Jonas Gahr Støre', ['Støre'], ['norway'], 'person'),
  entity('norway', 'Norway', ['Norway'], [], 'place'),
  entity('ap', 'AP', ['AP', 'Associated Press'], [], 'organization'),
  entity('reuters', 'Reuters', ['Reuters'], [], 'organization'),
  entity('china', 'China', ['China'], [], 'place'),
  entity('ukraine', 'Ukraine', ['Ukraine'], [], 'place'),
  entity('kremlin', 'Kremlin', ['Kremlin'], [], 'organization'),
  entity('nato', 'NATO', ['NATO'], [], 'organization'),
  entity('turkey', 'Turkey', ['Turkey', 'Türkiye'], ['nato'], 'place'),
  entity('new-york', 'New York', ['New York'], [], 'place'),
  entity('york-city', 'York City', ['York City'], [], 'organization'),
  entity('united-states', 'United States', ['U.S.'], [], 'place'),
  entity('dotnet', '.NET', ['.NET'], []),
];

/** What a reader sees: the highlighted text and whose it is. */
export function shown(text: string, spans: readonly Span[]): [string, string][] {
  return spans.map((span) => [text.slice(span.start, span.end), span.entityId]);
}
