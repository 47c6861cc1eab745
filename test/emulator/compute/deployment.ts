// One ECS or Lambda deployment run by the emulated CodeDeploy: the lifecycle events in order, each
// hook invoked through the simulated functions, the ECS task sets or the Lambda alias moved, and a
// stop (with or without rollback) honoured between and during events.
import { parse as parseYaml } from 'yaml';
import type { Clock } from '../types.js';
import { MANUAL_STOP } from '../codedeploy/messages.js';
import { invokeHook } from '../lambda/hooks.js';
import type { LambdaState } from '../lambda/model.js';
import type { EcsState } from '../ecs/model.js';
import { dropReplacement, keepReplacement, shiftTraffic, startReplacement } from '../ecs/taskset.js';
import { trafficSteps, type ComputeGroup, type Platform } from './apps.js';

export const ECS_EVENTS = [
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'AllowTestTraffic',
  'AfterAllowTestTraffic',
  'BeforeAllowTraffic',
  'AllowTraffic',
  'AfterAllowTraffic',
];
export const LAMBDA_EVENTS = ['BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic'];

export interface EventState {
  name: string;
  status: 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped';
  startTime?: number;
  endTime?: number;
  diagnostics?: { errorCode: string; scriptName: string; message: string; logTail: string };
}

export interface ComputeDeployment {
  id: string;
  platform: Platform;
  applicationName: string;
  groupName: string;
  deploymentConfigName: string;
  content: string;
  sha256: string;
  description?: string;
  status: 'Created' | 'InProgress' | 'Ready' | 'Succeeded' | 'Failed' | 'Stopped';
  createTime: number;
  startTime?: number;
  completeTime?: number;
  autoRollback: boolean;
  errorInformation?: { code: string; message: string };
  rollbackInfo?: { rollbackMessage: string };
  target: { id: string; status: EventState['status']; lastUpdatedAt: number; events: EventState[] };
  /** Lambda: the shift this deployment makes. */
  lambda?: { functionName: string; alias: string; current: string; target: string; weight: number };
  stop?: { rollback: boolean };
}

export interface RunDeps {
  clock: Clock;
  ecs: EcsState;
  lambda: LambdaState;
}

class Stopped extends Error {}

type Resource = { Type?: string; Properties?: Record<string, unknown> };

