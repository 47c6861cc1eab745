// The state every Beanstalk operation module shares: applications, environments, events, the
// background tasks, and the lookups and record-makers the operations have in common.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { EmulatorContext } from '../types.js';
import { InstanceLogs } from './logs.js';
import {
  type ApplicationRec,
  type EnvironmentRec,
  type EventRec,
  type InfoEntry,
  type InstanceRec,
  type Severity,
  type TemplateRec,
  colorOf,
  platformArnFor,
} from './model.js';
import { Codes, EbError, type QueryParams, type XmlObject } from './protocol.js';
import {
  type BeanstalkEnvironmentFaults,
  type BeanstalkScenario,
  type HealthStatus,
  type ScenarioOptionSetting,
  type Timing,
  DEFAULT_TIMING,
} from './scenario.js';

/** One awsQuery operation: form parameters and the request id in, the <XResult> content out. */
export type Handler = (p: QueryParams, requestId: string) => Promise<XmlObject | undefined> | XmlObject | undefined;
export type Operations = Record<string, Handler>;

export function hex(n: number): string {
  return randomBytes(Math.ceil(n / 2))
    .toString('hex')
    .slice(0, n);
}

export function lower36(n: number): string {
  let s = '';
  while (s.length < n) s += Math.random().toString(36).slice(2);
  return s.slice(0, n);
}

/** MaxRecords / NextToken paging as the Describe* operations do it (the token is an opaque offset). */
export function paginate<T>(list: T[], p: QueryParams): { page: T[]; next?: string } {
  const max = Math.min(Math.max(p.int('MaxRecords') ?? 1000, 1), 1000);
  const token = p.str('NextToken');
  const start = token ? Number(Buffer.from(token, 'base64').toString('utf8')) || 0 : 0;
  const page = list.slice(start, start + max);
  const next = start + max < list.length ? Buffer.from(String(start + max)).toString('base64') : undefined;
  return { page, next };
}

export class BeanstalkCore {
  readonly region: string;
  readonly accountId: string;
  readonly timing: Timing;
  readonly apps = new Map<string, ApplicationRec>();
  readonly envs: EnvironmentRec[] = [];
  readonly events: EventRec[] = [];
  readonly info: InfoEntry[] = [];
  readonly tasks = new Set<Promise<unknown>>();
  readonly closing = new AbortController();
  private lastEventDate = 0;

  constructor(
    readonly ctx: EmulatorContext,
    readonly scenario: BeanstalkScenario,
  ) {
    this.region = scenario.region ?? 'us-east-1';
    this.accountId = scenario.accountId ?? '123456789012';
    this.timing = { ...DEFAULT_TIMING, ...(scenario.timing ?? {}) };
  }

  get storageBucket(): string {
    return `elasticbeanstalk-${this.region}-${this.accountId}`;
  }

  now(): number {
    return this.ctx.clock.now();
  }

  /** Run background work (deploy, launch, swap, processing, logs); idle() waits for it. */
  track(p: Promise<unknown>): void {
    const t = p.catch((e: unknown) => {
      if (!this.closing.signal.aborted) console.error('beanstalk emulator task failed:', e);
    });
    this.tasks.add(t);
    void t.finally(() => this.tasks.delete(t));
  }

  /** Sleep scenario seconds; returns early (without throwing) when the signal or close aborts. */
  async sleep(seconds: number, signal?: AbortSignal): Promise<void> {
    if (seconds <= 0) return;
    const s = signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal;
    try {
      await this.ctx.clock.sleep(seconds, s);
    } catch {
      /* aborted: callers check their signal */
    }
  }

  event(e: Omit<EventRec, 'date'>): void {
    // Strictly increasing dates keep "newest first" and StartTime filters unambiguous.
    const date = Math.max(this.now(), this.lastEventDate + 1);
    this.lastEventDate = date;
    this.events.push({ ...e, date });
  }

  envEvent(env: EnvironmentRec, severity: Severity, message: string, requestId?: string): void {
    this.event({
      severity,
      message,
      application: env.application,
      environmentName: env.name,
      environmentId: env.id,
      versionLabel: env.versionLabel,
      requestId,
    });
  }

  setHealth(env: EnvironmentRec, status: HealthStatus, causes: string[], requestId: string | undefined, why?: string): void {
    const before = env.healthStatus;
    env.healthStatus = status;
    env.health = colorOf(status);
    env.causes = causes;
    if (why !== undefined && before !== status) {
      const sev: Severity = status === 'Warning' || status === 'Degraded' || status === 'Severe' ? 'WARN' : 'INFO';
      this.envEvent(env, sev, `Environment health has transitioned from ${before} to ${status}. ${why}`.trim(), requestId);
    }
  }

  // ───────────────────────────── lookups ─────────────────────────────

  versionArn(app: string, label: string): string {
    return `arn:aws:elasticbeanstalk:${this.region}:${this.accountId}:applicationversion/${app}/${label}`;
  }

