// The post step's own bound: it runs after a cancel, when the runner gives little time, so every
// call it makes is cut off at 5 s and the whole step at 60 s, whatever AWS does.

export const POST_BUDGET_MS = 60_000;
export const POST_CALL_MS = 5_000;

export class Budget {
  private readonly end: number;

  constructor(ms = POST_BUDGET_MS, now: () => number = Date.now) {
    this.now = now;
    this.end = now() + ms;
  }

  private readonly now: () => number;

  remaining(): number {
    return Math.max(0, this.end - this.now());
  }

  /** The abort signal for one call: at most POST_CALL_MS, never past the budget. */
  signal(): AbortSignal {
    return AbortSignal.timeout(Math.max(1, Math.min(POST_CALL_MS, this.remaining())));
  }
}
