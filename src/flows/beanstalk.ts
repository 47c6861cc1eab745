// The Elastic Beanstalk release: bundle → upload → application version → update environment →
// watch events and health → on failure tail logs → diagnose → report. Each stage is its own
// module under src/beanstalk/; this file only wires them in order and records timings.
import {
  CreateStorageLocationCommand,
  DescribeEnvironmentsCommand,
  type ElasticBeanstalkClient,
  type EnvironmentDescription,
} from '@aws-sdk/client-elastic-beanstalk';
import { Outputs } from '../constants.js';
import type { BeanstalkSettings } from '../settings/index.js';
import type { RunContext } from '../github/context.js';
import { releaseDescription } from '../github/context.js';
import { createClient } from '../aws/clients.js';
import { diagnose } from '../diagnose/index.js';
import { formatBytes } from '../report/format.js';
import type { Timings } from '../report/timings.js';
import type { Reporter } from '../report/reporter.js';
import type { Diagnosis } from '../types.js';
import { AbortedError, type Clock } from '../util/time.js';
import { DeploymentTimedOut } from '../errors.js';
import { saveInFlight } from '../in-flight.js';
import { prepareRevision } from './revision.js';
import { checkPlatformOptions } from './beanstalk-options.js';
import { BeanstalkError, DeploymentFailed, errorText } from '../beanstalk/errors.js';
import { deriveLabel, ensureVersion, pruneVersions, versionDescription } from '../beanstalk/version.js';
import { consoleUrl, describeEnvironment, environmentUrl, readyDecision, updateToVersion } from '../beanstalk/environment.js';
import { EventCursor, Watcher, baselineEvents, type WatchResult } from '../beanstalk/watch.js';
import { collectTailLogs, failureFacts, instancesInEvents } from '../beanstalk/facts.js';
import { renderInstances, renderTimeline } from '../beanstalk/summary.js';
import { cloneEnvironment, readPair, swapAndVerify, type PairDecision } from '../beanstalk/bluegreen.js';
import { bakeBeanstalk } from '../bake/beanstalk.js';
import { warnPlatformLifecycle } from '../beanstalk/platform-lifecycle.js';

export { BeanstalkError, DeploymentFailed };

export interface FlowDeps {
  clock: Clock;
  signal: AbortSignal;
  timings: Timings;
  /** The run's only writer of log lines, annotations, outputs, state and summary. */
  report: Reporter;
}

/** How long a failed update is followed until it settles, and how long instances get to publish logs. */
const SETTLE_MS = 3 * 60_000;
const TAIL_WAIT_MS = 2 * 60_000;

