import { createAnnotator, createHighlightSink, type Annotator, type TypeStyle } from '../annotate';
import type { PageMention } from '../annotate/types';
import type { Entity, EntityType, KnowledgeBase } from '../kb/schema';
import { compileMatcher, toMatchEntities } from '../match';
import type { MentionItem } from '../messages';
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
  onMentionsChange?(mentions: readonly PageMention[]): void;
}

/** Seedlight running on one page: annotator, popover and the page's answers to messages. */
export interface Session {
  ready(): Promise<void>;
  mentions(): MentionItem[];
  pageMentions(): readonly PageMention[];
  reveal(index: number): boolean;
  navigate(direction: 'next' | 'previous'): void;
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
    firstOnly: options.density === 'first',
    onChange: (mentions) => options.onMentionsChange?.(mentions),
  });
  const popover: PopoverController = createPopover({
    doc,
    annotator,
    entity: (id) => entities.get(id),
    openSource: options.openSource,
  });
  annotator.start();

  return {
    ready: () => annotator.ready(),
    pageMentions: () => annotator.mentions(),
    mentions: () =>
      annotator.mentions().map(({ entityId, name, text }) => ({ entityId, name, text })),
    reveal(index) {
      const mention = annotator.mentions()[index];
      if (!mention) return false;
      popover.openFor(mention, { focus: true });
      return true;
    },
    navigate(direction) {
      if (direction === 'next') popover.next();
      else popover.previous();
    },
    stop() {
      popover.destroy();
      annotator.stop();
    },
  };
}
