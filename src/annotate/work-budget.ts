/** Share of one core that mutation-driven work may use on average (the first pass is not capped). */
export const CPU_SHARE = 0.1;
/** Milliseconds of work that may be spent at once after a quiet period. */
export const BURST_MS = 50;

/**
 * A token bucket over milliseconds of work: it refills at `share` ms per ms of wall time, up to
 * `burst`. A page that mutates without pause gets Seedlight's work spread out, not repeated.
 */
export class WorkBudget {
  private tokens: number;
  private refilledAt: number;

  constructor(
    now: number,
    private readonly share: number = CPU_SHARE,
    private readonly burst: number = BURST_MS,
  ) {
    this.tokens = burst;
    this.refilledAt = now;
  }

  /** Milliseconds to wait before work may run again; 0 when it may run now. */
  waitFor(now: number): number {
    this.tokens = Math.min(this.burst, this.tokens + (now - this.refilledAt) * this.share);
    this.refilledAt = now;
    return this.tokens > 0 ? 0 : Math.ceil(-this.tokens / this.share) + 1;
  }

  spend(ms: number): void {
    this.tokens -= ms;
  }
}
