// The CodeDeploy release for ECS services and Lambda aliases: the AppSpec is the revision
// (AppSpecContent), so nothing is bundled or uploaded. prepare (task definition or version) →
// create deployment → watch the lifecycle events → on failure, ECS service events and the AppSpec's
// hooks → diagnose → report. The in-flight record is CodeDeploy's, so the post step stops a
// cancelled deployment with rollback exactly as for EC2.
import {
  GetDeploymentGroupCommand,
  type CodeDeployClient,
  type DeploymentGroupInfo,
  type DeploymentInfo,
} from '@aws-sdk/client-codedeploy';
import { Outputs } from '../constants.js';
import { DeploymentFailed, DeploymentTimedOut } from '../errors.js';
import { saveInFlight } from '../in-flight.js';
import type { CodeDeploySettings } from '../settings/index.js';
import type { RunContext } from '../github/context.js';
import { releaseDescription } from '../github/context.js';
import { createClient } from '../aws/clients.js';
import { ReleaseError, getDeployment, startDeployment } from '../codedeploy/release.js';
import { watchDeployment, targetOf, type WatchResult } from '../codedeploy/watch.js';
import { consoleUrl } from '../codedeploy/console.js';
import { checkInputs, platformLabel } from '../compute/platform.js';
import { appSpecRevision } from '../compute/revision.js';
import type { PreparedAppSpec } from '../compute/prepared.js';
import { diagnose } from '../diagnose/index.js';
import { renderTargetTable } from '../report/deployment-table.js';
import type { ComputeFacts } from '../types.js';
import { errorText } from '../errors.js';
import { AbortedError } from '../util/time.js';
import type { FlowDeps } from './codedeploy.js';
import type { EcsServiceRef } from '../ecs/service.js';

type Platform = 'ECS' | 'Lambda';

