// Follow a deployment to its end: one GetDeployment per interval; targets are read only when the
// overview changed, so a quiet deployment costs one call per poll. Progress lines say what
// changed, never the same line twice. The first polls come sooner (pollDelay): a deployment
// that ends within seconds is not left waiting a whole interval.
import {
  BatchGetDeploymentTargetsCommand,
  ContinueDeploymentCommand,
  ListDeploymentTargetsCommand,
  type CodeDeployClient,
  type DeploymentInfo,
  type DeploymentTarget,
  type TargetStatus,
} from '@aws-sdk/client-codedeploy';
import { AbortedError, nextDelay, type Clock } from '../util/time.js';
import { deadlineSignal } from '../aws/deadline.js';
import { briefAwsError, isTransientAwsError } from '../aws/errors.js';
import { getDeployment } from './release.js';

export const TERMINAL = new Set(['Succeeded', 'Failed', 'Stopped']);
/** Fleets larger than this get per-instance lines only for failures, to keep the log readable. */
const DETAIL_LIMIT = 50;

/** The delay after the first poll; each later one doubles until it reaches the poll interval. */
export const FIRST_POLL_MS = 250;

/**
 * Delay (before jitter) after the `poll`-th poll (0-based): 250 ms, 500 ms, 1 s, 2 s … capped at
 * `pollMs`. With the default 15 s interval that is 6 extra GetDeployment calls in the first 16 s,
 * then one per interval. Measured (bench, basic scenario): the end of a 150 ms emulated deployment
 * was noticed 14.4 s late with a flat 15 s interval.
 */
export function pollDelay(pollMs: number, poll: number): number {
  return Math.min(pollMs, FIRST_POLL_MS * 2 ** Math.min(Math.max(0, poll), 30));
}

export interface WatchOptions {
  pollMs: number;
  deadline: number;
  continueBlueGreen: boolean;
  log: (line: string) => void;
  clock: Clock;
  signal?: AbortSignal;
}

export interface WatchResult {
  info: DeploymentInfo;
  /** Last read of every target (instance, Lambda or ECS), keyed by target id. */
  targets: Map<string, DeploymentTarget>;
  /** The deployment waits for the user to reroute traffic (blue/green, wait-for-ready). */
  waitingForReady: boolean;
  /**
   * Blue/green: traffic is on the replacements and the originals' termination wait has begun, but
   * it ends after the deadline. The deployment stays InProgress for that wait (up to 48 h); it is
   * released, so the watch ends here instead of timing out and leaving a healthy deployment for the
   * post step to stop.
   */
  terminationWait: boolean;
  timedOut: boolean;
  /** API calls made, by operation (for the summary and the performance figures). */
  calls: Record<string, number>;
}

