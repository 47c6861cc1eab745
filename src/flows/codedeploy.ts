// The CodeDeploy release: bundle → upload → register → deploy → watch → diagnose → report.
// Each stage is its own module; this file only wires them in order and records timings. A failed
// deployment is retried (a new one, per attempt) only when its cause is transient (retry/).
import type { RevisionLocation } from '@aws-sdk/client-codedeploy';
import { Outputs } from '../constants.js';
import { DeploymentFailed } from '../errors.js';
import type { CodeDeploySettings } from '../settings/index.js';
import type { RunContext } from '../github/context.js';
import { releaseDescription } from '../github/context.js';
import { createClient } from '../aws/clients.js';
import { registerRevision, revisionLocation } from '../codedeploy/release.js';
import { fleetSize, terminationWaitText } from '../codedeploy/watch.js';
import { consoleUrl } from '../codedeploy/console.js';
import { renderTargetTable } from '../report/deployment-table.js';
import { withRetries, type AttemptRecord } from '../retry/attempts.js';
import { attemptsTable } from '../retry/summary.js';
import type { Verdict } from '../retry/transient.js';
import { deployOnce, type Attempt, type AttemptPlan } from './codedeploy-attempt.js';
import { prepareRevision, type PreparedRevision } from './revision.js';
import { releasedAsCompute } from './compute-dispatch.js';
import type { Clock } from '../util/time.js';
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
  if (location) await timings.measure('Register revision', () => registerRevision(client, location, signal));
  const revisionKey = rev ? rev.bundle.sha256.slice(0, 12) : (given?.uri ?? '').replace(/[^A-Za-z0-9]+/g, '').slice(-12);
  const plan = (n: number): AttemptPlan => ({
    client,
    createOnce,
    revision: location ? revisionLocation(location) : (given as GivenRevision).revision,
    description,
    // Each attempt is its own deployment, found again (after a lost answer or a cancel) by its own token.
    token: `hookline-${ctx.runId}-${ctx.runAttempt}-${revisionKey}${n > 1 ? `-r${n}` : ''}`,
    deadline,
  });
  // The failure rules (with the diagnosis tables, ≈ 130 kB) load only once a deployment has
  // failed: not compiled before the first request (cold start).
  let failureVerdict = (_a: Attempt): Verdict | undefined => undefined;
  const records = await withRetries(
    { retries: s.retries, deadline, pauseMs: s.pollIntervalMs, clock, signal, log: report.log },
    async (n) => {
      const a = await timings.measure(n > 1 ? `Deployment (attempt ${n})` : 'Deployment', () => deployOnce(s, deps, plan(n)));
      if (!a.succeeded) {
        const { causesOf, judge } = await import('../retry/transient.js');
        failureVerdict = (f) => judge(causesOf(f.facts ?? { service: 'codedeploy' }));
      }
      return a;
    },
    (a) => (a.succeeded ? undefined : failureVerdict(a)),
  );
  const final = (records[records.length - 1] as AttemptRecord<Attempt>).result;
  const { deploymentId, watched, info, rollback, targets, failedIds, succeeded } = final;
  report.setOutput(Outputs.Attempts, String(records.length));
  report.setOutput(Outputs.Status, watched.waitingForReady ? 'Ready' : (info.status ?? 'Unknown'));
  const terminating = watched.terminationWait && info.status === 'InProgress';
  report.setOutput(Outputs.FailedInstances, failedIds.join(','));

  const summary = report.summary.addHeading(`hookline · CodeDeploy ${s.application}/${s.deploymentGroup}`, 2);
  summary.addRaw(
    `Deployment [${deploymentId}](${consoleUrl(s.region, deploymentId)}) **${watched.waitingForReady ? 'Ready (waiting for traffic rerouting)' : terminating ? 'traffic rerouted (original instances wait for termination)' : info.status}**` +
      (rev
        ? ` · revision \`s3://${rev.upload.bucket}/${rev.upload.key}\` · sha256 \`${rev.bundle.sha256.slice(0, 12)}\`` +
          ` · ${rev.upload.uploaded ? `uploaded ${formatBytes(rev.upload.bytes)}` : 'already in S3: nothing built or uploaded'}\n\n`
        : ` · redeploy of an existing revision, nothing uploaded\n\n`),
  );
  if (s.retries > 0 || records.length > 1) {
    const row = (a: Attempt) => ({
      deploymentId: a.deploymentId,
      status: a.info.status ?? 'Unknown',
      url: consoleUrl(s.region, a.deploymentId),
    });
    summary.addRaw(attemptsTable(records, row) + '\n\n');
  }
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
  if (terminating) {
    report.notice(`Deployment ${deploymentId}: ${terminationWaitText(info)}. hookline does not wait for that past its timeout.`, {
      title: 'Blue/green traffic rerouted',
    });
  }
  if (!final.facts) {
    await summary.write();
    return bakeCodeDeploy(s, ctx, deps, client, info);
  }

  // Explain every failed instance. The deployment config may let a deployment succeed with some
  // instances failed (AllAtOnce, HalfAtATime): those become warnings, not a red run.
  const { diagnose } = await import('../diagnose/index.js');
  const diagnoses = diagnose(final.facts, rev?.files ?? NO_FILES).map((d) =>
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
      `${rollback ? `; rollback ${rollback.deploymentId} ${rollback.status}` : ''}` +
      `${records.length > 1 ? ` (attempt ${records.length} of ${s.retries + 1})` : ''}.`,
  );
}