export async function releaseCompute(
  s: CodeDeploySettings,
  ctx: RunContext,
  deps: FlowDeps,
  client: CodeDeployClient,
  platform: Platform,
): Promise<void> {
  const { clock, signal, timings, report } = deps;
  checkInputs(platform, {
    application: s.application,
    compute: s.compute,
    s3Bucket: s.s3Bucket,
    fileExistsBehavior: s.fileExistsBehavior ?? '',
    ignoreApplicationStopFailures: s.ignoreApplicationStopFailures,
  });
  const deadline = clock.now() + s.timeoutMs;
  const description = releaseDescription(ctx, s.description);
  const group = await readGroup(client, s.application, s.deploymentGroup, signal);
  const prepared = await timings.measure(platform === 'ECS' ? 'Task definition and AppSpec' : 'Version and AppSpec', () =>
    prepare(s, group, description, deps),
  );
  report.debug(`AppSpec content:\n${prepared.content}`);
  const revision = appSpecRevision(prepared.content);
  const token = `hookline-${ctx.runId}-${ctx.runAttempt}-${(revision.appSpecContent?.sha256 ?? '').slice(0, 12)}`;
  const createOnce = await createClient('codedeploy', { region: s.region, maxAttempts: 1 });
  const inFlight = { service: 'codedeploy' as const, region: s.region, token, application: s.application, group: s.deploymentGroup };
  const deploymentId = await timings.measure('Create deployment', async () => {
    saveInFlight(report, { ...inFlight, since: Date.now() });
    return report.group('Create deployment', () =>
      startDeployment(
        client,
        createOnce,
        {
          application: s.application,
          deploymentGroup: s.deploymentGroup,
          revision,
          deploymentConfig: s.deploymentConfig,
          description,
          token,
          ignoreApplicationStopFailures: false,
          autoRollback: s.autoRollback,
        },
        { onActive: s.onActiveDeployment, deadline, pollMs: s.pollIntervalMs, log: report.log },
        clock,
        signal,
      ).catch((err: unknown) => {
        if (!(err instanceof AbortedError)) saveInFlight(report, undefined);
        throw err;
      }),
    );
  });
  saveInFlight(report, { ...inFlight, id: deploymentId });
  report.setOutput(Outputs.DeploymentId, deploymentId);
  report.info(`Deployment ${deploymentId} created: ${consoleUrl(s.region, deploymentId)}`);

  const watch = (id: string, continueBlueGreen: boolean) =>
    watchDeployment(client, id, { pollMs: s.pollIntervalMs, deadline, continueBlueGreen, log: report.log, clock, signal });
  let watched: WatchResult;
  try {
    watched = await timings.measure('Deployment', () =>
      report.group(`Watch deployment ${deploymentId}`, () => watch(deploymentId, s.continueBlueGreen)),
    );
  } catch (err) {
    if (err instanceof AbortedError) {
      throw new AbortedError(
        `Cancelled while deployment ${deploymentId} was running; the post step ${s.onCancel === 'stop' ? 'stops it, with rollback' : 'leaves it running (on-cancel: leave)'}.`,
      );
    }
    throw err;
  }
  if (watched.timedOut) {
    report.setOutput(Outputs.Status, watched.info.status ?? 'Unknown');
    throw new DeploymentTimedOut(
      `Deployment ${deploymentId} did not finish within the timeout (${Math.round(s.timeoutMs / 1000)}s); it is ${watched.info.status ?? 'in an unknown state'}. ` +
        `The post step ${s.onCancel === 'stop' ? 'stops it, with rollback' : 'leaves it running'}.`,
    );
  }
  saveInFlight(report, undefined);
  const info = await getDeployment(client, deploymentId, signal);
  let rollback: DeploymentInfo | undefined;
  if (info.rollbackInfo?.rollbackDeploymentId) {
    report.info(`CodeDeploy started rollback deployment ${info.rollbackInfo.rollbackDeploymentId}; following it.`);
    rollback = (await watch(info.rollbackInfo.rollbackDeploymentId, true)).info;
  }
  const succeeded = info.status === 'Succeeded' || watched.waitingForReady;
  report.setOutput(Outputs.Status, watched.waitingForReady ? 'Ready' : (info.status ?? 'Unknown'));

  const summary = report.summary.addHeading(`hookline · CodeDeploy ${platformLabel(platform)} ${s.application}/${s.deploymentGroup}`, 2);
  summary.addRaw(
    `Deployment [${deploymentId}](${consoleUrl(s.region, deploymentId)}) **${watched.waitingForReady ? 'Ready (waiting for traffic rerouting)' : info.status}** · ${prepared.what}` +
      ` · AppSpec sha256 \`${(revision.appSpecContent?.sha256 ?? '').slice(0, 12)}\`${prepared.file ? ` from \`${prepared.file}\`` : ' (written by hookline)'}\n\n`,
  );
  if (rollback) summary.addRaw(`Rollback deployment ${rollback.deploymentId}: **${rollback.status}**\n\n`);
  summary.addRaw(timings.markdown() + '\n\n');
  const targets = [...watched.targets.values()];
  const table = renderTargetTable(targets);
  if (table) summary.addRaw(table + '\n\n');
  if (watched.waitingForReady) {
    report.notice(
      `Deployment ${deploymentId} is Ready: the replacement task set waits for production traffic to be rerouted. Continue it in the console or rerun with continue-blue-green: true.`,
      { title: 'Blue/green deployment waits for you' },
    );
  }
  if (succeeded) {
    if (info.status === 'Succeeded') report.info(`Traffic shifted: ${prepared.what}.`);
    await summary.write();
    return;
  }

  const facts = {
    service: 'codedeploy' as const,
    deployment: info as Record<string, unknown>,
    targets: targets.filter(
      (t) => targetOf(t)?.status === 'Failed' || targetOf(t)?.lifecycleEvents?.some((e) => e.status === 'Failed'),
    ) as Record<string, unknown>[],
    compute: await computeFacts(platform, prepared, group, info, s.region, signal, report),
  };
  report.diagnoses(diagnose(facts), '', summary);
  await summary.write();
  const err = info.errorInformation;
  throw new DeploymentFailed(
    `Deployment ${deploymentId} ${info.status === 'Stopped' ? 'was stopped' : 'failed'}` +
      `${err?.code ? ` (${err.code})` : ''}${err?.message ? `: ${err.message}` : ''}` +
      `${rollback ? `; rollback ${rollback.deploymentId} ${rollback.status}` : ''}.`,
  );
}

async function readGroup(client: CodeDeployClient, application: string, group: string, signal: AbortSignal): Promise<DeploymentGroupInfo> {
  try {
    const out = await client.send(new GetDeploymentGroupCommand({ applicationName: application, deploymentGroupName: group }), {
      abortSignal: signal,
    });
    if (!out.deploymentGroupInfo) throw new Error('GetDeploymentGroup returned nothing');
    return out.deploymentGroupInfo;
  } catch (err) {
    throw new ReleaseError(`Could not read deployment group '${group}' of application '${application}': ${errorText(err)}`);
  }
}

async function prepare(
  s: CodeDeploySettings,
  group: DeploymentGroupInfo,
  description: string,
  { report, signal }: FlowDeps,
): Promise<PreparedAppSpec & { service?: EcsServiceRef }> {
  const c = s.compute;
  if (c.kind === 'ecs') {
    const { prepareEcs } = await import('../ecs/prepare.js');
    return prepareEcs(c, group, s.region, s.workspace, report, signal);
  }
  if (c.kind === 'lambda') {
    const { prepareLambda } = await import('../lambda/prepare.js');
    return prepareLambda(c, s.region, s.workspace, description, report, signal);
  }
  throw new Error('unreachable: checkInputs refuses a compute release without its inputs');
}

/** What the diagnosis needs beyond the deployment: hooks, and for ECS the service events and test listener. */
async function computeFacts(
  platform: Platform,
  prepared: PreparedAppSpec & { service?: EcsServiceRef },
  group: DeploymentGroupInfo,
  info: DeploymentInfo,
  region: string,
  signal: AbortSignal,
  report: FlowDeps['report'],
): Promise<ComputeFacts> {
  const facts: ComputeFacts = { platform, hooks: prepared.hooks, appspecFile: prepared.file };
  if (platform !== 'ECS' || !prepared.service) return facts;
  const pair = group.loadBalancerInfo?.targetGroupPairInfoList?.[0];
  facts.testListener = (pair?.testTrafficRoute?.listenerArns?.length ?? 0) > 0;
  try {
    const { describeService, eventsSince } = await import('../ecs/service.js');
    const ecs = await createClient('ecs', { region });
    const svc = await describeService(ecs, prepared.service, signal);
    facts.serviceEvents = eventsSince(svc, info.createTime ? new Date(info.createTime).getTime() : 0);
  } catch (err) {
    // The diagnosis still stands on the lifecycle events; say why the service's side is missing.
    report.warning(`Could not read the ECS service events: ${errorText(err)}`);
  }
  return facts;
}
