import { renderTargetTable } from '../../src/report/deployment-table.js';
import { Timings } from '../../src/report/timings.js';
import { nextDelay } from '../../src/util/time.js';
import { parseInFlight } from '../../src/post-step.js';

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

describe('per-instance × per-event table', () => {
  it('puts failed instances first with each event’s status and duration', () => {
    const md = renderTargetTable([
      {
        instanceTarget: {
          targetId: 'i-ok',
          status: 'Succeeded',
          lifecycleEvents: [{ lifecycleEventName: 'AfterInstall', status: 'Succeeded', startTime: t(0), endTime: t(2) }],
        },
      },
      {
        instanceTarget: {
          targetId: 'i-bad',
          status: 'Failed',
          lifecycleEvents: [{ lifecycleEventName: 'AfterInstall', status: 'Failed', startTime: t(0), endTime: t(1) }],
        },
      },
    ]);
    expect(md.split('\n')).toEqual([
      '| Instance | Status | AfterInstall |',
      '|---|---|---|',
      '| i-bad | ❌ Failed | ❌ 1.0s |',
      '| i-ok | ✅ Succeeded | ✅ 2.0s |',
    ]);
  });
});

describe('timings', () => {
  it('records each phase even when it throws', async () => {
    let now = 0;
    const timings = new Timings(() => now);
    await timings.measure('Bundle', async () => void (now += 1500));
    await expect(timings.measure('Upload', async () => ((now += 20), Promise.reject(new Error('boom'))))).rejects.toThrow('boom');
    expect(timings.markdown()).toBe('⏱ Bundle 1.5 s · Upload 20 ms');
  });
});

describe('poll delay', () => {
  it('stays at one interval while not throttled and backs off to at most 8× when throttled', () => {
    expect(nextDelay(1000, 0, () => 0.5)).toBe(1000);
    expect(nextDelay(1000, 2, () => 0.5)).toBe(4000);
    expect(nextDelay(1000, 10, () => 1)).toBe(8800);
  });
});

describe('post step state', () => {
  it('acts only on a well-formed in-flight record', () => {
    expect(parseInFlight('')).toBeUndefined();
    expect(parseInFlight('{"service":"codedeploy"}')).toBeUndefined();
    expect(parseInFlight('not json')).toBeUndefined();
    expect(parseInFlight('{"service":"codedeploy","id":"d-1","region":"us-east-1"}')).toEqual({
      service: 'codedeploy',
      id: 'd-1',
      region: 'us-east-1',
    });
  });
});
