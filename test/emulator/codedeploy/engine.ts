// Runs one deployment: status Created → Queued → InProgress → Succeeded/Failed/Stopped (Ready
// while a blue/green deployment waits to reroute), rolling over the instances in batches the
// deployment configuration allows, with each instance's agent running its lifecycle events.
import * as path from 'node:path';
import type { Clock } from '../types.js';
import type { FaultRegistry } from '../faults.js';
import { AgentSession, SERVICE_EVENTS, type FleetEnv } from '../fleet/agent.js';
import type { Fleet } from '../fleet/host.js';
import * as agentMsg from '../fleet/messages.js';
import { Pool } from '../fleet/pool.js';
import type { CodeDeployScenario } from '../scenario.js';
import { canStart, enoughSucceeded, type DeploymentConfig } from './configs.js';
import * as msg from './messages.js';
import { platformFailure } from './platform-faults.js';
import type { DeploymentState, GroupState, LifecycleEventState, TargetState } from './model.js';
import { roll } from './scheduler.js';
import { retireOriginals } from './termination.js';

/** The waits ContinueDeployment ends (its deploymentWaitType). */
export type WaitType = 'READY_WAIT' | 'TERMINATION_WAIT';

const IN_PLACE_EVENTS = [
  'ApplicationStop',
  'DownloadBundle',
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
];
const TRAFFIC_OFF = ['BeforeBlockTraffic', 'BlockTraffic', 'AfterBlockTraffic'];
const TRAFFIC_ON = ['BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic'];

/** The lifecycle events a target lists, in the order they run. */
export function eventsFor(group: { deploymentType: string; loadBalancer: boolean }, label?: 'Blue' | 'Green'): string[] {
  if (group.deploymentType === 'BLUE_GREEN') return label === 'Blue' ? TRAFFIC_OFF : [...IN_PLACE_EVENTS, ...TRAFFIC_ON];
  return group.loadBalancer ? [...TRAFFIC_OFF, ...IN_PLACE_EVENTS, ...TRAFFIC_ON] : IN_PLACE_EVENTS;
}

export function newTarget(id: string, events: string[], now: number, label?: 'Blue' | 'Green'): TargetState {
  return {
    id,
    status: 'Pending',
    lastUpdatedAt: now,
    events: events.map((name) => ({ name, status: 'Pending' })),
    ...(label ? { label } : {}),
  };
}

export interface EngineDeps {
  clock: Clock;
  faults: FaultRegistry;
  fleet: Fleet;
  pool: Pool;
  settings: CodeDeployScenario;
  fleetEnv: Omit<FleetEnv, 'signal'>;
  workDir: string;
  /** An instance's Availability Zone (zonal configurations deploy zone by zone). */
  zoneOf(instanceId: string): string;
  /** Called once the deployment reached a final status (group bookkeeping, auto-rollback). */
  onComplete(d: DeploymentState): void;
}

/** Live handle for one running deployment: stop and continue come from the API. */
export class DeploymentRun {
  private readonly abort = new AbortController();
  private stopRequested = false;
  private continueResolve?: () => void;
  private waiting?: WaitType;

  constructor(
    readonly d: DeploymentState,
    private readonly group: GroupState,
    private readonly config: DeploymentConfig,
    private readonly deps: EngineDeps,
  ) {}

  requestStop(): void {
    this.stopRequested = true;
    this.continueResolve?.();
  }

  /** Ends the wait of that type; false when the deployment is not in it. */
  continueDeployment(type: WaitType): boolean {
    if (this.waiting !== type) return false;
    this.continueResolve?.();
    return true;
  }

  /** Emulator shutdown: kill running scripts now. */
  kill(): void {
    this.stopRequested = true;
    this.abort.abort(new Error('emulator closed'));
    this.continueResolve?.();
  }

