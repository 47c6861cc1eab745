import type { EventDescription, EventSeverity } from '@aws-sdk/client-elastic-beanstalk';
import {
  EventCursor,
  INITIAL_MEMORY,
  eventLine,
  gateDecision,
  healthLevel,
  judge,
  type Memory,
  type Observation,
} from '../../../src/beanstalk/watch.js';
import { readyDecision } from '../../../src/beanstalk/environment.js';

const at = (s: number) => new Date(Date.UTC(2025, 5, 1, 12, 0, s));
const ev = (s: number, Message: string, Severity: EventSeverity = 'INFO'): EventDescription => ({
  EventDate: at(s),
  Message,
  Severity,
  EnvironmentName: 'shop-prod',
});

describe('EventCursor', () => {
  it('returns each event once, oldest first, across overlapping polls', () => {
    const cursor = new EventCursor([ev(0, 'before the update')]);
    // DescribeEvents answers newest first, and StartTime is inclusive.
    expect(cursor.take([ev(2, 'b'), ev(1, 'a'), ev(0, 'before the update')]).map((e) => e.Message)).toEqual(['a', 'b']);
    expect(cursor.startTime).toEqual(at(2));
    expect(cursor.take([ev(3, 'c'), ev(2, 'b2'), ev(2, 'b')]).map((e) => e.Message)).toEqual(['b2', 'c']);
    expect(cursor.take([ev(3, 'c')])).toEqual([]);
  });

  it('never shows events from before the baseline', () => {
    const cursor = new EventCursor([ev(5, 'last before')]);
    expect(cursor.take([ev(6, 'new'), ev(4, 'old')]).map((e) => e.Message)).toEqual(['new']);
  });

  it('starts from nothing when the environment had no events', () => {
    const cursor = new EventCursor();
    expect(cursor.startTime).toBeUndefined();
    expect(cursor.take([ev(1, 'x')])).toHaveLength(1);
  });
});

