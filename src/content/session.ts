import {
  createAnnotator,
  createHighlightSink,
  extraHighlightCss,
  type Annotator,
} from '../annotate';
import type { PageMention } from '../annotate/types';
import type { EntityType } from '../kb/schema';
import { compileMatcher } from '../match';
import type { MentionItem, RevealReply } from '../protocol';
import { createPopover, type PopoverController } from '../popover';
import type { PageIndex } from '../settings/page-index';
import type { Density, HighlightStyle } from '../settings/schema';
import type { CardDetails } from './card-details';
import { announceSettled, settleAwareScheduler } from './settle-signal';
import type { SourceRef } from '../source-view/source-ref';

export interface SessionOptions {
  doc: Document;
  /** The entities to find, from the page index built when the briefings last changed. */
  index: PageIndex;
  /** The entities' card details, loaded once the page's mentions are known. */
  details: CardDetails;
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

export function startSession(options: SessionOptions): Session {
  const { doc, highlightStyle } = options;
  const { index, details } = options;
  const entities = new Map(index.entities.map((entity) => [entity.id, entity]));
  const matchable = index.entities.filter((entity) => highlightStyle[entity.type] !== 'none');
  /** Loads the details of the entities on the page, so their cards open complete. */
  const loadDetails = (mentions: readonly PageMention[]): void => {
    void details.load(mentions.map((m) => m.entityId));
  };
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
    onChange: (mentions) => {
      loadDetails(mentions);
      options.onMentionsChange?.(mentions);
    },
  });
  const popover: PopoverController = createPopover({
    doc,
    annotator,
    entity: (id) => {
      const known = details.get(id);
      // A card opened before its details arrived is drawn again when they do.
      if (!known && entities.has(id)) void details.load([id]).then(() => popover.refresh());
      return known;
    },
    lookup: (id) => entities.get(id),
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
