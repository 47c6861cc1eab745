// The environment lifecycle: CreateEnvironment, UpdateEnvironment, DescribeEnvironments,
// TerminateEnvironment, AbortEnvironmentUpdate. The work after the answer is in rollout.ts.
import { paginate, type BeanstalkCore, type Operations } from './core.js';
import { unpublishLive, publishLive } from './live.js';
import { colorOf, environmentXml, platformArnFor, type EnvironmentRec, type Operation, type TemplateRec } from './model.js';
import { Codes, EbError, type QueryParams, type XmlObject } from './protocol.js';
import { configUpdate, deploy, launch } from './rollout.js';
import type { ScenarioOptionSetting } from './scenario.js';
import { deployableVersion, loadVersionBundle } from './versions.js';

export function environmentOperations(c: BeanstalkCore): Operations {
  return {
    CreateEnvironment: (p, r) => createEnvironment(c, p, r),
    UpdateEnvironment: (p, r) => updateEnvironment(c, p, r),
    DescribeEnvironments: (p) => describeEnvironments(c, p),
    TerminateEnvironment: (p, r) => terminateEnvironment(c, p, r),
    AbortEnvironmentUpdate: (p, r) => abortEnvironmentUpdate(c, p, r),
  };
}

function optionSettingsParam(p: QueryParams): ScenarioOptionSetting[] {
  return p.structList('OptionSettings').map((prefix) => ({
    namespace: p.str(`${prefix}.Namespace`) ?? '',
    optionName: p.str(`${prefix}.OptionName`) ?? '',
    value: p.str(`${prefix}.Value`) ?? '',
    resourceName: p.str(`${prefix}.ResourceName`),
  }));
}

function checkNewEnvironment(c: BeanstalkCore, name: string | undefined): string {
  if (!name) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter EnvironmentName.');
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9]$/.test(name)) {
    throw new EbError(
      Codes.InvalidParameterValue,
      `Value ${name} at 'EnvironmentName' failed to satisfy constraint: must contain 4 to 40 letters, numbers and hyphens, and must not start or end with a hyphen.`,
    );
  }
  if (c.liveEnvs().some((e) => e.name === name)) throw new EbError(Codes.InvalidParameterValue, `Environment ${name} already exists.`);
  const limit = c.scenario.limits?.environments ?? 200;
  if (c.liveEnvs().length >= limit) throw new EbError(Codes.TooManyEnvironments, `You cannot have more than ${limit} Environments.`);
  return name;
}

async function createEnvironment(c: BeanstalkCore, p: QueryParams, requestId: string): Promise<XmlObject> {
  const app = c.app(p.str('ApplicationName'));
  const name = checkNewEnvironment(c, p.str('EnvironmentName'));
  const tpl = c.templateOf(app, p.str('TemplateName'));
  const stack = p.str('SolutionStackName') ?? tpl?.solutionStack;
  const arn = p.str('PlatformArn') ?? tpl?.platformArn;
  if (!stack && !arn) {
    throw new EbError(Codes.InvalidParameterCombination, 'You must specify a SolutionStackName, a PlatformArn or a TemplateName.');
  }
  if (p.str('SolutionStackName') && p.str('PlatformArn')) {
    throw new EbError(Codes.InvalidParameterCombination, 'You cannot specify both SolutionStackName and PlatformArn.');
  }
  const prefix = p.str('CNAMEPrefix');
  if (prefix && c.liveEnvs().some((e) => e.cnamePrefix.toLowerCase() === prefix.toLowerCase())) {
    throw new EbError(Codes.InvalidParameterValue, `DNS name (${prefix}.${c.region}.elasticbeanstalk.com) is not available.`);
  }
  const label = p.str('VersionLabel');
  const version = label ? deployableVersion(app, label) : undefined;
  const bundle = version ? await loadVersionBundle(c.ctx.store, version) : undefined;
  const settings = [...(tpl?.optionSettings ?? []), ...optionSettingsParam(p)];
  const count = Number(settings.find((o) => o.namespace === 'aws:autoscaling:asg' && o.optionName === 'MinSize')?.value ?? '1');
  const env = c.newEnvironment({
    app,
    name,
    cnamePrefix: prefix,
    solutionStack: stack,
    platformArn: arn,
    templateName: p.str('TemplateName'),
    description: p.str('Description'),
    instanceCount: Number.isInteger(count) && count >= 0 ? count : 1,
    optionSettings: settings,
    faults: {},
  });
  env.versionLabel = label;
  const op: Operation = { kind: 'launch', abortable: false, controller: new AbortController(), requestId, versionLabel: label };
  env.op = op;
  await c.prepareInstances(env);
  c.envEvent(env, 'INFO', 'createEnvironment is starting.', requestId);
  c.envEvent(env, 'INFO', `Using ${c.storageBucket} as Amazon S3 storage bucket for environment data.`, requestId);
  c.track(launch(c, env, op, version, bundle));
  return environmentXml(env);
}

