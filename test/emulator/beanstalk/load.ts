// Puts a scenario's `beanstalk:` section into the state at start: applications with their saved
// configurations and versions (zipped into the storage bucket when absent), and environments
// already running those versions.
import type { BeanstalkCore } from './core.js';
import { publishLive } from './live.js';
import { colorOf, type ApplicationRec } from './model.js';
import { startMidUpdate } from './rollout.js';
import { DEFAULT_SOLUTION_STACK, type BeanstalkScenario } from './scenario.js';
import { zipFiles } from './zip.js';

type ScenarioApplication = NonNullable<BeanstalkScenario['applications']>[number];
type ScenarioEnvironment = NonNullable<BeanstalkScenario['environments']>[number];

export async function loadScenario(c: BeanstalkCore): Promise<void> {
  const t0 = c.now();
  for (const a of c.scenario.applications ?? []) await loadApplication(c, a, t0);
  for (const e of c.scenario.environments ?? []) {
    const app = c.apps.get(e.application);
    if (app) await loadEnvironment(c, app, e, t0);
  }
}

async function loadApplication(c: BeanstalkCore, a: ScenarioApplication, t0: number): Promise<void> {
  const app = c.newApplication(a.name, a.description, t0);
  for (const t of a.savedConfigurations ?? []) {
    app.templates.set(t.name, {
      name: t.name,
      solutionStack: t.solutionStack,
      platformArn: t.platformArn,
      description: t.description,
      optionSettings: t.optionSettings ?? [],
    });
  }
  for (const v of a.versions ?? []) {
    const bucket = v.bucket ?? c.storageBucket;
    const key = v.key ?? `${a.name}/${v.label}.zip`;
    await c.ctx.store.ensureBucket(bucket);
    if (!(await c.ctx.store.getObject(bucket, key))) {
      await c.ctx.store.putObject(bucket, key, await zipFiles(v.files ?? { 'index.html': `<h1>${v.label}</h1>\n` }));
    }
    app.versions.set(v.label, {
      application: a.name,
      label: v.label,
      description: v.description,
      bucket,
      key,
      status: 'PROCESSED',
      created: t0,
      updated: t0,
      arn: c.versionArn(a.name, v.label),
    });
  }
}

async function loadEnvironment(c: BeanstalkCore, app: ApplicationRec, e: ScenarioEnvironment, t0: number): Promise<void> {
  const tpl = e.templateName ? app.templates.get(e.templateName) : undefined;
  const env = c.newEnvironment({
    app,
    name: e.name,
    id: e.id,
    cnamePrefix: e.cname,
    solutionStack: e.solutionStack ?? tpl?.solutionStack ?? (e.platformArn ? undefined : DEFAULT_SOLUTION_STACK),
    platformArn: e.platformArn ?? tpl?.platformArn,
    templateName: e.templateName,
    description: e.description,
    instanceCount: e.instances ?? 1,
    optionSettings: [...(tpl?.optionSettings ?? []), ...(e.optionSettings ?? [])],
    faults: e.faults ?? {},
  });
  env.versionLabel = e.versionLabel;
  env.status = e.status ?? 'Ready';
  env.healthStatus = e.healthStatus ?? (e.health === 'Red' ? 'Severe' : e.health === 'Yellow' ? 'Warning' : 'Ok');
  env.health = e.health ?? colorOf(env.healthStatus);
  for (const i of env.instances) {
    i.versionLabel = e.versionLabel;
    i.deploymentId = e.versionLabel ? 1 : undefined;
    i.deploymentStatus = e.versionLabel ? 'Deployed' : undefined;
    i.deploymentTime = e.versionLabel ? t0 : undefined;
    i.healthStatus = env.healthStatus;
    i.color = env.health;
  }
  if (e.versionLabel) env.deploymentCounter = 1;
  await c.prepareInstances(env);
  c.event({
    severity: 'INFO',
    message: `Successfully launched environment: ${env.name}`,
    application: env.application,
    environmentName: env.name,
    environmentId: env.id,
    versionLabel: env.versionLabel,
  });
  const mid = e.faults?.environmentMidUpdate;
  if (mid !== undefined && mid !== false) startMidUpdate(c, env, mid === true ? 30 : mid);
  publishLive(c, env);
}
