// Scenario files (YAML or JSON): what the emulated AWS account holds and how it misbehaves.
// Validation is strict so a typo in a test scenario fails loudly instead of silently testing less.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { isFaultType, type FaultSpec } from './faults.js';

export type DeploymentType = 'IN_PLACE' | 'BLUE_GREEN';
export type DeploymentOption = 'WITH_TRAFFIC_CONTROL' | 'WITHOUT_TRAFFIC_CONTROL';

export interface MinimumHealthyHosts {
  type: 'HOST_COUNT' | 'FLEET_PERCENT';
  value: number;
}

/** CodeDeploy's ZonalConfig: one Availability Zone at a time, with a bake between zones. */
export interface ZonalConfig {
  firstZoneMonitorDurationInSeconds?: number;
  monitorDurationInSeconds?: number;
  minimumHealthyHostsPerZone?: MinimumHealthyHosts;
}

export interface DeploymentConfigSpec {
  name: string;
  minimumHealthyHosts: MinimumHealthyHosts;
  zonalConfig?: ZonalConfig;
}

/** A file of an inline bundle: its text, or text plus a mode (octal number or string such as "0755"). */
export type InlineFile = string | { content: string; mode?: number | string };

export interface BlueGreenSpec {
  /** CONTINUE_DEPLOYMENT reroutes at once; STOP_DEPLOYMENT waits in Ready for ContinueDeployment. */
  actionOnTimeout: 'CONTINUE_DEPLOYMENT' | 'STOP_DEPLOYMENT';
  waitTimeInMinutes: number;
  /** What becomes of the original instances once traffic is rerouted (terminateBlueInstancesOnDeploymentSuccess.action). */
  terminationAction: 'TERMINATE' | 'KEEP_ALIVE';
  terminationWaitTimeInMinutes: number;
}

export interface DeploymentGroupSpec {
  name: string;
  /** Fixed for reproducible agent paths; generated from the names when omitted. */
  id: string;
  deploymentConfigName: string;
  deploymentType: DeploymentType;
  deploymentOption: DeploymentOption;
  instances: string[];
  /** The instances are spread over these zones round-robin, in order (zonal configurations deploy zone by zone). */
  availabilityZones: string[];
  loadBalancer: boolean;
  serviceRoleArn: string;
  autoRollback?: { enabled: boolean; events: string[] };
  blueGreen?: BlueGreenSpec;
  /** Files of the revision the instances last installed successfully (ApplicationStop runs its scripts). */
  previousRevision?: { deploymentId: string; files: Record<string, InlineFile> };
}

export interface ApplicationSpec {
  name: string;
  id: string;
  deploymentGroups: DeploymentGroupSpec[];
}

export interface CodeDeployScenario {
  /** Page size of the List* operations. */
  pageSize: number;
  /** Scenario seconds of simulated work per lifecycle event without scripts (DownloadBundle, AllowTraffic …). */
  eventDuration: number;
  /** Scenario seconds CodeDeploy waits for an unresponsive agent (AWS: one hour). */
  agentTimeout: number;
  /** Real-time floor for a scaled hook timeout, so a real script is not killed by scaling alone. */
  hookTimeoutFloorMs: number;
  /** Instances simulated at once. */
  concurrency: number;
  deploymentConfigs: DeploymentConfigSpec[];
  applications: ApplicationSpec[];
}

export interface Scenario {
  timeScale: number;
  s3: { buckets: string[] };
  faults: FaultSpec[];
  codedeploy: CodeDeployScenario;
  /** Passed untouched to the Elastic Beanstalk service. */
  beanstalk?: unknown;
  /** The `cloudwatch:` section (alarms; see cloudwatch/alarms.ts). */
  cloudwatch?: unknown;
  /** ECS and Lambda (checked by ecs/model.ts and lambda/model.ts). */
  ecs?: unknown;
  lambda?: unknown;
}

export class ScenarioError extends Error {}

type Obj = Record<string, unknown>;

function fail(path: string, expected: string, got: unknown): never {
  throw new ScenarioError(`scenario: ${path} must be ${expected} (got ${JSON.stringify(got)})`);
}

function obj(v: unknown, path: string, allowed: string[]): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(path, 'a mapping', v);
  for (const k of Object.keys(v))
    if (!allowed.includes(k)) throw new ScenarioError(`scenario: unknown key ${path}.${k} (allowed: ${allowed.join(', ')})`);
  return v as Obj;
}

