import { ENTITY_TYPES, type EntityType } from '../kb/schema';
import { supportRule } from '../match/supported';
import type { Matcher } from '../match/types';
import { densityDrawer } from './density';
import { ACTIVE_HIGHLIGHT, highlightName, lightHighlightName } from './highlight-styles';
import type { MentionStore } from './mention-store';
import { isShadowRoot } from './node-rules';
import { pointIsInRange, textPositionAt } from './point-lookup';
import { sectionKeys } from './section-of';
import type { DrawingDensity, HighlightSink, HighlightStyle, PageMention } from './types';

/**
 * Most mentions listed and highlighted on the whole page: past a few thousand, ranges cost the
 * browser far more to paint than they help a reader.
 */
export const MAX_MENTIONS = 5000;

export interface PublisherOptions {
  doc: Document;
  store: MentionStore;
  matcher: Pick<Matcher, 'isSupported'>;
  sink: HighlightSink;
  highlightStyle?: Partial<Record<EntityType, HighlightStyle>> | undefined;
  density: DrawingDensity;
  onChange?: ((mentions: readonly PageMention[]) => void) | undefined;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * What the reader sees of the stored mentions: which are listed (strong ones, and weak ones the
 * support rule keeps, up to `MAX_MENTIONS`), how each is drawn (the density, the type's style),
 * the highlights themselves, the active highlight and which drawn mention is under a point.
 */
export class Publisher {
  /** Every mention published, drawn or not, in page order. */
  private listed: readonly PageMention[] = [];
  private listedSet = new Set<PageMention>();
  private shadowRoots: ShadowRoot[] | null = null;
  private readonly drawn = new Map<string, readonly Range[]>();
  private active: PageMention | null = null;
  private running = false;
  /** The highlight name of each type's fully drawn mentions; null when the type is not drawn. */
  private readonly fullName: Record<EntityType, string | null>;
  private readonly lightName: Record<EntityType, string>;
  private readonly names: string[];

  constructor(private readonly options: PublisherOptions) {
    const style = (type: EntityType) => options.highlightStyle?.[type];
    this.fullName = Object.fromEntries(
      ENTITY_TYPES.map((type) => {
        const chosen = style(type);
        return [type, chosen === 'none' ? null : highlightName(type, chosen)];
      }),
    ) as Record<EntityType, string | null>;
    this.lightName = Object.fromEntries(
      ENTITY_TYPES.map((type) => [type, lightHighlightName(type)]),
    ) as Record<EntityType, string>;
    this.names = [
      ...Object.values(this.fullName).filter((name): name is string => name !== null),
      ...Object.values(this.lightName),
    ];
  }

  start(): void {
    this.running = true;
  }

  mentions(): readonly PageMention[] {
    return this.listed;
  }

  /** Lists and draws the stored mentions if they changed; calls `onChange` when the list did. */
  publish(): void {
    const { store, matcher, density, sink } = this.options;
    if (!store.changed) return;
    store.changed = false;
    const isSupported = supportRule(matcher, store.strongEntities());
    const next: PageMention[] = [];
    const drawingOf = densityDrawer(density);
    const sectionOf = sectionKeys();
    let redrawn = false;
    const ranges = new Map<string, Range[]>(this.names.map((name) => [name, []]));
    for (const { weak, container, page } of store.all()) {
      if (next.length >= MAX_MENTIONS) break;
      if (!isSupported({ entityId: page.entityId, weak })) continue;
      const full = this.fullName[page.type];
      const drawing =
        full === null
          ? 'none'
          : drawingOf(
              page.entityId,
              density === 'calm' ? sectionOf(page.range.startContainer) : container,
            );
      if (page.drawn !== drawing) {
        page.drawn = drawing;
        redrawn = true;
      }
      next.push(page);
      if (drawing === 'none') continue;
      const name = drawing === 'full' ? full : this.lightName[page.type];
      if (name) ranges.get(name)?.push(page.range);
    }
    for (const [name, list] of ranges) {
      if (sameItems(this.drawn.get(name) ?? [], list)) continue;
      sink.set(name, list);
      this.drawn.set(name, list);
    }
    if (!redrawn && sameItems(this.listed, next)) return;
    this.listed = next;
    this.listedSet = new Set(next);
    this.shadowRoots = null;
    if (this.active && !this.listedSet.has(this.active)) this.setActive(null);
    this.options.onChange?.(this.listed);
  }

  /** Draws one listed mention with the active highlight, or none. */
  setActive(mention: PageMention | null): void {
    this.active = mention && this.listedSet.has(mention) ? mention : null;
    if (!this.running && !this.active) return;
    this.options.sink.set(ACTIVE_HIGHLIGHT, this.active ? [this.active.range] : []);
  }

  /** The drawn mention under a viewport point. */
  mentionAt(x: number, y: number): PageMention | null {
    const position = textPositionAt(this.options.doc, x, y, this.listedShadowRoots());
    if (!position) return null;
    for (const { page } of this.options.store.mentionsAround(position.node)) {
      if (page.drawn !== 'none' && this.listedSet.has(page) && pointIsInRange(page.range, x, y)) {
        return page;
      }
    }
    return null;
  }

  /** Forgets everything listed and takes every highlight down. */
  clear(): void {
    this.running = false;
    this.listed = [];
    this.listedSet = new Set();
    this.shadowRoots = null;
    this.drawn.clear();
    this.active = null;
    this.options.sink.clear();
  }

  private listedShadowRoots(): ShadowRoot[] {
    if (!this.shadowRoots) {
      const roots = new Set<ShadowRoot>();
      for (const mention of this.listed) {
        const root = mention.range.startContainer.getRootNode();
        if (isShadowRoot(root)) roots.add(root);
      }
      this.shadowRoots = [...roots];
    }
    return this.shadowRoots;
  }
}