export async function releaseBeanstalk(s: BeanstalkSettings, ctx: RunContext, deps: FlowDeps): Promise<void> {
  const { clock, signal, timings, report } = deps;
  const deadline = clock.now() + s.timeoutMs;
  const client = await createClient('beanstalk', { region: s.region });

  // Fail before bundling when the environment (or the blue/green pair) cannot be released to at all.
  const blueGreen = s.strategy === 'blue-green';
  let found: EnvironmentDescription | undefined;
  let pair: Extract<PairDecision, { kind: 'ok' }> | undefined;
  if (blueGreen) {
    const p = await readPair(client, s.application, [s.environment, s.idleEnvironment], s.productionCname, signal);
    if (p.kind === 'fail') throw new BeanstalkError(p.message);
    pair = p;
    found = p.idle;
    report.info(
      `Blue/green: ${p.live.EnvironmentName} is live at http://${p.live.CNAME ?? '?'} (${p.live.VersionLabel ?? 'no version'}); ` +
        `${p.idle ? `${p.idleName} is idle and gets the new version` : `${p.idleName} does not exist and will be created as a copy of it`}.`,
    );
  } else {
    found = await describeEnvironment(client, s.application, s.environment, signal);
    const early = readyDecision(found, s.application, s.environment);
    if (early.kind === 'fail') throw new BeanstalkError(early.message);
    report.info(`Environment ${s.environment} (${found?.EnvironmentId ?? '?'}): ${consoleUrl(s.region, found)}`);
  }
  /** The environment that receives the new version: the given one, or the idle half of the pair. */
  const target = pair ? pair.idleName : s.environment;

  await warnPlatformLifecycle(client, found ?? pair?.live, report, signal);
  // The environment whose platform judges the option settings (the live one when the idle one is still to be created).
  await checkPlatformOptions(client, s, found?.EnvironmentName ?? pair?.live.EnvironmentName ?? target, signal, report);
  const bucket = s.s3Bucket ?? (await storageBucket(client, signal));
  const rev = await prepareRevision(s, ctx, { kind: 'beanstalk', signal, timings, report, bucket });
  const sha256 = rev.bundle.sha256;
  // The default label follows the key: the tree digest (a prebuilt archive: its sha256).
  const label = s.versionLabel ?? deriveLabel(ctx.ref, rev.bundle.treeDigest ?? sha256);
  report.setOutput(Outputs.VersionLabel, label);

  const log = report.log;
  const warn = (line: string) => report.warning(line, { title: 'Application version' });
  const version = await timings.measure('Application version', () =>
    report.group(`Application version ${label}`, () =>
      ensureVersion(
        client,
        {
          application: s.application,
          label,
          explicit: s.versionLabel !== undefined,
          reuse: s.reuseVersion,
          sha256,
          bucket: rev.upload.bucket,
          key: rev.upload.key,
          description: versionDescription(sha256, releaseDescription(ctx, s.description)),
          pruneVersions: s.pruneVersions,
        },
        { pollMs: s.pollIntervalMs, deadline, log, warn, clock, signal },
      ),
    ),
  );

  // The cursor starts after the events that were there before our update.
  let cursor = new EventCursor();
  let after: EnvironmentDescription;
  if (pair && !pair.idle) {
    const live = pair.live;
    after = await timings.measure('Create environment', () =>
      report.group(`Create ${target} from ${live.EnvironmentName}`, () =>
        cloneEnvironment(client, s.application, live, target, label, s.productionCname, signal),
      ),
    );
    report.info(`Creating ${target} with version ${label}: ${consoleUrl(s.region, after)}`);
  } else {
    const updated = await updateInFlight(client, s, target, label, { deadline, log, clock, signal, timings, report });
    cursor = updated.cursor;
    after = updated.after;
    report.info(`Updating ${target} to version ${label} (${after.Status ?? 'Updating'}): ${consoleUrl(s.region, after)}`);
  }
  if (!pair) {
    report.setOutput(Outputs.EnvironmentId, after.EnvironmentId ?? found?.EnvironmentId ?? '');
    report.setOutput(Outputs.EnvironmentUrl, environmentUrl(after) || environmentUrl(found));
  }

  const watcher = new Watcher(client, { application: s.application, environment: target, label, gate: s.health }, cursor, {
    pollMs: s.pollIntervalMs,
    deadline,
    settleMs: SETTLE_MS,
    log,
    clock,
    signal,
  });
  let watched: WatchResult;
  try {
    watched = await timings.measure('Deploy', () => report.group(`Watch ${target}`, () => watcher.run()));
  } catch (err) {
    if (err instanceof AbortedError) {
      throw new AbortedError(
        `Cancelled while environment ${target} was being updated to ${label}; the post step ${s.onCancel === 'stop' ? 'aborts the update' : 'leaves it running (on-cancel: leave)'}.`,
      );
    }
    throw err;
  }
  let env = watched.env;
  // A Ready environment has nothing left to abort; a timed-out update in progress is left for the post step.
  if (watched.outcome !== 'timeout' || env?.Status === 'Ready') saveInFlight(report, undefined);

  // Blue/green: only a healthy idle environment on the new version ever takes the production CNAME.
  let swapped = '';
  if (pair && watched.outcome === 'success') {
    const live = pair.live.EnvironmentName ?? s.environment;
    env = await timings.measure('Swap CNAMEs', () =>
      report.group(`Swap ${target} ⇄ ${live}`, () =>
        swapAndVerify(client, s.application, target, live, s.productionCname, label, s.health, {
          pollMs: s.pollIntervalMs,
          deadline,
          log,
          clock,
          signal,
        }),
      ),
    );
    swapped = ` · swapped CNAMEs: production \`${s.productionCname}\` now on ${target}, ${live} idle`;
  } else if (pair) {
    report.info(`No CNAME swap: production stays on ${pair.live.EnvironmentName} (${pair.live.VersionLabel ?? 'no version'}).`);
  }
  setEnvironmentOutputs(report, env);
  if (pair && !swapped) {
    // Production did not move: its URL and id stay the outputs; status and health are the idle environment's.
    report.setOutput(Outputs.EnvironmentUrl, environmentUrl(pair.live));
    report.setOutput(Outputs.EnvironmentId, pair.live.EnvironmentId ?? '');
  }

  const summary = report.summary.addHeading(`hookline · Elastic Beanstalk ${s.application}/${target}${pair ? ' (blue/green)' : ''}`, 2);
  const verdict = { success: '✅ Released', failed: '❌ Failed', timeout: '⏱ Timed out' }[watched.outcome];
  summary.addRaw(
    `${verdict} · environment [${target}](${consoleUrl(s.region, env ?? after)}) **${env?.Status ?? 'unknown'}** · health **${env?.Health ?? 'unknown'}${env?.HealthStatus ? ` (${env.HealthStatus})` : ''}**` +
      ` · version \`${label}\`${version.created ? ' (new)' : ' (existing, reused)'} · sha256 \`${sha256.slice(0, 12)}\`` +
      ` · ${rev.upload.uploaded ? `uploaded ${formatBytes(rev.upload.bytes)}` : 'already in S3: nothing built or uploaded'}` +
      `${environmentUrl(env) ? ` · ${environmentUrl(env)}` : ''}${swapped}\n\n`,
  );
  summary.addRaw(timings.markdown() + '\n\n');
  const instancesTable = renderInstances(watched.instances, label);
  if (instancesTable) summary.addRaw(instancesTable + '\n\n');
  const timeline = renderTimeline(watched.events);
  if (timeline) summary.addRaw(timeline + '\n\n');

  if (watched.outcome === 'success') {
    if (watched.warning) report.warning(watched.warning, { title: 'Environment health' });
    report.info(
      `Environment ${target} runs ${label} on every instance; health ${env?.Health ?? 'unknown'}${env?.HealthStatus ? ` (${env.HealthStatus})` : ''}.`,
    );
    if (s.pruneVersions > 0) {
      try {
        await pruneVersions(client, s.application, s.pruneVersions, new Set([label]), { log, warn, signal });
      } catch (err) {
        report.warning(`Could not prune old application versions: ${errorText(err)}`, { title: 'Application version' });
      }
    }
    await summary.write();
    return bakeBeanstalk(s, ctx, deps, { client, environment: target, label, previousLabel: (pair?.live ?? found)?.VersionLabel });
  }

  if (watched.outcome === 'timeout') {
    await summary.write();
    const stillRunning = env?.Status !== 'Ready';
    throw new DeploymentTimedOut(
      `Environment ${target} did not reach the release conditions within the timeout (${Math.round(s.timeoutMs / 1000)}s): ${watched.message}.` +
        (stillRunning ? ` The post step ${s.onCancel === 'stop' ? 'aborts the update' : 'leaves it running'}.` : ''),
    );
  }

  // Failed: read the instances' logs and explain.
  const logs = await timings.measure('Tail logs', () =>
    report.group('Instance tail logs', () =>
      collectTailLogs(client, target, {
        pollMs: s.pollIntervalMs,
        maxWaitMs: TAIL_WAIT_MS,
        instances: tailTargets(watched),
        log,
        clock,
        signal,
        deadline,
      }),
    ),
  );
  const diagnoses = diagnose(failureFacts(watched.events, logs), rev.files);
  report.diagnoses(diagnoses, rev.annotationRoot, summary);
  await summary.write();
  throw new DeploymentFailed(
    failureHeadline(target, label, watched, diagnoses[0], env) +
      (pair ? ` No CNAME swap: production stays on ${pair.live.EnvironmentName}.` : ''),
  );
}

