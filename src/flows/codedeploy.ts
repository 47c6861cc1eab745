// The CodeDeploy release: bundle → upload → register → deploy → watch → diagnose → report.
// Each stage is its own module; this file only wires them in order and records timings.
import type { DeploymentInfo, DeploymentTarget, RevisionLocation } from '@aws-sdk/client-codedeploy';
import { Outputs } from '../constants.js';
import { DeploymentFailed, DeploymentTimedOut } from '../errors.js';
import { saveInFlight } from '../in-flight.js';
import type { CodeDeploySettings } from '../settings/index.js';
import type { RunContext } from '../github/context.js';
import { releaseDescription } from '../github/context.js';
import { createClient } from '../aws/clients.js';
import { registerRevision, revisionLocation, startDeployment, getDeployment } from '../codedeploy/release.js';
import { watchDeployment, readTargets, targetOf, fleetSize, type WatchResult } from '../codedeploy/watch.js';
import { consoleUrl } from '../codedeploy/console.js';
import { diagnose } from '../diagnose/index.js';
import { renderTargetTable } from '../report/deployment-table.js';
import { prepareRevision, type PreparedRevision } from './revision.js';
import { releasedAsCompute } from './compute-dispatch.js';
import { AbortedError, type Clock } from '../util/time.js';
import type { Timings } from '../report/timings.js';
import type { Reporter } from '../report/reporter.js';
import { formatBytes } from '../report/format.js';
import { bakeCodeDeploy } from '../bake/codedeploy.js';

export interface FlowDeps {
  clock: Clock;
  signal: AbortSignal;
  timings: Timings;
  /** The run's only writer of log lines, annotations, outputs, state and summary. */
  report: Reporter;
}

/** Redeploy: a revision already in S3 and registered (no bundle, no upload), and what ran before. */
export interface GivenRevision {
  revision: RevisionLocation;
  /** s3://bucket/key of the revision, for people. */
  uri: string;
  /** What the group ran before (its last successful deployment's revision), for the summary. */
  before: string;
}

const NO_FILES = { files: new Map<string, string>(), modes: new Map<string, number>() };