  async run(): Promise<void> {
    const { d, deps } = this;
    try {
      await deps.clock.sleep(deps.settings.eventDuration / 2);
      this.setStatus('Queued');
      await deps.clock.sleep(deps.settings.eventDuration / 2);
      this.setStatus('InProgress');
      d.startTime = deps.clock.now();
      const platform = platformFailure(deps.faults, d);
      if (platform) return this.finish('Failed', platform);
      // Instances Skipped up front (updateOutdatedInstancesOnly) are not deployed to.
      const targets = [...d.targets.values()].filter((t) => t.status !== 'Skipped');
      if (targets.length === 0 && d.targets.size > 0) return this.finish('Succeeded');
      if (targets.length === 0) return this.finish('Failed', { code: 'NO_INSTANCES', message: msg.NO_INSTANCES });
      const forced = deps.faults.of('healthConstraints').some((f) => !f.group || f.group === d.groupName);
      const deployable = targets.filter((t) => t.label !== 'Blue').length;
      if (forced || !canStart(this.config, deployable))
        return this.finish('Failed', { code: 'HEALTH_CONSTRAINTS_INVALID', message: msg.HEALTH_CONSTRAINTS_INVALID });
      if (d.deploymentType === 'BLUE_GREEN') await this.blueGreen(targets);
      else await this.rolling(targets, (t) => t.events.map((e) => e.name));
      if (d.status === 'Failed' || d.status === 'Stopped' || d.status === 'Succeeded') return;
      if (this.stopRequested) return this.finishStopped();
      const failed = targets.filter((t) => t.status === 'Failed').length;
      if (failed > 0 && this.failedTooMany(targets))
        return this.finish('Failed', { code: 'HEALTH_CONSTRAINTS', message: msg.HEALTH_CONSTRAINTS });
      return this.finish('Succeeded');
    } catch (err) {
      if (this.abort.signal.aborted) return this.finishStopped();
      return this.finish('Failed', { code: 'INTERNAL_ERROR', message: err instanceof Error ? err.message : String(err) });
    }
  }

  private failedTooMany(targets: TargetState[]): boolean {
    const deployable = targets.filter((t) => t.label !== 'Blue');
    const succeeded = deployable.filter((t) => t.status === 'Succeeded' || t.status === 'Ready').length;
    return !enoughSucceeded(this.config, deployable.length, succeeded);
  }

  private setStatus(s: DeploymentState['status']): void {
    if (this.d.status === 'Stopped') return;
    this.d.status = s;
  }

  /**
   * Instances in the order and batches scheduler.ts allows (zone by zone for a zonal
   * configuration); the ones never started are Skipped. True when enough instances succeeded.
   */
  private async rolling(targets: TargetState[], eventsOf: (t: TargetState) => string[]): Promise<boolean> {
    const succeeded = await roll(targets, {
      config: this.config,
      zoneOf: (t) => this.deps.zoneOf(t.id),
      run: (t) => this.deps.pool.run(() => this.runTarget(t, eventsOf(t))),
      stopped: () => this.stopRequested,
      bake: (seconds) => this.deps.clock.sleep(seconds, this.abort.signal),
    });
    for (const t of targets) if (t.status === 'Pending') this.skipTarget(t);
    return enoughSucceeded(this.config, targets.length, succeeded);
  }

  private async blueGreen(targets: TargetState[]): Promise<void> {
    const green = targets.filter((t) => t.label === 'Green');
    const blue = targets.filter((t) => t.label === 'Blue');
    const installEvents = new Set(IN_PLACE_EVENTS);
    const ok = await this.rolling(green, (t) => t.events.map((e) => e.name).filter((n) => installEvents.has(n)));
    if (!ok || this.stopRequested) {
      for (const t of blue) this.skipTarget(t);
      for (const t of green) if (t.status !== 'Failed') this.skipTarget(t);
      return;
    }
    const bg = this.d.blueGreen;
    if (bg?.actionOnTimeout === 'STOP_DEPLOYMENT') {
      for (const t of green) this.touch(t, 'Ready');
      this.setStatus('Ready');
      const waited = await this.waitForContinue(bg.waitTimeInMinutes * 60, 'READY_WAIT');
      if (this.stopRequested) return;
      if (!waited) {
        for (const t of [...green, ...blue]) this.skipTarget(t);
        return this.finish('Stopped', { code: 'TIMEOUT', message: msg.READY_TIMEOUT });
      }
      this.setStatus('InProgress');
    }
    const trafficOn = new Set(TRAFFIC_ON);
    await Promise.all(
      green.map((t) =>
        this.deps.pool.run(() =>
          this.runTarget(
            t,
            t.events.map((e) => e.name).filter((n) => trafficOn.has(n)),
          ),
        ),
      ),
    );
    await Promise.all(
      blue.map((t) =>
        this.deps.pool.run(() =>
          this.runTarget(
            t,
            t.events.map((e) => e.name),
          ),
        ),
      ),
    );
    if (this.stopRequested) return;
    await retireOriginals(this.d, blue, {
      clock: this.deps.clock,
      waitForContinue: (seconds) => this.waitForContinue(seconds, 'TERMINATION_WAIT'),
      stopped: () => this.stopRequested,
    });
  }

