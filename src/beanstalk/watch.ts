// Follow an environment update to a verdict: stream its events (new ones only, each once,
// coloured by severity), say when status or health changes, and decide. Success needs all of:
// status Ready, the new version label on the environment and on every instance, and health
// meeting the gate on two reads in a row. Any ERROR event or a return to another version is a
// failure at once; the environment is then followed until it settles so the tail logs can be
// requested.
import {
  DescribeEnvironmentHealthCommand,
  DescribeEventsCommand,
  DescribeInstancesHealthCommand,
  type ElasticBeanstalkClient,
  type EnvironmentDescription,
  type EventDescription,
  type SingleInstanceHealth,
} from '@aws-sdk/client-elastic-beanstalk';
import { AbortedError, nextDelay, type Clock } from '../util/time.js';
import { errorName } from './errors.js';
import { deadlineSignal } from '../aws/deadline.js';
import { briefAwsError, isTransientAwsError } from '../aws/errors.js';
import { describeEnvironment } from './environment.js';
import { isTerminalFailure } from './terminal-events.js';

export type HealthGate = 'green' | 'green-or-yellow' | 'any';
export type HealthLevel = 'green' | 'yellow' | 'red' | 'grey';

// ---------------------------------------------------------------- events (pure)

export function eventKey(e: EventDescription): string {
  return `${e.EventDate?.getTime() ?? ''}|${e.Severity ?? ''}|${e.RequestId ?? ''}|${e.Message ?? ''}`;
}

/**
 * Remembers which events were shown. DescribeEvents answers newest first and its StartTime is
 * inclusive, so the same events come back on every poll: `take` returns only unseen ones,
 * oldest first, and moves the start time forward.
 */
export class EventCursor {
  private readonly seen = new Set<string>();
  private since: Date | undefined;

  /** `baseline`: events that happened before the update (never shown, never judged). */
  constructor(baseline: EventDescription[] = []) {
    for (const e of baseline) this.remember(e);
  }

  get startTime(): Date | undefined {
    return this.since;
  }

  take(events: EventDescription[]): EventDescription[] {
    const fresh = events.filter((e) => !this.seen.has(eventKey(e)) && !(this.since && e.EventDate && e.EventDate < this.since));
    fresh.sort((a, b) => (a.EventDate?.getTime() ?? 0) - (b.EventDate?.getTime() ?? 0));
    for (const e of fresh) this.remember(e);
    return fresh;
  }

  private remember(e: EventDescription): void {
    this.seen.add(eventKey(e));
    if (e.EventDate && (!this.since || e.EventDate > this.since)) this.since = e.EventDate;
  }
}

