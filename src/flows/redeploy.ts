// mode: redeploy — release something that was released before, without bundling or uploading:
// CodeDeploy an s3:// revision or a previous deployment's revision, Beanstalk an existing
// application version. The job summary says what was live before and after.
import { requireServerPlatform } from '../compute/platform.js';
import { GetDeploymentGroupCommand, type CodeDeployClient, type RevisionLocation } from '@aws-sdk/client-codedeploy';
import { Outputs } from '../constants.js';
import type { BeanstalkSettings, CodeDeploySettings } from '../settings/index.js';
import type { RunContext } from '../github/context.js';
import { createClient } from '../aws/clients.js';
import { getDeployment, ReleaseError } from '../codedeploy/release.js';
import { BeanstalkError, DeploymentFailed, errorText } from '../beanstalk/errors.js';
import { consoleUrl, describeEnvironment, environmentUrl, readyDecision } from '../beanstalk/environment.js';
import { describeVersion } from '../beanstalk/version.js';
import { Watcher } from '../beanstalk/watch.js';
import { updateInFlight } from './beanstalk.js';
import { DeploymentTimedOut } from '../errors.js';
import { saveInFlight } from '../in-flight.js';
import { collectTailLogs, failureFacts, instancesInEvents } from '../beanstalk/facts.js';
import { renderTimeline } from '../beanstalk/summary.js';
import { diagnose } from '../diagnose/index.js';
import { AbortedError } from '../util/time.js';
import { releaseCodeDeploy, type FlowDeps, type GivenRevision } from './codedeploy.js';
import { bakeBeanstalk } from '../bake/beanstalk.js';
import { warnPlatformLifecycle } from '../beanstalk/platform-lifecycle.js';

// ───────────────────────────── CodeDeploy ─────────────────────────────

/** `s3://bucket/key.zip[?versionId=…]` → an S3 revision location (pure); undefined when it is not one. */
export function s3Revision(uri: string): RevisionLocation | undefined {
  const m = /^s3:\/\/([^/]+)\/([^?]+)(?:\?versionId=(.+))?$/.exec(uri);
  if (!m) return undefined;
  const [, bucket, key, version] = m as unknown as [string, string, string, string | undefined];
  const lower = key.toLowerCase();
  const bundleType = lower.endsWith('.zip')
    ? 'zip'
    : lower.endsWith('.tar')
      ? 'tar'
      : lower.endsWith('.tgz') || lower.endsWith('.tar.gz')
        ? 'tgz'
        : undefined;
  if (!bundleType) return undefined;
  return { revisionType: 'S3', s3Location: { bucket, key, bundleType, ...(version ? { version } : {}) } };
}

export function revisionUri(r: RevisionLocation | undefined): string {
  const s3 = r?.s3Location;
  if (s3?.bucket && s3.key) return `s3://${s3.bucket}/${s3.key}${s3.version ? `?versionId=${s3.version}` : ''}`;
  const gh = r?.gitHubLocation;
  if (gh?.repository) return `github:${gh.repository}@${gh.commitId ?? '?'}`;
  return r?.revisionType ?? 'unknown';
}

export async function redeployCodeDeploy(s: CodeDeploySettings, ctx: RunContext, deps: FlowDeps): Promise<void> {
  const { report } = deps;
  const client = await createClient('codedeploy', { region: s.region });
  await requireServerPlatform(client, s.application, 'redeploy', deps.signal);
  const wanted = s.revision ?? '';
  let revision: RevisionLocation | undefined;
  if (wanted.startsWith('d-')) {
    const info = await getDeployment(client, wanted, deps.signal).catch((err: unknown) => {
      throw new ReleaseError(`Could not read deployment ${wanted} to redeploy its revision: ${errorText(err)}`);
    });
    if (info.applicationName && info.applicationName !== s.application) {
      throw new ReleaseError(`Deployment ${wanted} belongs to application '${info.applicationName}', not '${s.application}'.`);
    }
    revision = info.revision;
    if (!revision) throw new ReleaseError(`Deployment ${wanted} records no revision to redeploy.`);
    report.info(
      `Redeploying the revision of ${wanted} (${info.status ?? '?'}, ${info.createTime?.toISOString() ?? 'time unknown'}): ${revisionUri(revision)}`,
    );
  } else {
    revision = s3Revision(wanted);
    if (!revision) throw new ReleaseError(`'${wanted}' is not an s3:// URI of a .zip, .tar or .tgz revision.`);
    report.info(`Redeploying ${wanted}.`);
  }
  await releaseGiven(s, ctx, deps, client, revision);
}

/**
 * on-bake-failure: redeploy-previous — the revision that ran before a baked deployment, released
 * again exactly as mode: redeploy releases one (no bake of its own). Says what is live after.
 */
export async function redeployPreviousCodeDeploy(
  s: CodeDeploySettings,
  ctx: RunContext,
  deps: FlowDeps,
  revision: RevisionLocation,
): Promise<string> {
  const client = await createClient('codedeploy', { region: s.region });
  const uri = revisionUri(revision);
  deps.report.info(`Redeploying the previous revision ${uri}.`);
  await releaseGiven({ ...s, mode: 'redeploy', bakeMs: 0 }, ctx, deps, client, revision);
  return `The previous revision ${uri} was released again and is live.`;
}

async function releaseGiven(
  s: CodeDeploySettings,
  ctx: RunContext,
  deps: FlowDeps,
  client: CodeDeployClient,
  revision: RevisionLocation,
): Promise<void> {
  const before = await liveRevision(client, s.application, s.deploymentGroup, deps.signal);
  deps.report.info(`Live before: ${before}. Nothing is bundled or uploaded.`);
  const given: GivenRevision = { revision, uri: revisionUri(revision), before };
  await releaseCodeDeploy(s, ctx, deps, given);
}

