import type { DeploymentInfo } from '@aws-sdk/client-codedeploy';
import { terminationOutlastsDeadline, terminationWaitText } from '../../../src/codedeploy/watch.js';
import type { Clock } from '../../../src/util/time.js';

const at = (now: number): Clock => ({ now: () => now, sleep: async () => undefined });
const waiting = (minutes: number, started = true): DeploymentInfo => ({
  status: 'InProgress',
  instanceTerminationWaitTimeStarted: started,
  blueGreenDeploymentConfiguration: {
    terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: minutes },
  },
});

describe('terminationOutlastsDeadline', () => {
  it('ends the watch when the originals terminate after the deadline (the console default is 60 minutes)', () => {
    expect(terminationOutlastsDeadline(waiting(60), { clock: at(0), deadline: 30 * 60_000 })).toBe(true);
  });

  it('keeps following a termination wait that ends before the deadline', () => {
    expect(terminationOutlastsDeadline(waiting(5), { clock: at(0), deadline: 30 * 60_000 })).toBe(false);
    expect(terminationOutlastsDeadline(waiting(0), { clock: at(0), deadline: 1 })).toBe(false);
  });

  it('is false before the wait has begun and once the deployment has ended', () => {
    expect(terminationOutlastsDeadline(waiting(60, false), { clock: at(0), deadline: 1 })).toBe(false);
    expect(terminationOutlastsDeadline({ ...waiting(60), status: 'Succeeded' }, { clock: at(0), deadline: 1 })).toBe(false);
  });

  it('says how long the originals are kept', () => {
    expect(terminationWaitText(waiting(60))).toMatch(/60-minute termination wait/);
  });
});
