import { createAnnotator, createHighlightSink, type Annotator, type TypeStyle } from '../annotate';
import type { PageMention } from '../annotate/types';
import type { Entity, EntityType, KnowledgeBase } from '../kb/schema';
import { compileMatcher, toMatchEntities } from '../match';
import type { MentionItem, RevealReply } from '../messages';
import { createPopover, type PopoverController } from '../popover';
import type { Density, HighlightStyle } from '../settings/schema';

export type KbEntity = Entity & { kbId: string };

export interface SessionOptions {
  doc: Document;
  knowledgeBases: readonly KnowledgeBase[];
  /** How each type is drawn; a type drawn as 'none' is not highlighted at all. */
  highlightStyle: Record<EntityType, HighlightStyle>;
  /** How many of each entity's mentions are drawn. */
  density: Density;
  openSource(ref: { kbId: string; source: string; start: number; end: number }): void;
  /** Whether a knowledge base is one of the reader's own briefings (its entities can be edited). */
  isEditable?(kbId: string): boolean;
  editEntity?(ref: { kbId: string; entityId: string }): void;
  onMentionsChange?(mentions: readonly PageMention[]): void;
}

/** Seedlight running on one page: annotator, popover and the page's answers to messages. */
export interface Session {
  ready(): Promise<void>;
  mentions(): MentionItem[];
  pageMentions(): readonly PageMention[];
  /** Goes to the mention at `index` of `mentions()`; resolves once its card shows, or why not. */
  reveal(index: number): Promise<RevealReply>;
  navigate(direction: 'next' | 'previous'): Promise<unknown>;
  stop(): void;
}

/** Indexes entities by id; when knowledge bases share an id, the first one wins, as in the matcher. */
export function indexEntities(kbs: readonly KnowledgeBase[]): Map<string, KbEntity> {
  const byId = new Map<string, KbEntity>();
  for (const kb of kbs) {
    for (const entity of kb.entities) {
      if (!byId.has(entity.id)) byId.set(entity.id, { ...entity, kbId: kb.id });
    }
  }
  return byId;
}

/** The settings' per-type styles as highlight rules ('none' types are left out of matching). */
function typeStyles(styles: Record<EntityType, HighlightStyle>): Record<EntityType, TypeStyle> {
  const drawn = (style: HighlightStyle): TypeStyle => (style === 'none' ? 'both' : style);
  return {
    person: drawn(styles.person),
    place: drawn(styles.place),
    organization: drawn(styles.organization),
    other: drawn(styles.other),
  };
}

export function startSession(options: SessionOptions): Session {
  const { doc, highlightStyle } = options;
  const entities = indexEntities(options.knowledgeBases);
  const matchable = toMatchEntities(options.knowledgeBases).filter(
    (entity) => highlightStyle[entity.type] !== 'none',
  );
  const annotator: Annotator = createAnnotator({
    root: doc,
    matcher: compileMatcher(matchable),
    entities,
    // The content script's manifest CSS styles the page itself (no recalculation when Seedlight starts).
    sink: createHighlightSink({ styled: doc }),
    typeStyles: typeStyles(highlightStyle),
    density: options.density,
    onChange: (mentions) => options.onMentionsChange?.(mentions),
  });
  const popover: PopoverController = createPopover({
    doc,
    annotator,
    entity: (id) => entities.get(id),
    openSource: options.openSource,
    ...(options.isEditable ? { isEditable: options.isEditable } : {}),
    ...(options.editEntity ? { editEntity: options.editEntity } : {}),
  });
  annotator.start();

  return {
    ready: () => annotator.ready(),
    pageMentions: () => annotator.mentions(),
    mentions: () =>
      annotator
        .mentions()
        .map(({ entityId, name, text, drawn }) => ({ entityId, name, text, drawn })),
    async reveal(index) {
      const outcome = await popover.reveal(annotator.mentions()[index], { focus: true });
      return outcome === 'removed' ? { revealed: false, reason: 'removed' } : { revealed: true };
    },
    navigate: (direction) => (direction === 'next' ? popover.next() : popover.previous()),
    stop() {
      popover.destroy();
      annotator.stop();
    },
  };
}
