// Runtime controls for tests and the CLI: change faults while running, read an instance's logs,
// and a JSON snapshot of applications and environments.
import type { BeanstalkCore } from './core.js';
import { startMidUpdate } from './rollout.js';
import { Codes, EbError } from './protocol.js';
import type { BeanstalkEnvironmentFaults, BeanstalkScenario } from './scenario.js';

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

export type ServiceFaults = NonNullable<BeanstalkScenario['faults']>;

/** Change an environment's faults while running (merged into its scenario faults). */
export function setEnvironmentFault(c: BeanstalkCore, environmentName: string, faults: BeanstalkEnvironmentFaults): void {
  const env = c.liveEnvs().find((e) => e.name === environmentName);
  if (!env) throw new Error(`no environment named ${environmentName}`);
  Object.assign(env.faults, faults);
  const mid = faults.environmentMidUpdate;
  if (mid !== undefined && mid !== false && env.status === 'Ready') startMidUpdate(c, env, mid === true ? 30 : mid);
}

/** The service-wide faults, checked before every operation: throttling and missing privileges. */
export class ServiceFaultGate {
  private throttleCount = 0;

  constructor(private readonly c: BeanstalkCore) {}

  set(faults: ServiceFaults): void {
    this.c.scenario.faults = { ...(this.c.scenario.faults ?? {}), ...faults };
  }

  check(action: string): void {
    const f = this.c.scenario.faults;
    if (!f) return;
    if (f.throttle && f.throttle.everyNth > 0 && (!f.throttle.operations || f.throttle.operations.includes(action))) {
      this.throttleCount++;
      if (this.throttleCount % f.throttle.everyNth === 0) throw new EbError(Codes.Throttling, 'Rate exceeded');
    }
    if (f.insufficientPrivileges?.includes(action)) {
      throw new EbError(
        Codes.InsufficientPrivileges,
        `User: arn:aws:iam::${this.c.accountId}:user/hookline is not authorized to perform: elasticbeanstalk:${action}`,
        403,
      );
    }
  }
}

/** The tail text of each instance right now (what a tail request would return). */
export function instanceLogs(c: BeanstalkCore, environmentName: string): Record<string, string> {
  const env = c.envs.find((e) => e.name === environmentName);
  if (!env) throw new Error(`no environment named ${environmentName}`);
  return Object.fromEntries(env.instances.map((i) => [i.id, i.logs.tail(1000)]));
}

export function snapshot(c: BeanstalkCore): BeanstalkSnapshot {
  return {
    applications: [...c.apps.values()].map((a) => ({
      name: a.name,
      versions: [...a.versions.values()].map((v) => ({ label: v.label, status: v.status, bucket: v.bucket, key: v.key })),
    })),
    environments: c.envs.map((e) => ({
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
