// The deployments in flight: starting one (its record, targets and DeploymentRun), the group's
// bookkeeping and automatic rollback once it ends, and the stuck ones the activeDeployment fault
// makes. The operations in ops/deployments.ts call it; engine.ts runs each deployment.
import type { Fault, FaultRegistry } from '../faults.js';
import { Fleet } from '../fleet/host.js';
import { Pool } from '../fleet/pool.js';
import { ScriptHost } from '../fleet/script-host.js';
import type { DeploymentConfig } from './configs.js';
import { DeploymentRun, eventsFor, newTarget } from './engine.js';
import * as msg from './messages.js';
import { ACTIVE_STATUSES, groupKey, type DeploymentState, type GroupState, type S3Revision } from './model.js';
import type { OpContext } from './ops/context.js';
import { recordInstalled, skipUpToDate } from './outdated.js';
import { touchRevision } from './ops/revisions.js';
import { DEFAULT_ZONE } from './zones.js';

export interface StartOptions {
  creator: DeploymentState['creator'];
  description?: string;
  ignoreApplicationStopFailures?: boolean;
  fileExistsBehavior?: DeploymentState['fileExistsBehavior'];
  autoRollback?: { enabled: boolean; events: string[] };
  updateOutdatedInstancesOnly?: boolean;
}

function newDeploymentId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let s = '';
  for (let i = 0; i < 9; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  return `d-${s}`;
}

export class DeploymentRuns {
  private readonly runs = new Map<string, DeploymentRun>();
  private readonly running = new Set<Promise<void>>();
  private readonly fleet: Fleet;
  private readonly pool: Pool;
  private readonly bundleCache = new Map<string, Promise<string>>();
  private readonly objectCache = new Map<string, Promise<{ body: Buffer; etag: string } | null>>();
  private readonly scripts = new ScriptHost();

  constructor(
    private readonly c: OpContext,
    private readonly faults: FaultRegistry,
  ) {
    this.fleet = new Fleet(c.emu.workDir);
    this.pool = new Pool(c.settings.concurrency);
    for (const f of faults.list()) this.materialize(f);
    faults.onAdd = (f) => this.materialize(f);
  }

  private zoneOf(instance: string): string {
    return this.c.state.instanceZones.get(instance) ?? DEFAULT_ZONE;
  }

  /** The group's deployment that is not finished yet, if any. */
  activeOn(g: GroupState): DeploymentState | undefined {
    const { state } = this.c;
    return state.order
      .map((id) => state.deployments.get(id) as DeploymentState)
      .find((d) => d.applicationName === g.applicationName && d.groupName === g.name && ACTIVE_STATUSES.has(d.status));
  }

  run(id: string): DeploymentRun | undefined {
    return this.runs.get(id);
  }

  start(g: GroupState, config: DeploymentConfig, r: S3Revision, opts: StartOptions): DeploymentState {
    const { state, emu, settings } = this.c;
    const now = emu.clock.now();
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
        state.instanceZones.set(green, this.zoneOf(blue)); // the replacement is launched in its original's zone
        d.targets.set(green, newTarget(green, eventsFor(g, 'Green'), now, 'Green'));
        d.targets.set(blue, newTarget(blue, eventsFor(g, 'Blue'), now, 'Blue'));
      });
    } else {
      for (const i of g.instances) d.targets.set(i, newTarget(i, eventsFor(g), now));
    }
    if (opts.updateOutdatedInstancesOnly) d.updateOutdatedInstancesOnly = true;
    skipUpToDate(g, d, now);
    state.deployments.set(id, d);
    state.order.unshift(id);
    g.lastAttemptedDeploymentId = id;
    touchRevision(state, now, g.applicationName, r, g.name);
    const run = new DeploymentRun(d, g, config, {
      clock: emu.clock,
      faults: this.faults,
      fleet: this.fleet,
      pool: this.pool,
      settings,
      workDir: emu.workDir,
      zoneOf: (instance) => this.zoneOf(instance),
      fleetEnv: {
        store: emu.store,
        faults: this.faults,
        timeScale: emu.clock.timeScale,
        hookTimeoutFloorMs: settings.hookTimeoutFloorMs,
        bundleCache: this.bundleCache,
        objectCache: this.objectCache,
        scripts: this.scripts,
        cacheDir: '',
      },
      onComplete: (done) => this.complete(done),
    });
    this.runs.set(id, run);
    const p = run.run().finally(() => {
      this.running.delete(p);
      this.runs.delete(id);
    });
    this.running.add(p);
    return d;
  }

  /** Group bookkeeping and automatic rollback once a deployment ends. */
  complete(d: DeploymentState): void {
    for (const cache of [this.bundleCache, this.objectCache])
      for (const k of [...cache.keys()]) if (k.startsWith(`${d.id}|`)) cache.delete(k);
    const g = this.c.state.groups.get(groupKey(d.applicationName, d.groupName));
    if (!g) return;
    recordInstalled(g, d);
    if (d.status === 'Succeeded') {
      g.lastSuccessfulDeploymentId = d.id;
      g.lastSuccessfulRevision = d.revision;
      // Blue/green: the originals left the group (terminated or KEEP_ALIVE, "removed from the
      // deployment group"); the replacements are the group's instances from now on.
      if (d.deploymentType === 'BLUE_GREEN') g.instances = [...d.targets.values()].filter((t) => t.label === 'Green').map((t) => t.id);
      return;
    }
    if (d.status === 'Stopped' && d.rollbackOnStop) return this.rollback(d, g);
    const ar = d.autoRollbackConfiguration;
    const wants = d.status === 'Failed' && ar?.enabled && (ar.events.length === 0 || ar.events.includes('DEPLOYMENT_FAILURE'));
    if (wants && d.creator !== 'codeDeployRollback') this.rollback(d, g);
  }

  private rollback(d: DeploymentState, g: GroupState): void {
    if (!g.lastSuccessfulRevision) {
      d.rollbackInfo = { rollbackMessage: msg.noRollbackRevision(g.name) };
      return;
    }
    const { configs } = this.c;
    const config = configs.get(d.deploymentConfigName) ?? (configs.get('CodeDeployDefault.OneAtATime') as DeploymentConfig);
    const rb = this.start(g, config, g.lastSuccessfulRevision, {
      creator: 'codeDeployRollback',
      fileExistsBehavior: d.fileExistsBehavior,
      ignoreApplicationStopFailures: d.ignoreApplicationStopFailures,
    });
    rb.rollbackInfo = { rollbackTriggeringDeploymentId: d.id, rollbackMessage: msg.rollbackStarted(d.id) };
    d.rollbackInfo = { rollbackDeploymentId: rb.id, rollbackMessage: msg.rollbackStarted(d.id) };
  }

  /** The activeDeployment fault: a real deployment record stuck InProgress until stopped. */
  private materialize(f: Fault): void {
    if (f.type !== 'activeDeployment') return;
    const { state, emu } = this.c;
    const g = state.groups.get(groupKey(f.application, f.group));
    if (!g) return;
    const id = f.deploymentId ?? newDeploymentId();
    const now = emu.clock.now();
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

  /** Resolves when every deployment started so far has finished. */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }

  async close(): Promise<void> {
    for (const r of this.runs.values()) r.kill();
    await Promise.allSettled([...this.running]);
    await this.scripts.close();
  }
}