async function liveRevision(client: CodeDeployClient, application: string, group: string, signal: AbortSignal): Promise<string> {
  try {
    const out = await client.send(new GetDeploymentGroupCommand({ applicationName: application, deploymentGroupName: group }), {
      abortSignal: signal,
    });
    const info = out.deploymentGroupInfo;
    if (info?.targetRevision) return revisionUri(info.targetRevision);
    const last = info?.lastSuccessfulDeployment?.deploymentId;
    if (!last) return 'nothing (no successful deployment yet)';
    return revisionUri((await getDeployment(client, last, signal)).revision);
  } catch (err) {
    return `unknown (${errorText(err)})`;
  }
}

// ───────────────────────────── Elastic Beanstalk ─────────────────────────────

const SETTLE_MS = 3 * 60_000;
const TAIL_WAIT_MS = 2 * 60_000;
const NO_FILES = { files: new Map<string, string>(), modes: new Map<string, number>() };

export async function redeployBeanstalk(s: BeanstalkSettings, ctx: RunContext, deps: FlowDeps): Promise<void> {
  const { clock, signal, timings, report } = deps;
  const deadline = clock.now() + s.timeoutMs;
  const client = await createClient('beanstalk', { region: s.region });
  const label = s.revision ?? '';
  const target = s.environment;
  const found = await describeEnvironment(client, s.application, target, signal);
  const early = readyDecision(found, s.application, target);
  if (early.kind === 'fail') throw new BeanstalkError(early.message);
  await warnPlatformLifecycle(client, found, report, signal);
  const version = await describeVersion(client, s.application, label, signal);
  if (!version)
    throw new BeanstalkError(
      `Application version '${label}' does not exist in application '${s.application}': redeploy releases an existing version.`,
    );
  const before = found?.VersionLabel ?? 'no version';
  report.setOutput(Outputs.VersionLabel, label);
  report.info(`Redeploying version ${label} to ${target}; live before: ${before}. Nothing is bundled or uploaded.`);
  if (before === label && found?.Status === 'Ready') report.info(`${target} already runs ${label}; deploying it again.`);

  const log = report.log;
  const { after, cursor } = await updateInFlight(client, s, target, label, { deadline, log, clock, signal, timings, report });
  report.info(`Updating ${target} to version ${label}: ${consoleUrl(s.region, after)}`);
  const watcher = new Watcher(client, { application: s.application, environment: target, label, gate: s.health }, cursor, {
    pollMs: s.pollIntervalMs,
    deadline,
    settleMs: SETTLE_MS,
    log,
    clock,
    signal,
  });
  const watched = await timings
    .measure('Deploy', () => report.group(`Watch ${target}`, () => watcher.run()))
    .catch((err: unknown) => {
      if (err instanceof AbortedError) throw new AbortedError(`Cancelled while environment ${target} was being updated to ${label}.`);
      throw err;
    });
  const env = watched.env;
  if (watched.outcome !== 'timeout' || env?.Status === 'Ready') saveInFlight(report, undefined);
  report.setOutput(Outputs.Status, env?.Status ?? 'Unknown');
  report.setOutput(Outputs.Health, env?.Health ?? 'Unknown');
  report.setOutput(Outputs.EnvironmentId, env?.EnvironmentId ?? found?.EnvironmentId ?? '');
  report.setOutput(Outputs.EnvironmentUrl, environmentUrl(env) || environmentUrl(found));

  const now = env?.VersionLabel ?? 'unknown';
  const summary = report.summary.addHeading(`hookline · Elastic Beanstalk redeploy ${s.application}/${target}`, 2);
  const verdict = { success: '✅ Redeployed', failed: '❌ Failed', timeout: '⏱ Timed out' }[watched.outcome];
  summary.addRaw(`${verdict} · version \`${label}\` · nothing uploaded · health **${env?.Health ?? 'unknown'}**\n\n`);
  summary.addRaw(`| | Version |\n|---|---|\n| Live before | \`${before}\` |\n| Live after | \`${now}\` |\n\n`);
  summary.addRaw(timings.markdown() + '\n\n');
  const timeline = renderTimeline(watched.events);
  if (timeline) summary.addRaw(timeline + '\n\n');
  if (watched.outcome === 'success') {
    if (watched.warning) report.warning(watched.warning, { title: 'Environment health' });
    await summary.write();
    return bakeBeanstalk(s, ctx, deps, { client, environment: target, label, previousLabel: before });
  }
  if (watched.outcome === 'failed') {
    const named = instancesInEvents(watched.events);
    const logs = await timings.measure('Tail logs', () =>
      report.group('Instance tail logs', () =>
        collectTailLogs(client, target, {
          pollMs: s.pollIntervalMs,
          maxWaitMs: TAIL_WAIT_MS,
          instances: named.length ? named : (watched.instances ?? []).map((i) => i.id),
          log,
          clock,
          signal,
        }),
      ),
    );
    report.diagnoses(diagnose(failureFacts(watched.events, logs), NO_FILES), null, summary);
  }
  await summary.write();
  throw new (watched.outcome === 'timeout' ? DeploymentTimedOut : DeploymentFailed)(
    `Redeploying ${label} to ${target} ${watched.outcome === 'timeout' ? 'timed out' : 'failed'}: ${watched.message}. ${target} runs ${now}.`,
  );
}
