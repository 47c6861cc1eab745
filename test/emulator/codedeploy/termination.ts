// Blue/green: what becomes of the original (blue) instances once traffic is rerouted and they
// have run BeforeBlockTraffic/BlockTraffic/AfterBlockTraffic. Per the group's
// terminateBlueInstancesOnDeploymentSuccess (API reference, BlueInstanceTerminationOption):
// TERMINATE — "Instances are terminated after a specified wait time" (terminationWaitTimeInMinutes,
// at most 2880); KEEP_ALIVE — "left running after they are deregistered from the load balancer and
// removed from the deployment group". The deployment stays InProgress until the originals are
// terminated (DeploymentInfo.instanceTerminationWaitTimeStarted: "'false' if the KEEP_ALIVE option
// is specified. Otherwise, 'true' as soon as the termination wait period starts"); ContinueDeployment
// with deploymentWaitType TERMINATION_WAIT ends the wait early.
import type { Clock } from '../types.js';
import * as msg from './messages.js';
import type { DeploymentState, TargetState } from './model.js';

export interface RetireDeps {
  clock: Clock;
  /** Wait up to the given scenario seconds for ContinueDeployment(TERMINATION_WAIT). */
  waitForContinue(scenarioSeconds: number): Promise<boolean>;
  stopped(): boolean;
}

/** Keep or terminate the originals; returns once they are gone (or kept, or a stop ended the wait: then they stay). */
export async function retireOriginals(d: DeploymentState, originals: TargetState[], deps: RetireDeps): Promise<void> {
  const spec = d.blueGreen;
  const action = spec?.terminationAction ?? 'TERMINATE';
  if (action === 'KEEP_ALIVE') {
    d.originals = { action };
    d.statusMessages = [msg.originalsKept(originals.length)];
    return;
  }
  const minutes = spec?.terminationWaitTimeInMinutes ?? 0;
  d.originals = { action, waitStartedAt: deps.clock.now() };
  d.statusMessages = [msg.originalsTerminateIn(originals.length, minutes)];
  if (minutes > 0 && !d.skipTerminationWait) await deps.waitForContinue(minutes * 60);
  if (deps.stopped()) return;
  const now = deps.clock.now();
  for (const t of originals) t.lastUpdatedAt = now;
  d.originals.terminatedAt = now;
  d.statusMessages = [msg.originalsTerminated(originals.length)];
}
