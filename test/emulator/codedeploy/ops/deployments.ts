// Deployments: CreateDeployment, GetDeployment, BatchGetDeployments, ListDeployments,
// StopDeployment, ContinueDeployment, SkipWaitTimeForInstanceTermination. runs.ts starts and
// finishes them; engine.ts runs them.
import { cdErr } from '../errors.js';
import { app, deployment, description, group, names, paged, revision, str } from '../lookup.js';
import * as msg from '../messages.js';
import { ACTIVE_STATUSES, type DeploymentState, type GroupState } from '../model.js';
import type { DeploymentRuns } from '../runs.js';
import * as wire from '../wire.js';
import type { OpContext, Operations } from './context.js';

const STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Succeeded', 'Failed', 'Stopped', 'Ready'];

export function deploymentOperations(c: OpContext, runs: DeploymentRuns): Operations {
  const { state, configs } = c;
  return {
    async CreateDeployment(input) {
      const appName = app(state, input);
      const g = group(state, appName, input);
      const r = revision(input);
      const configName = str(input.deploymentConfigName) ?? g.deploymentConfigName;
      const config = configs.get(configName);
      if (!config) throw cdErr('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${configName}`);
      const text = description(input);
      const feb = input.fileExistsBehavior;
      if (feb !== undefined && feb !== 'DISALLOW' && feb !== 'OVERWRITE' && feb !== 'RETAIN')
        throw cdErr(
          'InvalidFileExistsBehaviorException',
          `Invalid fileExistsBehavior: ${String(feb)}. Valid values are DISALLOW, OVERWRITE and RETAIN.`,
        );
      const active = runs.activeOn(g);
      if (active) throw cdErr('DeploymentLimitExceededException', msg.activeDeployment(g.name, active.id));
      // CodeDeploy reads the object's metadata before accepting the deployment.
      const head = await c.emu.store.getObject(r.bucket, r.key, r.version).catch(() => null);
      if (!head)
        throw cdErr(
          'InvalidRevisionException',
          'Unable to get object metadata from S3. Check object key, region and/or access permissions.',
        );
      // Checked again after the await above: a concurrent CreateDeployment may have started one since.
      const started = runs.activeOn(g);
      if (started) throw cdErr('DeploymentLimitExceededException', msg.activeDeployment(g.name, started.id));
      const arc = input.autoRollbackConfiguration as { enabled?: boolean; events?: string[] } | undefined;
      const d = runs.start(g, config, r, {
        creator: 'user',
        ...(text !== undefined ? { description: text } : {}),
        ignoreApplicationStopFailures: input.ignoreApplicationStopFailures === true,
        ...(feb !== undefined ? { fileExistsBehavior: feb } : {}),
        ...(arc ? { autoRollback: { enabled: arc.enabled === true, events: arc.events ?? [] } } : {}),
        updateOutdatedInstancesOnly: input.updateOutdatedInstancesOnly === true,
      });
      return { deploymentId: d.id };
    },

    GetDeployment(input) {
      return { deploymentInfo: wire.deploymentInfo(deployment(state, input)) };
    },

    BatchGetDeployments(input) {
      const ids = names(input.deploymentIds, 'DeploymentId', 25);
      return {
        deploymentsInfo: ids.filter((id) => state.deployments.has(id)).map((id) => wire.deploymentInfo(state.deployments.get(id)!)),
      };
    },

    ListDeployments(input) {
      let appName: string | undefined;
      let g: GroupState | undefined;
      if (input.applicationName !== undefined) appName = app(state, input);
      if (input.deploymentGroupName !== undefined) {
        if (!appName)
          throw cdErr(
            'ApplicationNameRequiredException',
            'An application name must be specified when a deployment group name is specified.',
          );
        g = group(state, appName, input);
      }
      const statuses = input.includeOnlyStatuses as unknown[] | undefined;
      for (const s of statuses ?? [])
        if (!STATUSES.includes(String(s))) throw cdErr('InvalidDeploymentStatusException', `Invalid deployment status: ${String(s)}`);
      const range = input.createTimeRange as { start?: number; end?: number } | undefined;
      const ids = state.order.filter((id) => {
        const d = state.deployments.get(id) as DeploymentState;
        if (appName && d.applicationName !== appName) return false;
        if (g && d.groupName !== g.name) return false;
        if (statuses?.length && !statuses.includes(d.status)) return false;
        if (range?.start !== undefined && d.createTime < range.start * 1000) return false;
        if (range?.end !== undefined && d.createTime > range.end * 1000) return false;
        return true;
      });
      return paged('deployments', ids, input, c.settings.pageSize);
    },

    StopDeployment(input) {
      const d = deployment(state, input);
      if (!ACTIVE_STATUSES.has(d.status)) throw cdErr('DeploymentAlreadyCompletedException', `Deployment ${d.id} has already completed.`);
      const run = runs.run(d.id);
      if (run) run.requestStop();
      else {
        // A synthetic (fault) deployment has no run: stop it here.
        d.status = 'Stopped';
        d.completeTime = c.emu.clock.now();
        d.errorInformation = { code: 'MANUAL_STOP', message: msg.MANUAL_STOP };
        for (const t of d.targets.values()) t.status = 'Skipped';
      }
      if (input.autoRollbackEnabled === true) {
        // Roll back once the stop has taken effect (complete() sees the flag).
        d.rollbackOnStop = true;
        if (!run) runs.complete(d);
      }
      return { status: 'Pending', statusMessage: 'Stopping Pending. Stopping to schedule commands in the deployment instances' };
    },

    ContinueDeployment(input) {
      const d = deployment(state, input);
      const waitType = input.deploymentWaitType ?? 'READY_WAIT';
      if (waitType !== 'READY_WAIT' && waitType !== 'TERMINATION_WAIT')
        throw cdErr('InvalidDeploymentWaitTypeException', `The wait type ${String(waitType)} is invalid.`);
      if (d.deploymentType !== 'BLUE_GREEN')
        throw cdErr('UnsupportedActionForDeploymentTypeException', 'ContinueDeployment is supported only for blue/green deployments.');
      if (!ACTIVE_STATUSES.has(d.status)) throw cdErr('DeploymentAlreadyCompletedException', `Deployment ${d.id} has already completed.`);
      if (waitType === 'READY_WAIT' && d.status !== 'Ready')
        throw cdErr('DeploymentIsNotInReadyStateException', `Deployment ${d.id} is not in Ready state.`);
      // TERMINATION_WAIT: "the traffic is shifted, but the original target is not terminated" (API reference).
      if (!runs.run(d.id)?.continueDeployment(waitType))
        throw cdErr('DeploymentIsNotInReadyStateException', `Deployment ${d.id} is not waiting to terminate its original instances.`);
      return {};
    },

    // Deprecated in favour of ContinueDeployment(TERMINATION_WAIT); the same, also before the wait began.
    SkipWaitTimeForInstanceTermination(input) {
      const d = deployment(state, input);
      if (d.deploymentType !== 'BLUE_GREEN')
        throw cdErr('UnsupportedActionForDeploymentTypeException', 'Only a blue/green deployment waits to terminate instances.');
      if (!ACTIVE_STATUSES.has(d.status)) throw cdErr('DeploymentAlreadyCompletedException', `Deployment ${d.id} has already completed.`);
      d.skipTerminationWait = true;
      runs.run(d.id)?.continueDeployment('TERMINATION_WAIT');
      return {};
    },
  };
}
