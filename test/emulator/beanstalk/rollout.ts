// What runs after CreateEnvironment / UpdateEnvironment answered: the launch, a version deploy on the
// instances (the bundle's hooks really run, engine.ts), a configuration update, and the health
// that follows (including the scenario's health-drop and mid-update faults).
import { randomUUID } from 'node:crypto';
import { lower36, type BeanstalkCore } from './core.js';
import { InstanceEngine, type DeployResult } from './engine.js';
import { publishLive } from './live.js';
import { colorOf, isAl2023, optionSettingsOf, type EnvironmentRec, type InstanceRec, type Operation, type VersionRec } from './model.js';
import { newRequestId } from './protocol.js';
import type { HealthStatus } from './scenario.js';
import type { LoadedBundle } from './versions.js';

type InstanceResult = { instance: InstanceRec; result: DeployResult };

export async function launch(
  c: BeanstalkCore,
  env: EnvironmentRec,
  op: Operation,
  version: VersionRec | undefined,
  bundle: LoadedBundle | undefined,
): Promise<void> {
  const r = op.requestId;
  await c.sleep(c.timing.launch / 2, op.controller.signal);
  if (env.op !== op) return;
  c.envEvent(env, 'INFO', `Created security group named: awseb-${env.id}-stack-AWSEBSecurityGroup-${lower36(12).toUpperCase()}`, r);
  c.envEvent(env, 'INFO', `Created load balancer named: awseb-${env.id}-AWSEBLoa-${lower36(12).toUpperCase()}`, r);
  c.envEvent(env, 'INFO', `Created Auto Scaling group named: awseb-${env.id}-stack-AWSEBAutoScalingGroup-${lower36(12).toUpperCase()}`, r);
  c.envEvent(env, 'INFO', 'Waiting for EC2 instances to launch. This may take a few minutes.', r);
  await c.sleep(c.timing.launch / 2, op.controller.signal);
  if (env.op !== op) return;
  let ok = true;
  if (version && bundle) {
    const results = await runInstances(c, env, op, version, bundle);
    ok = results.every((x) => x.result.ok);
    reportInstanceResults(c, env, op, results);
  } else {
    for (const i of env.instances) {
      i.healthStatus = 'Ok';
      i.color = 'Green';
    }
  }
  if (env.op !== op) return;
  env.op = undefined;
  env.status = 'Ready';
  env.updated = c.now();
  if (ok) {
    c.setHealth(env, 'Ok', [], undefined);
    c.envEvent(env, 'INFO', `Successfully launched environment: ${env.name}`, r);
    applyHealthDrop(c, env, r);
  } else {
    c.setHealth(env, 'Severe', failedCauses(env), undefined);
    c.envEvent(
      env,
      'ERROR',
      'Create environment operation is complete, but with errors. For more information, see troubleshooting documentation.',
      r,
    );
  }
  publishLive(c, env);
}

export async function deploy(
  c: BeanstalkCore,
  env: EnvironmentRec,
  op: Operation,
  version: VersionRec,
  bundle: LoadedBundle,
): Promise<void> {
  const r = op.requestId;
  const started = c.now();
  await c.sleep(c.timing.deployStart, op.controller.signal);
  if (env.op !== op || op.controller.signal.aborted) return;
  c.envEvent(env, 'INFO', 'Deploying new version to instance(s).', r);
  const n = env.instances.length;
  const s = n === 1 ? '' : 's';
  c.setHealth(
    env,
    'Info',
    [`Application update in progress on ${n} instance${s}.`],
    r,
    `Application update in progress on ${n} instance${s}. 0 out of ${n} instance${s} completed (running for 3 seconds).`,
  );
  const results = await runInstances(c, env, op, version, bundle);
  if (env.op !== op || op.controller.signal.aborted) return;
  reportInstanceResults(c, env, op, results);
  await c.sleep(c.timing.deployFinish, op.controller.signal);
  if (env.op !== op || op.controller.signal.aborted) return;
  const failed = results.filter((x) => !x.result.ok).length;
  env.op = undefined;
  env.status = 'Ready';
  env.updated = c.now();
  if (failed === 0) {
    env.versionLabel = version.label;
    c.envEvent(env, 'INFO', 'New application version was deployed to running EC2 instances.', r);
    c.envEvent(env, 'INFO', 'Environment update completed successfully.', r);
    const took = Math.max(1, Math.round((c.now() - started) / 1000 / Math.max(c.ctx.clock.timeScale, 1e-9)));
    c.setHealth(env, 'Ok', [], r, `Application update completed 1 second ago and took ${took} seconds.`);
    applyHealthDrop(c, env, r);
  } else {
    // The environment keeps its previous version label; the instances that failed keep theirs.
    c.envEvent(env, 'ERROR', 'Failed to deploy application.', r);
    const causes = failedCauses(env);
    c.setHealth(env, 'Degraded', causes, r, causes.join(' '));
  }
  publishLive(c, env);
}