/** Merge an update's settings, template, OptionsToRemove and platform into the environment. */
function applyConfiguration(c: BeanstalkCore, env: EnvironmentRec, p: QueryParams, tpl: TemplateRec | undefined): void {
  for (const s of [...(tpl?.optionSettings ?? []), ...optionSettingsParam(p)]) {
    env.optionSettings = env.optionSettings.filter((o) => !(o.namespace === s.namespace && o.optionName === s.optionName));
    env.optionSettings.push(s);
  }
  for (const prefix of p.structList('OptionsToRemove')) {
    const ns = p.str(`${prefix}.Namespace`);
    const on = p.str(`${prefix}.OptionName`);
    env.optionSettings = env.optionSettings.filter((o) => !(o.namespace === ns && o.optionName === on));
  }
  const stack = p.str('SolutionStackName');
  const platformArn = p.str('PlatformArn');
  if (stack) {
    env.solutionStack = stack;
    env.platformArn = platformArnFor(c.region, stack);
  }
  if (platformArn) env.platformArn = platformArn;
  if (tpl) env.templateName = tpl.name;
}

async function updateEnvironment(c: BeanstalkCore, p: QueryParams, requestId: string): Promise<XmlObject> {
  const env = c.env(p);
  const app = c.app(env.application);
  const appName = p.str('ApplicationName');
  if (appName && appName !== env.application) {
    throw new EbError(Codes.InvalidParameterValue, `No Environment found for EnvironmentName = '${env.name}'.`);
  }
  const label = p.str('VersionLabel');
  const tplName = p.str('TemplateName');
  const tpl = c.templateOf(app, tplName);
  const description = p.str('Description');
  const configChange =
    optionSettingsParam(p).length > 0 ||
    tpl !== undefined ||
    p.str('SolutionStackName') !== undefined ||
    p.str('PlatformArn') !== undefined ||
    p.structList('OptionsToRemove').length > 0;
  c.mustBeReady(env);
  if (label === undefined && !configChange) {
    // A description-only update applies at once, without an environment update.
    if (description !== undefined) env.description = description;
    env.updated = c.now();
    return environmentXml(env);
  }
  if (label && tplName) {
    throw new EbError(
      Codes.InvalidParameterCombination,
      'You cannot update the version label and the configuration template at the same time.',
    );
  }
  const version = label ? deployableVersion(app, label) : undefined;
  const bundle = version ? await loadVersionBundle(c.ctx.store, version) : undefined;
  if (description !== undefined) env.description = description;
  applyConfiguration(c, env, p, tpl);
  const op: Operation = {
    kind: version ? 'deploy' : 'config',
    abortable: true,
    controller: new AbortController(),
    requestId,
    versionLabel: version?.label,
    previous: {
      versionLabel: env.versionLabel,
      instances: new Map(env.instances.map((i) => [i.id, i.versionLabel])),
      health: env.health,
      healthStatus: env.healthStatus,
    },
  };
  env.op = op;
  env.status = 'Updating';
  env.updated = c.now();
  const reply = environmentXml(env);
  // The reply names the version being deployed, as AWS's does.
  if (version && bundle) reply['VersionLabel'] = version.label;
  c.envEvent(env, 'INFO', 'Environment update is starting.', requestId);
  c.track(version && bundle ? deploy(c, env, op, version, bundle) : configUpdate(c, env, op));
  return reply;
}