function appspecOf(content: string): { resource: Resource; hooks: Map<string, string> } | string {
  let doc: { Resources?: Record<string, Resource>[]; Hooks?: Record<string, string>[] };
  try {
    doc = parseYaml(content) as typeof doc;
  } catch (err) {
    return `The AppSpec file is not valid YAML or JSON: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  }
  const resource = Object.values(doc?.Resources?.[0] ?? {})[0];
  if (!resource) return 'The AppSpec file has no resource.';
  const hooks = new Map<string, string>();
  for (const h of doc.Hooks ?? []) for (const [k, v] of Object.entries(h ?? {})) hooks.set(k, String(v));
  return { resource, hooks };
}

export class ComputeRun {
  private readonly controller = new AbortController();
  private continued?: () => void;

  /** ContinueDeployment: a deployment waiting in Ready reroutes production traffic. */
  continueDeployment(): void {
    this.continued?.();
  }

  constructor(
    readonly d: ComputeDeployment,
    private readonly g: ComputeGroup,
    private readonly deps: RunDeps,
  ) {}

  requestStop(rollback: boolean): void {
    this.d.stop = { rollback };
    this.controller.abort(new Stopped());
  }

  async run(): Promise<void> {
    const { d, deps } = this;
    d.status = 'InProgress';
    d.startTime = deps.clock.now();
    const spec = appspecOf(d.content);
    if (typeof spec === 'string') return this.fail('INVALID_REVISION', spec);
    const props = spec.resource.Properties ?? {};
    const svc = this.g.platform === 'ECS' ? deps.ecs.service(this.g.cluster ?? '', this.g.service ?? '') : undefined;
    if (this.g.platform === 'ECS' && !svc)
      return this.fail('INVALID_ECS_SERVICE', `The ECS service ${this.g.service} in cluster ${this.g.cluster} does not exist.`);
    if (this.g.platform === 'Lambda') {
      const problem = this.checkLambda(props);
      if (problem) return this.fail('INVALID_LAMBDA_CONFIGURATION', problem);
    }
    try {
      for (const ev of d.target.events) {
        const ok = await this.runEvent(ev, spec.hooks.get(ev.name), props);
        if (!ok)
          return this.fail(
            ev.name === 'Install' ? (this.lastInstallCode ?? 'ECS_UPDATE_ERROR') : 'HOOK_EXECUTION_FAILURE',
            this.lastMessage,
          );
      }
    } catch (err) {
      if (!(err instanceof Stopped) && !this.controller.signal.aborted) throw err;
      return this.stopped();
    }
    if (svc) keepReplacement(deps.ecs, svc);
    if (d.lambda) this.setAlias(d.lambda.target, {});
    this.finish('Succeeded');
    this.g.lastSuccessfulDeploymentId = d.id;
  }

  private lastMessage = '';
  private lastInstallCode: string | undefined;

  private async runEvent(ev: EventState, hook: string | undefined, props: Record<string, unknown>): Promise<boolean> {
    const { clock } = this.deps;
    const signal = this.controller.signal;
    if (signal.aborted) throw new Stopped();
    if (ev.name === 'BeforeAllowTraffic' && this.g.waitForReady) await this.waitReady();
    ev.status = 'InProgress';
    ev.startTime = clock.now();
    this.touch();
    let failed: string | undefined;
    if (hook) {
      const r = await invokeHook(this.deps.lambda, hook, ev.name, this.d.id, clock, signal);
      if (r.status === 'Failed') failed = r.message;
    } else if (ev.name === 'Install') {
      const svc = this.deps.ecs.service(this.g.cluster ?? '', this.g.service ?? '');
      const r = svc ? await startReplacement(this.deps.ecs, svc, String(props.TaskDefinition ?? ''), clock, signal) : { ok: true as const };
      if (!r.ok) {
        failed = r.message;
        this.lastInstallCode = r.code;
      }
    } else if (ev.name === 'AllowTestTraffic' && !this.g.testListener) {
      ev.status = 'Skipped';
    } else if (ev.name === 'AllowTraffic') {
      await this.shift();
    } else {
      await clock.sleep(1, signal);
    }
    ev.endTime = clock.now();
    if (failed) {
      ev.status = 'Failed';
      ev.diagnostics = { errorCode: 'UnknownError', scriptName: '', message: failed, logTail: '' };
      this.lastMessage = failed;
    } else if (ev.status === 'InProgress') ev.status = 'Succeeded';
    this.touch();
    return !failed;
  }

  /** Ready: the replacement task set serves test traffic and waits to be given production traffic. */
  private waitReady(): Promise<void> {
    this.d.status = 'Ready';
    return new Promise<void>((resolve, reject) => {
      const signal = this.controller.signal;
      const onAbort = () => reject(new Stopped());
      signal.addEventListener('abort', onAbort, { once: true });
      this.continued = () => {
        signal.removeEventListener('abort', onAbort);
        this.d.status = 'InProgress';
        resolve();
      };
    });
  }

  private async shift(): Promise<void> {
    const svc = this.deps.ecs.service(this.g.cluster ?? '', this.g.service ?? '');
    for (const [percent, wait] of trafficSteps(this.d.deploymentConfigName)) {
      if (svc) shiftTraffic(svc, percent);
      if (this.d.lambda) {
        this.d.lambda.weight = percent;
        if (percent < 100) this.setAlias(this.d.lambda.current, { [this.d.lambda.target]: percent / 100 });
      }
      if (wait) await this.deps.clock.sleep(wait, this.controller.signal);
    }
  }

  private checkLambda(props: Record<string, unknown>): string | undefined {
    const name = String(props.Name ?? '');
    const alias = String(props.Alias ?? '');
    const fn = this.deps.lambda.get(name);
    if (!fn) return `The Lambda function ${name} does not exist.`;
    const a = fn.aliases.get(alias);
    if (!a) return `The alias ${alias} of Lambda function ${name} does not exist.`;
    const current = String(props.CurrentVersion ?? '');
    const target = String(props.TargetVersion ?? '');
    if (a.version !== current)
      return `The CurrentVersion ${current} in the AppSpec does not match version ${a.version} that alias ${alias} points to.`;
    if (!/^\d+$/.test(target) || Number(target) > fn.published || target === current)
      return `The TargetVersion ${target} in the AppSpec is not a published version other than the current one.`;
    this.d.lambda = { functionName: fn.name, alias, current, target, weight: 0 };
    return undefined;
  }

  private setAlias(version: string, weights: Record<string, number>): void {
    const l = this.d.lambda;
    const a = l && this.deps.lambda.get(l.functionName)?.aliases.get(l.alias);
    if (a) {
      a.version = version;
      a.weights = weights;
    }
  }

  /** Traffic back where it was before the deployment. */
  private revert(): void {
    const svc = this.deps.ecs.service(this.g.cluster ?? '', this.g.service ?? '');
    if (svc) dropReplacement(this.deps.ecs, svc);
    if (this.d.lambda) this.setAlias(this.d.lambda.current, {});
  }

  private fail(code: string, message: string): void {
    this.skipRest();
    this.revert();
    this.d.errorInformation = { code, message };
    if (this.d.autoRollback)
      this.d.rollbackInfo = {
        rollbackMessage: `Deployment ${this.d.id} failed; traffic was rolled back to the original ${this.g.platform === 'ECS' ? 'task set' : 'version'}.`,
      };
    this.finish('Failed');
  }

  private stopped(): void {
    this.skipRest();
    this.d.errorInformation = { code: 'MANUAL_STOP', message: MANUAL_STOP };
    if (this.d.stop?.rollback) {
      this.revert();
      this.d.rollbackInfo = {
        rollbackMessage: `Deployment ${this.d.id} was stopped and rolled back: traffic is on the original ${this.g.platform === 'ECS' ? 'task set' : 'version'}.`,
      };
    }
    this.finish('Stopped');
  }

  private skipRest(): void {
    for (const ev of this.d.target.events) if (ev.status === 'Pending' || ev.status === 'InProgress') ev.status = 'Skipped';
  }

  private finish(status: 'Succeeded' | 'Failed' | 'Stopped'): void {
    this.d.status = status;
    this.d.target.status = status === 'Succeeded' ? 'Succeeded' : status === 'Failed' ? 'Failed' : 'Skipped';
    this.d.completeTime = this.deps.clock.now();
    this.touch();
  }

  private touch(): void {
    this.d.target.lastUpdatedAt = this.deps.clock.now();
    if (this.d.target.status === 'Pending') this.d.target.status = 'InProgress';
  }
}
