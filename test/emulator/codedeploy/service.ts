// CodeDeploy over awsJson1_1: POST / with x-amz-target CodeDeploy_20141006.<Operation>.
// Each operation validates its input as the API model does and answers from CodeDeployState.
import { randomUUID } from 'node:crypto';
import type { EmulatorContext, ServiceModule, ServiceRequest, ServiceResponse } from '../types.js';
import type { FaultRegistry, Fault } from '../faults.js';
import { Fleet } from '../fleet/host.js';
import { Pool } from '../fleet/pool.js';
import { ScriptHost } from '../fleet/script-host.js';
import type { CodeDeployScenario } from '../scenario.js';
import { deploymentConfigs, type DeploymentConfig } from './configs.js';
import { DeploymentRun, eventsFor, newTarget } from './engine.js';
import { CodeDeployError, cdErr } from './errors.js';
import * as msg from './messages.js';
import {
  ACTIVE_STATUSES,
  INSTANCE_TAG_KEY,
  groupKey,
  revisionKey,
  type CodeDeployState,
  type EC2TagFilter,
  type DeploymentState,
  type GroupState,
  type RevisionState,
  type S3Revision,
} from './model.js';
import { readOperations } from './reads.js';
import * as wire from './wire.js';

type Input = Record<string, unknown>;
type Output = Record<string, unknown>;

const DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/;
const STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Succeeded', 'Failed', 'Stopped', 'Ready'];

function newDeploymentId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let s = '';
  for (let i = 0; i < 9; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  return `d-${s}`;
}

const token = (offset: number): string => Buffer.from(JSON.stringify({ o: offset })).toString('base64');
function untoken(t: unknown): number {
  if (t === undefined || t === null) return 0;
  try {
    const o = JSON.parse(Buffer.from(String(t), 'base64').toString('utf8')) as { o?: unknown };
    if (typeof o.o === 'number' && o.o >= 0) return o.o;
  } catch {
    /* fall through */
  }
  throw cdErr('InvalidNextTokenException', 'The next token was specified in an invalid format.');
}

