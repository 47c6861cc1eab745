/*
 * CloudWatch alarms of the emulated account: the `cloudwatch:` section of a scenario. An alarm
 * may be attached to a CodeDeploy deployment group (it then shows in the group's
 * alarmConfiguration) and may go to ALARM a while after a deployment of that group succeeds —
 * what a bake gate must notice.
 *
 * cloudwatch:
 *   alarms:
 *     - name: shop-5xx
 *       deploymentGroup: shop/prod      # application/group whose alarmConfiguration names it
 *       state: OK                       # OK | ALARM | INSUFFICIENT_DATA before any breach (default OK)
 *       reason: "Threshold Crossed: no datapoints were above the threshold"
 *       alarmAfterSuccess: 2            # scenario seconds after the group's deployment succeeded → ALARM
 *       afterDeployment: 2              # only after its 2nd successful deployment (default: after each)
 *       alarmReason: "Threshold Crossed: 1 datapoint [12.0] was greater than the threshold (5.0)."
 *
 * The state is computed at each read from the group's deployments: ALARM while the group's
 * newest deployment is the one that succeeded (and is the `afterDeployment`-th success) and
 * `alarmAfterSuccess` has passed since it completed; back to `state` once another deployment starts.
 */
import type { CodeDeployState, DeploymentState } from '../codedeploy/model.js';
import { groupKey } from '../codedeploy/model.js';
import type { Clock } from '../types.js';

export const ALARM_STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const;
export type AlarmStateValue = (typeof ALARM_STATES)[number];

export interface AlarmSpec {
  name: string;
  /** `application/group`. */
  deploymentGroup?: string;
  state: AlarmStateValue;
  reason: string;
  alarmAfterSuccess?: number;
  afterDeployment?: number;
  alarmReason: string;
}

export interface CloudWatchScenario {
  alarms: AlarmSpec[];
}

/** The section as an author writes it (defaults filled by checkCloudWatchScenario). */
export interface CloudWatchInput {
  alarms?: Array<Partial<Omit<AlarmSpec, 'name'>> & { name: string }>;
}

type Obj = Record<string, unknown>;

/** Strict, path-naming checks (scenario authors read the message). */
export function checkCloudWatchScenario(raw: unknown): CloudWatchScenario {
  if (raw === undefined || raw === null) return { alarms: [] };
  const o = mapping(raw, 'cloudwatch', ['alarms']);
  const list = o.alarms ?? [];
  if (!Array.isArray(list)) throw new Error('scenario: cloudwatch.alarms must be a list');
  const names = new Set<string>();
  const alarms = list.map((a, i) => {
    const p = `cloudwatch.alarms[${i}]`;
    const ao = mapping(a, p, ['name', 'deploymentGroup', 'state', 'reason', 'alarmAfterSuccess', 'afterDeployment', 'alarmReason']);
    const name = text(ao.name, `${p}.name`);
    if (names.has(name)) throw new Error(`scenario: ${p}.name '${name}' is listed twice`);
    names.add(name);
    const state = ao.state ?? 'OK';
    if (!ALARM_STATES.includes(state as AlarmStateValue)) throw new Error(`scenario: ${p}.state must be one of ${ALARM_STATES.join('|')}`);
    const spec: AlarmSpec = {
      name,
      state: state as AlarmStateValue,
      reason: ao.reason === undefined ? 'Threshold Crossed: no datapoints were above the threshold.' : text(ao.reason, `${p}.reason`),
      alarmReason:
        ao.alarmReason === undefined
          ? 'Threshold Crossed: 1 datapoint was greater than the threshold.'
          : text(ao.alarmReason, `${p}.alarmReason`),
    };
    if (ao.deploymentGroup !== undefined) {
      const g = text(ao.deploymentGroup, `${p}.deploymentGroup`);
      if (!/^[^/]+\/[^/]+$/.test(g)) throw new Error(`scenario: ${p}.deploymentGroup must be application/group`);
      spec.deploymentGroup = g;
    }
    if (ao.alarmAfterSuccess !== undefined) spec.alarmAfterSuccess = count(ao.alarmAfterSuccess, `${p}.alarmAfterSuccess`, 0);
    if (ao.afterDeployment !== undefined) spec.afterDeployment = count(ao.afterDeployment, `${p}.afterDeployment`, 1);
    return spec;
  });
  return { alarms };
}

function mapping(v: unknown, path: string, allowed: string[]): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error(`scenario: ${path} must be a mapping`);
  for (const k of Object.keys(v))
    if (!allowed.includes(k)) throw new Error(`scenario: unknown key ${path}.${k} (allowed: ${allowed.join(', ')})`);
  return v as Obj;
}

function text(v: unknown, path: string): string {
  if (typeof v !== 'string' || v === '') throw new Error(`scenario: ${path} must be a non-empty string`);
  return v;
}

function count(v: unknown, path: string, min: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) throw new Error(`scenario: ${path} must be a number ≥ ${min}`);
  return v;
}

/** An alarm as DescribeAlarms reports it at one instant. */
export interface AlarmNow {
  spec: AlarmSpec;
  state: AlarmStateValue;
  reason: string;
  /** Epoch ms of the last state change. */
  updatedAt: number;
}

export class AlarmBook {
  constructor(
    private readonly scenario: CloudWatchScenario,
    private readonly codedeploy: CodeDeployState,
    private readonly clock: Clock,
    private readonly startedAt: number,
  ) {
    // The groups' alarmConfiguration names the alarms attached to them.
    for (const a of scenario.alarms) {
      if (!a.deploymentGroup) continue;
      const [app, group] = a.deploymentGroup.split('/') as [string, string];
      const g = codedeploy.groups.get(groupKey(app, group));
      if (!g) throw new Error(`scenario: cloudwatch alarm ${a.name}: no deployment group ${a.deploymentGroup} in codedeploy.applications`);
      g.alarmConfiguration ??= { enabled: true, ignorePollAlarmFailure: false, alarms: [] };
      g.alarmConfiguration.alarms.push({ name: a.name });
    }
  }

  all(): AlarmNow[] {
    return this.scenario.alarms.map((a) => this.now(a));
  }

  private now(a: AlarmSpec): AlarmNow {
    const calm: AlarmNow = { spec: a, state: a.state, reason: a.reason, updatedAt: this.startedAt };
    if (a.alarmAfterSuccess === undefined || !a.deploymentGroup) return calm;
    const [app, group] = a.deploymentGroup.split('/') as [string, string];
    const ofGroup = this.codedeploy.order
      .map((id) => this.codedeploy.deployments.get(id))
      .filter((d): d is DeploymentState => !!d && d.applicationName === app && d.groupName === group);
    const newest = ofGroup[0];
    if (!newest || newest.status !== 'Succeeded' || newest.completeTime === undefined) return calm;
    const nth = ofGroup.filter((d) => d.status === 'Succeeded').length;
    if (a.afterDeployment !== undefined && nth !== a.afterDeployment) return calm;
    const at = newest.completeTime + a.alarmAfterSuccess * this.clock.timeScale * 1000;
    if (this.clock.now() < at) return { ...calm, updatedAt: Math.max(this.startedAt, newest.createTime) };
    return { spec: a, state: 'ALARM', reason: a.alarmReason, updatedAt: at };
  }
}
