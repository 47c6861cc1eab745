// The retry loop: how many attempts run and what each record says, with a clock that never sleeps.
import { withRetries, type RetryPolicy } from '../../../src/retry/attempts.js';
import type { Verdict } from '../../../src/retry/transient.js';

const TRANSIENT: Verdict = { transient: true, reason: 'AWS reported an internal error or throttled the deployment', causes: [] };
const PERMANENT: Verdict = { transient: false, reason: 'script-failed is not transient: the same revision would fail again', causes: [] };

function policy(retries: number, deadline = 1_000_000): RetryPolicy & { slept: number[]; lines: string[] } {
  let now = 0;
  const slept: number[] = [];
  const lines: string[] = [];
  return {
    retries,
    deadline,
    pauseMs: 100,
    clock: { now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) },
    log: (l) => lines.push(l),
    slept,
    lines,
  };
}

/** Attempts that end as `outcomes` says, in order ('ok' or a verdict). */
function script(outcomes: (Verdict | 'ok')[]) {
  const calls: number[] = [];
  const attempt = async (n: number) => {
    calls.push(n);
    return outcomes[n - 1] ?? 'ok';
  };
  const verdictOf = (r: Verdict | 'ok') => (r === 'ok' ? undefined : r);
  return { calls, attempt, verdictOf };
}

describe('withRetries', () => {
  it('retries a transient failure and stops at the first success', async () => {
    const p = policy(2);
    const s = script([TRANSIENT, 'ok']);
    const records = await withRetries(p, s.attempt, s.verdictOf);
    expect(s.calls).toEqual([1, 2]);
    expect(records.map((r) => [r.n, r.retried, r.note])).toEqual([
      [1, true, 'retried: AWS reported an internal error or throttled the deployment'],
      [2, false, 'succeeded'],
    ]);
    expect(p.slept).toEqual([100]);
    expect(p.lines).toEqual([expect.stringMatching(/^Attempt 1 failed for a transient cause .*; starting attempt 2 of at most 3\.$/)]);
  });

  it('never retries a permanent failure', async () => {
    const s = script([PERMANENT, 'ok']);
    const records = await withRetries(policy(3), s.attempt, s.verdictOf);
    expect(s.calls).toEqual([1]);
    expect(records[0]).toMatchObject({ retried: false, note: `not retried: ${PERMANENT.reason}` });
  });

  it('stops when the retries are used up, and says so', async () => {
    const s = script([TRANSIENT, TRANSIENT, TRANSIENT]);
    const records = await withRetries(policy(1), s.attempt, s.verdictOf);
    expect(s.calls).toEqual([1, 2]);
    expect(records[1]?.note).toMatch(/^transient \(.*\), not retried: all 1 retries used$/);
    const none = script([TRANSIENT]);
    const zero = await withRetries(policy(0), none.attempt, none.verdictOf);
    expect(zero[0]?.note).toMatch(/not retried: retries is 0$/);
  });

  it('starts no attempt the timeout leaves no room for', async () => {
    const s = script([TRANSIENT, 'ok']);
    const records = await withRetries(policy(3, 50), s.attempt, s.verdictOf);
    expect(s.calls).toEqual([1]);
    expect(records[0]?.note).toMatch(/the timeout leaves no time for another deployment$/);
  });

  it('lets a cancel or timeout thrown by an attempt end the loop', async () => {
    const p = policy(3);
    await expect(
      withRetries(
        p,
        async () => {
          throw new Error('cancelled');
        },
        () => TRANSIENT,
      ),
    ).rejects.toThrow('cancelled');
  });
});
