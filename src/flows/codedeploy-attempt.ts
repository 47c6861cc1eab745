// One CodeDeploy deployment of a registered revision: create it (recorded in flight first, for the
// post step), follow it to its end and any rollback CodeDeploy started, and read the facts of its
// failed targets. The release (codedeploy.ts) runs one per attempt; a cancel or the timeout throws.
import type { CodeDeployClient, DeploymentInfo, DeploymentTarget, RevisionLocation } from '@aws-sdk/client-codedeploy';
import { Outputs } from '../constants.js';
import { DeploymentTimedOut } from '../errors.js';
import { saveInFlight } from '../in-flight.js';
import type { CodeDeploySettings } from '../settings/index.js';
import { startDeployment, getDeployment } from '../codedeploy/release.js';
import { watchDeployment, readTargets, targetOf, type WatchResult } from '../codedeploy/watch.js';
import { consoleUrl } from '../codedeploy/console.js';
import type { FailureFacts } from '../types.js';
import { AbortedError } from '../util/time.js';
import type { FlowDeps } from './codedeploy.js';

export interface AttemptPlan {
  client: CodeDeployClient;
  /** CreateDeployment is never retried by the SDK: see release.ts (lost responses). */
  createOnce: CodeDeployClient;
  revision: RevisionLocation;
  description: string;
  /** Unique per attempt: a retry is a new deployment, found again by its own token. */
  token: string;
  deadline: number;
}

export interface Attempt {
  deploymentId: string;
  watched: WatchResult;
  /** The end state, re-read after the watch (a rollback may have been started on our behalf). */
  info: DeploymentInfo;
  rollback?: DeploymentInfo;
  targets: DeploymentTarget[];
  failedIds: string[];
  /** Succeeded, left waiting for traffic rerouting, or rerouted with the originals' termination wait left. */
  succeeded: boolean;
  /** What the diagnosis reads; only failed targets, and only when something failed. */
  facts?: FailureFacts;
}

export async function deployOnce(s: CodeDeploySettings, deps: FlowDeps, plan: AttemptPlan): Promise<Attempt> {
  const { clock, signal, report } = deps;
  const { client, token } = plan;
  const record = { service: 'codedeploy' as const, region: s.region, token, application: s.application, group: s.deploymentGroup };
  // The intent is recorded before CreateDeployment is sent: a cancel while it is in flight
  // still lets the post step find the deployment by its token and stop it.
  saveInFlight(report, { ...record, since: Date.now() });
  const deploymentId = await report.group('Create deployment', () =>
    startDeployment(
      client,
      plan.createOnce,
      {
        application: s.application,
        deploymentGroup: s.deploymentGroup,
        revision: plan.revision,
        deploymentConfig: s.deploymentConfig,
        description: plan.description,
        token,
        fileExistsBehavior: s.fileExistsBehavior,
        ignoreApplicationStopFailures: s.ignoreApplicationStopFailures,
        autoRollback: s.autoRollback,
        updateOutdatedInstancesOnly: s.outdatedInstancesOnly,
      },
      { onActive: s.onActiveDeployment, deadline: plan.deadline, pollMs: s.pollIntervalMs, log: report.log },
      clock,
      signal,
    ).catch((err: unknown) => {
      // Refused or failed to start: nothing is in flight (a cancel keeps the intent for the post step).
      if (!(err instanceof AbortedError)) saveInFlight(report, undefined);
      throw err;
    }),
  );
  saveInFlight(report, { ...record, id: deploymentId });
  report.setOutput(Outputs.DeploymentId, deploymentId);
  report.info(`Deployment ${deploymentId} created: ${consoleUrl(s.region, deploymentId)}`);

  const follow = (id: string, continueBlueGreen: boolean) =>
    watchDeployment(client, id, { pollMs: s.pollIntervalMs, deadline: plan.deadline, continueBlueGreen, log: report.log, clock, signal });
  let watched: WatchResult;
  try {
    watched = await report.group(`Watch deployment ${deploymentId}`, () => follow(deploymentId, s.continueBlueGreen));
  } catch (err) {
    if (err instanceof AbortedError) {
      throw new AbortedError(
        `Cancelled while deployment ${deploymentId} was running; the post step ${s.onCancel === 'stop' ? 'stops it' : 'leaves it running (on-cancel: leave)'}.`,
      );
    }
    throw err;
  }
  if (watched.timedOut) {
    report.setOutput(Outputs.Status, watched.info.status ?? 'Unknown');
    throw new DeploymentTimedOut(
      `Deployment ${deploymentId} did not finish within the timeout (${Math.round(s.timeoutMs / 1000)}s); it is ${watched.info.status ?? 'in an unknown state (CodeDeploy did not answer)'}. ` +
        `The post step ${s.onCancel === 'stop' ? 'stops it' : 'leaves it running'}.`,
    );
  }
  // Ended, left waiting for traffic rerouting, or rerouted with only the originals' termination
  // wait left: nothing for the post step to stop.
  saveInFlight(report, undefined);

  const info = await getDeployment(client, deploymentId, signal);
  const rollbackId = info.rollbackInfo?.rollbackDeploymentId;
  let rollback: DeploymentInfo | undefined;
  if (rollbackId) {
    report.info(`CodeDeploy started rollback deployment ${rollbackId}; following it.`);
    rollback = (await follow(rollbackId, true)).info;
  }
  const targets = [...watched.targets.values()];
  const failedIds = targets.filter((t) => targetOf(t)?.status === 'Failed').map((t) => targetOf(t)?.targetId ?? '');
  const succeeded = info.status === 'Succeeded' || watched.waitingForReady || watched.terminationWait;
  const attempt: Attempt = { deploymentId, watched, info, rollback, targets, failedIds, succeeded };
  if (succeeded && failedIds.length === 0) return attempt;
  const failedTargets = await gatherFailedTargets(client, deploymentId, targets, signal);
  attempt.facts = {
    service: 'codedeploy',
    deployment: info as Record<string, unknown>,
    targets: failedTargets as Record<string, unknown>[],
  };
  return attempt;
}

/** The failed targets with their lifecycle diagnostics, reusing what the watcher already read. */
async function gatherFailedTargets(
  client: CodeDeployClient,
  deploymentId: string,
  known: DeploymentTarget[],
  signal: AbortSignal,
): Promise<DeploymentTarget[]> {
  const failed = known.filter((t) => targetOf(t)?.status === 'Failed');
  if (failed.length > 0) return failed;
  return readTargets(client, deploymentId, () => undefined, signal, ['Failed']);
}
