/** What an `options.html#edit=<kbId>&entity=<entityId>` address asks to open. */
export interface EditLink {
  kbId: string;
  entityId?: string;
}

/** Reads the options page's hash; null when it asks for no edit. */
export function editLinkFromHash(hash: string): EditLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const kbId = params.get('edit')?.trim();
  if (!kbId) return null;
  const entityId = params.get('entity')?.trim();
  return entityId ? { kbId, entityId } : { kbId };
}

/** The address part that opens a briefing (and an entity's row) in the options page's editor. */
export function editLinkHash(link: EditLink): string {
  const params = new URLSearchParams({ edit: link.kbId });
  if (link.entityId) params.set('entity', link.entityId);
  return `#${params.toString()}`;
}
