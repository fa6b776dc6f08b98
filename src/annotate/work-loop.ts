import type { Scheduler } from './types';
import { WorkBudget } from './work-budget';

/** Longest slice of the first pass; the browser runs the page's tasks between slices. */
export const SLICE_BUDGET_MS = 10;
/** Longest piece of mutation-driven work in one animation frame. */
export const FRAME_BUDGET_MS = 8;
/** A first pass that runs longer draws what it has found this often (each redraw costs the browser). */
export const FIRST_PASS_DRAW_INTERVAL_MS = 100;

export interface WorkLoopOptions {
  scheduler: Scheduler;
  /** The next piece of work once the current one is done, or null when nothing is pending. */
  nextWork(): Generator<void> | null;
  /** Whether work is pending that `nextWork` would hand out. */
  hasPending(): boolean;
  /** Shows what the work found; called at the end of slices. */
  publish(): void;
}

/**
 * When the annotator works. The first pass runs in slices of `SLICE_BUDGET_MS`, one task each,
 * drawing what it found every `FIRST_PASS_DRAW_INTERVAL_MS`. Later work (the page's changes)
 * runs in animation frames, `FRAME_BUDGET_MS` at most each, and within a CPU budget over time
 * (see WorkBudget). A failure drops the piece of work it happened in, not the loop.
 */
export class WorkLoop {
  private running = false;
  private current: Generator<void> | null = null;
  private firstPassDone = false;
  private cancelRun: (() => void) | null = null;
  private drawnAt = -Infinity;
  private budget: WorkBudget;
  private settleReady: () => void = () => undefined;
  private readyPromise = Promise.resolve();
  private settledWaiters: Array<() => void> = [];

  constructor(private readonly options: WorkLoopOptions) {
    this.budget = new WorkBudget(options.scheduler.now());
  }

  /** Starts with the first pass; later work is taken from `nextWork` once it is scheduled. */
  start(firstPass: Generator<void>): void {
    const { scheduler } = this.options;
    this.running = true;
    this.firstPassDone = false;
    this.readyPromise = new Promise((resolve) => {
      this.settleReady = resolve;
    });
    this.budget = new WorkBudget(scheduler.now());
    // A pass that ends within the interval draws once, at its end: every redraw costs the browser.
    this.drawnAt = scheduler.now();
    this.current = firstPass;
    this.schedule();
  }

  /** Cancels all work; `ready()` and `whenSettled()` resolve. */
  stop(): void {
    this.running = false;
    this.cancelRun?.();
    this.cancelRun = null;
    this.current = null;
    this.settleReady();
    this.settle();
  }

  /** Resolves once the first full pass is done (or the loop stopped). */
  ready(): Promise<void> {
    return this.readyPromise;
  }

  /**
   * Resolves once no work is pending and what was found is published: the first pass done and
   * every change seen so far read (or the loop stopped).
   */
  whenSettled(): Promise<void> {
    if (!this.running || (this.firstPassDone && !this.hasWork())) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  /** Asks for a run when there is work to do and none is scheduled. */
  schedule(): void {
    const { scheduler } = this.options;
    if (!this.running || this.cancelRun || !this.hasWork()) return;
    if (!this.firstPassDone) {
      this.cancelRun = scheduler.postTask(() => this.run());
      return;
    }
    const wait = this.budget.waitFor(scheduler.now());
    this.cancelRun =
      wait > 0
        ? scheduler.setTimer(() => {
            this.cancelRun = null;
            this.schedule();
          }, wait)
        : scheduler.requestFrame(() => this.run());
  }

  private hasWork(): boolean {
    return this.current !== null || this.options.hasPending();
  }

  private run(): void {
    const { scheduler } = this.options;
    this.cancelRun = null;
    if (!this.running) return;
    const capped = this.firstPassDone;
    const started = scheduler.now();
    const deadline = started + (capped ? FRAME_BUDGET_MS : SLICE_BUDGET_MS);
    do {
      if (!this.current) {
        this.current = this.options.nextWork();
        if (!this.current) break;
      }
      let done: boolean | undefined;
      try {
        done = this.current.next().done;
      } catch (error) {
        // A failure drops this piece of work only; it is reported without stopping the loop.
        done = true;
        queueMicrotask(() => {
          throw error;
        });
      }
      if (done) {
        this.current = null;
        if (!this.firstPassDone) {
          this.firstPassDone = true;
          this.settleReady();
        }
      }
    } while (scheduler.now() < deadline);
    const now = scheduler.now();
    if (this.firstPassDone || now - this.drawnAt >= FIRST_PASS_DRAW_INTERVAL_MS) {
      this.drawnAt = now;
      this.options.publish();
    }
    if (capped) this.budget.spend(scheduler.now() - started);
    if (this.firstPassDone && !this.hasWork()) this.settle();
    this.schedule();
  }

  private settle(): void {
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
