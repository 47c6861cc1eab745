// The pure judgements of the bake: which alarm breached, which names CloudWatch lacks, which
// health breaks the gate.
import { alarmBreach, missingAlarms } from '../../../src/bake/alarms.js';
import type { EnvironmentHealth, EnvironmentHealthStatus } from '@aws-sdk/client-elastic-beanstalk';
import { healthBreach } from '../../../src/bake/beanstalk.js';

describe('alarmBreach', () => {
  const since = new Date('2026-12-01T16:00:00Z');
  it('names the first alarm in ALARM with its state reason, and the others', () => {
    const b = alarmBreach(
      [
        { name: 'latency', state: 'OK', reason: 'fine' },
        { name: 'five-xx', state: 'ALARM', reason: 'Threshold Crossed: 12 > 5', since },
        { name: 'cpu', state: 'ALARM', reason: 'Threshold Crossed: 95 > 80' },
      ],
      'shop/prod',
    );
    expect(b?.title).toBe('Alarm five-xx went to ALARM during the bake');
    expect(b?.message).toBe(
      'CloudWatch alarm five-xx of deployment group shop/prod is in ALARM since 2026-12-01T16:00:00.000Z: Threshold Crossed: 12 > 5 Also in ALARM: cpu.',
    );
    expect(b?.evidence).toEqual(['five-xx: ALARM — Threshold Crossed: 12 > 5', 'cpu: ALARM — Threshold Crossed: 95 > 80']);
  });

  it('OK and INSUFFICIENT_DATA are no breach', () => {
    expect(
      alarmBreach(
        [
          { name: 'a', state: 'OK', reason: '' },
          { name: 'b', state: 'INSUFFICIENT_DATA', reason: '' },
        ],
        'g',
      ),
    ).toBeUndefined();
  });

  it('missingAlarms lists the names CloudWatch did not return', () => {
    expect(missingAlarms(['a', 'b', 'c'], [{ name: 'b', state: 'OK', reason: '' }])).toEqual(['a', 'c']);
  });
});

describe('healthBreach', () => {
  const env = (Health: EnvironmentHealth, HealthStatus?: EnvironmentHealthStatus) => ({
    EnvironmentName: 'shop-prod',
    Health,
    HealthStatus,
  });
  it('Red or Degraded/Severe breaks every gate but any', () => {
    expect(healthBreach(env('Red', 'Severe'), 'green-or-yellow', ['100 % of the requests are failing with HTTP 5xx.'])).toEqual({
      title: 'Health dropped to Red (Severe) during the bake',
      message:
        "Environment shop-prod went to health Red (Severe) during the bake; the gate 'green-or-yellow' does not allow it. Elastic Beanstalk says: 100 % of the requests are failing with HTTP 5xx.",
      evidence: ['100 % of the requests are failing with HTTP 5xx.'],
    });
    expect(healthBreach(env('Red', 'Degraded'), 'green')).toBeDefined();
    expect(healthBreach(env('Red', 'Severe'), 'any')).toBeUndefined();
  });

  it('Yellow breaks only the green gate; Grey (no data) breaks none', () => {
    expect(healthBreach(env('Yellow', 'Warning'), 'green')?.title).toBe('Health dropped to Yellow (Warning) during the bake');
    expect(healthBreach(env('Yellow', 'Warning'), 'green-or-yellow')).toBeUndefined();
    expect(healthBreach(env('Grey', 'NoData'), 'green')).toBeUndefined();
    expect(healthBreach(env('Green', 'Ok'), 'green')).toBeUndefined();
  });

  it('an environment gone during the bake is a breach', () => {
    expect(healthBreach(undefined, 'any')?.title).toBe('Environment gone during the bake');
  });
});
