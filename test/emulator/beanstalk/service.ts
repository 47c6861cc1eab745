// The Elastic Beanstalk service of the emulator: awsQuery operations over the in-memory model,
// with environments whose simulated instances really run the bundle's hooks (engine.ts).
import { beanstalkReadOperations } from './reads.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import yazl from 'yazl';
import type { EmulatorContext, ServiceRequest, ServiceResponse } from '../types.js';
import { ConfigParseError, ebextensionConfigs, readBundle, type BundleEntry, type EbConfig } from './bundle.js';
import { InstanceEngine, type DeployResult } from './engine.js';
import { InstanceLogs, LOG_FILES } from './logs.js';
import { describeConfigurationOptions, optionsDeps } from './options.js';
import {
  type ApplicationRec,
  type CallRecord,
  type EnvironmentRec,
  type EventRec,
  type InfoEntry,
  type InstanceRec,
  type Operation,
  type Severity,
  type TemplateRec,
  type VersionRec,
  SEVERITY_ORDER,
  applicationXml,
  colorOf,
  environmentXml,
  eventXml,
  isAl2023,
  optionSettingsOf,
  platformArnFor,
  versionXml,
} from './model.js';
import { Codes, EbError, QueryParams, errorResponse, newRequestId, xmlResponse, type XmlObject } from './protocol.js';
import {
  type BeanstalkEnvironmentFaults,
  type BeanstalkScenario,
  type HealthStatus,
  type ScenarioOptionSetting,
  type Timing,
  DEFAULT_SOLUTION_STACK,
  DEFAULT_TIMING,
  checkScenario,
} from './scenario.js';

type Handler = (p: QueryParams, requestId: string) => Promise<XmlObject | undefined> | XmlObject | undefined;

export interface LiveResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface BeanstalkSnapshot {
  applications: Array<{ name: string; versions: Array<{ label: string; status: string; bucket: string; key: string }> }>;
  environments: Array<{
    name: string;
    id: string;
    cname: string;
    status: string;
    health: string;
    healthStatus: string;
    versionLabel?: string;
    instances: Array<{ id: string; versionLabel?: string; deploymentStatus?: string; healthStatus: string }>;
  }>;
}

function hex(n: number): string {
  return randomBytes(Math.ceil(n / 2))
    .toString('hex')
    .slice(0, n);
}

function lower36(n: number): string {
  let s = '';
  while (s.length < n) s += Math.random().toString(36).slice(2);
  return s.slice(0, n);
}

export class BeanstalkService {
  readonly region: string;
  readonly accountId: string;
  readonly timing: Timing;
  readonly calls: CallRecord[] = [];
  private readonly apps = new Map<string, ApplicationRec>();
  private readonly envs: EnvironmentRec[] = [];
  private readonly events: EventRec[] = [];
  private readonly info: InfoEntry[] = [];
  private readonly tasks = new Set<Promise<unknown>>();
  private readonly closing = new AbortController();
  private readonly handlers: Record<string, Handler>;
  private readonly scenario: BeanstalkScenario;
  private lastEventDate = 0;
  private throttleCount = 0;
  private ready: Promise<void>;

  constructor(
    private readonly ctx: EmulatorContext,
    scenario: BeanstalkScenario | undefined,
  ) {
    this.scenario = checkScenario(scenario);
    this.region = this.scenario.region ?? 'us-east-1';
    this.accountId = this.scenario.accountId ?? '123456789012';
    this.timing = { ...DEFAULT_TIMING, ...(this.scenario.timing ?? {}) };
    this.handlers = {
      CreateStorageLocation: () => this.createStorageLocation(),
      CreateApplication: (p) => this.createApplication(p),
      DescribeApplications: (p) => this.describeApplications(p),
      CreateApplicationVersion: (p, r) => this.createApplicationVersion(p, r),
      DescribeApplicationVersions: (p) => this.describeApplicationVersions(p),
      DeleteApplicationVersion: (p) => this.deleteApplicationVersion(p),
      CreateEnvironment: (p, r) => this.createEnvironment(p, r),
      UpdateEnvironment: (p, r) => this.updateEnvironment(p, r),
      DescribeEnvironments: (p) => this.describeEnvironments(p),
      DescribeEnvironmentHealth: (p) => this.describeEnvironmentHealth(p),
      DescribeInstancesHealth: (p) => this.describeInstancesHealth(p),
      DescribeEvents: (p) => this.describeEvents(p),
      TerminateEnvironment: (p, r) => this.terminateEnvironment(p, r),
      SwapEnvironmentCNAMEs: (p, r) => this.swapEnvironmentCnames(p, r),
      AbortEnvironmentUpdate: (p, r) => this.abortEnvironmentUpdate(p, r),
      RequestEnvironmentInfo: (p, r) => this.requestEnvironmentInfo(p, r),
      RetrieveEnvironmentInfo: (p) => this.retrieveEnvironmentInfo(p),
      DescribeConfigurationSettings: (p) => this.describeConfigurationSettings(p),
      ...beanstalkReadOperations({
        region: this.region,
        accountId: this.accountId,
        now: () => this.now(),
        app: (name) => this.app(name),
        env: (p) => this.env(p),
        liveEnvs: () => this.liveEnvs(),
      }),
      DescribeConfigurationOptions: (p) =>
        describeConfigurationOptions(
          p,
          optionsDeps(
            this.scenario,
            (n) => this.app(n),
            () => this.liveEnvs(),
            (a, n) => this.templateOf(a, n),
          ),
        ),
    };
    this.ready = this.load();
  }

  get storageBucket(): string {
    return `elasticbeanstalk-${this.region}-${this.accountId}`;
  }

  // ───────────────────────────── plumbing ─────────────────────────────

  async handle(req: ServiceRequest): Promise<ServiceResponse> {
    await this.ready;
    const requestId = newRequestId();
    const params = QueryParams.parse(req.body);
    for (const [k, v] of req.query) if (!params.raw.has(k)) params.raw.set(k, v);
    const action = params.action;
    const record: CallRecord = {
      at: this.ctx.clock.now(),
      operation: action,
      params: Object.fromEntries(params.raw.entries()),
      requestId,
    };
    this.calls.push(record);
    try {
      const handler = this.handlers[action];
      if (!handler) throw new EbError(Codes.InvalidAction, `Could not find operation ${action} for version 2010-12-01`);
      this.injectFaults(action);
      const result = await handler(params, requestId);
      return xmlResponse(action, result, requestId);
    } catch (e) {
      const err = e instanceof EbError ? e : new EbError('InternalFailure', (e as Error).message, 500, 'Receiver');
      record.error = err.code;
      return errorResponse(err, requestId);
    }
  }

