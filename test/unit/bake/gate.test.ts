// The bake loop with an injected clock: it reads until the bake's end, stops at the first breach,
// waits out transient read failures, stops on a refusal, and honours cancellation.
import { bake, type Breach } from '../../../src/bake/gate.js';
import { AbortedError, type Clock } from '../../../src/util/time.js';

/** A clock whose sleep only moves time forward (no real waiting). */
function steppedClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw new AbortedError();
      slept.push(ms);
      now += ms;
    },
  };
}

const breach: Breach = { title: 'Alarm a went to ALARM during the bake', message: 'a is in ALARM.', evidence: ['a: ALARM'] };
const options = (clock: Clock, signal = new AbortController().signal) => ({
  durationMs: 60_000,
  pollMs: 10_000,
  clock,
  signal,
  log: () => undefined,
  what: 'alarms',
});

describe('bake', () => {
  it('reads until the bake ends when nothing breaches, never sleeping past the end', async () => {
    const clock = steppedClock();
    const result = await bake(async () => undefined, options(clock));
    expect(result.breach).toBeUndefined();
    expect(result.unverified).toBeUndefined();
    // One read at the start, then one per interval (±10% jitter) until the end: 6 to 8 reads.
    expect(result.reads).toBeGreaterThanOrEqual(6);
    expect(result.reads).toBeLessThanOrEqual(8);
    expect(clock.now()).toBe(60_000);
  });

  it('stops at the first breach', async () => {
    const clock = steppedClock();
    let reads = 0;
    const result = await bake(async () => (++reads === 3 ? breach : undefined), options(clock));
    expect(result).toEqual({ breach, reads: 3 });
    expect(clock.now()).toBeLessThan(60_000);
  });

  it('waits out throttling and says when the end was not verified', async () => {
    const clock = steppedClock();
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } });
    const result = await bake(async () => {
      throw throttled;
    }, options(clock));
    expect(result.reads).toBe(0);
    expect(result.unverified).toBe('throttled');
  });

  it('a refusal (access denied) ends the bake with that error', async () => {
    const denied = Object.assign(new Error('not authorized to perform: cloudwatch:DescribeAlarms'), {
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 },
    });
    await expect(
      bake(async () => {
        throw denied;
      }, options(steppedClock())),
    ).rejects.toBe(denied);
  });

  it('a cancelled run stops the bake', async () => {
    const controller = new AbortController();
    const clock = steppedClock();
    let reads = 0;
    const run = bake(
      async () => {
        if (++reads === 2) controller.abort();
        return undefined;
      },
      options(clock, controller.signal),
    );
    await expect(run).rejects.toBeInstanceOf(AbortedError);
    expect(reads).toBe(2);
  });
});