/** One line: what failed (the decisive diagnosis when there is one), what AWS said, where the environment is now. */
export function failureHeadline(
  environment: string,
  label: string,
  w: WatchResult,
  top: Diagnosis | undefined,
  env: EnvironmentDescription | undefined,
): string {
  const where = top?.file ? ` (${top.file}${top.line ? `:${top.line}` : ''})` : '';
  const said = w.message.replace(/\.+$/, '');
  let cause: string;
  if (w.failure === 'error-event')
    cause =
      top && top.category !== 'unknown'
        ? `${top.title}${where}. Elastic Beanstalk reported: "${said}"`
        : `Elastic Beanstalk reported: "${said}"`;
  else cause = `${said}${top && top.category !== 'unknown' && top.category !== 'health-degraded' ? ` — ${top.title}${where}` : ''}`;
  const now = env?.VersionLabel && env.VersionLabel !== label ? ` ${environment} still runs ${env.VersionLabel}.` : '';
  return `Deploying ${label} to ${environment} failed: ${cause}.${now}`;
}

/** Beanstalk's own bucket (elasticbeanstalk-<region>-<account>), created on first use. */
async function storageBucket(client: ElasticBeanstalkClient, signal: AbortSignal): Promise<string> {
  try {
    const out = await client.send(new CreateStorageLocationCommand({}), { abortSignal: signal });
    if (!out.S3Bucket) throw new Error('no bucket name in the answer');
    return out.S3Bucket;
  } catch (err) {
    throw new BeanstalkError(
      `Could not get Elastic Beanstalk's storage bucket (CreateStorageLocation): ${errorText(err)}. Set s3-bucket to upload elsewhere.`,
    );
  }
}

