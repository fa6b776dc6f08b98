import type { MutedEntity, Settings } from './schema';

const same = (a: MutedEntity, kbId: string, entityId: string): boolean =>
  a.kbId === kbId && a.entityId === entityId;

/** The settings with these entities muted (once each, in the order muted). */
export function muteEntities(settings: Settings, entities: readonly MutedEntity[]): Settings {
  const muted = [...settings.muted];
  for (const entity of entities) {
    if (!muted.some((m) => same(m, entity.kbId, entity.entityId))) muted.push({ ...entity });
  }
  return { ...settings, muted };
}

/** The settings with these entities highlighted again. */
export function unmuteEntities(
  settings: Settings,
  entities: readonly Pick<MutedEntity, 'kbId' | 'entityId'>[],
): Settings {
  const muted = settings.muted.filter((m) => !entities.some((e) => same(m, e.kbId, e.entityId)));
  return { ...settings, muted };
}
