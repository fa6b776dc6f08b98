import type { EntityType } from '../kb/schema';
import type { MentionItem, OutlineItem } from '../protocol';

export interface EntitySummary {
  entityId: string;
  name: string;
  count: number;
  /** Index into the page's mentions list of the entity's first mention. */
  firstIndex: number;
}

/** Entities of a mentions list with their counts, in order of first mention. */
export function summarizeMentions(mentions: readonly MentionItem[]): EntitySummary[] {
  const byId = new Map<string, EntitySummary>();
  mentions.forEach((mention, index) => {
    const known = byId.get(mention.entityId);
    if (known) known.count += 1;
    else
      byId.set(mention.entityId, {
        entityId: mention.entityId,
        name: mention.name,
        count: 1,
        firstIndex: index,
      });
  });
  return [...byId.values()];
}

export interface OutlineEntity {
  entityId: string;
  name: string;
  type: EntityType;
  description: string | undefined;
  /** The entity's mentions with their index into the page's mentions list. */
  mentions: { index: number; item: OutlineItem }[];
}

export interface OutlineGroup {
  type: EntityType;
  entities: OutlineEntity[];
  mentionCount: number;
}

/** The page's outline: entities grouped by type (in `typeOrder`), each in order of first mention. */
export function groupOutline(
  items: readonly OutlineItem[],
  typeOrder: readonly EntityType[],
  describe: (entityId: string) => string | undefined,
): OutlineGroup[] {
  const entities = new Map<string, OutlineEntity>();
  items.forEach((item, index) => {
    let entity = entities.get(item.entityId);
    if (!entity) {
      entity = {
        entityId: item.entityId,
        name: item.name,
        type: item.type,
        description: describe(item.entityId),
        mentions: [],
      };
      entities.set(item.entityId, entity);
    }
    entity.mentions.push({ index, item });
  });
  return typeOrder
    .map((type) => {
      const ofType = [...entities.values()].filter((e) => e.type === type);
      return {
        type,
        entities: ofType,
        mentionCount: ofType.reduce((n, e) => n + e.mentions.length, 0),
      };
    })
    .filter((group) => group.entities.length > 0);
}