function str(v: unknown, path: string, fallback?: string): string {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string' || v === '') fail(path, 'a non-empty string', v);
  return v;
}

function num(v: unknown, path: string, fallback: number, min = 0): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) fail(path, `a number ≥ ${min}`, v);
  return v;
}

function bool(v: unknown, path: string, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') fail(path, 'true or false', v);
  return v;
}

function oneOf<T extends string>(v: unknown, path: string, values: readonly T[], fallback: T): T {
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !values.includes(v as T)) fail(path, `one of ${values.join('|')}`, v);
  return v as T;
}

function list(v: unknown, path: string): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(path, 'a list', v);
  return v;
}

/** Deterministic ids, so agent paths in expectations stay stable across runs. */
function stableHex(seed: string, n: number): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, n);
}

export function stableUuid(seed: string): string {
  const h = stableHex(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function instancesOf(v: unknown, path: string, seed: string): string[] {
  if (v === undefined) return [`i-0${stableHex(`${seed}#0`, 16)}`];
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0 || v > 10000) fail(path, 'an instance count 0..10000 or a list of ids', v);
    return Array.from({ length: v }, (_, i) => `i-0${stableHex(`${seed}#${i}`, 16)}`);
  }
  const ids = list(v, path).map((x, i) => str(x, `${path}[${i}]`));
  if (new Set(ids).size !== ids.length) fail(path, 'a list of distinct ids', v);
  return ids;
}

function inlineFiles(v: unknown, path: string): Record<string, InlineFile> {
  const o = obj(v, path, Object.keys((v as Obj | null) ?? {}));
  const out: Record<string, InlineFile> = {};
  for (const [name, f] of Object.entries(o)) {
    if (typeof f === 'string') out[name] = f;
    else {
      const fo = obj(f, `${path}.${name}`, ['content', 'mode']);
      const mode = fo.mode;
      if (mode !== undefined && typeof mode !== 'number' && typeof mode !== 'string') fail(`${path}.${name}.mode`, 'a mode', mode);
      out[name] = { content: str(fo.content ?? '', `${path}.${name}.content`, ''), ...(mode !== undefined ? { mode } : {}) };
    }
  }
  return out;
}

function group(v: unknown, path: string, app: string): DeploymentGroupSpec {
  const o = obj(v, path, [
    'name',
    'id',
    'deploymentConfigName',
    'deploymentType',
    'deploymentOption',
    'instances',
    'availabilityZones',
    'loadBalancer',
    'serviceRoleArn',
    'autoRollback',
    'blueGreen',
    'previousRevision',
  ]);
  const name = str(o.name, `${path}.name`);
  const deploymentType = oneOf(o.deploymentType, `${path}.deploymentType`, ['IN_PLACE', 'BLUE_GREEN'] as const, 'IN_PLACE');
  const out: DeploymentGroupSpec = {
    name,
    id: str(o.id, `${path}.id`, stableUuid(`group:${app}/${name}`)),
    deploymentConfigName: str(o.deploymentConfigName, `${path}.deploymentConfigName`, 'CodeDeployDefault.OneAtATime'),
    deploymentType,
    deploymentOption: oneOf(
      o.deploymentOption,
      `${path}.deploymentOption`,
      ['WITH_TRAFFIC_CONTROL', 'WITHOUT_TRAFFIC_CONTROL'] as const,
      deploymentType === 'BLUE_GREEN' ? 'WITH_TRAFFIC_CONTROL' : 'WITHOUT_TRAFFIC_CONTROL',
    ),
    instances: instancesOf(o.instances, `${path}.instances`, `${app}/${name}`),
    availabilityZones: zonesOf(o.availabilityZones, `${path}.availabilityZones`),
    loadBalancer: bool(o.loadBalancer, `${path}.loadBalancer`, deploymentType === 'BLUE_GREEN'),
    serviceRoleArn: str(o.serviceRoleArn, `${path}.serviceRoleArn`, 'arn:aws:iam::123456789012:role/CodeDeployServiceRole'),
  };
  if (o.autoRollback !== undefined) {
    const a = obj(o.autoRollback, `${path}.autoRollback`, ['enabled', 'events']);
    out.autoRollback = {
      enabled: bool(a.enabled, `${path}.autoRollback.enabled`, true),
      events: list(a.events ?? ['DEPLOYMENT_FAILURE'], `${path}.autoRollback.events`).map((e, i) =>
        str(e, `${path}.autoRollback.events[${i}]`),
      ),
    };
  }
  if (deploymentType === 'BLUE_GREEN' || o.blueGreen !== undefined) {
    const b = obj(o.blueGreen ?? {}, `${path}.blueGreen`, [
      'actionOnTimeout',
      'waitTimeInMinutes',
      'terminationAction',
      'terminationWaitTimeInMinutes',
    ]);
    out.blueGreen = {
      actionOnTimeout: oneOf(
        b.actionOnTimeout,
        `${path}.blueGreen.actionOnTimeout`,
        ['CONTINUE_DEPLOYMENT', 'STOP_DEPLOYMENT'] as const,
        'CONTINUE_DEPLOYMENT',
      ),
      waitTimeInMinutes: num(b.waitTimeInMinutes, `${path}.blueGreen.waitTimeInMinutes`, 0),
      terminationAction: oneOf(
        b.terminationAction,
        `${path}.blueGreen.terminationAction`,
        ['TERMINATE', 'KEEP_ALIVE'] as const,
        'TERMINATE',
      ),
      terminationWaitTimeInMinutes: num(b.terminationWaitTimeInMinutes, `${path}.blueGreen.terminationWaitTimeInMinutes`, 0),
    };
  }
  if (o.previousRevision !== undefined) {
    const p = obj(o.previousRevision, `${path}.previousRevision`, ['deploymentId', 'files']);
    out.previousRevision = {
      deploymentId: str(p.deploymentId, `${path}.previousRevision.deploymentId`, `d-${stableHex(`prev:${app}/${name}`, 9).toUpperCase()}`),
      files: inlineFiles(p.files, `${path}.previousRevision.files`),
    };
  }
  return out;
}

function healthyHosts(v: unknown, path: string): MinimumHealthyHosts {
  const m = obj(v, path, ['type', 'value']);
  return {
    type: oneOf(m.type, `${path}.type`, ['HOST_COUNT', 'FLEET_PERCENT'] as const, 'HOST_COUNT'),
    value: num(m.value, `${path}.value`, 0),
  };
}

function zonalConfig(v: unknown, path: string): ZonalConfig {
  const z = obj(v, path, ['firstZoneMonitorDurationInSeconds', 'monitorDurationInSeconds', 'minimumHealthyHostsPerZone']);
  const seconds = (k: 'firstZoneMonitorDurationInSeconds' | 'monitorDurationInSeconds') =>
    z[k] !== undefined ? { [k]: num(z[k], `${path}.${k}`, 0) } : {};
  return {
    ...seconds('firstZoneMonitorDurationInSeconds'),
    ...seconds('monitorDurationInSeconds'),
    ...(z.minimumHealthyHostsPerZone !== undefined
      ? { minimumHealthyHostsPerZone: healthyHosts(z.minimumHealthyHostsPerZone, `${path}.minimumHealthyHostsPerZone`) }
      : {}),
  };
}

/** Availability Zones of a group; one zone when not given. */
function zonesOf(v: unknown, path: string): string[] {
  if (v === undefined) return ['us-east-1a'];
  const zones = list(v, path).map((z, i) => str(z, `${path}[${i}]`));
  if (zones.length === 0) fail(path, 'a non-empty list of zone names', v);
  return zones;
}

function codedeploy(v: unknown): CodeDeployScenario {
  const o = obj(v ?? {}, 'codedeploy', [
    'pageSize',
    'eventDuration',
    'agentTimeout',
    'hookTimeoutFloorMs',
    'concurrency',
    'deploymentConfigs',
    'applications',
  ]);
  const apps = list(o.applications, 'codedeploy.applications').map((a, i) => {
    const ao = obj(a, `codedeploy.applications[${i}]`, ['name', 'id', 'deploymentGroups']);
    const name = str(ao.name, `codedeploy.applications[${i}].name`);
    return {
      name,
      id: str(ao.id, `codedeploy.applications[${i}].id`, stableUuid(`app:${name}`)),
      deploymentGroups: list(ao.deploymentGroups, `codedeploy.applications[${i}].deploymentGroups`).map((g, j) =>
        group(g, `codedeploy.applications[${i}].deploymentGroups[${j}]`, name),
      ),
    };
  });
  const configs = list(o.deploymentConfigs, 'codedeploy.deploymentConfigs').map((c, i) => {
    const p = `codedeploy.deploymentConfigs[${i}]`;
    const co = obj(c, p, ['name', 'minimumHealthyHosts', 'zonalConfig']);
    return {
      name: str(co.name, `${p}.name`),
      minimumHealthyHosts: healthyHosts(co.minimumHealthyHosts, `${p}.minimumHealthyHosts`),
      ...(co.zonalConfig !== undefined ? { zonalConfig: zonalConfig(co.zonalConfig, `${p}.zonalConfig`) } : {}),
    };
  });
  return {
    pageSize: num(o.pageSize, 'codedeploy.pageSize', 100, 1),
    eventDuration: num(o.eventDuration, 'codedeploy.eventDuration', 1),
    agentTimeout: num(o.agentTimeout, 'codedeploy.agentTimeout', 3600),
    hookTimeoutFloorMs: num(o.hookTimeoutFloorMs, 'codedeploy.hookTimeoutFloorMs', 2000),
    concurrency: num(o.concurrency, 'codedeploy.concurrency', 16, 1),
    deploymentConfigs: configs,
    applications: apps,
  };
}

function fault(v: unknown, i: number): FaultSpec {
  const p = `faults[${i}]`;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(p, 'a mapping', v);
  const t = (v as Obj).type;
  if (!isFaultType(t)) fail(`${p}.type`, 'a known fault type', t);
  if (t === 'throttle' && typeof (v as Obj).every !== 'number') fail(`${p}.every`, 'a number', (v as Obj).every);
  if (t === 'lostResponse') str((v as Obj).operation, `${p}.operation`);
  if (t === 'serverError' || t === 'hang' || t === 'malformed' || t === 'echoHeaders' || t === 'refuse')
    str((v as Obj).operation, `${p}.operation`);
  if (t === 'refuse') str((v as Obj).code, `${p}.code`);
  if (t === 'tailLog' && (v as Obj).mode !== 'slow' && (v as Obj).mode !== 'huge') fail(`${p}.mode`, 'slow or huge', (v as Obj).mode);
  if (t === 'fileExists') str((v as Obj).path, `${p}.path`);
  if (t === 'scriptTimeout') str((v as Obj).event, `${p}.event`);
  const code = (v as Obj).code;
  if (t === 'platformError' && code !== undefined && code !== 'INTERNAL_ERROR' && code !== 'THROTTLED')
    fail(`${p}.code`, 'INTERNAL_ERROR or THROTTLED', code);
  if (t === 'activeDeployment') {
    str((v as Obj).application, `${p}.application`);
    str((v as Obj).group, `${p}.group`);
  }
  return v as FaultSpec;
}

/** Validate a parsed scenario object, filling defaults. */
export function validateScenario(raw: unknown): Scenario {
  const o = obj(raw ?? {}, '(root)', ['timeScale', 's3', 'faults', 'codedeploy', 'beanstalk', 'cloudwatch', 'ecs', 'lambda']);
  const s3 = obj(o.s3 ?? {}, 's3', ['buckets']);
  return {
    timeScale: num(o.timeScale, 'timeScale', 0.001),
    s3: { buckets: list(s3.buckets, 's3.buckets').map((b, i) => str(b, `s3.buckets[${i}]`)) },
    faults: list(o.faults, 'faults').map(fault),
    codedeploy: codedeploy(o.codedeploy),
    ...(o.beanstalk !== undefined ? { beanstalk: o.beanstalk } : {}),
    // Checked by its own module (cloudwatch/alarms.ts), as beanstalk is.
    ...(o.cloudwatch !== undefined ? { cloudwatch: o.cloudwatch } : {}),
    ...(o.ecs !== undefined ? { ecs: o.ecs } : {}),
    ...(o.lambda !== undefined ? { lambda: o.lambda } : {}),
  };
}

/** Read a scenario file (YAML, of which JSON is a subset). */
export function loadScenario(file: string): Scenario {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ScenarioError(`scenario ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    return validateScenario(raw);
  } catch (err) {
    if (err instanceof ScenarioError) throw new ScenarioError(`${file}: ${err.message}`);
    throw err;
  }
}