describe('eventLine', () => {
  it('colours errors red and warnings yellow, without workflow commands', () => {
    expect(eventLine(ev(1, 'Failed to deploy application.', 'ERROR'))).toBe(
      '\u001b[31m12:00:01 ERROR Failed to deploy application.\u001b[0m',
    );
    expect(eventLine(ev(1, 'Environment health has transitioned', 'WARN'))).toMatch(/^\u001b\[33m/);
    expect(eventLine(ev(1, 'Environment update is starting.'))).toBe('12:00:01 INFO  Environment update is starting.');
    expect(eventLine(ev(1, 'x', 'ERROR'))).not.toMatch(/^::/);
  });
});

describe('health gate', () => {
  it('prefers the enhanced status over the colour', () => {
    expect(healthLevel('Green', 'Severe')).toBe('red');
    expect(healthLevel('Red', undefined)).toBe('red');
    expect(healthLevel('Yellow', 'Warning')).toBe('yellow');
    expect(healthLevel('Grey', 'Pending')).toBe('grey');
    expect(healthLevel(undefined, undefined)).toBe('grey');
  });

  it.each([
    ['green', 'green', 'pass'],
    ['yellow', 'green', 'wait'],
    ['yellow', 'green-or-yellow', 'warn'],
    ['red', 'green-or-yellow', 'fail'],
    ['red', 'any', 'warn'],
    ['grey', 'green-or-yellow', 'wait'],
    ['grey', 'any', 'warn'],
  ] as const)('%s with gate %s → %s', (level, gate, decision) => {
    expect(gateDecision(level, gate)).toBe(decision);
  });
});

describe('judge', () => {
  const ready: Observation = {
    status: 'Ready',
    versionLabel: 'v2',
    color: 'Green',
    healthStatus: 'Ok',
    instances: undefined,
    errorEvents: [],
  };
  const updating: Observation = { ...ready, status: 'Updating', versionLabel: 'v1' };
  const run = (steps: Observation[], gate: 'green' | 'green-or-yellow' | 'any' = 'green-or-yellow') => {
    let m: Memory = INITIAL_MEMORY;
    const verdicts = [];
    for (const o of steps) {
      const v = judge(o, m, 'v2', gate);
      verdicts.push(v);
      if (v.kind !== 'continue') break;
      m = v.memory;
    }
    return verdicts;
  };

  it('succeeds on Ready + new version + green health read twice', () => {
    const v = run([updating, ready, ready]);
    expect(v.map((x) => x.kind)).toEqual(['continue', 'continue', 'success']);
  });

  it('fails at once on an ERROR event, whatever the status', () => {
    const v = run([{ ...updating, errorEvents: [ev(1, 'Instance deployment failed.', 'ERROR')] }]);
    expect(v[0]).toMatchObject({ kind: 'fail', failure: 'error-event', message: 'Instance deployment failed.' });
  });

  it('fails when the environment is back to Ready on another version (rollback)', () => {
    const v = run([updating, { ...ready, versionLabel: 'v1' }]);
    expect(v[1]).toMatchObject({ kind: 'fail', failure: 'rolled-back' });
  });

  it('gives a Ready environment a few polls to show the update before calling it a rollback', () => {
    const old = { ...ready, versionLabel: 'v1' };
    const v = run([old, old, old, old]);
    expect(v.map((x) => x.kind)).toEqual(['continue', 'continue', 'continue', 'fail']);
  });

  it('waits while some instance still runs another version', () => {
    const instances = [
      { id: 'i-1', version: 'v2', causes: [] },
      { id: 'i-2', version: 'v1', causes: [] },
    ];
    const v = run([updating, { ...ready, instances }]);
    expect(v[1]).toMatchObject({ kind: 'continue', waitingFor: expect.stringContaining('i-2: v1') });
  });

  it('fails on Severe health after the deploy, naming the instances', () => {
    const v = run([
      updating,
      {
        ...ready,
        color: 'Red',
        healthStatus: 'Severe',
        instances: [{ id: 'i-9', version: 'v2', color: 'Red', healthStatus: 'Severe', causes: [] }],
      },
    ]);
    expect(v[1]).toMatchObject({ kind: 'fail', failure: 'health', message: expect.stringContaining('i-9') });
  });

  it('passes Yellow with a warning under the default gate, and waits under green', () => {
    const yellow = { ...ready, color: 'Yellow', healthStatus: 'Warning' };
    expect(run([updating, yellow, yellow]).at(-1)).toMatchObject({ kind: 'success', warning: expect.stringContaining('Yellow') });
    expect(run([updating, yellow, yellow, yellow], 'green').map((x) => x.kind)).toEqual(['continue', 'continue', 'continue', 'continue']);
  });

  it('a health drop between the two reads resets the confirmation', () => {
    const severe = { ...ready, color: 'Red', healthStatus: 'Severe' };
    expect(run([updating, ready, severe]).at(-1)).toMatchObject({ kind: 'fail', failure: 'health' });
  });
});

describe('readyDecision', () => {
  it('waits on an update in progress, fails on a missing or foreign environment', () => {
    expect(readyDecision({ Status: 'Updating', ApplicationName: 'shop' }, 'shop', 'shop-prod').kind).toBe('wait');
    expect(readyDecision({ Status: 'Ready', ApplicationName: 'shop' }, 'shop', 'shop-prod').kind).toBe('ready');
    expect(readyDecision(undefined, 'shop', 'shop-prod')).toMatchObject({
      kind: 'fail',
      message: expect.stringContaining("'shop-prod' was not found"),
    });
    expect(readyDecision({ Status: 'Ready', ApplicationName: 'blog' }, 'shop', 'shop-prod').kind).toBe('fail');
    expect(readyDecision({ Status: 'Terminating', ApplicationName: 'shop' }, 'shop', 'shop-prod').kind).toBe('fail');
  });
});
