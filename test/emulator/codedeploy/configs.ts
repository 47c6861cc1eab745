// Deployment configurations and the minimum-healthy-hosts arithmetic that decides batch size and
// the overall outcome (see the MinimumHealthyHosts API reference).
import type { DeploymentConfigSpec, MinimumHealthyHosts, ZonalConfig } from '../scenario.js';

export interface DeploymentConfig {
  name: string;
  minimumHealthyHosts: MinimumHealthyHosts;
  /** OneAtATime: deploy one at a time; a failure on the last instance does not fail the deployment. */
  oneAtATime: boolean;
  /** Deploy one Availability Zone at a time (zones.ts). */
  zonal?: ZonalConfig;
  /** Made by CreateDeploymentConfig: its id and creation time (epoch ms). */
  created?: { id: string; at: number };
}

const BUILT_IN: DeploymentConfig[] = [
  { name: 'CodeDeployDefault.OneAtATime', minimumHealthyHosts: { type: 'HOST_COUNT', value: 0 }, oneAtATime: true },
  { name: 'CodeDeployDefault.HalfAtATime', minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 50 }, oneAtATime: false },
  { name: 'CodeDeployDefault.AllAtOnce', minimumHealthyHosts: { type: 'HOST_COUNT', value: 0 }, oneAtATime: false },
];

export function deploymentConfigs(custom: DeploymentConfigSpec[]): Map<string, DeploymentConfig> {
  const m = new Map(BUILT_IN.map((c) => [c.name, c]));
  for (const c of custom)
    m.set(c.name, {
      name: c.name,
      minimumHealthyHosts: c.minimumHealthyHosts,
      oneAtATime: false,
      ...(c.zonalConfig ? { zonal: c.zonalConfig } : {}),
    });
  return m;
}

/** Instances that must stay healthy; FLEET_PERCENT rounds up as CodeDeploy does. OneAtATime keeps all but one. */
export function minimumHealthy(config: DeploymentConfig, total: number): number {
  if (config.oneAtATime) return Math.max(0, total - 1);
  const m = config.minimumHealthyHosts;
  return m.type === 'HOST_COUNT' ? m.value : Math.ceil((total * m.value) / 100);
}

/** Can the deployment start at all? (HEALTH_CONSTRAINTS_INVALID otherwise.) */
export function canStart(config: DeploymentConfig, total: number): boolean {
  if (config.oneAtATime) return true;
  return minimumHealthy(config, total) < total || total === 0;
}

/**
 * May one more instance be taken offline? CodeDeploy starts an instance only while
 * `total − failed − inFlight − 1 ≥ minimumHealthy`; once that cannot hold, the rest are Skipped.
 */
export function mayStart(config: DeploymentConfig, total: number, failed: number, inFlight: number): boolean {
  return total - failed - inFlight - 1 >= minimumHealthy(config, total);
}

/**
 * The outcome: succeeded only when at least minimumHealthy instances succeeded (at least one when
 * the minimum is 0, as AllAtOnce documents). For OneAtATime this is "all but possibly the last".
 */
export function enoughSucceeded(config: DeploymentConfig, total: number, succeeded: number): boolean {
  return succeeded >= Math.max(1, minimumHealthy(config, total));
}
