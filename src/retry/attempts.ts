// The retry loop of `retries: N`: run an attempt, and when it failed, start another only while
// the failure's verdict is transient, retries are left and the step's deadline leaves room.
// Knows nothing of CodeDeploy: the caller supplies the attempt and the verdict.
import type { Clock } from '../util/time.js';
import type { Verdict } from './transient.js';

export interface RetryPolicy {
  /** New attempts allowed after the first (0: never retry). */
  retries: number;
  /** Clock ms after which no new attempt starts. */
  deadline: number;
  /** Pause before a new attempt (throttling and internal errors clear with time). */
  pauseMs: number;
  clock: Clock;
  signal?: AbortSignal;
  log: (line: string) => void;
}

/** What happened to one attempt, for the summary. */
export interface AttemptRecord<T> {
  /** 1-based. */
  n: number;
  result: T;
  /** Undefined when the attempt succeeded. */
  verdict?: Verdict;
  /** A new attempt followed this one. */
  retried: boolean;
  /** Why it was or was not retried, one phrase. */
  note: string;
}

/**
 * Runs `attempt` until it succeeds (`verdictOf` answers undefined) or must not be retried.
 * Returns every attempt, the last one final. Errors thrown by `attempt` (cancel, timeout) end the loop.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  attempt: (n: number) => Promise<T>,
  verdictOf: (result: T) => Verdict | undefined,
): Promise<AttemptRecord<T>[]> {
  const records: AttemptRecord<T>[] = [];
  for (let n = 1; ; n++) {
    const result = await attempt(n);
    const verdict = verdictOf(result);
    const record: AttemptRecord<T> = { n, result, verdict, retried: false, note: '' };
    records.push(record);
    if (!verdict) {
      record.note = 'succeeded';
      return records;
    }
    const left = policy.retries - (n - 1);
    if (!verdict.transient) record.note = `not retried: ${verdict.reason}`;
    else if (left <= 0)
      record.note = `transient (${verdict.reason}), not retried: ${policy.retries === 0 ? 'retries is 0' : `all ${policy.retries} retries used`}`;
    else if (policy.clock.now() + policy.pauseMs >= policy.deadline)
      record.note = `transient (${verdict.reason}), not retried: the timeout leaves no time for another deployment`;
    else {
      record.retried = true;
      record.note = `retried: ${verdict.reason}`;
    }
    if (!record.retried) return records;
    policy.log(
      `Attempt ${n} failed for a transient cause (${verdict.reason}); starting attempt ${n + 1} of at most ${policy.retries + 1}.`,
    );
    await policy.clock.sleep(policy.pauseMs, policy.signal);
  }
}