export async function watchDeployment(client: CodeDeployClient, deploymentId: string, opts: WatchOptions): Promise<WatchResult> {
  const calls: Record<string, number> = {};
  const count = (op: string) => (calls[op] = (calls[op] ?? 0) + 1);
  const poller = new Poller(client, deploymentId, opts, count);
  let failures = 0;
  let polls = 0;
  const result = (extra: Partial<Pick<WatchResult, 'waitingForReady' | 'timedOut' | 'terminationWait'>>): WatchResult => ({
    info: poller.info,
    targets: poller.targets,
    calls,
    waitingForReady: false,
    timedOut: false,
    terminationWait: false,
    ...extra,
  });
  for (;;) {
    if (opts.signal?.aborted) throw new AbortedError();
    let status: string;
    try {
      // Each call may take at most what is left until the deadline.
      status = await poller.poll(deadlineSignal(opts.signal, opts.deadline - opts.clock.now()));
      if (failures > 0) opts.log(`CodeDeploy answers again after ${failures} failed poll${failures > 1 ? 's' : ''}.`);
      failures = 0;
    } catch (err) {
      if (opts.signal?.aborted) throw new AbortedError();
      if (opts.clock.now() >= opts.deadline) return result({ waitingForReady: false, timedOut: true });
      // Only a definite refusal ends the watch; a flaky network or a failing service is waited out.
      if (!isTransientAwsError(err)) throw err;
      if (failures++ === 0)
        opts.log(
          `Could not read deployment ${deploymentId} (${briefAwsError(err)}); retrying until the timeout. The deployment is not affected.`,
        );
      await opts.clock.sleep(Math.min(nextDelay(opts.pollMs, failures), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
      continue;
    }
    if (TERMINAL.has(status)) return result({ waitingForReady: false, timedOut: false });
    if (status === 'Ready' && !opts.continueBlueGreen) return result({ waitingForReady: true, timedOut: false });
    if (terminationOutlastsDeadline(poller.info, opts)) return result({ terminationWait: true });
    if (opts.clock.now() >= opts.deadline) return result({ waitingForReady: false, timedOut: true });
    await opts.clock.sleep(
      Math.min(nextDelay(pollDelay(opts.pollMs, polls++), 0), Math.max(1, opts.deadline - opts.clock.now())),
      opts.signal,
    );
  }
}

/**
 * The originals' termination wait has begun and would end after the deadline. Measured from the
 * first poll that sees it, so a wait seen late is assumed longer than it is: the watch ends early
 * rather than timing out.
 */
export function terminationOutlastsDeadline(info: DeploymentInfo, opts: Pick<WatchOptions, 'clock' | 'deadline'>): boolean {
  if (info.status !== 'InProgress' || !info.instanceTerminationWaitTimeStarted) return false;
  return opts.clock.now() + terminationWaitMinutes(info) * 60_000 >= opts.deadline;
}

const terminationWaitMinutes = (info: DeploymentInfo): number =>
  info.blueGreenDeploymentConfiguration?.terminateBlueInstancesOnDeploymentSuccess?.terminationWaitTimeInMinutes ?? 0;

/** The originals' termination, in words, for the summary and the notice. */
export function terminationWaitText(info: DeploymentInfo): string {
  return `traffic is on the replacement instances; CodeDeploy terminates the original instances after its ${terminationWaitMinutes(info)}-minute termination wait and keeps the deployment In progress until then`;
}

/** One poll's reads and the progress lines they produce; remembers what was already said. */
class Poller {
  info: DeploymentInfo;
  readonly targets = new Map<string, DeploymentTarget>();
  private lastOverview = '';
  private lastStatus = '';
  private continued = false;

  constructor(
    private readonly client: CodeDeployClient,
    private readonly deploymentId: string,
    private readonly opts: WatchOptions,
    private readonly count: (op: string) => void,
  ) {
    this.info = { deploymentId };
  }

  /** Reads the deployment (and its targets when the overview changed); returns its status. */
  async poll(signal: AbortSignal): Promise<string> {
    const { deploymentId, opts } = this;
    this.count('GetDeployment');
    const info = await getDeployment(this.client, deploymentId, signal);
    const status = info.status ?? 'Unknown';
    const overview = JSON.stringify(info.deploymentOverview ?? {});
    // ECS and Lambda deployments have one target whose events move without the overview changing.
    const oneTarget = info.computePlatform === 'ECS' || info.computePlatform === 'Lambda';
    if (oneTarget || overview !== this.lastOverview || (TERMINAL.has(status) && status !== this.lastStatus)) {
      // Large fleets print only failures, so only failed targets are read (1,000 targets cost 50 calls).
      const large = fleetSize(info) > DETAIL_LIMIT;
      const fresh = await readTargets(this.client, deploymentId, this.count, signal, large ? ['Failed'] : undefined);
      const lines = progressLines(this.targets, fresh, info);
      // A lone overview line (nothing moved) is news only when the overview changed.
      if (!oneTarget || lines.length > 1) for (const line of lines) opts.log(line);
      for (const t of fresh) this.targets.set(targetId(t), t);
      this.lastOverview = overview;
    }
    this.info = info;
    if (status !== this.lastStatus) {
      opts.log(`Deployment ${deploymentId} is ${status}${statusDetail(info)}`);
      this.lastStatus = status;
    }
    if (status === 'Ready' && opts.continueBlueGreen && !this.continued) {
      this.count('ContinueDeployment');
      await this.client.send(new ContinueDeploymentCommand({ deploymentId, deploymentWaitType: 'READY_WAIT' }), { abortSignal: signal });
      opts.log('Replacement instances are ready; rerouting traffic to them (continue-blue-green: true).');
      this.continued = true;
    }
    return status;
  }
}

/** Every target of the deployment, or for large fleets only the ones that are running or failed. */
export async function readTargets(
  client: CodeDeployClient,
  deploymentId: string,
  count: (op: string) => void,
  signal?: AbortSignal,
  statuses?: TargetStatus[],
): Promise<DeploymentTarget[]> {
  const ids: string[] = [];
  let nextToken: string | undefined;
  do {
    count('ListDeploymentTargets');
    const out = await client.send(
      new ListDeploymentTargetsCommand({ deploymentId, nextToken, targetFilters: statuses ? { TargetStatus: statuses } : undefined }),
      { abortSignal: signal },
    );
    ids.push(...(out.targetIds ?? []));
    nextToken = out.nextToken;
  } while (nextToken);
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += 25) batches.push(ids.slice(i, i + 25));
  const results = await Promise.all(
    batches.map(async (targetIds) => {
      count('BatchGetDeploymentTargets');
      const out = await client.send(new BatchGetDeploymentTargetsCommand({ deploymentId, targetIds }), { abortSignal: signal });
      return out.deploymentTargets ?? [];
    }),
  );
  return results.flat();
}

export function targetId(t: DeploymentTarget): string {
  return t.instanceTarget?.targetId ?? t.lambdaTarget?.targetId ?? t.ecsTarget?.targetId ?? t.cloudFormationTarget?.targetId ?? 'unknown';
}

export function targetOf(t: DeploymentTarget) {
  return t.instanceTarget ?? t.lambdaTarget ?? t.ecsTarget ?? t.cloudFormationTarget;
}

export function fleetSize(info: DeploymentInfo): number {
  const o = info.deploymentOverview ?? {};
  return (o.Pending ?? 0) + (o.InProgress ?? 0) + (o.Succeeded ?? 0) + (o.Failed ?? 0) + (o.Skipped ?? 0) + (o.Ready ?? 0);
}

/**
 * Lines for lifecycle events whose status changed since the previous read (pure), as a timeline:
 * each event with its instance and its own time, oldest first, then the overview once — an event
 * noticed late is not printed with the overview of the moment it was noticed.
 */
export function progressLines(previous: Map<string, DeploymentTarget>, fresh: DeploymentTarget[], info: DeploymentInfo): string[] {
  const o = info.deploymentOverview ?? {};
  const total = fleetSize(info);
  const done = (o.Succeeded ?? 0) + (o.Failed ?? 0) + (o.Skipped ?? 0);
  const head = `${done}/${total || fresh.length} instances done${o.Failed ? ` (${o.Failed} failed)` : ''}`;
  const events: { at: number; line: string }[] = [];
  const detailed = Math.max(total, fresh.length) <= DETAIL_LIMIT;
  for (const t of fresh) {
    const id = targetId(t);
    const before = new Map((targetOf(previous.get(id) ?? {})?.lifecycleEvents ?? []).map((e) => [e.lifecycleEventName, e.status]));
    const target = targetOf(t);
    const label = t.instanceTarget?.instanceLabel ? ` [${t.instanceTarget.instanceLabel === 'Green' ? 'replacement' : 'original'}]` : '';
    // An instance skipped as a whole (the deployment stopped before reaching it) is one line.
    if (target?.status === 'Skipped') {
      if (detailed && targetOf(previous.get(id) ?? {})?.status !== 'Skipped') events.push({ at: Infinity, line: `${id}${label} skipped` });
      continue;
    }
    for (const e of target?.lifecycleEvents ?? []) {
      if (!e.status || e.status === 'Pending' || before.get(e.lifecycleEventName) === e.status) continue;
      if (!detailed && e.status !== 'Failed') continue;
      const when = e.status === 'InProgress' ? e.startTime : (e.endTime ?? e.startTime);
      const took = e.status !== 'InProgress' && e.startTime && e.endTime ? ` in ${seconds(e.startTime, e.endTime)}` : '';
      events.push({
        at: when ? new Date(when).getTime() : Infinity,
        line: `${when ? `${clock(when)} ` : ''}${id}${label} ${e.lifecycleEventName} ${e.status}${took}`,
      });
    }
  }
  // Stable sort: events without a time keep their order, after the timed ones.
  const lines = events.sort((a, b) => a.at - b.at).map((e) => e.line);
  if (fresh.length > 0 || lines.length > 0) lines.push(head);
  return lines;
}

/** HH:MM:SS in UTC, the time the runner's log shows next to each line. */
function clock(d: Date): string {
  return new Date(d).toISOString().slice(11, 19);
}

function seconds(start: Date, end: Date): string {
  const s = (new Date(end).getTime() - new Date(start).getTime()) / 1000;
  return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

function statusDetail(info: DeploymentInfo): string {
  if (info.status === 'Failed' || info.status === 'Stopped') {
    const e = info.errorInformation;
    return e ? `: ${e.code ?? ''}${e.message ? ` — ${e.message}` : ''}` : '';
  }
  if (info.status === 'Ready') return ': replacement instances are ready and wait for traffic to be rerouted';
  return '';
}