  /** Wait for ContinueDeployment (or a stop); false when the time ran out. 0 seconds means "until told". */
  private waitForContinue(scenarioSeconds: number, type: WaitType): Promise<boolean> {
    this.waiting = type;
    return new Promise<boolean>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      this.continueResolve = () => {
        if (timer) clearTimeout(timer);
        resolve(true);
      };
      if (scenarioSeconds > 0) timer = setTimeout(() => resolve(false), scenarioSeconds * this.deps.clock.timeScale * 1000);
    }).finally(() => {
      this.waiting = undefined;
      this.continueResolve = undefined;
    });
  }

  private touch(t: TargetState, status?: TargetState['status']): void {
    if (status) t.status = status;
    t.lastUpdatedAt = this.deps.clock.now();
  }

  private skipTarget(t: TargetState): void {
    for (const e of t.events) if (e.status === 'Pending') e.status = 'Skipped';
    if (t.status === 'Pending' || t.status === 'Ready' || t.status === 'InProgress') this.touch(t, 'Skipped');
  }

  /** Run some of a target's events through its agent; false when one failed. */
  private async runTarget(t: TargetState, names: string[]): Promise<boolean> {
    const { d, deps } = this;
    const host = deps.fleet.host(t.id);
    if (this.group.previousRevision && t.label !== 'Green') await host.seedPrevious(this.group.id, this.group.previousRevision);
    const session = new AgentSession(
      host,
      {
        deploymentId: d.id,
        applicationName: d.applicationName,
        groupName: d.groupName,
        groupId: d.groupId,
        revision: d.revision,
        fileExistsBehavior: d.fileExistsBehavior,
      },
      { ...deps.fleetEnv, signal: this.abort.signal, cacheDir: path.join(deps.workDir, 'bundles') },
    );
    const silent = !!deps.faults.forInstance('agentNotResponding', t.id);
    this.touch(t, 'InProgress');
    for (const name of names) {
      if (this.stopRequested) {
        this.skipTarget(t);
        return true;
      }
      const ev = t.events.find((e) => e.name === name) as LifecycleEventState;
      if (silent && !SERVICE_EVENTS.has(name)) {
        // The command is never acknowledged: the event stays Pending until CodeDeploy gives up.
        await deps.clock.sleep(deps.settings.agentTimeout, this.abort.signal).catch(() => undefined);
        const now = deps.clock.now();
        Object.assign(ev, {
          status: 'Failed',
          startTime: now,
          endTime: now,
          diagnostics: { errorCode: 'UnknownError', scriptName: '', message: agentMsg.agentDidNotRespond(), logTail: '' },
        });
        return this.failTarget(t);
      }
      ev.status = 'InProgress';
      ev.startTime = deps.clock.now();
      this.touch(t);
      const simulated = deps.clock.sleep(deps.settings.eventDuration, this.abort.signal).catch(() => undefined);
      const outcome = SERVICE_EVENTS.has(name) ? ({ ok: true, logTail: '' } as const) : await session.run(name);
      await simulated;
      ev.endTime = deps.clock.now();
      if (outcome.ok) {
        ev.status = 'Succeeded';
        ev.diagnostics = { errorCode: 'Success', scriptName: '', message: 'Succeeded', logTail: outcome.logTail };
      } else {
        ev.status = 'Failed';
        ev.diagnostics = outcome.diagnostics;
        if (!(name === 'ApplicationStop' && d.ignoreApplicationStopFailures)) return this.failTarget(t);
      }
      this.touch(t);
    }
    const last = t.events[t.events.length - 1];
    this.touch(t, last && last.status === 'Pending' ? 'InProgress' : 'Succeeded');
    return true;
  }

  private failTarget(t: TargetState): false {
    for (const e of t.events) if (e.status === 'Pending') e.status = 'Skipped';
    this.touch(t, 'Failed');
    return false;
  }

  private finishStopped(): void {
    for (const t of this.d.targets.values()) this.skipTarget(t);
    this.finish('Stopped', { code: 'MANUAL_STOP', message: msg.MANUAL_STOP });
  }

  private finish(status: 'Succeeded' | 'Failed' | 'Stopped', error?: { code: string; message: string }): void {
    const d = this.d;
    if (d.status === 'Succeeded' || d.status === 'Failed' || (d.status === 'Stopped' && d.completeTime)) return;
    d.status = status;
    d.completeTime = this.deps.clock.now();
    if (error) d.errorInformation = error;
    for (const t of d.targets.values()) if (t.status === 'Pending') this.skipTarget(t);
    this.deps.onComplete(d);
  }
}