  async close(): Promise<void> {
    this.closing.abort();
    for (const env of this.envs) env.op?.controller.abort();
    await Promise.allSettled([...this.tasks]);
  }

  /** Resolves when no background operation (deploy, launch, swap, processing, logs) is running. */
  async idle(): Promise<void> {
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks]);
  }

  private track(p: Promise<unknown>): void {
    const t = p.catch((e: unknown) => {
      if (!this.closing.signal.aborted) console.error('beanstalk emulator task failed:', e);
    });
    this.tasks.add(t);
    void t.finally(() => this.tasks.delete(t));
  }

  private async sleep(seconds: number, signal?: AbortSignal): Promise<void> {
    if (seconds <= 0) return;
    const s = signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal;
    try {
      await this.ctx.clock.sleep(seconds, s);
    } catch {
      /* aborted: callers check their signal */
    }
  }

  private now(): number {
    return this.ctx.clock.now();
  }

  private injectFaults(action: string): void {
    const f = this.scenario.faults;
    if (!f) return;
    if (f.throttle && f.throttle.everyNth > 0 && (!f.throttle.operations || f.throttle.operations.includes(action))) {
      this.throttleCount++;
      if (this.throttleCount % f.throttle.everyNth === 0) throw new EbError(Codes.Throttling, 'Rate exceeded');
    }
    if (f.insufficientPrivileges?.includes(action)) {
      throw new EbError(
        Codes.InsufficientPrivileges,
        `User: arn:aws:iam::${this.accountId}:user/hookline is not authorized to perform: elasticbeanstalk:${action}`,
        403,
      );
    }
  }

  private event(e: Omit<EventRec, 'date'>): void {
    // Strictly increasing dates keep "newest first" and StartTime filters unambiguous.
    const date = Math.max(this.now(), this.lastEventDate + 1);
    this.lastEventDate = date;
    this.events.push({ ...e, date });
  }

  private envEvent(env: EnvironmentRec, severity: Severity, message: string, requestId?: string): void {
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

  // ───────────────────────────── scenario load ─────────────────────────────

  private async load(): Promise<void> {
    const sc = this.scenario;
    const t0 = this.now();
    for (const a of sc.applications ?? []) {
      const app = this.newApplication(a.name, a.description, t0);
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
        const bucket = v.bucket ?? this.storageBucket;
        const key = v.key ?? `${a.name}/${v.label}.zip`;
        await this.ctx.store.ensureBucket(bucket);
        if (!(await this.ctx.store.getObject(bucket, key))) {
          await this.ctx.store.putObject(bucket, key, await zipFiles(v.files ?? { 'index.html': `<h1>${v.label}</h1>\n` }));
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
          arn: this.versionArn(a.name, v.label),
        });
      }
    }
    for (const e of sc.environments ?? []) {
      const app = this.apps.get(e.application);
      if (!app) continue;
      const tpl = e.templateName ? app.templates.get(e.templateName) : undefined;
      const env = this.newEnvironment({
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
      await this.prepareInstances(env);
      this.event({
        severity: 'INFO',
        message: `Successfully launched environment: ${env.name}`,
        application: env.application,
        environmentName: env.name,
        environmentId: env.id,
        versionLabel: env.versionLabel,
      });
      const mid = e.faults?.environmentMidUpdate;
      if (mid !== undefined && mid !== false) this.startMidUpdate(env, mid === true ? 30 : mid);
      this.publishLive(env);
    }
  }

  private startMidUpdate(env: EnvironmentRec, seconds: number): void {
    const requestId = newRequestId();
    env.status = 'Updating';
    const op: Operation = { kind: 'midUpdate', abortable: true, controller: new AbortController(), requestId };
    env.op = op;
    this.envEvent(env, 'INFO', 'Environment update is starting.', requestId);
    this.envEvent(env, 'INFO', `Updating environment ${env.name}'s configuration settings.`, requestId);
    this.track(
      (async () => {
        await this.sleep(seconds, op.controller.signal);
        if (op.controller.signal.aborted || env.op !== op) return;
        env.status = 'Ready';
        env.op = undefined;
        env.updated = this.now();
        this.envEvent(env, 'INFO', 'Successfully deployed new configuration to environment.', requestId);
        this.envEvent(env, 'INFO', 'Environment update completed successfully.', requestId);
      })(),
    );
  }

  // ───────────────────────────── lookups ─────────────────────────────

  private versionArn(app: string, label: string): string {
    return `arn:aws:elasticbeanstalk:${this.region}:${this.accountId}:applicationversion/${app}/${label}`;
  }

  private app(name: string | undefined): ApplicationRec {
    if (!name) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter ApplicationName.');
    const a = this.apps.get(name);
    if (!a) throw new EbError(Codes.InvalidParameterValue, `No Application named '${name}' found.`);
    return a;
  }

  private liveEnvs(): EnvironmentRec[] {
    return this.envs.filter((e) => e.status !== 'Terminated');
  }

  /** The environment named by EnvironmentId or EnvironmentName (Id wins), not terminated. */
  private env(p: QueryParams, idKey = 'EnvironmentId', nameKey = 'EnvironmentName'): EnvironmentRec {
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

  private mustBeReady(env: EnvironmentRec): void {
    if (env.status !== 'Ready') {
      throw new EbError(
        Codes.InvalidParameterValue,
        `Environment named ${env.name} is in an invalid state for this operation. Must be Ready.`,
      );
    }
  }

  private newApplication(name: string, description: string | undefined, at: number): ApplicationRec {
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

  private newEnvironment(o: {
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

  private async prepareInstances(env: EnvironmentRec): Promise<void> {
    for (const i of env.instances) await mkdir(i.dir, { recursive: true });
  }

  // ───────────────────────────── live URL ─────────────────────────────

  /** What `http://<CNAME>/` answers: the version the instances run (header x-hookline-version). */
  liveResponse(host: string): LiveResponse | null {
    const h = host.toLowerCase().replace(/:\d+$/, '');
    const env = this.liveEnvs().find((e) => e.cname.toLowerCase() === h || e.endpointUrl.toLowerCase() === h);
    if (!env) return null;
    const running = env.instances.filter((i) => i.versionLabel !== undefined);
    const inst = running.length > 0 ? running[env.rr++ % running.length] : undefined;
    const version = inst?.versionLabel ?? env.versionLabel ?? '';
    const status = env.healthStatus === 'Severe' ? 503 : 200;
    return {
      status,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-hookline-version': version, 'x-hookline-environment': env.name },
      body: this.liveBody(env, version),
    };
  }

  private liveBody(env: EnvironmentRec, version: string): string {
    return `x-hookline-version: ${version}\nenvironment: ${env.name}\ncname: ${env.cname}\n`;
  }

  /** Path under which the front serves an environment's live page (by CNAME). */
  static livePath(cname: string): string {
    return `/_hookline/eb/${cname}/`;
  }

  private publishLive(env: EnvironmentRec): void {
    const version = env.instances.find((i) => i.versionLabel !== undefined)?.versionLabel ?? env.versionLabel ?? '';
    this.ctx.serveInternal(BeanstalkService.livePath(env.cname), this.liveBody(env, version), 'text/plain; charset=utf-8');
  }

  // ───────────────────────────── operations ─────────────────────────────

  private async createStorageLocation(): Promise<XmlObject> {
    await this.ctx.store.ensureBucket(this.storageBucket);
    return { S3Bucket: this.storageBucket };
  }

  private createApplication(p: QueryParams): XmlObject {
    const name = p.str('ApplicationName');
    if (!name) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter ApplicationName.');
    if (this.apps.has(name)) throw new EbError(Codes.InvalidParameterValue, `Application ${name} already exists.`);
    const limit = this.scenario.limits?.applications ?? 75;
    if (this.apps.size >= limit) throw new EbError(Codes.TooManyApplications, `You cannot have more than ${limit} Applications.`);
    const app = this.newApplication(name, p.str('Description'), this.now());
    return { Application: applicationXml(app) };
  }

  private describeApplications(p: QueryParams): XmlObject {
    const names = p.list('ApplicationNames');
    const apps = [...this.apps.values()].filter((a) => names.length === 0 || names.includes(a.name));
    return { Applications: apps.map(applicationXml) };
  }

  private versionCount(): number {
    let n = 0;
    for (const a of this.apps.values()) n += a.versions.size;
    return n;
  }

  private async createApplicationVersion(p: QueryParams, requestId: string): Promise<XmlObject> {
    const appName = p.str('ApplicationName');
    const label = p.str('VersionLabel');
    if (!appName) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter ApplicationName.');
    if (!label) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter VersionLabel.');
    let app = this.apps.get(appName);
    if (!app) {
      if (!p.bool('AutoCreateApplication')) throw new EbError(Codes.InvalidParameterValue, `No Application named '${appName}' found.`);
      app = this.newApplication(appName, undefined, this.now());
    }
    if (app.versions.has(label)) throw new EbError(Codes.InvalidParameterValue, `Application Version ${label} already exists.`);
    const limit = this.scenario.limits?.applicationVersions ?? 1000;
    if (this.versionCount() >= limit) {
      throw new EbError(Codes.TooManyApplicationVersions, `You cannot have more than ${limit} Application Versions.`);
    }
    const bucket = p.str('SourceBundle.S3Bucket');
    const key = p.str('SourceBundle.S3Key');
    if (!bucket || !key) throw new EbError(Codes.InvalidParameterCombination, 'Both S3 bucket and key must be specified.');
    const bucketRegion = this.scenario.faults?.s3BucketRegions?.[bucket];
    if (bucketRegion && bucketRegion !== this.region) {
      throw new EbError(
        Codes.S3LocationNotInServiceRegion,
        `The specified Amazon S3 bucket (${bucket}) is in region ${bucketRegion}; it must be in the same region as the environment (${this.region}).`,
      );
    }
    const obj = await this.ctx.store.getObject(bucket, key);
    if (!obj) {
      throw new EbError(
        Codes.InvalidParameterCombination,
        `Unable to download from S3 location (Bucket: ${bucket} Key: ${key}). Reason: Not Found`,
      );
    }
    const now = this.now();
    const process = p.bool('Process') === true;
    const v: VersionRec = {
      application: app.name,
      label,
      description: p.str('Description'),
      bucket,
      key,
      status: process ? 'PROCESSING' : 'UNPROCESSED',
      created: now,
      updated: now,
      arn: this.versionArn(app.name, label),
    };
    app.versions.set(label, v);
    app.updated = now;
    this.event({
      severity: 'INFO',
      message: `Created new Application Version: ${label}`,
      application: app.name,
      versionLabel: label,
      requestId,
    });
    if (process) this.track(this.processVersion(v, requestId));
    return { ApplicationVersion: versionXml(v) };
  }

  private async processVersion(v: VersionRec, requestId: string): Promise<void> {
    await this.sleep(this.timing.versionProcessing);
    const failure = await this.validateBundle(v);
    v.updated = this.now();
    if (failure) {
      v.status = 'FAILED';
      v.failure = failure;
      this.event({ severity: 'ERROR', message: failure, application: v.application, versionLabel: v.label, requestId });
    } else {
      v.status = 'PROCESSED';
    }
  }

  /** Why the version's bundle cannot be deployed, or undefined when it can. */
  private async validateBundle(v: VersionRec): Promise<string | undefined> {
    const obj = await this.ctx.store.getObject(v.bucket, v.key);
    if (!obj) return `Unable to download from S3 location (Bucket: ${v.bucket} Key: ${v.key}). Reason: Not Found`;
    let entries: BundleEntry[];
    try {
      entries = await readBundle(obj.body);
    } catch (e) {
      return `Unable to process application version ${v.label}: the source bundle ${v.key} is not a valid zip, war or jar file (${(e as Error).message}).`;
    }
    try {
      ebextensionConfigs(entries);
    } catch (e) {
      if (e instanceof ConfigParseError) return invalidConfigMessage(e, v.label);
      throw e;
    }
    return undefined;
  }

  private describeApplicationVersions(p: QueryParams): XmlObject {
    const appName = p.str('ApplicationName');
    const labels = p.list('VersionLabels');
    const all: VersionRec[] = [];
    for (const a of this.apps.values()) {
      if (appName && a.name !== appName) continue;
      for (const v of a.versions.values()) if (labels.length === 0 || labels.includes(v.label)) all.push(v);
    }
    all.sort((x, y) => y.created - x.created);
    const { page, next } = paginate(all, p);
    return { ApplicationVersions: page.map(versionXml), NextToken: next };
  }

  private async deleteApplicationVersion(p: QueryParams): Promise<undefined> {
    const app = this.app(p.str('ApplicationName'));
    const label = p.str('VersionLabel');
    if (!label) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter VersionLabel.');
    const v = app.versions.get(label);
    if (!v) throw new EbError(Codes.InvalidParameterValue, `No Application Version named '${label}' found.`);
    const envs = this.liveEnvs().filter((e) => e.application === app.name);
    if (envs.some((e) => e.op?.versionLabel === label)) {
      throw new EbError(
        Codes.OperationInProgress,
        `Unable to delete application version ${label} because an operation that uses it is in progress.`,
      );
    }
    const using = envs.filter((e) => e.versionLabel === label || e.instances.some((i) => i.versionLabel === label));
    if (using.length > 0) {
      throw new EbError(
        Codes.InvalidParameterValue,
        `Unable to delete application version ${label} because it is being used by environment(s): ${using.map((e) => e.name).join(', ')}.`,
      );
    }
    app.versions.delete(label);
    app.updated = this.now();
    if (p.bool('DeleteSourceBundle')) {
      const store = this.ctx.store as typeof this.ctx.store & { deleteObject?: (b: string, k: string) => Promise<void> };
      if (store.deleteObject) {
        try {
          await store.deleteObject(v.bucket, v.key);
        } catch (e) {
          throw new EbError(
            Codes.SourceBundleDeletion,
            `Unable to delete the source bundle s3://${v.bucket}/${v.key}: ${(e as Error).message}. The application version was deleted.`,
          );
        }
      }
    }
    return undefined;
  }

  private templateOf(app: ApplicationRec, name: string | undefined): TemplateRec | undefined {
    if (!name) return undefined;
    const t = app.templates.get(name);
    if (!t) throw new EbError(Codes.InvalidParameterValue, `No Configuration Template named '${app.name}/${name}' found.`);
    return t;
  }

  private optionSettingsParam(p: QueryParams): ScenarioOptionSetting[] {
    return p.structList('OptionSettings').map((prefix) => ({
      namespace: p.str(`${prefix}.Namespace`) ?? '',
      optionName: p.str(`${prefix}.OptionName`) ?? '',
      value: p.str(`${prefix}.Value`) ?? '',
      resourceName: p.str(`${prefix}.ResourceName`),
    }));
  }

  /** The deployable bundle of a version (or a synchronous InvalidParameterValue as AWS gives). */
  private async loadVersionBundle(v: VersionRec): Promise<{ entries: BundleEntry[]; configs: EbConfig[] } | { error: string }> {
    const obj = await this.ctx.store.getObject(v.bucket, v.key);
    if (!obj) return { error: `Unable to download from S3 location (Bucket: ${v.bucket} Key: ${v.key}). Reason: Not Found` };
    let entries: BundleEntry[];
    try {
      entries = await readBundle(obj.body);
    } catch (e) {
      return { error: `the source bundle is not a valid zip, war or jar file (${(e as Error).message})` };
    }
    try {
      return { entries, configs: ebextensionConfigs(entries) };
    } catch (e) {
      if (e instanceof ConfigParseError) throw new EbError(Codes.InvalidParameterValue, invalidConfigMessage(e, v.label));
      throw e;
    }
  }

  private deployableVersion(app: ApplicationRec, label: string): VersionRec {
    const v = app.versions.get(label);
    if (!v) throw new EbError(Codes.InvalidParameterValue, `No Application Version named '${label}' found.`);
    if (v.status === 'PROCESSING' || v.status === 'BUILDING') {
      throw new EbError(
        Codes.InvalidParameterValue,
        `Application version ${label} is still being processed. Wait for processing to finish and retry.`,
      );
    }
    if (v.status === 'FAILED') {
      throw new EbError(Codes.InvalidParameterValue, `Application version ${label} failed processing: ${v.failure ?? 'unknown error'}`);
    }
    return v;
  }

  private async createEnvironment(p: QueryParams, requestId: string): Promise<XmlObject> {
    const app = this.app(p.str('ApplicationName'));
    const name = p.str('EnvironmentName');
    if (!name) throw new EbError(Codes.MissingParameter, 'The request must contain the parameter EnvironmentName.');
    if (!/^[A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9]$/.test(name)) {
      throw new EbError(
        Codes.InvalidParameterValue,
        `Value ${name} at 'EnvironmentName' failed to satisfy constraint: must contain 4 to 40 letters, numbers and hyphens, and must not start or end with a hyphen.`,
      );
    }
    if (this.liveEnvs().some((e) => e.name === name)) throw new EbError(Codes.InvalidParameterValue, `Environment ${name} already exists.`);
    const limit = this.scenario.limits?.environments ?? 200;
    if (this.liveEnvs().length >= limit) throw new EbError(Codes.TooManyEnvironments, `You cannot have more than ${limit} Environments.`);
    const tpl = this.templateOf(app, p.str('TemplateName'));
    const stack = p.str('SolutionStackName') ?? tpl?.solutionStack;
    const arn = p.str('PlatformArn') ?? tpl?.platformArn;
    if (!stack && !arn) {
      throw new EbError(Codes.InvalidParameterCombination, 'You must specify a SolutionStackName, a PlatformArn or a TemplateName.');
    }
    if (p.str('SolutionStackName') && p.str('PlatformArn')) {
      throw new EbError(Codes.InvalidParameterCombination, 'You cannot specify both SolutionStackName and PlatformArn.');
    }
    const prefix = p.str('CNAMEPrefix');
    if (prefix && this.liveEnvs().some((e) => e.cnamePrefix.toLowerCase() === prefix.toLowerCase())) {
      throw new EbError(Codes.InvalidParameterValue, `DNS name (${prefix}.${this.region}.elasticbeanstalk.com) is not available.`);
    }
    const label = p.str('VersionLabel');
    const version = label ? this.deployableVersion(app, label) : undefined;
    const bundle = version ? await this.loadVersionBundle(version) : undefined;
    const settings = [...(tpl?.optionSettings ?? []), ...this.optionSettingsParam(p)];
    const count = Number(settings.find((o) => o.namespace === 'aws:autoscaling:asg' && o.optionName === 'MinSize')?.value ?? '1');
    const env = this.newEnvironment({
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
    await this.prepareInstances(env);
    this.envEvent(env, 'INFO', 'createEnvironment is starting.', requestId);
    this.envEvent(env, 'INFO', `Using ${this.storageBucket} as Amazon S3 storage bucket for environment data.`, requestId);
    this.track(this.launch(env, op, version, bundle));
    return environmentXml(env);
  }

  private async launch(
    env: EnvironmentRec,
    op: Operation,
    version: VersionRec | undefined,
    bundle: { entries: BundleEntry[]; configs: EbConfig[] } | { error: string } | undefined,
  ): Promise<void> {
    const r = op.requestId;
    await this.sleep(this.timing.launch / 2, op.controller.signal);
    if (env.op !== op) return;
    this.envEvent(env, 'INFO', `Created security group named: awseb-${env.id}-stack-AWSEBSecurityGroup-${lower36(12).toUpperCase()}`, r);
    this.envEvent(env, 'INFO', `Created load balancer named: awseb-${env.id}-AWSEBLoa-${lower36(12).toUpperCase()}`, r);
    this.envEvent(
      env,
      'INFO',
      `Created Auto Scaling group named: awseb-${env.id}-stack-AWSEBAutoScalingGroup-${lower36(12).toUpperCase()}`,
      r,
    );
    this.envEvent(env, 'INFO', 'Waiting for EC2 instances to launch. This may take a few minutes.', r);
    await this.sleep(this.timing.launch / 2, op.controller.signal);
    if (env.op !== op) return;
    let ok = true;
    if (version && bundle) {
      const results = await this.runInstances(env, op, version, bundle);
      ok = results.every((x) => x.result.ok);
      this.reportInstanceResults(env, op, results);
    } else {
      for (const i of env.instances) {
        i.healthStatus = 'Ok';
        i.color = 'Green';
      }
    }
    if (env.op !== op) return;
    env.op = undefined;
    env.status = 'Ready';
    env.updated = this.now();
    if (ok) {
      this.setHealth(env, 'Ok', [], undefined);
      this.envEvent(env, 'INFO', `Successfully launched environment: ${env.name}`, r);
      this.applyHealthDrop(env, r);
    } else {
      this.setHealth(env, 'Severe', failedCauses(env), undefined);
      this.envEvent(
        env,
        'ERROR',
        'Create environment operation is complete, but with errors. For more information, see troubleshooting documentation.',
        r,
      );
    }
    this.publishLive(env);
  }

  private async updateEnvironment(p: QueryParams, requestId: string): Promise<XmlObject> {
    const env = this.env(p);
    const app = this.app(env.application);
    const appName = p.str('ApplicationName');
    if (appName && appName !== env.application) {
      throw new EbError(Codes.InvalidParameterValue, `No Environment found for EnvironmentName = '${env.name}'.`);
    }
    const label = p.str('VersionLabel');
    const settings = this.optionSettingsParam(p);
    const tplName = p.str('TemplateName');
    const tpl = this.templateOf(app, tplName);
    const stack = p.str('SolutionStackName');
    const platformArn = p.str('PlatformArn');
    const description = p.str('Description');
    const configChange =
      settings.length > 0 ||
      tpl !== undefined ||
      stack !== undefined ||
      platformArn !== undefined ||
      p.structList('OptionsToRemove').length > 0;
    if (label === undefined && !configChange) {
      // A description-only update applies at once, without an environment update.
      this.mustBeReady(env);
      if (description !== undefined) env.description = description;
      env.updated = this.now();
      return environmentXml(env);
    }
    this.mustBeReady(env);
    if (label && tplName) {
      throw new EbError(
        Codes.InvalidParameterCombination,
        'You cannot update the version label and the configuration template at the same time.',
      );
    }
    const version = label ? this.deployableVersion(app, label) : undefined;
    const bundle = version ? await this.loadVersionBundle(version) : undefined;
    if (description !== undefined) env.description = description;
    for (const s of [...(tpl?.optionSettings ?? []), ...settings]) {
      env.optionSettings = env.optionSettings.filter((o) => !(o.namespace === s.namespace && o.optionName === s.optionName));
      env.optionSettings.push(s);
    }
    for (const prefix of p.structList('OptionsToRemove')) {
      const ns = p.str(`${prefix}.Namespace`);
      const on = p.str(`${prefix}.OptionName`);
      env.optionSettings = env.optionSettings.filter((o) => !(o.namespace === ns && o.optionName === on));
    }
    if (stack) {
      env.solutionStack = stack;
      env.platformArn = platformArnFor(this.region, stack);
    }
    if (platformArn) env.platformArn = platformArn;
    if (tplName) env.templateName = tplName;
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
    env.updated = this.now();
    const reply = environmentXml(env);
    if (version && bundle) {
      // The reply names the version being deployed, as AWS's does.
      reply['VersionLabel'] = version.label;
    }
    this.envEvent(env, 'INFO', 'Environment update is starting.', requestId);
    this.track(version && bundle ? this.deploy(env, op, version, bundle) : this.configUpdate(env, op));
    return reply;
  }

  private async configUpdate(env: EnvironmentRec, op: Operation): Promise<void> {
    const r = op.requestId;
    this.envEvent(env, 'INFO', `Updating environment ${env.name}'s configuration settings.`, r);
    await this.sleep(this.timing.deployStart + this.timing.deployFinish, op.controller.signal);
    if (env.op !== op || op.controller.signal.aborted) return;
    env.op = undefined;
    env.status = 'Ready';
    env.updated = this.now();
    this.envEvent(env, 'INFO', 'Successfully deployed new configuration to environment.', r);
    this.envEvent(env, 'INFO', 'Environment update completed successfully.', r);
  }

  private setHealth(env: EnvironmentRec, status: HealthStatus, causes: string[], requestId: string | undefined, why?: string): void {
    const before = env.healthStatus;
    env.healthStatus = status;
    env.health = colorOf(status);
    env.causes = causes;
    if (why !== undefined && before !== status) {
      const sev: Severity = status === 'Warning' || status === 'Degraded' || status === 'Severe' ? 'WARN' : 'INFO';
      this.envEvent(env, sev, `Environment health has transitioned from ${before} to ${status}. ${why}`.trim(), requestId);
    }
  }

  private async runInstances(
    env: EnvironmentRec,
    op: Operation,
    version: VersionRec,
    bundle: { entries: BundleEntry[]; configs: EbConfig[] } | { error: string },
  ): Promise<Array<{ instance: InstanceRec; result: DeployResult }>> {
    const deploymentId = ++env.deploymentCounter;
    const failCount = env.faults.failInstances ?? 0;
    // Environment properties: the bundle's option_settings, overridden by the environment's own.
    const settings =
      'error' in bundle ? optionSettingsOf(env) : Object.assign({}, ...bundle.configs.map((c) => c.envProperties), optionSettingsOf(env));
    const stackArn = `arn:aws:cloudformation:${this.region}:${this.accountId}:stack/awseb-${env.id}-stack/${randomUUID()}`;
    const started = this.now();
    const results = await Promise.all(
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
            clock: this.ctx.clock,
            entries: bundle.entries,
            configs: bundle.configs,
            applicationName: env.application,
            versionLabel: version.label,
            bundleLocation: `s3://${version.bucket}/${version.key}`,
            stackArn,
            region: this.region,
            leader: instance.leader,
            al2023: isAl2023(env),
            envProperties: settings,
            commandTimeoutSeconds: this.timing.commandTimeout,
            failAppStart: idx >= env.instances.length - failCount,
            signal: op.controller.signal,
          });
          result = await engine.deploy();
        }
        await this.sleep(this.timing.instanceDeploy, op.controller.signal);
        if (!op.controller.signal.aborted) {
          const at = this.now();
          instance.deploymentTime = at;
          if (result.ok) {
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
        return { instance, result };
      }),
    );
    return results;
  }

  private reportInstanceResults(env: EnvironmentRec, op: Operation, results: Array<{ instance: InstanceRec; result: DeployResult }>): void {
    if (op.controller.signal.aborted) return;
    const r = op.requestId;
    const failed = results.filter((x) => !x.result.ok);
    const ok = results.length - failed.length;
    if (ok > 0) this.envEvent(env, 'INFO', 'Instance deployment completed successfully.', r);
    for (const f of failed) {
      this.envEvent(env, 'ERROR', "Instance deployment failed. For details, see 'eb-engine.log'.", r);
      this.envEvent(
        env,
        'ERROR',
        `[Instance: ${f.instance.id}] Command failed on instance. Return code: 1 Output: Engine execution has encountered an error..`,
        r,
      );
    }
    this.envEvent(env, 'INFO', `Command execution completed on all instances. Summary: [Successful: ${ok}, Failed: ${failed.length}].`, r);
    if (failed.length > 0) {
      this.envEvent(
        env,
        'ERROR',
        `Unsuccessful command execution on instance id(s) '${failed.map((f) => f.instance.id).join(',')}'. Aborting the operation.`,
        r,
      );
    }
  }

  private async deploy(
    env: EnvironmentRec,
    op: Operation,
    version: VersionRec,
    bundle: { entries: BundleEntry[]; configs: EbConfig[] } | { error: string },
  ): Promise<void> {
    const r = op.requestId;
    const started = this.now();
    await this.sleep(this.timing.deployStart, op.controller.signal);
    if (env.op !== op || op.controller.signal.aborted) return;
    this.envEvent(env, 'INFO', 'Deploying new version to instance(s).', r);
    const n = env.instances.length;
    this.setHealth(
      env,
      'Info',
      [`Application update in progress on ${n} instance${n === 1 ? '' : 's'}.`],
      r,
      `Application update in progress on ${n} instance${n === 1 ? '' : 's'}. 0 out of ${n} instance${n === 1 ? '' : 's'} completed (running for 3 seconds).`,
    );
    const results = await this.runInstances(env, op, version, bundle);
    if (env.op !== op || op.controller.signal.aborted) return;
    this.reportInstanceResults(env, op, results);
    await this.sleep(this.timing.deployFinish, op.controller.signal);
    if (env.op !== op || op.controller.signal.aborted) return;
    const failed = results.filter((x) => !x.result.ok).length;
    env.op = undefined;
    env.status = 'Ready';
    env.updated = this.now();
    if (failed === 0) {
      env.versionLabel = version.label;
      this.envEvent(env, 'INFO', 'New application version was deployed to running EC2 instances.', r);
      this.envEvent(env, 'INFO', 'Environment update completed successfully.', r);
      const took = Math.max(1, Math.round((this.now() - started) / 1000 / Math.max(this.ctx.clock.timeScale, 1e-9)));
      this.setHealth(env, 'Ok', [], r, `Application update completed 1 second ago and took ${took} seconds.`);
      this.applyHealthDrop(env, r);
    } else {
      // The environment keeps its previous version label; the instances that failed keep theirs.
      this.envEvent(env, 'ERROR', 'Failed to deploy application.', r);
      const causes = failedCauses(env);
      this.setHealth(env, 'Degraded', causes, r, causes.join(' '));
    }
    this.publishLive(env);
  }

  private applyHealthDrop(env: EnvironmentRec, requestId: string): void {
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
      this.setHealth(env, status, [why], requestId, why);
      this.publishLive(env);
    };
    const delay = env.faults.healthDropDelay ?? 0;
    if (delay <= 0) apply();
    else
      this.track(
        (async () => {
          await this.sleep(delay);
          if (!this.closing.signal.aborted) apply();
        })(),
      );
  }

  private describeEnvironments(p: QueryParams): XmlObject {
    const appName = p.str('ApplicationName');
    const label = p.str('VersionLabel');
    const ids = p.list('EnvironmentIds');
    const names = p.list('EnvironmentNames');
    const includeDeleted = p.bool('IncludeDeleted') ?? true;
    const backTo = p.date('IncludedDeletedBackTo');
    const now = this.now();
    const retentionMs = 3600 * 1000;
    const list = this.envs.filter((e) => {
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

  private healthEnv(p: QueryParams): EnvironmentRec {
    if (!p.str('EnvironmentId') && !p.str('EnvironmentName')) {
      throw new EbError(Codes.InvalidRequest, 'Either EnvironmentId or EnvironmentName must be specified.');
    }
    try {
      return this.env(p);
    } catch (e) {
      if (e instanceof EbError && e.code === Codes.InvalidParameterValue) throw new EbError(Codes.InvalidRequest, e.message);
      throw e;
    }
  }

  private describeEnvironmentHealth(p: QueryParams): XmlObject {
    const env = this.healthEnv(p);
    const attrs = new Set(p.list('AttributeNames'));
    const all = attrs.has('All');
    const want = (a: string): boolean => all || attrs.has(a);
    const counts: Record<string, number> = { NoData: 0, Unknown: 0, Pending: 0, Ok: 0, Info: 0, Warning: 0, Degraded: 0, Severe: 0 };
    for (const i of env.instances) counts[i.healthStatus] = (counts[i.healthStatus] ?? 0) + 1;
    // As AWS: without AttributeNames only the environment's name comes back.
    return {
      EnvironmentName: env.name,
      HealthStatus: want('HealthStatus') ? env.healthStatus : undefined,
      Status: want('Status') ? env.status : undefined,
      Color: want('Color') ? env.health : undefined,
      Causes: want('Causes') ? env.causes : undefined,
      ApplicationMetrics: want('ApplicationMetrics') ? { Duration: 10, RequestCount: 0 } : undefined,
      InstancesHealth: want('InstancesHealth') ? counts : undefined,
      RefreshedAt: want('RefreshedAt') ? new Date(this.now()) : undefined,
    };
  }

  private describeInstancesHealth(p: QueryParams): XmlObject {
    const env = this.healthEnv(p);
    const attrs = new Set(p.list('AttributeNames'));
    const all = attrs.has('All');
    const want = (a: string): boolean => all || attrs.has(a);
    return {
      InstanceHealthList: env.instances.map((i) => ({
        InstanceId: i.id,
        HealthStatus: want('HealthStatus') ? i.healthStatus : undefined,
        Color: want('Color') ? i.color : undefined,
        Causes: want('Causes') ? i.causes : undefined,
        LaunchedAt: want('LaunchedAt') ? new Date(i.launchedAt) : undefined,
        Deployment:
          want('Deployment') && i.deploymentId !== undefined
            ? {
                VersionLabel: i.versionLabel,
                DeploymentId: i.deploymentId,
                Status: i.deploymentStatus,
                DeploymentTime: i.deploymentTime !== undefined ? new Date(i.deploymentTime) : undefined,
              }
            : undefined,
        AvailabilityZone: want('AvailabilityZone') ? i.az : undefined,
        InstanceType: want('InstanceType') ? i.type : undefined,
      })),
      RefreshedAt: want('RefreshedAt') ? new Date(this.now()) : undefined,
    };
  }

  private describeEvents(p: QueryParams): XmlObject {
    const f = {
      app: p.str('ApplicationName'),
      version: p.str('VersionLabel'),
      template: p.str('TemplateName'),
      envId: p.str('EnvironmentId'),
      envName: p.str('EnvironmentName'),
      requestId: p.str('RequestId'),
      severity: p.str('Severity') as Severity | undefined,
      start: p.date('StartTime'),
      end: p.date('EndTime'),
    };
    const minSev = f.severity ? SEVERITY_ORDER.indexOf(f.severity) : -1;
    const list = this.events
      .filter((e) => {
        if (f.app && e.application !== f.app) return false;
        if (f.version && e.versionLabel !== f.version) return false;
        if (f.template && e.templateName !== f.template) return false;
        if (f.envId && e.environmentId !== f.envId) return false;
        if (f.envName && e.environmentName !== f.envName) return false;
        if (f.requestId && e.requestId !== f.requestId) return false;
        if (minSev >= 0 && SEVERITY_ORDER.indexOf(e.severity) < minSev) return false;
        if (f.start !== undefined && e.date < f.start) return false;
        if (f.end !== undefined && e.date >= f.end) return false;
        return true;
      })
      .sort((a, b) => b.date - a.date);
    const { page, next } = paginate(list, p);
    return { Events: page.map(eventXml), NextToken: next };
  }

  private terminateEnvironment(p: QueryParams, requestId: string): XmlObject {
    const env = this.env(p);
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
    env.updated = this.now();
    this.envEvent(env, 'INFO', 'terminateEnvironment is starting.', requestId);
    this.track(
      (async () => {
        await this.sleep(this.timing.terminate);
        if (env.op !== op) return;
        env.op = undefined;
        env.status = 'Terminated';
        env.terminatedAt = this.now();
        env.updated = env.terminatedAt;
        for (const i of env.instances) {
          i.healthStatus = 'NoData';
          i.color = 'Grey';
        }
        this.envEvent(env, 'INFO', 'terminateEnvironment completed successfully.', requestId);
        this.ctx.serveInternal(BeanstalkService.livePath(env.cname), '', 'text/plain');
      })(),
    );
    return environmentXml(env);
  }

  private swapEnvironmentCnames(p: QueryParams, requestId: string): undefined {
    const src = this.env(p, 'SourceEnvironmentId', 'SourceEnvironmentName');
    const dst = this.env(p, 'DestinationEnvironmentId', 'DestinationEnvironmentName');
    if (src === dst) throw new EbError(Codes.InvalidParameterValue, 'The source and destination environments must be different.');
    this.mustBeReady(src);
    this.mustBeReady(dst);
    const ops = [src, dst].map((env) => {
      const op: Operation = { kind: 'swap', abortable: false, controller: new AbortController(), requestId };
      env.op = op;
      env.status = 'Updating';
      this.envEvent(env, 'INFO', 'swapEnvironmentCNAMEs is starting.', requestId);
      this.envEvent(env, 'INFO', `Swapping CNAMEs for environments '${src.name}' and '${dst.name}'.`, requestId);
      return op;
    });
    this.track(
      (async () => {
        await this.sleep(this.timing.swap);
        if (src.op !== ops[0] || dst.op !== ops[1]) return;
        const [c, prefix] = [src.cname, src.cnamePrefix];
        src.cname = dst.cname;
        src.cnamePrefix = dst.cnamePrefix;
        dst.cname = c;
        dst.cnamePrefix = prefix;
        for (const env of [src, dst]) {
          env.op = undefined;
          env.status = 'Ready';
          env.updated = this.now();
          this.publishLive(env);
          this.envEvent(env, 'INFO', `'${env.cname}' now points to '${env.endpointUrl}'.`, requestId);
          this.envEvent(env, 'INFO', `Completed swapping CNAMEs for environments '${src.name}' and '${dst.name}'.`, requestId);
        }
      })(),
    );
    return undefined;
  }

  private abortEnvironmentUpdate(p: QueryParams, requestId: string): undefined {
    const env = this.env(p);
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
    env.updated = this.now();
    this.envEvent(env, 'INFO', 'abortEnvironmentUpdate is starting.', requestId);
    this.track(
      (async () => {
        await this.sleep(this.timing.abort);
        if (env.op !== abortOp) return;
        const prev = op.previous;
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
        env.op = undefined;
        env.status = 'Ready';
        env.updated = this.now();
        const back = prev?.versionLabel ? ` Rolled back the instances to application version '${prev.versionLabel}'.` : '';
        this.envEvent(env, 'WARN', `Environment update was aborted.${back}`, requestId);
        this.envEvent(env, 'INFO', 'abortEnvironmentUpdate completed successfully.', requestId);
        this.publishLive(env);
      })(),
    );
    return undefined;
  }

  private requestEnvironmentInfo(p: QueryParams, requestId: string): undefined {
    const env = this.env(p);
    const type = p.str('InfoType');
    if (type !== 'tail' && type !== 'bundle') {
      throw new EbError(
        Codes.InvalidParameterValue,
        `Value ${type ?? 'null'} at 'infoType' failed to satisfy constraint: Member must satisfy enum value set: [tail, bundle]`,
      );
    }
    this.envEvent(env, 'INFO', 'requestEnvironmentInfo is starting.', requestId);
    this.track(
      (async () => {
        await this.sleep(this.timing.tailLogs);
        if (this.closing.signal.aborted) return;
        for (const i of env.instances) {
          const at = this.now();
          const file = type === 'tail' ? `TailLogs-${at}.out` : `BundleLogs-${at}.zip`;
          const p2 = `/_hookline/eb/logs/${type}/${env.id}/${i.id}/${file}`;
          const body =
            type === 'tail' ? i.logs.tail() : await zipFiles(Object.fromEntries(LOG_FILES.map((f) => [f.slice(1), i.logs.text(f)])));
          const url = this.ctx.serveInternal(p2, body, type === 'tail' ? 'text/plain; charset=utf-8' : 'application/zip');
          const sep = url.includes('?') ? '&' : '?';
          const signed =
            `${url}${sep}X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${new Date(at).toISOString().replace(/[-:]|\.\d{3}/g, '')}` +
            `&X-Amz-SignedHeaders=host&X-Amz-Expires=900&X-Amz-Credential=ASIAEMULATOR%2F${this.region}%2Fs3%2Faws4_request` +
            `&X-Amz-Signature=${hex(64)}`;
          this.info.push({ infoType: type, instanceId: i.id, sampleTimestamp: at, url: signed, environmentId: env.id });
        }
        this.envEvent(env, 'INFO', 'requestEnvironmentInfo completed successfully.', requestId);
      })(),
    );
    return undefined;
  }

  private retrieveEnvironmentInfo(p: QueryParams): XmlObject {
    const env = this.env(p);
    const type = p.str('InfoType');
    if (type !== 'tail' && type !== 'bundle') {
      throw new EbError(
        Codes.InvalidParameterValue,
        `Value ${type ?? 'null'} at 'infoType' failed to satisfy constraint: Member must satisfy enum value set: [tail, bundle]`,
      );
    }
    const list = this.info.filter((e) => e.environmentId === env.id && e.infoType === type);
    return {
      EnvironmentInfo: list.map((e) => ({
        InfoType: e.infoType,
        Ec2InstanceId: e.instanceId,
        SampleTimestamp: new Date(e.sampleTimestamp),
        Message: e.url,
      })),
    };
  }

  private describeConfigurationSettings(p: QueryParams): XmlObject {
    const app = this.app(p.str('ApplicationName'));
    const envName = p.str('EnvironmentName');
    const tplName = p.str('TemplateName');
    const env = envName ? this.liveEnvs().find((e) => e.name === envName && e.application === app.name) : undefined;
    if (envName && !env) throw new EbError(Codes.InvalidParameterValue, `No Environment found for EnvironmentName = '${envName}'.`);
    const tpl = tplName ? this.templateOf(app, tplName) : undefined;
    const settings = env?.optionSettings ?? tpl?.optionSettings ?? [];
    return {
      ConfigurationSettings: [
        {
          SolutionStackName: env?.solutionStack ?? tpl?.solutionStack,
          PlatformArn: env?.platformArn ?? tpl?.platformArn,
          ApplicationName: app.name,
          TemplateName: tpl?.name,
          EnvironmentName: env?.name,
          DeploymentStatus: env ? 'deployed' : undefined,
          DateCreated: new Date(env?.created ?? app.created),
          DateUpdated: new Date(env?.updated ?? app.updated),
          OptionSettings: settings.map((o) => ({
            ResourceName: o.resourceName,
            Namespace: o.namespace,
            OptionName: o.optionName,
            Value: o.value,
          })),
        },
      ],
    };
  }

  // ───────────────────────────── runtime controls ─────────────────────────────

  /** Change an environment's faults while running (merged into its scenario faults). */
  setFault(environmentName: string, faults: BeanstalkEnvironmentFaults): void {
    const env = this.liveEnvs().find((e) => e.name === environmentName);
    if (!env) throw new Error(`no environment named ${environmentName}`);
    Object.assign(env.faults, faults);
    const mid = faults.environmentMidUpdate;
    if (mid !== undefined && mid !== false && env.status === 'Ready') this.startMidUpdate(env, mid === true ? 30 : mid);
  }

  /** Change the service-wide faults (throttling, privileges, bucket regions) while running. */
  setServiceFaults(faults: NonNullable<BeanstalkScenario['faults']>): void {
    this.scenario.faults = { ...(this.scenario.faults ?? {}), ...faults };
  }

  /** The tail text of one instance right now (what a tail request would return). */
  instanceLogs(environmentName: string): Record<string, string> {
    const env = this.envs.find((e) => e.name === environmentName);
    if (!env) throw new Error(`no environment named ${environmentName}`);
    return Object.fromEntries(env.instances.map((i) => [i.id, i.logs.tail(1000)]));
  }

  snapshot(): BeanstalkSnapshot {
    return {
      applications: [...this.apps.values()].map((a) => ({
        name: a.name,
        versions: [...a.versions.values()].map((v) => ({ label: v.label, status: v.status, bucket: v.bucket, key: v.key })),
      })),
      environments: this.envs.map((e) => ({
        name: e.name,
        id: e.id,
        cname: e.cname,
        status: e.status,
        health: e.health,
        healthStatus: e.healthStatus,
        versionLabel: e.versionLabel,
        instances: e.instances.map((i) => ({
          id: i.id,
          versionLabel: i.versionLabel,
          deploymentStatus: i.deploymentStatus,
          healthStatus: i.healthStatus,
        })),
      })),
    };
  }
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

function invalidConfigMessage(e: ConfigParseError, label: string): string {
  return (
    `The configuration file ${e.file} in application version ${label} contains invalid YAML or JSON. ` +
    `YAML exception: Invalid Yaml: ${e.yamlError}, JSON exception: Invalid JSON: ${e.jsonError}. Update the configuration file.`
  );
}

function paginate<T>(list: T[], p: QueryParams): { page: T[]; next?: string } {
  const max = Math.min(Math.max(p.int('MaxRecords') ?? 1000, 1), 1000);
  const token = p.str('NextToken');
  const start = token ? Number(Buffer.from(token, 'base64').toString('utf8')) || 0 : 0;
  const page = list.slice(start, start + max);
  const next = start + max < list.length ? Buffer.from(String(start + max)).toString('base64') : undefined;
  return { page, next };
}

/** A zip of the given files (text), unix mode 0644 (0755 for `.platform/hooks/**`). */
export function zipFiles(files: Record<string, string | Buffer>, modes: Record<string, number> = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const [name, content] of Object.entries(files)) {
      const mode = modes[name] ?? (name.startsWith('.platform/hooks/') ? 0o755 : 0o644);
      zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, {
        mode: 0o100000 | mode,
        mtime: new Date('2020-01-01T00:00:00Z'),
      });
    }
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