export async function configUpdate(c: BeanstalkCore, env: EnvironmentRec, op: Operation): Promise<void> {
  const r = op.requestId;
  c.envEvent(env, 'INFO', `Updating environment ${env.name}'s configuration settings.`, r);
  await c.sleep(c.timing.deployStart + c.timing.deployFinish, op.controller.signal);
  if (env.op !== op || op.controller.signal.aborted) return;
  env.op = undefined;
  env.status = 'Ready';
  env.updated = c.now();
  c.envEvent(env, 'INFO', 'Successfully deployed new configuration to environment.', r);
  c.envEvent(env, 'INFO', 'Environment update completed successfully.', r);
}

/** The environmentMidUpdate fault: an abortable configuration update already running. */
export function startMidUpdate(c: BeanstalkCore, env: EnvironmentRec, seconds: number): void {
  const requestId = newRequestId();
  env.status = 'Updating';
  const op: Operation = { kind: 'midUpdate', abortable: true, controller: new AbortController(), requestId };
  env.op = op;
  c.envEvent(env, 'INFO', 'Environment update is starting.', requestId);
  c.envEvent(env, 'INFO', `Updating environment ${env.name}'s configuration settings.`, requestId);
  c.track(
    (async () => {
      await c.sleep(seconds, op.controller.signal);
      if (op.controller.signal.aborted || env.op !== op) return;
      env.status = 'Ready';
      env.op = undefined;
      env.updated = c.now();
      c.envEvent(env, 'INFO', 'Successfully deployed new configuration to environment.', requestId);
      c.envEvent(env, 'INFO', 'Environment update completed successfully.', requestId);
    })(),
  );
}

async function runInstances(
  c: BeanstalkCore,
  env: EnvironmentRec,
  op: Operation,
  version: VersionRec,
  bundle: LoadedBundle,
): Promise<InstanceResult[]> {
  const deploymentId = ++env.deploymentCounter;
  const failCount = env.faults.failInstances ?? 0;
  // Environment properties: the bundle's option_settings, overridden by the environment's own.
  const settings =
    'error' in bundle ? optionSettingsOf(env) : Object.assign({}, ...bundle.configs.map((x) => x.envProperties), optionSettingsOf(env));
  const stackArn = `arn:aws:cloudformation:${c.region}:${c.accountId}:stack/awseb-${env.id}-stack/${randomUUID()}`;
  const started = c.now();
  return Promise.all(
    env.instances.map(async (instance, idx) => {
      instance.deploymentId = deploymentId;
      instance.deploymentStatus = 'In Progress';
      instance.deploymentTime = started;
      instance.healthStatus = 'Info';
      instance.color = 'Green';
      let result: DeployResult;
      if ('error' in bundle) {
        instance.logs.engine('INFO', 'Executing instruction: StageApplication');
        instance.logs.engine(
          'ERROR',
          `An error occurred during execution of command [app-deploy] - [StageApplication]. Stop running the command. Error: ${bundle.error} `,
        );
        result = { ok: false, aborted: false, instruction: 'StageApplication', error: bundle.error };
      } else {
        const engine = new InstanceEngine({
          instanceId: instance.id,
          instanceDir: instance.dir,
          logs: instance.logs,
          clock: c.ctx.clock,
          entries: bundle.entries,
          configs: bundle.configs,
          applicationName: env.application,
          versionLabel: version.label,
          bundleLocation: `s3://${version.bucket}/${version.key}`,
          stackArn,
          region: c.region,
          leader: instance.leader,
          al2023: isAl2023(env),
          envProperties: settings,
          commandTimeoutSeconds: c.timing.commandTimeout,
          failAppStart: idx >= env.instances.length - failCount,
          signal: op.controller.signal,
        });
        result = await engine.deploy();
      }
      await c.sleep(c.timing.instanceDeploy, op.controller.signal);
      if (!op.controller.signal.aborted) settleInstance(instance, version, result.ok, c.now());
      return { instance, result };
    }),
  );
}

