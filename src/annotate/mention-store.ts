import { compareTreeOrder } from './tree-order';
import type { Container, FoundMention, StoredMention } from './types';

interface ContainerRecord {
  container: Container;
  mentions: StoredMention[];
}

/** Page order of two mentions: by start node, then by start offset within one text node. */
function compareMentions(a: StoredMention, b: StoredMention): number {
  const x = a.page.range;
  const y = b.page.range;
  if (x.startContainer === y.startContainer) return x.startOffset - y.startOffset;
  return compareTreeOrder(x.startContainer, y.startContainer);
}

/** Whether a stored mention is the one found again: same entity, text, strength and DOM positions. */
function isSameFound(stored: StoredMention, found: FoundMention): boolean {
  const { page } = stored;
  const { range } = page;
  return (
    page.entityId === found.entityId &&
    stored.weak === found.weak &&
    page.text === found.text &&
    range.startContainer === found.startNode &&
    range.startOffset === found.startOffset &&
    range.endContainer === found.endNode &&
    range.endOffset === found.endOffset
  );
}

function toStored(container: Container, found: FoundMention): StoredMention {
  const range = found.startNode.ownerDocument.createRange();
  range.setStart(found.startNode, found.startOffset);
  range.setEnd(found.endNode, found.endOffset);
  const { entityId, name, type, text, weak } = found;
  return { weak, container, page: { entityId, name, type, text, range, drawn: 'full' } };
}

/**
 * Every container's mentions, kept in page order. A container with no mention has no record, so
 * memory follows the mentions, not the page; a dropped record leaves no Range behind.
 */
export class MentionStore {
  private readonly records = new Map<Container, ContainerRecord>();
  /** Every stored mention, in page order. */
  private readonly ordered: StoredMention[] = [];
  private readonly strongCounts = new Map<string, number>();
  private readonly byTextNode = new WeakMap<Text, ContainerRecord>();
  /** Set whenever the stored mentions change; the owner resets it after drawing. */
  changed = false;

  /** Replaces a container's mentions. Unchanged mentions keep their Range and PageMention. */
  replace(container: Container, found: readonly FoundMention[]): void {
    const old = this.records.get(container);
    if (!old && found.length === 0) return;
    if (
      old &&
      old.mentions.length === found.length &&
      old.mentions.every((stored, i) => isSameFound(stored, found[i] as FoundMention))
    ) {
      return;
    }
    if (old) this.remove(container);
    if (found.length === 0) return;
    const record: ContainerRecord = {
      container,
      mentions: found.map((f) => toStored(container, f)),
    };
    this.records.set(container, record);
    for (const mention of record.mentions) this.insert(mention);
    for (const mention of found) {
      if (!mention.weak) this.count(mention.entityId, 1);
      for (const node of mention.nodes) this.byTextNode.set(node, record);
    }
    this.changed = true;
  }

  remove(container: Container): void {
    const record = this.records.get(container);
    if (!record) return;
    this.records.delete(container);
    for (const mention of record.mentions) {
      // A mention whose nodes moved or left is out of order; find it by identity then.
      let index = this.lowerBound(mention);
      if (this.ordered[index] !== mention) index = this.ordered.indexOf(mention);
      if (index >= 0) this.ordered.splice(index, 1);
      if (!mention.weak) this.count(mention.page.entityId, -1);
    }
    this.changed = true;
  }

  /** Drops the records of every container that `keep` rejects. */
  retain(keep: (container: Container) => boolean): void {
    for (const container of [...this.records.keys()]) {
      if (!keep(container)) this.remove(container);
    }
  }

  /** The mentions stored for the container holding `node`, if any. */
  mentionsAround(node: Text): readonly StoredMention[] {
    const record = this.byTextNode.get(node);
    return record && this.records.get(record.container) === record ? record.mentions : [];
  }

  /** Ids of the entities with at least one strong mention. */
  strongEntities(): Set<string> {
    return new Set(this.strongCounts.keys());
  }

  /** All stored mentions in page order. */
  all(): readonly StoredMention[] {
    return this.ordered;
  }

  clear(): void {
    this.records.clear();
    this.ordered.length = 0;
    this.strongCounts.clear();
    this.changed = true;
  }

  private count(entityId: string, delta: number): void {
    const next = (this.strongCounts.get(entityId) ?? 0) + delta;
    if (next > 0) this.strongCounts.set(entityId, next);
    else this.strongCounts.delete(entityId);
  }

  private insert(mention: StoredMention): void {
    // Pages are mostly read in document order: try the end before searching.
    const last = this.ordered.at(-1);
    if (!last || compareMentions(last, mention) < 0) this.ordered.push(mention);
    else this.ordered.splice(this.lowerBound(mention), 0, mention);
  }

  private lowerBound(mention: StoredMention): number {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareMentions(this.ordered[mid] as StoredMention, mention) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