function page<T>(items: T[], input: Input, size: number): { items: T[]; nextToken?: string } {
  const from = untoken(input.nextToken);
  const slice = items.slice(from, from + size);
  return from + size < items.length ? { items: slice, nextToken: token(from + size) } : { items: slice };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export interface CodeDeployService extends ServiceModule {
  state: CodeDeployState;
  /** Resolves when every deployment started so far has finished. */
  idle(): Promise<void>;
}

export function createCodeDeployService(ctx: EmulatorContext, settings: CodeDeployScenario, faults: FaultRegistry): CodeDeployService {
  const state: CodeDeployState = { applications: new Map(), groups: new Map(), revisions: new Map(), deployments: new Map(), order: [] };
  const configs = deploymentConfigs(settings.deploymentConfigs);
  const runs = new Map<string, DeploymentRun>();
  const running = new Set<Promise<void>>();
  const fleet = new Fleet(ctx.workDir);
  const pool = new Pool(settings.concurrency);
  const bundleCache = new Map<string, Promise<string>>();
  const objectCache = new Map<string, Promise<{ body: Buffer; etag: string } | null>>();
  const scripts = new ScriptHost();

  const created = ctx.clock.now();
  /** Instance id → the value of its one tag, codedeploy-group (the scenario group that listed it). */
  const instanceTags = new Map<string, string>();
  for (const app of settings.applications) {
    for (const g of app.deploymentGroups) for (const i of g.instances) if (!instanceTags.has(i)) instanceTags.set(i, g.name);
  }
  for (const app of settings.applications) {
    state.applications.set(app.name, { id: app.id, name: app.name, createTime: created });
    for (const g of app.deploymentGroups) {
      state.groups.set(groupKey(app.name, g.name), {
        id: g.id,
        name: g.name,
        applicationName: app.name,
        deploymentConfigName: g.deploymentConfigName,
        deploymentType: g.deploymentType,
        deploymentOption: g.deploymentOption,
        instances: g.instances,
        loadBalancer: g.loadBalancer,
        serviceRoleArn: g.serviceRoleArn,
        ...(g.autoRollback ? { autoRollback: g.autoRollback } : {}),
        ...(g.blueGreen ? { blueGreen: g.blueGreen } : {}),
        ...(g.previousRevision ? { previousRevision: g.previousRevision } : {}),
      });
    }
  }

  // ---- lookups that throw the modeled errors ----

  function app(input: Input): string {
    const name = str(input.applicationName);
    if (!name) throw cdErr('ApplicationNameRequiredException', 'The minimum length of the application name is 1 character.');
    if (!state.applications.has(name)) throw cdErr('ApplicationDoesNotExistException', `No application found for name: ${name}`);
    return name;
  }

  function group(appName: string, input: Input): GroupState {
    const name = str(input.deploymentGroupName);
    if (!name) throw cdErr('DeploymentGroupNameRequiredException', 'The minimum length of the deployment group name is 1 character.');
    const g = state.groups.get(groupKey(appName, name));
    if (!g) throw cdErr('DeploymentGroupDoesNotExistException', `No Deployment Group found for name: ${name}`);
    return g;
  }

  function deployment(input: Input): DeploymentState {
    const id = str(input.deploymentId);
    if (!id) throw cdErr('DeploymentIdRequiredException', 'A deployment ID must be specified.');
    if (!DEPLOYMENT_ID.test(id)) throw cdErr('InvalidDeploymentIdException', `Specified DeploymentId is not in the valid format: ${id}`);
    const d = state.deployments.get(id);
    if (!d) throw cdErr('DeploymentDoesNotExistException', `The deployment ${id} could not be found.`);
    return d;
  }

  function revision(input: Input): S3Revision {
    const r = input.revision as Input | undefined;
    if (!r || typeof r !== 'object') throw cdErr('RevisionRequiredException', 'A revision must be specified.');
    const type = r.revisionType;
    if (type !== 'S3')
      throw cdErr(
        'InvalidRevisionException',
        type === undefined
          ? 'Revision type must be specified.'
          : `Revision type ${String(type)} is not supported for the Server compute platform in this emulator; use S3.`,
      );
    const s3 = (r.s3Location ?? {}) as Input;
    const bucket = str(s3.bucket);
    const key = str(s3.key);
    if (!bucket) throw cdErr('InvalidRevisionException', 'The S3 bucket must be specified.');
    if (!key) throw cdErr('InvalidRevisionException', 'The S3 key must be specified.');
    const bundleType = s3.bundleType;
    if (bundleType !== 'zip' && bundleType !== 'tar' && bundleType !== 'tgz') {
      throw cdErr(
        'InvalidRevisionException',
        bundleType === undefined
          ? 'The bundle type must be specified.'
          : `Bundle type ${String(bundleType)} is not valid for an EC2/On-premises deployment; use zip, tar or tgz.`,
      );
    }
    return {
      bucket,
      key,
      bundleType,
      ...(str(s3.version) ? { version: s3.version as string } : {}),
      ...(str(s3.eTag) ? { eTag: s3.eTag as string } : {}),
    };
  }

  function findRevision(appName: string, r: S3Revision): RevisionState | undefined {
    const exact = state.revisions.get(revisionKey(appName, r));
    if (exact) return exact;
    return [...state.revisions.values()].find(
      (x) =>
        x.applicationName === appName &&
        x.location.bucket === r.bucket &&
        x.location.key === r.key &&
        (!r.version || x.location.version === r.version) &&
        (!r.eTag || x.location.eTag === r.eTag),
    );
  }

  function touchRevision(appName: string, r: S3Revision, groupName?: string): void {
    const now = ctx.clock.now();
    let rs = findRevision(appName, r);
    if (!rs) {
      rs = { applicationName: appName, location: r, registerTime: now, deploymentGroups: new Set() };
      state.revisions.set(revisionKey(appName, r), rs);
    }
    if (groupName) {
      rs.firstUsedTime ??= now;
      rs.lastUsedTime = now;
      rs.deploymentGroups.add(groupName);
    }
  }

  // ---- starting deployments ----

  function activeOn(g: GroupState): DeploymentState | undefined {
    return state.order
      .map((id) => state.deployments.get(id) as DeploymentState)
      .find((d) => d.applicationName === g.applicationName && d.groupName === g.name && ACTIVE_STATUSES.has(d.status));
  }

  function startDeployment(
    g: GroupState,
    config: DeploymentConfig,
    r: S3Revision,
    opts: {
      creator: DeploymentState['creator'];
      description?: string;
      ignoreApplicationStopFailures?: boolean;
      fileExistsBehavior?: DeploymentState['fileExistsBehavior'];
      autoRollback?: { enabled: boolean; events: string[] };
    },
  ): DeploymentState {
    const now = ctx.clock.now();
    let id = newDeploymentId();
    while (state.deployments.has(id)) id = newDeploymentId();
    const d: DeploymentState = {
      id,
      applicationName: g.applicationName,
      groupName: g.name,
      groupId: g.id,
      deploymentConfigName: config.name,
      revision: r,
      ...(g.lastSuccessfulRevision ? { previousRevision: g.lastSuccessfulRevision } : {}),
      status: 'Created',
      createTime: now,
      creator: opts.creator,
      ...(opts.description !== undefined ? { description: opts.description } : {}),
      ignoreApplicationStopFailures: opts.ignoreApplicationStopFailures ?? false,
      fileExistsBehavior: opts.fileExistsBehavior ?? 'DISALLOW',
      ...((opts.autoRollback ?? g.autoRollback) ? { autoRollbackConfiguration: opts.autoRollback ?? g.autoRollback } : {}),
      deploymentType: g.deploymentType,
      deploymentOption: g.deploymentOption,
      ...(g.blueGreen ? { blueGreen: g.blueGreen } : {}),
      targets: new Map(),
    };
    if (g.deploymentType === 'BLUE_GREEN') {
      g.instances.forEach((blue, i) => {
        const green = `i-0${Buffer.from(`${id}${i}`).toString('hex').slice(-16)}`;
        d.targets.set(green, newTarget(green, eventsFor(g, 'Green'), now, 'Green'));
        d.targets.set(blue, newTarget(blue, eventsFor(g, 'Blue'), now, 'Blue'));
      });
    } else {
      for (const i of g.instances) d.targets.set(i, newTarget(i, eventsFor(g), now));
    }
    state.deployments.set(id, d);
    state.order.unshift(id);
    g.lastAttemptedDeploymentId = id;
    touchRevision(g.applicationName, r, g.name);
    const run = new DeploymentRun(d, g, config, {
      clock: ctx.clock,
      faults,
      fleet,
      pool,
      settings,
      workDir: ctx.workDir,
      fleetEnv: {
        store: ctx.store,
        faults,
        timeScale: ctx.clock.timeScale,
        hookTimeoutFloorMs: settings.hookTimeoutFloorMs,
        bundleCache,
        objectCache,
        scripts,
        cacheDir: '',
      },
      onComplete: complete,
    });
    runs.set(id, run);
    const p = run.run().finally(() => {
      running.delete(p);
      runs.delete(id);
    });
    running.add(p);
    return d;
  }

  /** Group bookkeeping and automatic rollback once a deployment ends. */
  function complete(d: DeploymentState): void {
    for (const cache of [bundleCache, objectCache]) for (const k of [...cache.keys()]) if (k.startsWith(`${d.id}|`)) cache.delete(k);
    const g = state.groups.get(groupKey(d.applicationName, d.groupName));
    if (!g) return;
    if (d.status === 'Succeeded') {
      g.lastSuccessfulDeploymentId = d.id;
      g.lastSuccessfulRevision = d.revision;
      return;
    }
    if (d.status === 'Stopped' && d.rollbackOnStop) return rollback(d, g);
    const ar = d.autoRollbackConfiguration;
    const wants = d.status === 'Failed' && ar?.enabled && (ar.events.length === 0 || ar.events.includes('DEPLOYMENT_FAILURE'));
    if (wants && d.creator !== 'codeDeployRollback') rollback(d, g);
  }

  function rollback(d: DeploymentState, g: GroupState): void {
    if (!g.lastSuccessfulRevision) {
      d.rollbackInfo = { rollbackMessage: msg.noRollbackRevision(g.name) };
      return;
    }
    const config = configs.get(d.deploymentConfigName) ?? (configs.get('CodeDeployDefault.OneAtATime') as DeploymentConfig);
    const rb = startDeployment(g, config, g.lastSuccessfulRevision, {
      creator: 'codeDeployRollback',
      fileExistsBehavior: d.fileExistsBehavior,
      ignoreApplicationStopFailures: d.ignoreApplicationStopFailures,
    });
    rb.rollbackInfo = { rollbackTriggeringDeploymentId: d.id, rollbackMessage: msg.rollbackStarted(d.id) };
    d.rollbackInfo = { rollbackDeploymentId: rb.id, rollbackMessage: msg.rollbackStarted(d.id) };
  }

  /** The activeDeployment fault: a real deployment record stuck InProgress until stopped. */
  function materialize(f: Fault): void {
    if (f.type !== 'activeDeployment') return;
    const g = state.groups.get(groupKey(f.application, f.group));
    if (!g) return;
    const id = f.deploymentId ?? newDeploymentId();
    const now = ctx.clock.now();
    const d: DeploymentState = {
      id,
      applicationName: g.applicationName,
      groupName: g.name,
      groupId: g.id,
      deploymentConfigName: g.deploymentConfigName,
      revision: g.lastSuccessfulRevision ?? { bucket: 'unknown', key: 'unknown.zip', bundleType: 'zip' },
      status: 'InProgress',
      createTime: now,
      startTime: now,
      creator: 'user',
      description: 'started outside this test',
      ignoreApplicationStopFailures: false,
      fileExistsBehavior: 'DISALLOW',
      deploymentType: g.deploymentType,
      deploymentOption: g.deploymentOption,
      targets: new Map(g.instances.map((i) => [i, { ...newTarget(i, eventsFor(g), now), status: 'InProgress' as const }])),
      synthetic: true,
    };
    state.deployments.set(id, d);
    state.order.unshift(id);
    g.lastAttemptedDeploymentId = id;
  }
  for (const f of faults.list()) materialize(f);
  faults.onAdd = materialize;

  // ---- deployment group creation ----

  function tagFilters(v: unknown, path: string): EC2TagFilter[] {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw cdErr('InvalidEC2TagException', `${path} must be a list of tag filters.`);
    return v.map((f: Input) => {
      const type =
        f?.Type ?? (f?.Key !== undefined && f?.Value !== undefined ? 'KEY_AND_VALUE' : f?.Key !== undefined ? 'KEY_ONLY' : 'VALUE_ONLY');
      if (type !== 'KEY_ONLY' && type !== 'VALUE_ONLY' && type !== 'KEY_AND_VALUE')
        throw cdErr('InvalidEC2TagException', `The tag filter type ${String(type)} is invalid.`);
      if ((type !== 'VALUE_ONLY' && !str(f.Key)) || (type !== 'KEY_ONLY' && f.Value === undefined))
        throw cdErr('InvalidEC2TagException', 'The tag was specified in an invalid format.');
      return {
        ...(str(f.Key) ? { Key: f.Key as string } : {}),
        ...(f.Value !== undefined ? { Value: String(f.Value) } : {}),
        Type: type,
      } as EC2TagFilter;
    });
  }

  /** Whether an instance (tagged codedeploy-group=<value>) matches one filter. */
  const matches = (value: string, f: EC2TagFilter): boolean =>
    f.Type === 'KEY_ONLY'
      ? f.Key === INSTANCE_TAG_KEY
      : f.Type === 'VALUE_ONLY'
        ? f.Value === value
        : f.Key === INSTANCE_TAG_KEY && f.Value === value;

  /** The instances the filters select, as EC2 would: any filter of a list (ORed); every list of a tag set (ANDed). */
  function selectInstances(lists: EC2TagFilter[][]): string[] {
    if (!lists.length || lists.every((l) => !l.length)) return [];
    return [...instanceTags].filter(([, value]) => lists.every((l) => l.some((f) => matches(value, f)))).map(([id]) => id);
  }

  // ---- operations ----

  const ops: Record<string, (input: Input) => Promise<Output> | Output> = {
    GetApplication(input) {
      return { application: wire.applicationInfo(state.applications.get(app(input))!) };
    },

    GetDeploymentGroup(input) {
      const g = group(app(input), input);
      if (!configs.has(g.deploymentConfigName))
        throw cdErr('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${g.deploymentConfigName}`);
      return { deploymentGroupInfo: wire.deploymentGroupInfo(state, g) };
    },

    // The new group's instances are those its EC2 tag filters select: every emulated instance is
    // tagged codedeploy-group=<its scenario group>, so copying a group's filters selects its fleet.
    CreateDeploymentGroup(input) {
      const appName = app(input);
      const name = str(input.deploymentGroupName);
      if (!name) throw cdErr('DeploymentGroupNameRequiredException', 'The minimum length of the deployment group name is 1 character.');
      if (name.length > 100)
        throw cdErr(
          'InvalidDeploymentGroupNameException',
          `The deployment group name ${name} is too long: the maximum length is 100 characters.`,
        );
      if (state.groups.has(groupKey(appName, name)))
        throw cdErr('DeploymentGroupAlreadyExistsException', `Deployment Group already exists with name ${name}`);
      const role = str(input.serviceRoleArn);
      if (!role) throw cdErr('RoleRequiredException', 'The service role ARN is required.');
      if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(role))
        throw cdErr('InvalidRoleException', `The service role ARN ${role} is not valid.`);
      const configName = str(input.deploymentConfigName) ?? 'CodeDeployDefault.OneAtATime';
      if (!configs.has(configName))
        throw cdErr('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${configName}`);
      const filters = tagFilters(input.ec2TagFilters, 'ec2TagFilters');
      const tagSet = input.ec2TagSet as { ec2TagSetList?: unknown[] } | undefined;
      if (filters.length && tagSet)
        throw cdErr('InvalidEC2TagCombinationException', 'The EC2 tag filters and the EC2 tag set cannot both be specified.');
      const setLists = tagSet ? (tagSet.ec2TagSetList ?? []).map((l, i) => tagFilters(l, `ec2TagSet.ec2TagSetList[${i}]`)) : undefined;
      const style = (input.deploymentStyle ?? {}) as Input;
      const deploymentType = style.deploymentType ?? 'IN_PLACE';
      const deploymentOption = style.deploymentOption ?? 'WITHOUT_TRAFFIC_CONTROL';
      if (
        (deploymentType !== 'IN_PLACE' && deploymentType !== 'BLUE_GREEN') ||
        (deploymentOption !== 'WITH_TRAFFIC_CONTROL' && deploymentOption !== 'WITHOUT_TRAFFIC_CONTROL')
      ) {
        throw cdErr(
          'InvalidDeploymentStyleException',
          `The deployment style ${String(deploymentType)}/${String(deploymentOption)} is invalid.`,
        );
      }
      const lb = input.loadBalancerInfo as Input | undefined;
      const hasLb =
        !!lb &&
        ['elbInfoList', 'targetGroupInfoList', 'targetGroupPairInfoList'].some(
          (k) => Array.isArray(lb[k]) && (lb[k] as unknown[]).length > 0,
        );
      if (deploymentOption === 'WITH_TRAFFIC_CONTROL' && !hasLb)
        throw cdErr('InvalidLoadBalancerInfoException', 'A load balancer must be specified for a deployment with traffic control.');
      const bg = input.blueGreenDeploymentConfiguration as Input | undefined;
      if (deploymentType === 'BLUE_GREEN' && !bg)
        throw cdErr(
          'InvalidBlueGreenDeploymentConfigurationException',
          'A blue/green deployment configuration is required for a blue/green deployment group.',
        );
      const arc = input.autoRollbackConfiguration as { enabled?: unknown; events?: unknown } | undefined;
      if (arc && arc.events !== undefined && !Array.isArray(arc.events))
        throw cdErr('InvalidAutoRollbackConfigException', 'The automatic rollback events must be a list.');
      const ready = (bg?.deploymentReadyOption ?? {}) as Input;
      const term = (bg?.terminateBlueInstancesOnDeploymentSuccess ?? {}) as Input;
      const g: GroupState = {
        id: randomUUID(),
        name,
        applicationName: appName,
        deploymentConfigName: configName,
        deploymentType,
        deploymentOption,
        instances: selectInstances(setLists ?? [filters]),
        loadBalancer: hasLb,
        serviceRoleArn: role,
        ...(setLists ? { ec2TagSet: setLists } : { ec2TagFilters: filters }),
        ...(arc
          ? { autoRollback: { enabled: arc.enabled === true, events: ((arc.events as unknown[] | undefined) ?? []).map(String) } }
          : {}),
        ...(bg
          ? {
              blueGreen: {
                actionOnTimeout: ready.actionOnTimeout === 'STOP_DEPLOYMENT' ? 'STOP_DEPLOYMENT' : 'CONTINUE_DEPLOYMENT',
                waitTimeInMinutes: typeof ready.waitTimeInMinutes === 'number' ? ready.waitTimeInMinutes : 0,
                terminationWaitTimeInMinutes: typeof term.terminationWaitTimeInMinutes === 'number' ? term.terminationWaitTimeInMinutes : 0,
              },
            }
          : {}),
      };
      state.groups.set(groupKey(appName, name), g);
      return { deploymentGroupId: g.id };
    },

    // AWS deletes a group whatever runs on it, and answers a missing one (or application) alike.
    DeleteDeploymentGroup(input) {
      const appName = str(input.applicationName);
      if (!appName) throw cdErr('ApplicationNameRequiredException', 'The minimum length of the application name is 1 character.');
      const name = str(input.deploymentGroupName);
      if (!name) throw cdErr('DeploymentGroupNameRequiredException', 'The minimum length of the deployment group name is 1 character.');
      if (name.length > 100)
        throw cdErr(
          'InvalidDeploymentGroupNameException',
          `The deployment group name ${name} is too long: the maximum length is 100 characters.`,
        );
      state.groups.delete(groupKey(appName, name));
      return { hooksNotCleanedUp: [] };
    },

    RegisterApplicationRevision(input) {
      const appName = app(input);
      const r = revision(input);
      const description = input.description === undefined ? undefined : String(input.description);
      if (description && description.length > 256) throw cdErr('DescriptionTooLongException', 'The description is too long.');
      const existing = findRevision(appName, r);
      if (existing) {
        if (description !== undefined) existing.description = description;
      } else {
        state.revisions.set(revisionKey(appName, r), {
          applicationName: appName,
          location: r,
          registerTime: ctx.clock.now(),
          deploymentGroups: new Set(),
          ...(description !== undefined ? { description } : {}),
        });
      }
      return {};
    },

    GetApplicationRevision(input) {
      const appName = app(input);
      const r = revision(input);
      const rs = findRevision(appName, r);
      if (!rs)
        throw cdErr(
          'RevisionDoesNotExistException',
          `No application revision found for revision (bucket: ${r.bucket}, key: ${r.key}, bundleType: ${r.bundleType}${r.eTag ? `, eTag: ${r.eTag}` : ''}${r.version ? `, version: ${r.version}` : ''})`,
        );
      return {
        applicationName: appName,
        revision: wire.revisionLocation(rs.location),
        revisionInfo: wire.compact({
          description: rs.description,
          deploymentGroups: [...rs.deploymentGroups],
          firstUsedTime: wire.epoch(rs.firstUsedTime),
          lastUsedTime: wire.epoch(rs.lastUsedTime),
          registerTime: wire.epoch(rs.registerTime),
        }),
      };
    },

    async CreateDeployment(input) {
      const appName = app(input);
      const g = group(appName, input);
      const r = revision(input);
      const configName = str(input.deploymentConfigName) ?? g.deploymentConfigName;
      const config = configs.get(configName);
      if (!config) throw cdErr('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${configName}`);
      const description = input.description === undefined ? undefined : String(input.description);
      if (description && description.length > 256) throw cdErr('DescriptionTooLongException', 'The description is too long.');
      const feb = input.fileExistsBehavior;
      if (feb !== undefined && feb !== 'DISALLOW' && feb !== 'OVERWRITE' && feb !== 'RETAIN')
        throw cdErr(
          'InvalidFileExistsBehaviorException',
          `Invalid fileExistsBehavior: ${String(feb)}. Valid values are DISALLOW, OVERWRITE and RETAIN.`,
        );
      const active = activeOn(g);
      if (active) throw cdErr('DeploymentLimitExceededException', msg.activeDeployment(g.name, active.id));
      // CodeDeploy reads the object's metadata before accepting the deployment.
      const head = await ctx.store.getObject(r.bucket, r.key, r.version).catch(() => null);
      if (!head)
        throw cdErr(
          'InvalidRevisionException',
          'Unable to get object metadata from S3. Check object key, region and/or access permissions.',
        );
      // Checked again after the await above: a concurrent CreateDeployment may have started one since.
      const started = activeOn(g);
      if (started) throw cdErr('DeploymentLimitExceededException', msg.activeDeployment(g.name, started.id));
      const arc = input.autoRollbackConfiguration as { enabled?: boolean; events?: string[] } | undefined;
      const d = startDeployment(g, config, r, {
        creator: 'user',
        ...(description !== undefined ? { description } : {}),
        ignoreApplicationStopFailures: input.ignoreApplicationStopFailures === true,
        ...(feb !== undefined ? { fileExistsBehavior: feb } : {}),
        ...(arc ? { autoRollback: { enabled: arc.enabled === true, events: arc.events ?? [] } } : {}),
      });
      return { deploymentId: d.id };
    },

    GetDeployment(input) {
      return { deploymentInfo: wire.deploymentInfo(deployment(input)) };
    },

    ListDeployments(input) {
      let appName: string | undefined;
      let g: GroupState | undefined;
      if (input.applicationName !== undefined) appName = app(input);
      if (input.deploymentGroupName !== undefined) {
        if (!appName)
          throw cdErr(
            'ApplicationNameRequiredException',
            'An application name must be specified when a deployment group name is specified.',
          );
        g = group(appName, input);
      }
      const statuses = input.includeOnlyStatuses as unknown[] | undefined;
      for (const s of statuses ?? [])
        if (!STATUSES.includes(String(s))) throw cdErr('InvalidDeploymentStatusException', `Invalid deployment status: ${String(s)}`);
      const range = input.createTimeRange as { start?: number; end?: number } | undefined;
      const ids = state.order.filter((id) => {
        const d = state.deployments.get(id) as DeploymentState;
        if (appName && d.applicationName !== appName) return false;
        if (g && d.groupName !== g.name) return false;
        if (statuses?.length && !statuses.includes(d.status)) return false;
        if (range?.start !== undefined && d.createTime < range.start * 1000) return false;
        if (range?.end !== undefined && d.createTime > range.end * 1000) return false;
        return true;
      });
      const p = page(ids, input, settings.pageSize);
      return { deployments: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) };
    },

    ListDeploymentTargets(input) {
      const d = deployment(input);
      const filters = (input.targetFilters ?? {}) as Record<string, unknown>;
      for (const k of Object.keys(filters))
        if (k !== 'TargetStatus' && k !== 'ServerInstanceLabel')
          throw cdErr('InvalidTargetFilterNameException', `The target filter name ${k} is invalid.`);
      const statusF = filters.TargetStatus as string[] | undefined;
      const labelF = filters.ServerInstanceLabel as string[] | undefined;
      const ids = [...d.targets.values()]
        .filter(
          (t) =>
            (!statusF?.length || statusF.includes(t.status)) && (!labelF?.length || (t.label !== undefined && labelF.includes(t.label))),
        )
        .map((t) => t.id);
      const p = page(ids, input, settings.pageSize);
      return { targetIds: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) };
    },

    BatchGetDeploymentTargets(input) {
      const d = deployment(input);
      const ids = input.targetIds as unknown[] | undefined;
      if (!Array.isArray(ids) || ids.length === 0)
        throw cdErr('DeploymentTargetIdRequiredException', 'A deployment target ID was not provided.');
      if (ids.length > 25)
        throw cdErr(
          'DeploymentTargetListSizeExceededException',
          'The maximum number of targets that can be associated with a deployment has been exceeded. The maximum number of target IDs you can specify is 25.',
        );
      const targets = ids.map((id) => {
        const t = d.targets.get(String(id));
        if (!t)
          throw cdErr('DeploymentTargetDoesNotExistException', `The deployment target ${String(id)} does not exist in deployment ${d.id}.`);
        return wire.instanceTarget(d, t);
      });
      return { deploymentTargets: targets };
    },

    ListDeploymentInstances(input) {
      const d = deployment(input);
      const statusF = input.instanceStatusFilter as string[] | undefined;
      const typeF = input.instanceTypeFilter as string[] | undefined;
      const ids = [...d.targets.values()]
        .filter(
          (t) => (!statusF?.length || statusF.includes(t.status)) && (!typeF?.length || (t.label !== undefined && typeF.includes(t.label))),
        )
        .map((t) => t.id);
      const p = page(ids, input, settings.pageSize);
      return { instancesList: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) };
    },

    BatchGetDeploymentInstances(input) {
      const d = deployment(input);
      const ids = input.instanceIds as unknown[] | undefined;
      if (!Array.isArray(ids) || ids.length === 0) throw cdErr('InstanceIdRequiredException', 'The instance ID was not specified.');
      if (ids.length > 100)
        throw cdErr('BatchLimitExceededException', 'The maximum number of names or IDs allowed for this request (100) was exceeded.');
      const found = ids.map((id) => d.targets.get(String(id))).filter((t) => t !== undefined);
      const missing = ids.filter((id) => !d.targets.has(String(id)));
      return {
        instancesSummary: found.map((t) => wire.instanceSummary(d, t)),
        ...(missing.length ? { errorMessage: `Instances not found in deployment ${d.id}: ${missing.join(', ')}` } : {}),
      };
    },

    StopDeployment(input) {
      const d = deployment(input);
      if (!ACTIVE_STATUSES.has(d.status)) throw cdErr('DeploymentAlreadyCompletedException', `Deployment ${d.id} has already completed.`);
      const run = runs.get(d.id);
      if (run) run.requestStop();
      else {
        // A synthetic (fault) deployment has no run: stop it here.
        d.status = 'Stopped';
        d.completeTime = ctx.clock.now();
        d.errorInformation = { code: 'MANUAL_STOP', message: msg.MANUAL_STOP };
        for (const t of d.targets.values()) t.status = 'Skipped';
      }
      if (input.autoRollbackEnabled === true) {
        // Roll back once the stop has taken effect (complete() sees the flag).
        d.rollbackOnStop = true;
        if (!run) complete(d);
      }
      return { status: 'Pending', statusMessage: 'Stopping Pending. Stopping to schedule commands in the deployment instances' };
    },

    ContinueDeployment(input) {
      const d = deployment(input);
      const waitType = input.deploymentWaitType ?? 'READY_WAIT';
      if (waitType !== 'READY_WAIT' && waitType !== 'TERMINATION_WAIT')
        throw cdErr('InvalidDeploymentWaitTypeException', `The wait type ${String(waitType)} is invalid.`);
      if (d.deploymentType !== 'BLUE_GREEN')
        throw cdErr('UnsupportedActionForDeploymentTypeException', 'ContinueDeployment is supported only for blue/green deployments.');
      if (!ACTIVE_STATUSES.has(d.status)) throw cdErr('DeploymentAlreadyCompletedException', `Deployment ${d.id} has already completed.`);
      if (waitType === 'READY_WAIT' && d.status !== 'Ready')
        throw cdErr('DeploymentIsNotInReadyStateException', `Deployment ${d.id} is not in Ready state.`);
      runs.get(d.id)?.continueDeployment();
      return {};
    },
  };

  Object.assign(
    ops,
    readOperations({ state, configs, app, group, deployment, page: (items, input) => page(items, input, settings.pageSize), ops, created }),
  );

  async function handle(req: ServiceRequest): Promise<ServiceResponse> {
    const requestId = randomUUID();
    const target = req.headers['x-amz-target'] ?? '';
    const op = target.slice(target.indexOf('.') + 1);
    try {
      if (req.method !== 'POST') throw new CodeDeployError('UnknownOperationException', 'Only POST is supported.');
      const fn = ops[op];
      if (!fn) throw new CodeDeployError('UnknownOperationException', `Operation ${op} is not supported by the emulator.`);
      let input: Input;
      try {
        input = req.body.length ? (JSON.parse(req.body.toString('utf8')) as Input) : {};
      } catch {
        throw new CodeDeployError('SerializationException', 'Start of structure or map found where not expected.');
      }
      const out = await fn(input);
      return {
        status: 200,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId },
        body: JSON.stringify(out),
      };
    } catch (err) {
      if (!(err instanceof CodeDeployError)) throw err;
      return {
        status: err.status,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId, 'x-amzn-errortype': err.type },
        body: JSON.stringify({ __type: err.type, message: err.message }),
      };
    }
  }

  return {
    state,
    handle,
    async idle() {
      while (running.size) await Promise.all([...running]);
    },
    async close() {
      for (const r of runs.values()) r.kill();
      await Promise.allSettled([...running]);
      await scripts.close();
    },
  };
}