function settleInstance(instance: InstanceRec, version: VersionRec, ok: boolean, at: number): void {
  instance.deploymentTime = at;
  if (ok) {
    instance.versionLabel = version.label;
    instance.deploymentStatus = 'Deployed';
    instance.healthStatus = 'Ok';
    instance.color = 'Green';
    instance.causes = [];
  } else {
    instance.deploymentStatus = 'Failed';
    instance.healthStatus = 'Severe';
    instance.color = 'Red';
    instance.causes = [
      `Application deployment failed at ${new Date(at).toISOString()} with exit status 1 and error: Engine execution has encountered an error.`,
    ];
  }
}

function reportInstanceResults(c: BeanstalkCore, env: EnvironmentRec, op: Operation, results: InstanceResult[]): void {
  if (op.controller.signal.aborted) return;
  const r = op.requestId;
  const failed = results.filter((x) => !x.result.ok);
  const ok = results.length - failed.length;
  if (ok > 0) c.envEvent(env, 'INFO', 'Instance deployment completed successfully.', r);
  for (const f of failed) {
    c.envEvent(env, 'ERROR', "Instance deployment failed. For details, see 'eb-engine.log'.", r);
    c.envEvent(
      env,
      'ERROR',
      `[Instance: ${f.instance.id}] Command failed on instance. Return code: 1 Output: Engine execution has encountered an error..`,
      r,
    );
  }
  c.envEvent(env, 'INFO', `Command execution completed on all instances. Summary: [Successful: ${ok}, Failed: ${failed.length}].`, r);
  if (failed.length > 0) {
    c.envEvent(
      env,
      'ERROR',
      `Unsuccessful command execution on instance id(s) '${failed.map((f) => f.instance.id).join(',')}'. Aborting the operation.`,
      r,
    );
  }
}

/** The healthDropAfterDeploy fault: health falls (at once or after healthDropDelay) after a good deploy. */
function applyHealthDrop(c: BeanstalkCore, env: EnvironmentRec, requestId: string): void {
  const drop = env.faults.healthDropAfterDeploy;
  if (!drop) return;
  const status: HealthStatus = drop === 'Yellow' || drop === 'Warning' ? 'Warning' : drop === 'Degraded' ? 'Degraded' : 'Severe';
  const apply = (): void => {
    if (env.status === 'Terminated') return;
    const why =
      status === 'Warning' ? '8.0 % of the requests are failing with HTTP 5xx.' : '100.0 % of the requests are failing with HTTP 5xx.';
    for (const i of env.instances) {
      i.healthStatus = status;
      i.color = colorOf(status);
      i.causes = [why];
    }
    c.setHealth(env, status, [why], requestId, why);
    publishLive(c, env);
  };
  const delay = env.faults.healthDropDelay ?? 0;
  if (delay <= 0) apply();
  else
    c.track(
      (async () => {
        await c.sleep(delay);
        if (!c.closing.signal.aborted) apply();
      })(),
    );
}

function failedCauses(env: EnvironmentRec): string[] {
  const failed = env.instances.filter((i) => i.deploymentStatus === 'Failed').length;
  const n = env.instances.length;
  const causes = [failed === n ? 'Command failed on all instances.' : `Command failed on ${failed} out of ${n} instances.`];
  const expected = env.versionLabel;
  const wrong = env.instances.filter((i) => i.versionLabel !== expected).length;
  if (wrong > 0) {
    const where = wrong === n ? 'all instances' : `${wrong} out of ${n} instances`;
    causes.push(
      `Incorrect application version found on ${where}. Expected version "${expected ?? 'n/a'}" (deployment ${env.deploymentCounter}).`,
    );
  }
  return causes;
}