/** An ERROR/FATAL event, or one the EB CLI treats as a failed end whatever its severity ("… complete, but with errors"). */
export function isErrorEvent(e: EventDescription): boolean {
  return e.Severity === 'ERROR' || e.Severity === 'FATAL' || isTerminalFailure(e.Message ?? '');
}

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', grey: '\u001b[90m', reset: '\u001b[0m' };

/** One log line per event, coloured by severity (ANSI colours: the log shows them, no annotation). */
export function eventLine(e: EventDescription): string {
  const time = e.EventDate ? e.EventDate.toISOString().slice(11, 19) : '--:--:--';
  const sev = (e.Severity ?? 'INFO').padEnd(5);
  const text = `${time} ${sev} ${e.Message ?? ''}`;
  if (isErrorEvent(e)) return `${ANSI.red}${text}${ANSI.reset}`;
  if (e.Severity === 'WARN') return `${ANSI.yellow}${text}${ANSI.reset}`;
  if (e.Severity === 'DEBUG' || e.Severity === 'TRACE') return `${ANSI.grey}${text}${ANSI.reset}`;
  return text;
}

// ---------------------------------------------------------------- health and verdict (pure)

/** Enhanced health status when present (it is finer), otherwise the basic colour. */
export function healthLevel(color: string | undefined, status: string | undefined): HealthLevel {
  switch (status) {
    case 'Ok':
    case 'Info':
      return 'green';
    case 'Warning':
      return 'yellow';
    case 'Degraded':
    case 'Severe':
      return 'red';
    case 'NoData':
    case 'Unknown':
    case 'Pending':
    case 'Suspended':
      return 'grey';
    default:
      break;
  }
  switch (color) {
    case 'Green':
      return 'green';
    case 'Yellow':
      return 'yellow';
    case 'Red':
      return 'red';
    default:
      return 'grey';
  }
}

export type GateDecision = 'pass' | 'warn' | 'wait' | 'fail';

export function gateDecision(level: HealthLevel, gate: HealthGate): GateDecision {
  if (gate === 'any') return level === 'green' ? 'pass' : 'warn';
  if (level === 'green') return 'pass';
  if (level === 'red') return 'fail';
  if (level === 'grey') return 'wait';
  return gate === 'green' ? 'wait' : 'warn';
}

export interface InstanceRow {
  id: string;
  color?: string;
  healthStatus?: string;
  version?: string;
  deploymentStatus?: string;
  causes: string[];
}

export interface Observation {
  status: string;
  versionLabel: string | undefined;
  color: string | undefined;
  healthStatus: string | undefined;
  /** Per-instance rows; undefined when the environment has no enhanced health to ask. */
  instances: InstanceRow[] | undefined;
  /** ERROR/FATAL events seen in this poll. */
  errorEvents: EventDescription[];
}

export interface Memory {
  /** The environment was seen leaving Ready since the update (it really started). */
  sawUpdate: boolean;
  /** Ready polls that still showed the old version before any sign of the update. */
  readyBeforeUpdate: number;
  /** Consecutive polls on which the health gate held. */
  passes: number;
}

export const INITIAL_MEMORY: Memory = { sawUpdate: false, readyBeforeUpdate: 0, passes: 0 };

export type FailureKind = 'error-event' | 'rolled-back' | 'health' | 'terminated';

export type Verdict =
  | { kind: 'continue'; memory: Memory; waitingFor?: string }
  | { kind: 'success'; warning?: string }
  | { kind: 'fail'; failure: FailureKind; message: string };

/** Polls a Ready environment may show the old label before the update shows (eventual consistency). */
const GRACE_POLLS = 3;

/** The decision for one poll (pure): see the module comment. */
export function judge(o: Observation, m: Memory, label: string, gate: HealthGate): Verdict {
  const first = o.errorEvents[0];
  if (first) return { kind: 'fail', failure: 'error-event', message: first.Message ?? 'Elastic Beanstalk reported an error event.' };
  if (o.status === 'Terminating' || o.status === 'Terminated') {
    return { kind: 'fail', failure: 'terminated', message: `The environment is ${o.status} while it was being updated.` };
  }
  if (o.status !== 'Ready') return { kind: 'continue', memory: { ...m, sawUpdate: true, passes: 0 }, waitingFor: `status ${o.status}` };
  if (o.versionLabel !== label) {
    if (!m.sawUpdate && m.readyBeforeUpdate < GRACE_POLLS) {
      return { kind: 'continue', memory: { ...m, readyBeforeUpdate: m.readyBeforeUpdate + 1 }, waitingFor: 'the update to start' };
    }
    return {
      kind: 'fail',
      failure: 'rolled-back',
      message: `The environment is Ready but runs version '${o.versionLabel ?? 'none'}', not '${label}': the update was rolled back or replaced.`,
    };
  }
  const behind = (o.instances ?? []).filter((i) => i.version !== undefined && i.version !== label);
  if (behind.length > 0) {
    return {
      kind: 'continue',
      memory: { ...m, passes: 0 },
      waitingFor: `${behind.length} instance${behind.length > 1 ? 's' : ''} still on another version (${behind.map((i) => `${i.id}: ${i.version}`).join(', ')})`,
    };
  }
  const level = healthLevel(o.color, o.healthStatus);
  const decision = gateDecision(level, gate);
  const health = `${o.color ?? 'unknown'}${o.healthStatus ? ` (${o.healthStatus})` : ''}`;
  if (decision === 'fail') {
    const bad = (o.instances ?? []).filter((i) => healthLevel(i.color, i.healthStatus) === 'red');
    return {
      kind: 'fail',
      failure: 'health',
      message: `Health is ${health} after the deploy${bad.length ? ` on ${bad.map((i) => i.id).join(', ')}` : ''}; the gate '${gate}' does not allow it.`,
    };
  }
  if (decision === 'wait')
    return { kind: 'continue', memory: { ...m, passes: 0 }, waitingFor: `health ${health} to meet the gate '${gate}'` };
  const passes = m.passes + 1;
  if (passes < 2) return { kind: 'continue', memory: { ...m, passes }, waitingFor: 'a second health read to confirm' };
  if (decision === 'warn') return { kind: 'success', warning: `Deployed, but health is ${health}; the gate '${gate}' lets it pass.` };
  return { kind: 'success' };
}

// ---------------------------------------------------------------- the loop

export interface WatchRequest {
  application: string;
  environment: string;
  label: string;
  gate: HealthGate;
}

export interface WatchOptions {
  pollMs: number;
  deadline: number;
  /** How long to follow a failed update until it settles (so its logs can be requested). */
  settleMs: number;
  log: (line: string) => void;
  clock: Clock;
  signal?: AbortSignal;
}

export interface WatchResult {
  outcome: 'success' | 'failed' | 'timeout';
  message: string;
  failure?: FailureKind;
  warning?: string;
  env: EnvironmentDescription | undefined;
  /** Every event since the update, oldest first. */
  events: EventDescription[];
  instances: InstanceRow[] | undefined;
  calls: Record<string, number>;
}

export class Watcher {
  readonly events: EventDescription[] = [];
  readonly calls: Record<string, number> = {};
  private enhanced = true;
  private lastHealth = '';
  private lastStatus = '';
  /** Clock time no call may outlast: the deadline while watching, the settle limit after a failure. */
  private bound: number;

  constructor(
    private readonly client: ElasticBeanstalkClient,
    private readonly req: WatchRequest,
    private readonly cursor: EventCursor,
    private readonly opts: WatchOptions,
  ) {
    this.bound = opts.deadline;
  }

  /** The signal for one call: the run's cancel, or the bound, whichever comes first. */
  private signal(): AbortSignal {
    return deadlineSignal(this.opts.signal, this.bound - this.opts.clock.now());
  }

  private count(op: string): void {
    this.calls[op] = (this.calls[op] ?? 0) + 1;
  }

  /** New events of the environment, logged once each. */
  async pollEvents(): Promise<EventDescription[]> {
    const all: EventDescription[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      this.count('DescribeEvents');
      const out = await this.client.send(
        new DescribeEventsCommand({
          ApplicationName: this.req.application,
          EnvironmentName: this.req.environment,
          StartTime: this.cursor.startTime,
          MaxRecords: 100,
          NextToken,
        }),
        { abortSignal: this.signal() },
      );
      all.push(...(out.Events ?? []));
      NextToken = out.NextToken;
    } while (NextToken && ++pages < 10);
    const fresh = this.cursor.take(all);
    for (const e of fresh) this.opts.log(eventLine(e));
    this.events.push(...fresh);
    return fresh;
  }

  async readEnvironment(): Promise<EnvironmentDescription | undefined> {
    this.count('DescribeEnvironments');
    const env = await describeEnvironment(this.client, this.req.application, this.req.environment, this.signal());
    const status = env?.Status ?? 'missing';
    if (status !== this.lastStatus) {
      this.opts.log(`Environment ${this.req.environment} is ${status}${env?.VersionLabel ? ` · version ${env.VersionLabel}` : ''}`);
      this.lastStatus = status;
    }
    const health = `${env?.Health ?? 'unknown'}${env?.HealthStatus ? ` (${env.HealthStatus})` : ''}`;
    if (health !== this.lastHealth) {
      const causes = healthLevel(env?.Health, env?.HealthStatus) === 'green' ? [] : await this.causes();
      this.opts.log(`Health ${this.lastHealth ? `${this.lastHealth} → ` : ''}${health}${causes.length ? `: ${causes.join(' · ')}` : ''}`);
      this.lastHealth = health;
    }
    return env;
  }

  /** Per-instance health and deployed version; undefined for basic-health environments. */
  async readInstances(): Promise<InstanceRow[] | undefined> {
    if (!this.enhanced) return undefined;
    const rows: InstanceRow[] = [];
    let NextToken: string | undefined;
    try {
      do {
        this.count('DescribeInstancesHealth');
        const out = await this.client.send(
          new DescribeInstancesHealthCommand({ EnvironmentName: this.req.environment, AttributeNames: ['All'], NextToken }),
          { abortSignal: this.signal() },
        );
        rows.push(...(out.InstanceHealthList ?? []).map(instanceRow));
        NextToken = out.NextToken;
      } while (NextToken);
    } catch (err) {
      if (this.opts.signal?.aborted) throw new AbortedError();
      if (isTransientAwsError(err) || this.opts.clock.now() >= this.bound) return undefined;
      // Basic health (or a caller without the permission): the environment's label must do.
      this.enhanced = false;
      this.opts.log(
        `Per-instance health is not available (${errorName(err) || 'error'}); checking the environment's version label instead.`,
      );
      return undefined;
    }
    return rows;
  }

  private async causes(): Promise<string[]> {
    if (!this.enhanced) return [];
    try {
      this.count('DescribeEnvironmentHealth');
      const out = await this.client.send(
        new DescribeEnvironmentHealthCommand({ EnvironmentName: this.req.environment, AttributeNames: ['Causes'] }),
        { abortSignal: this.signal() },
      );
      return out.Causes ?? [];
    } catch {
      return [];
    }
  }

  /** Polls until a verdict, the deadline, or cancellation (AbortedError). */
  async run(): Promise<WatchResult> {
    const { clock, signal } = this.opts;
    let memory = INITIAL_MEMORY;
    let failures = 0;
    let env: EnvironmentDescription | undefined;
    let instances: InstanceRow[] | undefined;
    let waitingFor = '';
    for (;;) {
      if (signal?.aborted) throw new AbortedError();
      let verdict: Verdict;
      try {
        const fresh = await this.pollEvents();
        env = await this.readEnvironment();
        if (env?.Status === 'Ready') instances = await this.readInstances();
        verdict = judge(
          {
            status: env?.Status ?? 'Terminated',
            versionLabel: env?.VersionLabel,
            color: env?.Health,
            healthStatus: env?.HealthStatus,
            instances: env?.Status === 'Ready' ? instances : undefined,
            errorEvents: fresh.filter(isErrorEvent),
          },
          memory,
          this.req.label,
          this.req.gate,
        );
        if (failures > 0) this.opts.log(`Elastic Beanstalk answers again after ${failures} failed poll${failures > 1 ? 's' : ''}.`);
        failures = 0;
      } catch (err) {
        if (signal?.aborted) throw new AbortedError();
        const timedOut = clock.now() >= this.opts.deadline;
        // Only a definite refusal ends the watch; a flaky network or a failing service is waited out.
        if (!timedOut && !isTransientAwsError(err)) throw err;
        if (timedOut) {
          const message = `still waiting for ${waitingFor || 'the update to finish'} (the last read failed: ${briefAwsError(err)})`;
          return { outcome: 'timeout', message, env, events: this.events, instances, calls: this.calls };
        }
        if (failures++ === 0)
          this.opts.log(
            `Could not read environment ${this.req.environment} (${briefAwsError(err)}); retrying until the timeout. The update is not affected.`,
          );
        await clock.sleep(Math.min(nextDelay(this.opts.pollMs, failures), Math.max(1, this.opts.deadline - clock.now())), signal);
        continue;
      }
      if (verdict.kind === 'success') {
        return { outcome: 'success', message: 'Ready', warning: verdict.warning, env, events: this.events, instances, calls: this.calls };
      }
      if (verdict.kind === 'fail') {
        env = (await this.settle()) ?? env;
        if (env?.Status === 'Ready') instances = (await this.readInstances()) ?? instances;
        return {
          outcome: 'failed',
          failure: verdict.failure,
          message: verdict.message,
          env,
          events: this.events,
          instances,
          calls: this.calls,
        };
      }
      memory = verdict.memory;
      if (verdict.waitingFor && verdict.waitingFor !== waitingFor && env?.Status === 'Ready')
        this.opts.log(`Waiting for ${verdict.waitingFor}.`);
      waitingFor = verdict.waitingFor ?? '';
      if (clock.now() >= this.opts.deadline) {
        return {
          outcome: 'timeout',
          message: `still waiting for ${waitingFor || 'the update to finish'}`,
          env,
          events: this.events,
          instances,
          calls: this.calls,
        };
      }
      await clock.sleep(Math.min(nextDelay(this.opts.pollMs, 0), Math.max(1, this.opts.deadline - clock.now())), signal);
    }
  }

  /**
   * After a failure verdict: keep reading events until the environment leaves Updating (bounded),
   * because the decisive "Failed to deploy" events come last and tail logs need a Ready environment.
   */
  async settle(): Promise<EnvironmentDescription | undefined> {
    const { clock, signal } = this.opts;
    const until = Math.min(clock.now() + this.opts.settleMs, this.opts.deadline + this.opts.settleMs);
    this.bound = until;
    let env: EnvironmentDescription | undefined;
    for (;;) {
      if (signal?.aborted) throw new AbortedError();
      try {
        await this.pollEvents();
        env = await this.readEnvironment();
      } catch (err) {
        if (signal?.aborted) throw new AbortedError();
        if (!isTransientAwsError(err) || clock.now() >= until) return env;
      }
      if (!env || env.Status === 'Ready' || env.Status === 'Terminated' || clock.now() >= until) return env;
      await clock.sleep(Math.min(nextDelay(this.opts.pollMs, 0), Math.max(1, until - clock.now())), signal);
    }
  }
}

export function instanceRow(i: SingleInstanceHealth): InstanceRow {
  return {
    id: i.InstanceId ?? 'unknown',
    color: i.Color,
    healthStatus: i.HealthStatus,
    version: i.Deployment?.VersionLabel,
    deploymentStatus: i.Deployment?.Status,
    causes: i.Causes ?? [],
  };
}

/** Events before the update: the cursor starts after them. */
export async function baselineEvents(
  client: ElasticBeanstalkClient,
  application: string,
  environment: string,
  signal?: AbortSignal,
): Promise<EventDescription[]> {
  const out = await client.send(new DescribeEventsCommand({ ApplicationName: application, EnvironmentName: environment, MaxRecords: 25 }), {
    abortSignal: signal,
  });
  return out.Events ?? [];
}