function describeEnvironments(c: BeanstalkCore, p: QueryParams): XmlObject {
  const appName = p.str('ApplicationName');
  const label = p.str('VersionLabel');
  const ids = p.list('EnvironmentIds');
  const names = p.list('EnvironmentNames');
  const includeDeleted = p.bool('IncludeDeleted') ?? true;
  const backTo = p.date('IncludedDeletedBackTo');
  const now = c.now();
  const retentionMs = 3600 * 1000;
  const list = c.envs.filter((e) => {
    if (appName && e.application !== appName) return false;
    if (label && e.versionLabel !== label) return false;
    if (ids.length > 0 && !ids.includes(e.id)) return false;
    if (names.length > 0 && !names.includes(e.name)) return false;
    if (e.status === 'Terminated') {
      if (!includeDeleted) return false;
      const at = e.terminatedAt ?? 0;
      if (backTo !== undefined ? at < backTo : now - at > retentionMs) return false;
    }
    return true;
  });
  const { page, next } = paginate(list, p);
  return { Environments: page.map(environmentXml), NextToken: next };
}

function terminateEnvironment(c: BeanstalkCore, p: QueryParams, requestId: string): XmlObject {
  const env = c.env(p);
  if (env.status === 'Terminating') {
    throw new EbError(
      Codes.InvalidParameterValue,
      `Environment named ${env.name} is in an invalid state for this operation. Must be Ready.`,
    );
  }
  env.op?.controller.abort();
  const op: Operation = { kind: 'terminate', abortable: false, controller: new AbortController(), requestId };
  env.op = op;
  env.status = 'Terminating';
  env.health = 'Grey';
  env.updated = c.now();
  c.envEvent(env, 'INFO', 'terminateEnvironment is starting.', requestId);
  c.track(
    (async () => {
      await c.sleep(c.timing.terminate);
      if (env.op !== op) return;
      env.op = undefined;
      env.status = 'Terminated';
      env.terminatedAt = c.now();
      env.updated = env.terminatedAt;
      for (const i of env.instances) {
        i.healthStatus = 'NoData';
        i.color = 'Grey';
      }
      c.envEvent(env, 'INFO', 'terminateEnvironment completed successfully.', requestId);
      unpublishLive(c, env);
    })(),
  );
  return environmentXml(env);
}

function abortEnvironmentUpdate(c: BeanstalkCore, p: QueryParams, requestId: string): undefined {
  const env = c.env(p);
  const op = env.op;
  if (!op || !op.abortable || env.status !== 'Updating') {
    throw new EbError(
      Codes.InvalidParameterValue,
      `Environment named ${env.name} is in an invalid state for this operation. Must be Updating with an abortable operation in progress.`,
    );
  }
  op.controller.abort();
  const abortOp: Operation = { kind: 'abort', abortable: false, controller: new AbortController(), requestId };
  env.op = abortOp;
  env.status = 'Aborting';
  env.updated = c.now();
  c.envEvent(env, 'INFO', 'abortEnvironmentUpdate is starting.', requestId);
  c.track(
    (async () => {
      await c.sleep(c.timing.abort);
      if (env.op !== abortOp) return;
      const prev = op.previous;
      rollBack(env, prev);
      env.op = undefined;
      env.status = 'Ready';
      env.updated = c.now();
      const back = prev?.versionLabel ? ` Rolled back the instances to application version '${prev.versionLabel}'.` : '';
      c.envEvent(env, 'WARN', `Environment update was aborted.${back}`, requestId);
      c.envEvent(env, 'INFO', 'abortEnvironmentUpdate completed successfully.', requestId);
      publishLive(c, env);
    })(),
  );
  return undefined;
}

/** An aborted update puts back the versions and health from before it. */
function rollBack(env: EnvironmentRec, prev: Operation['previous']): void {
  for (const i of env.instances) {
    if (prev) i.versionLabel = prev.instances.get(i.id);
    if (i.deploymentStatus === 'In Progress') i.deploymentStatus = prev?.instances.get(i.id) ? 'Deployed' : undefined;
    i.healthStatus = prev?.healthStatus ?? 'Ok';
    i.color = colorOf(i.healthStatus);
    i.causes = [];
  }
  if (prev) {
    env.versionLabel = prev.versionLabel;
    env.healthStatus = prev.healthStatus;
    env.health = prev.health;
    env.causes = [];
  }
}
