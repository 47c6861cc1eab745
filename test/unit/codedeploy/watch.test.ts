import type { DeploymentInfo, DeploymentTarget } from '@aws-sdk/client-codedeploy';
import { progressLines, targetId } from '../../../src/codedeploy/watch.js';

const at = (s: number) => new Date(Date.UTC(2026, 10, 23, 9, 0, s));
function target(id: string, events: [string, string][], label?: 'Blue' | 'Green'): DeploymentTarget {
  return {
    deploymentTargetType: 'InstanceTarget',
    instanceTarget: {
      targetId: id,
      status: events.some(([, s]) => s === 'Failed') ? 'Failed' : 'InProgress',
      instanceLabel: label,
      lifecycleEvents: events.map(([name, status], i) => ({
        lifecycleEventName: name,
        status: status as 'Succeeded',
        startTime: at(i),
        endTime: at(i + 1),
      })),
    },
  };
}
const info = (o: Partial<Record<'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped', number>>): DeploymentInfo => ({
  deploymentOverview: o,
});

describe('progressLines', () => {
  it('says what changed since the previous read, once', () => {
    const before = new Map([
      [
        'i-1',
        target('i-1', [
          ['ApplicationStop', 'Succeeded'],
          ['AfterInstall', 'Pending'],
        ]),
      ],
    ]);
    const fresh = [
      target('i-1', [
        ['ApplicationStop', 'Succeeded'],
        ['AfterInstall', 'Succeeded'],
      ]),
    ];
    expect(progressLines(before, fresh, info({ Succeeded: 3, InProgress: 7 }))).toEqual([
      '09:00:02 i-1 AfterInstall Succeeded in 1.0 s',
      '3/10 instances done',
    ]);
    const next = new Map(fresh.map((t) => [targetId(t), t]));
    expect(progressLines(next, fresh, info({ Succeeded: 3, InProgress: 7 }))).toEqual(['3/10 instances done']);
  });

  it('names original and replacement instances in blue/green deployments', () => {
    const lines = progressLines(new Map(), [target('i-9', [['AllowTraffic', 'Succeeded']], 'Green')], info({ Succeeded: 1 }));
    expect(lines).toEqual(['09:00:01 i-9 [replacement] AllowTraffic Succeeded in 1.0 s', '1/1 instances done']);
  });

  it('keeps only failures per instance on large fleets, and counts them', () => {
    const fleet = Array.from({ length: 60 }, (_, i) => target(`i-${i}`, [['AfterInstall', i === 7 ? 'Failed' : 'Succeeded']]));
    expect(progressLines(new Map(), fleet, info({ Succeeded: 59, Failed: 1 }))).toEqual([
      '09:00:01 i-7 AfterInstall Failed in 1.0 s',
      '60/60 instances done (1 failed)',
    ]);
  });

  it('prints events noticed in one read in the order they happened, each with its own time, then the overview once', () => {
    // Read late: i-2 finished DownloadBundle before i-1 started its ApplicationStop.
    const late = [
      target('i-1', [
        ['ApplicationStop', 'Succeeded'],
        ['DownloadBundle', 'Succeeded'],
      ]),
      {
        instanceTarget: {
          targetId: 'i-2',
          status: 'InProgress',
          lifecycleEvents: [{ lifecycleEventName: 'DownloadBundle', status: 'Succeeded', startTime: at(-3), endTime: at(-2) }],
        },
      } as DeploymentTarget,
    ];
    expect(progressLines(new Map(), late, info({ Succeeded: 0, InProgress: 2 }))).toEqual([
      '08:59:58 i-2 DownloadBundle Succeeded in 1.0 s',
      '09:00:01 i-1 ApplicationStop Succeeded in 1.0 s',
      '09:00:02 i-1 DownloadBundle Succeeded in 1.0 s',
      '0/2 instances done',
    ]);
  });

  it('reports an instance skipped as a whole in one line', () => {
    const skipped: DeploymentTarget = {
      instanceTarget: {
        targetId: 'i-2',
        status: 'Skipped',
        lifecycleEvents: ['ApplicationStop', 'DownloadBundle', 'Install'].map((n) => ({
          lifecycleEventName: n,
          status: 'Skipped' as const,
        })),
      },
    };
    expect(progressLines(new Map(), [skipped], info({ Failed: 1, Skipped: 1 }))).toEqual(['i-2 skipped', '2/2 instances done (1 failed)']);
    expect(progressLines(new Map([['i-2', skipped]]), [skipped], info({ Failed: 1, Skipped: 1 }))).toEqual([
      '2/2 instances done (1 failed)',
    ]);
  });
});
