import {
  createAnnotator,
  type Annotator,
  type AnnotatorOptions,
  type PageMention,
} from '../../../src/annotate';
import type { EntityType } from '../../../src/kb/schema';
import type { Matcher, Span } from '../../../src/match/types';
import type { HighlightSink, Scheduler } from '../../../src/annotate/types';

export interface FakeEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Aliases that only count when the entity or a related one has a strong mention. */
  weakAliases?: string[];
  related?: string[];
}

export const ENTITIES: FakeEntity[] = [
  {
    id: 'xi-jinping',
    name: 'Xi Jinping',
    type: 'person',
    aliases: ['Xi Jinping', 'President Xi'],
    weakAliases: ['Xi'],
    related: ['china'],
  },
  { id: 'zelensky', name: 'Volodymyr Zelensky', type: 'person', aliases: ['Zelensky'] },
  { id: 'china', name: 'China', type: 'place', aliases: ['China', 'Beijing'] },
  { id: 'kremlin', name: 'Kremlin', type: 'organization', aliases: ['Kremlin'] },
  { id: 'peace-plan', name: 'Peace plan', type: 'other', aliases: ['peace plan'] },
];

export const ENTITY_MAP: ReadonlyMap<string, { name: string; type: EntityType }> = new Map(
  ENTITIES.map((e) => [e.id, { name: e.name, type: e.type }]),
);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A stand-in for the real matcher: whole-word aliases, longest first; as in the real one, a run
 * of whitespace in the text (newlines, no-break spaces) matches a space in an alias.
 */
export function fakeMatcher(entities: FakeEntity[] = ENTITIES): Matcher & { calls: string[] } {
  const aliases = entities
    .flatMap((e) => [
      ...e.aliases.map((alias) => ({ alias, id: e.id, weak: false })),
      ...(e.weakAliases ?? []).map((alias) => ({ alias, id: e.id, weak: true })),
    ])
    .sort((a, b) => b.alias.length - a.alias.length);
  const byAlias = new Map(aliases.map((a) => [a.alias, a]));
  const source = aliases.map((a) => escape(a.alias).replaceAll(' ', '\\s+')).join('|');
  const pattern = new RegExp(`\\b(?:${source})\\b`, 'g');
  const calls: string[] = [];
  return {
    calls,
    findSpans(text: string): Span[] {
      calls.push(text);
      return [...text.matchAll(pattern)].map((m) => {
        const alias = byAlias.get(m[0].replace(/\s+/g, ' '));
        if (!alias) throw new Error(`unknown alias ${m[0]}`);
        return { start: m.index, end: m.index + m[0].length, entityId: alias.id, weak: alias.weak };
      });
    },
    isSupported(entityId, strongOnPage) {
      const entity = entities.find((e) => e.id === entityId);
      return (
        strongOnPage.has(entityId) || (entity?.related ?? []).some((id) => strongOnPage.has(id))
      );
    },
  };
}

/** Records what would be drawn. */
export class RecordingSink implements HighlightSink {
  readonly drawn = new Map<string, readonly Range[]>();
  sets = 0;
  clears = 0;

  set(name: string, ranges: readonly Range[]): void {
    this.sets++;
    if (ranges.length === 0) this.drawn.delete(name);
    else this.drawn.set(name, [...ranges]);
  }

  clear(): void {
    this.clears++;
    this.drawn.clear();
  }

  ranges(): Range[] {
    return [...this.drawn.values()].flat();
  }
}

/**
 * Runs scheduled work only when told to, synchronously. The clock advances `tick` ms per reading,
 * so a test can make work outlast its budget.
 */
export class ManualScheduler implements Scheduler {
  private time = 0;
  private tasks: Array<{ kind: 'task' | 'frame' | 'timer'; run: () => void }> = [];
  readonly ran = { task: 0, frame: 0, timer: 0 };

  constructor(private readonly tick = 0) {}

  now(): number {
    this.time += this.tick;
    return this.time;
  }

  postTask(run: () => void): () => void {
    return this.enqueue('task', run);
  }

  requestFrame(run: () => void): () => void {
    return this.enqueue('frame', run);
  }

  setTimer(run: () => void, delayMs: number): () => void {
    return this.enqueue('timer', () => {
      this.time += delayMs;
      run();
    });
  }

  get pending(): number {
    return this.tasks.length;
  }

  /** Runs queued work, and the work it queues, until none is left. */
  flush(limit = 100_000): void {
    for (let i = 0; i < limit; i++) {
      const task = this.tasks.shift();
      if (!task) return;
      this.ran[task.kind]++;
      task.run();
    }
    throw new Error('scheduled work never settles');
  }

  private enqueue(kind: 'task' | 'frame' | 'timer', run: () => void): () => void {
    const task = { kind, run };
    this.tasks.push(task);
    return () => {
      this.tasks = this.tasks.filter((t) => t !== task);
    };
  }
}

/** Replaces a node's children with parsed HTML (tests only; the page's own markup in real use). */
export function setHtml(parent: Element | ShadowRoot, html: string): void {
  const range = document.createRange();
  range.selectNodeContents(document.body);
  parent.replaceChildren(range.createContextualFragment(html));
}

/** Lets the MutationObserver deliver its records. */
export function settleMutations(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * An annotator on `document` with the fake matcher, a recording sink and a manual scheduler
 * (`tick` ms per clock reading), started and run to the end of its first pass.
 */
export function startFakeAnnotator(
  tick = 0,
  onChange?: (mentions: readonly PageMention[]) => void,
  extra: Partial<Pick<AnnotatorOptions, 'density' | 'highlightStyle'>> = {},
): { annotator: Annotator; sink: RecordingSink; scheduler: ManualScheduler } {
  const sink = new RecordingSink();
  const scheduler = new ManualScheduler(tick);
  const annotator = createAnnotator({
    root: document,
    matcher: fakeMatcher(),
    entities: ENTITY_MAP,
    sink,
    scheduler,
    onChange,
    ...extra,
  });
  annotator.start();
  scheduler.flush();
  return { annotator, sink, scheduler };
}
