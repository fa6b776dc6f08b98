import {
  createAnnotator,
  createHighlightSink,
  extraHighlightCss,
  type Annotator,
} from '../annotate';
import type { PageMention } from '../annotate/types';
import type { EntityType, KnowledgeBase } from '../kb/schema';
import { unifyEntities, type UnifiedEntity } from '../kb/unify';
import { compileMatcher, toMatchEntity } from '../match';
import type { MentionItem, RevealReply } from '../protocol';
import { createPopover, type PopoverController } from '../popover';
import type { Density, HighlightStyle } from '../settings/schema';
import { announceSettled, settleAwareScheduler } from './settle-signal';
import type { SourceRef } from '../source-view/source-ref';

export type KbEntity = UnifiedEntity;

export interface SessionOptions {
  doc: Document;
  knowledgeBases: readonly KnowledgeBase[];
  /** How each type is drawn; a type drawn as 'none' is not highlighted at all. */
  highlightStyle: Record<EntityType, HighlightStyle>;
  /** How many of each entity's mentions are drawn. */
  density: Density;
  openSource(ref: SourceRef): void;
  /** Whether a knowledge base is one of the reader's own briefings (its entities can be edited). */
  isEditable?(kbId: string): boolean;
  editEntity?(ref: { kbId: string; entityId: string }): void;
  mute?(entities: readonly { kbId: string; entityId: string; name: string }[]): void;
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

/**
 * The page's entities by id: the entities of several briefings that name the same thing are
 * one (one highlight, one card with a section per briefing; see kb/unify).
 */
export function indexEntities(kbs: readonly KnowledgeBase[]): Map<string, KbEntity> {
  return new Map(unifyEntities(kbs).map((entity) => [entity.id, entity]));
}

export function startSession(options: SessionOptions): Session {
  const { doc, highlightStyle } = options;
  const entities = indexEntities(options.knowledgeBases);
  const matchable = [...entities.values()]
    .filter((entity) => highlightStyle[entity.type] !== 'none')
    .map(toMatchEntity);
  const annotator: Annotator = createAnnotator({
    root: doc,
    matcher: compileMatcher(matchable),
    entities,
    // The content script's manifest CSS styles the page itself (no recalculation when Seedlight starts).
    sink: createHighlightSink({
      styled: doc,
      extraCss: extraHighlightCss(doc.defaultView?.navigator.userAgent ?? ''),
    }),
    highlightStyle,
    density: options.density,
    scheduler: settleAwareScheduler(doc.defaultView ?? window, () => announceSettled(doc)),
    onChange: (mentions) => options.onMentionsChange?.(mentions),
  });
  const popover: PopoverController = createPopover({
    doc,
    annotator,
    entity: (id) => entities.get(id),
    openSource: options.openSource,
    ...(options.isEditable ? { isEditable: options.isEditable } : {}),
    ...(options.editEntity ? { editEntity: options.editEntity } : {}),
    ...(options.mute ? { mute: options.mute } : {}),
    // Focus mode's fading, in a sink of its own; its rule comes with the content script's CSS.
    focusSink: createHighlightSink({ styled: doc }),
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
