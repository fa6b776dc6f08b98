import type { PendingChanges } from './types';

/** Past this many distinct changed nodes, the queue asks for one full pass instead (bounded memory). */
export const MAX_PENDING_NODES = 5000;

function empty(): PendingChanges {
  return { targets: new Set(), added: new Set(), removals: false, full: false };
}

export class MutationQueue {
  private pending = empty();

  constructor(private readonly limit: number = MAX_PENDING_NODES) {}

  push(records: readonly MutationRecord[]): void {
    const { targets, added } = this.pending;
    for (const record of records) {
      if (record.type === 'characterData') {
        targets.add(record.target);
        continue;
      }
      if (record.type !== 'childList') continue;
      targets.add(record.target);
      for (const node of record.addedNodes)
        if (node.nodeType === Node.ELEMENT_NODE) added.add(node);
      if (record.removedNodes.length > 0) this.pending.removals = true;
    }
    if (targets.size + added.size > this.limit) this.requestFull();
  }

  /** Adds an element whose containers must be read, as if it had just been added. */
  add(node: Node): void {
    this.pending.added.add(node);
    this.pending.removals = true;
  }

  requestFull(): void {
    this.pending = { ...empty(), removals: true, full: true };
  }

  isEmpty(): boolean {
    const { targets, added, removals, full } = this.pending;
    return targets.size === 0 && added.size === 0 && !removals && !full;
  }

  take(): PendingChanges {
    const taken = this.pending;
    this.pending = empty();
    return taken;
  }
}