  app(name: string | undefined): ApplicationRec {
    if (!name) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter ApplicationName.');
    const a = this.apps.get(name);
    if (!a) throw new EbError(Codes.InvalidParameterValue, `No Application named '${name}' found.`);
    return a;
  }

  liveEnvs(): EnvironmentRec[] {
    return this.envs.filter((e) => e.status !== 'Terminated');
  }

  /** The environment named by EnvironmentId or EnvironmentName (Id wins), not terminated. */
  env(p: QueryParams, idKey = 'EnvironmentId', nameKey = 'EnvironmentName'): EnvironmentRec {
    const id = p.str(idKey);
    const name = p.str(nameKey);
    if (id) {
      const e = this.liveEnvs().find((x) => x.id === id);
      if (!e) throw new EbError(Codes.InvalidParameterValue, `No Environment found for EnvironmentId = '${id}'.`);
      return e;
    }
    if (name) {
      const e = this.liveEnvs().find((x) => x.name === name);
      if (!e) throw new EbError(Codes.InvalidParameterValue, `No Environment found for EnvironmentName = '${name}'.`);
      return e;
    }
    throw new EbError(Codes.MissingParameter, `Either ${idKey} or ${nameKey} must be specified.`);
  }

  mustBeReady(env: EnvironmentRec): void {
    if (env.status !== 'Ready') {
      throw new EbError(
        Codes.InvalidParameterValue,
        `Environment named ${env.name} is in an invalid state for this operation. Must be Ready.`,
      );
    }
  }

  templateOf(app: ApplicationRec, name: string | undefined): TemplateRec | undefined {
    if (!name) return undefined;
    const t = app.templates.get(name);
    if (!t) throw new EbError(Codes.InvalidParameterValue, `No Configuration Template named '${app.name}/${name}' found.`);
    return t;
  }

  // ───────────────────────────── new records ─────────────────────────────

  newApplication(name: string, description: string | undefined, at: number): ApplicationRec {
    const app: ApplicationRec = {
      name,
      description,
      arn: `arn:aws:elasticbeanstalk:${this.region}:${this.accountId}:application/${name}`,
      created: at,
      updated: at,
      versions: new Map(),
      templates: new Map(),
    };
    this.apps.set(name, app);
    return app;
  }

  newEnvironment(o: {
    app: ApplicationRec;
    name: string;
    id?: string;
    cnamePrefix?: string;
    solutionStack?: string;
    platformArn?: string;
    templateName?: string;
    description?: string;
    instanceCount: number;
    optionSettings: ScenarioOptionSetting[];
    faults: BeanstalkEnvironmentFaults;
  }): EnvironmentRec {
    const id = o.id ?? `e-${lower36(10)}`;
    const prefix = o.cnamePrefix ?? `${o.name}.eba-${lower36(8)}`;
    const now = this.now();
    const envDir = path.join(this.ctx.workDir, 'beanstalk', id);
    const instances: InstanceRec[] = [];
    for (let i = 0; i < o.instanceCount; i++) {
      const iid = `i-0${hex(16)}`;
      instances.push(this.newInstance(iid, envDir, i === 0, now, i));
    }
    const env: EnvironmentRec = {
      id,
      name: o.name,
      application: o.app.name,
      solutionStack: o.solutionStack,
      platformArn: o.platformArn ?? (o.solutionStack ? platformArnFor(this.region, o.solutionStack) : undefined),
      templateName: o.templateName,
      description: o.description,
      cnamePrefix: prefix,
      cname: `${prefix}.${this.region}.elasticbeanstalk.com`,
      endpointUrl: `awseb-${id}-AWSEBLoa-${lower36(12).toUpperCase()}-${String(Math.floor(Math.random() * 1e9))}.${this.region}.elb.amazonaws.com`,
      created: now,
      updated: now,
      status: 'Launching',
      health: 'Grey',
      healthStatus: 'Pending',
      causes: [],
      arn: `arn:aws:elasticbeanstalk:${this.region}:${this.accountId}:environment/${o.app.name}/${o.name}`,
      tier: { Name: 'WebServer', Type: 'Standard', Version: '1.0' },
      instances,
      optionSettings: o.optionSettings,
      faults: { ...o.faults },
      deploymentCounter: 0,
      rr: 0,
    };
    this.envs.push(env);
    return env;
  }

  private newInstance(id: string, envDir: string, leader: boolean, at: number, index: number): InstanceRec {
    const azs = ['a', 'b', 'c'];
    return {
      id,
      az: `${this.region}${azs[index % azs.length] ?? 'a'}`,
      type: 't3.micro',
      launchedAt: at,
      leader,
      dir: path.join(envDir, id),
      healthStatus: 'Pending',
      color: 'Grey',
      causes: [],
      logs: new InstanceLogs(() => this.now()),
    };
  }

  async prepareInstances(env: EnvironmentRec): Promise<void> {
    for (const i of env.instances) await mkdir(i.dir, { recursive: true });
  }
}
