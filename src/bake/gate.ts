// The bake gate: after a release succeeded, keep checking for a while and stop at the first
// breach. The loop knows nothing of AWS services: a check reads one thing (alarms, health) and
// says whether it breached. Bounded by the bake's own end, cancellable, and a flaky read is
// waited out the way the deployment watchers wait it out (backoff, never a failed run).
import { deadlineSignal } from '../aws/deadline.js';
import { awsErrorKind, briefAwsError, isTransientAwsError } from '../aws/errors.js';
import { AbortedError, nextDelay, type Clock } from '../util/time.js';

/** What broke during the bake, in words the run's failure and its diagnosis use. */
export interface Breach {
  /** Short headline: "Alarm web-5xx went to ALARM during the bake". */
  title: string;
  /** One sentence naming what breached and why (the alarm's state reason, the health cause). */
  message: string;
  /** Decisive evidence lines, most telling first (foreign text: shown inert by the reporter). */
  evidence: string[];
}

/** One read; undefined when all is well. `signal` bounds the read. */
export type BakeCheck = (signal: AbortSignal) => Promise<Breach | undefined>;

export interface BakeOptions {
  durationMs: number;
  pollMs: number;
  clock: Clock;
  signal: AbortSignal;
  log: (line: string) => void;
  /** What is watched, for the log: "3 alarms of shop/prod", "health of shop-prod". */
  what: string;
}

export interface BakeResult {
  breach?: Breach;
  /** Reads that answered. */
  reads: number;
  /** The last read's error when the bake ended while reads were failing (nothing was verified since). */
  unverified?: string;
}

/** The last read may take this long even when the bake's time is up (its answer still counts). */
export const FINAL_READ_MS = 10_000;

export async function bake(check: BakeCheck, o: BakeOptions): Promise<BakeResult> {
  const end = o.clock.now() + o.durationMs;
  let reads = 0;
  let failures = 0;
  o.log(`Baking for ${Math.round(o.durationMs / 1000)}s: watching ${o.what}.`);
  for (;;) {
    if (o.signal.aborted) throw new AbortedError();
    let unverified: string | undefined;
    try {
      const breach = await check(deadlineSignal(o.signal, Math.max(end - o.clock.now(), FINAL_READ_MS)));
      reads++;
      if (failures > 0) o.log(`Bake reads answer again after ${failures} failed read${failures > 1 ? 's' : ''}.`);
      failures = 0;
      if (breach) return { breach, reads };
    } catch (err) {
      if (o.signal.aborted) throw new AbortedError();
      // Only a definite refusal (access denied, not found) ends the bake early; a read cut off by
      // its own bound (the run was not cancelled) is a slow answer, waited out like the others.
      if (!isTransientAwsError(err) && awsErrorKind(err) !== 'aborted') throw err;
      unverified = briefAwsError(err);
      if (failures++ === 0) o.log(`Could not read ${o.what} (${unverified}); retrying until the bake ends.`);
    }
    const left = end - o.clock.now();
    if (left <= 0) return { reads, ...(unverified ? { unverified } : {}) };
    await o.clock.sleep(Math.min(nextDelay(o.pollMs, failures), left), o.signal);
  }
}