function setEnvironmentOutputs(report: Reporter, env: EnvironmentDescription | undefined): void {
  report.setOutput(Outputs.Status, env?.Status ?? 'Unknown');
  report.setOutput(Outputs.Health, env?.Health ?? 'Unknown');
  if (env?.EnvironmentId) report.setOutput(Outputs.EnvironmentId, env.EnvironmentId);
  if (environmentUrl(env)) report.setOutput(Outputs.EnvironmentUrl, environmentUrl(env));
}

/** Instances whose logs matter: those the events name, else every instance seen. */
function tailTargets(w: WatchResult): string[] {
  const named = instancesInEvents(w.events);
  if (named.length) return named;
  return (w.instances ?? []).map((i) => i.id);
}

/** The released environment's URL for the GitHub Deployment (blue/green: the production CNAME's holder). */
export async function releasedUrl(s: BeanstalkSettings, signal: AbortSignal): Promise<string | undefined> {
  const client = await createClient('beanstalk', { region: s.region });
  const out = await client.send(new DescribeEnvironmentsCommand({ ApplicationName: s.application, IncludeDeleted: false }), {
    abortSignal: signal,
  });
  const live = (out.Environments ?? []).filter((e) => e.Status !== 'Terminated');
  const env =
    s.strategy === 'blue-green'
      ? live.find((e) => (e.CNAME ?? '').split('.')[0]?.toLowerCase() === s.productionCname.toLowerCase())
      : live.find((e) => e.EnvironmentName === s.environment);
  return env?.CNAME ? `http://${env.CNAME}` : undefined;
}

/**
 * UpdateEnvironment to `label`, marking the environment in flight for the post step once the
 * update is asked for (and clearing it if it is refused). The event cursor starts after the
 * events that were there before the update, so only this update's events are read.
 */
export async function updateInFlight(
  client: ElasticBeanstalkClient,
  s: Pick<BeanstalkSettings, 'application' | 'region' | 'pollIntervalMs'>,
  target: string,
  label: string,
  o: { deadline: number; log: (line: string) => void; clock: Clock; signal: AbortSignal; timings: Timings; report: Reporter },
): Promise<{ after: EnvironmentDescription; cursor: EventCursor }> {
  let cursor = new EventCursor();
  const { report } = o;
  // Which update is ours: the post step aborts only while the environment still applies it.
  const record = { service: 'beanstalk' as const, id: target, region: s.region, versionLabel: label, startedAt: 0 };
  const { after } = await o.timings.measure('Update environment', () =>
    report.group(`Update ${target} to ${label}`, () =>
      updateToVersion(client, s.application, target, label, {
        pollMs: s.pollIntervalMs,
        deadline: o.deadline,
        log: o.log,
        clock: o.clock,
        signal: o.signal,
        beforeUpdate: async () => {
          cursor = new EventCursor(await baselineEvents(client, s.application, target, o.signal));
          record.startedAt = Date.now();
          saveInFlight(report, record);
        },
        onUpdateFailed: () => saveInFlight(report, undefined),
      }),
    ),
  );
  // The answer of UpdateEnvironment carries the request id its events are tagged with.
  const requestId = (after as { $metadata?: { requestId?: string } }).$metadata?.requestId;
  saveInFlight(report, { ...record, ...(requestId ? { requestId } : {}) });
  return { after, cursor };
}