export async function releaseCodeDeploy(s: CodeDeploySettings, ctx: RunContext, deps: FlowDeps, given?: GivenRevision): Promise<void> {
  // The application's compute platform decides: ECS and Lambda release AppSpec content instead.
  if (!given && (await releasedAsCompute(s, ctx, deps))) return;
  const { clock, signal, timings, report } = deps;
  const deadline = clock.now() + s.timeoutMs;
  const rev: PreparedRevision | undefined = given
    ? undefined
    : await prepareRevision(s, ctx, { kind: 'codedeploy', signal, timings, report });

  const client = await createClient('codedeploy', { region: s.region });
  // CreateDeployment is never retried by the SDK: see release.ts (lost responses).
  const createOnce = await createClient('codedeploy', { region: s.region, maxAttempts: 1 });
  const description = releaseDescription(ctx, s.description);
  const location = rev && {
    application: s.application,
    bucket: rev.upload.bucket,
    key: rev.upload.key,
    bundleType: rev.bundle.bundleType,
    etag: rev.upload.etag,
    versionId: rev.upload.versionId,
    description,
  };
  const revisionKey = rev ? rev.bundle.sha256.slice(0, 12) : (given?.uri ?? '').replace(/[^A-Za-z0-9]+/g, '').slice(-12);
  const token = `hookline-${ctx.runId}-${ctx.runAttempt}-${revisionKey}`;

  const deploymentId = await timings.measure(location ? 'Register and create deployment' : 'Create deployment', async () => {
    if (location) await registerRevision(client, location, signal);
    // The intent is recorded before CreateDeployment is sent: a cancel while it is in flight
    // still lets the post step find the deployment by its token and stop it.
    saveInFlight(report, {
      service: 'codedeploy',
      region: s.region,
      token,
      application: s.application,
      group: s.deploymentGroup,
      since: Date.now(),
    });
    return report.group('Create deployment', () =>
      startDeployment(
        client,
        createOnce,
        {
          application: s.application,
          deploymentGroup: s.deploymentGroup,
          revision: location ? revisionLocation(location) : (given as GivenRevision).revision,
          deploymentConfig: s.deploymentConfig,
          description,
          token,
          fileExistsBehavior: s.fileExistsBehavior,
          ignoreApplicationStopFailures: s.ignoreApplicationStopFailures,
          autoRollback: s.autoRollback,
        },
        { onActive: s.onActiveDeployment, deadline, pollMs: s.pollIntervalMs, log: report.log },
        clock,
        signal,
      ).catch((err: unknown) => {
        // Refused or failed to start: nothing is in flight (a cancel keeps the intent for the post step).
        if (!(err instanceof AbortedError)) saveInFlight(report, undefined);
        throw err;
      }),
    );
  });
  saveInFlight(report, {
    service: 'codedeploy',
    region: s.region,
    id: deploymentId,
    token,
    application: s.application,
    group: s.deploymentGroup,
  });
  report.setOutput(Outputs.DeploymentId, deploymentId);
  report.info(`Deployment ${deploymentId} created: ${consoleUrl(s.region, deploymentId)}`);

  let watched: WatchResult;
  try {
    watched = await timings.measure('Deployment', () =>
      report.group(`Watch deployment ${deploymentId}`, () =>
        watchDeployment(client, deploymentId, {
          pollMs: s.pollIntervalMs,
          deadline,
          continueBlueGreen: s.continueBlueGreen,
          log: report.log,
          clock,
          signal,
        }),
      ),
    );
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
  // Ended, or deliberately left waiting for traffic rerouting: nothing for the post step to stop.
  saveInFlight(report, undefined);

  // Re-read the end state: a rollback may have been started on our behalf.
  const info = await getDeployment(client, deploymentId, signal);
  const rollbackId = info.rollbackInfo?.rollbackDeploymentId;
  let rollback: DeploymentInfo | undefined;
  if (rollbackId) {
    report.info(`CodeDeploy started rollback deployment ${rollbackId}; following it.`);
    const r = await watchDeployment(client, rollbackId, {
      pollMs: s.pollIntervalMs,
      deadline,
      continueBlueGreen: true,
      log: report.log,
      clock,
      signal,
    });
    rollback = r.info;
  }

  const targets = [...watched.targets.values()];
  const failedIds = targets.filter((t) => targetOf(t)?.status === 'Failed').map((t) => targetOf(t)?.targetId ?? '');
  report.setOutput(Outputs.Status, watched.waitingForReady ? 'Ready' : (info.status ?? 'Unknown'));
  report.setOutput(Outputs.FailedInstances, failedIds.join(','));

  const summary = report.summary.addHeading(`hookline · CodeDeploy ${s.application}/${s.deploymentGroup}`, 2);
  summary.addRaw(
    `Deployment [${deploymentId}](${consoleUrl(s.region, deploymentId)}) **${watched.waitingForReady ? 'Ready (waiting for traffic rerouting)' : info.status}**` +
      (rev
        ? ` · revision \`s3://${rev.upload.bucket}/${rev.upload.key}\` · sha256 \`${rev.bundle.sha256.slice(0, 12)}\`` +
          ` · ${rev.upload.uploaded ? `uploaded ${formatBytes(rev.upload.bytes)}` : 'already in S3: nothing built or uploaded'}\n\n`
        : ` · redeploy of an existing revision, nothing uploaded\n\n`),
  );
  if (given) {
    const succeededNow = info.status === 'Succeeded' && !rollback;
    summary.addRaw(
      `| | Revision |\n|---|---|\n| Live before | \`${given.before}\` |\n| Live after | \`${succeededNow ? given.uri : given.before}\`${succeededNow ? '' : ` (the redeploy ${info.status === 'Succeeded' ? 'was rolled back' : 'did not take'})`} |\n\n`,
    );
  }
  if (rollback) summary.addRaw(`Rollback deployment ${rollback.deploymentId}: **${rollback.status}**\n\n`);
  summary.addRaw(timings.markdown() + '\n\n');
  const table = renderTargetTable(targets);
  const total = fleetSize(info);
  if (table) summary.addRaw(table + '\n\n');
  if (targets.length < total) {
    const o = info.deploymentOverview ?? {};
    const counts = (['Succeeded', 'Failed', 'Skipped', 'InProgress', 'Pending'] as const).filter((k) => o[k]).map((k) => `${k} ${o[k]}`);
    summary.addRaw(
      `_${targets.length} of ${total} instances listed (large fleets list the failed ones). All instances: ${counts.join(' · ')}._\n\n`,
    );
  }

  if (watched.waitingForReady) {
    report.notice(
      `Deployment ${deploymentId} is Ready: the replacement instances wait for traffic to be rerouted. ` +
        `Continue it in the console or rerun with continue-blue-green: true.`,
      { title: 'Blue/green deployment waits for you' },
    );
  }
  const succeeded = info.status === 'Succeeded' || watched.waitingForReady;
  if (succeeded && failedIds.length === 0) {
    await summary.write();
    return bakeCodeDeploy(s, ctx, deps, client, info);
  }

  // Explain every failed instance. The deployment config may let a deployment succeed with some
  // instances failed (AllAtOnce, HalfAtATime): those become warnings, not a red run.
  const failedTargets = await gatherFailedTargets(client, deploymentId, targets, signal);
  const facts = {
    service: 'codedeploy' as const,
    deployment: info as Record<string, unknown>,
    targets: failedTargets as Record<string, unknown>[],
  };
  const diagnoses = diagnose(facts, rev?.files ?? NO_FILES).map((d) =>
    succeeded && d.severity === 'error' ? { ...d, severity: 'warning' as const } : d,
  );
  report.diagnoses(diagnoses, rev ? rev.annotationRoot : null, summary);
  await summary.write();
  if (succeeded) return bakeCodeDeploy(s, ctx, deps, client, info);
  const err = info.errorInformation;
  throw new DeploymentFailed(
    `Deployment ${deploymentId} ${info.status === 'Stopped' ? 'was stopped' : 'failed'}` +
      `${err?.code ? ` (${err.code})` : ''}${err?.message ? `: ${err.message}` : ''}` +
      `${failedIds.length ? ` — failed on ${failedIds.length} instance${failedIds.length > 1 ? 's' : ''}` : ''}` +
      `${rollback ? `; rollback ${rollback.deploymentId} ${rollback.status}` : ''}.`,
  );
}

/** The failed targets with their lifecycle diagnostics, reusing what the watcher already read. */
async function gatherFailedTargets(
  client: Awaited<ReturnType<typeof createClient<'codedeploy'>>>,
  deploymentId: string,
  known: DeploymentTarget[],
  signal: AbortSignal,
): Promise<DeploymentTarget[]> {
  const failed = known.filter((t) => targetOf(t)?.status === 'Failed');
  if (failed.length > 0) return failed;
  return readTargets(client, deploymentId, () => undefined, signal, ['Failed']);
}
