// Deployment configurations and the minimum-healthy-hosts arithmetic that decides batch size and
// the overall outcome (see the MinimumHealthyHosts API reference).
import type { DeploymentConfigSpec, MinimumHealthyHosts } from '../scenario.js';

export interface DeploymentConfig {
  name: string;
  minimumHealthyHosts: MinimumHealthyHosts;
  /** OneAtATime: deploy one at a time; a failure on the last instance does not fail the deployment. */
  oneAtATime: boolean;
}

const BUILT_IN: DeploymentConfig[] = [
  { name: 'CodeDeployDefault.OneAtATime', minimumHealthyHosts: { type: 'HOST_COUNT', value: 0 }, oneAtATime: true },
  { name: 'CodeDeployDefault.HalfAtATime', minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 50 }, oneAtATime: false },
  { name: 'CodeDeployDefault.AllAtOnce', minimumHealthyHosts: { type: 'HOST_COUNT', value: 0 }, oneAtATime: false },
];

export function deploymentConfigs(custom: DeploymentConfigSpec[]): Map<string, DeploymentConfig> {
  const m = new Map(BUILT_IN.map((c) => [c.name, c]));
  for (const c of custom) m.set(c.name, { ...c, oneAtATime: false });
  return m;
}

/** Instances that must stay healthy; FLEET_PERCENT rounds up as CodeDeploy does. */
export function minimumHealthy(config: DeploymentConfig, total: number): number {
  if (config.oneAtATime) return Math.max(0, total - 1);
  const m = config.minimumHealthyHosts;
  return m.type === 'HOST_COUNT' ? m.value : Math.ceil((total * m.value) / 100);
}

/** How many instances may be taken offline at once. */
export function batchSize(config: DeploymentConfig, total: number): number {
  if (config.oneAtATime) return 1;
  return Math.max(1, total - minimumHealthy(config, total));
}

/** Can the deployment start at all? (HEALTH_CONSTRAINTS_INVALID otherwise.) */
export function canStart(config: DeploymentConfig, total: number): boolean {
  if (config.oneAtATime) return true;
  return minimumHealthy(config, total) < total || total === 0;
}

/** Has the deployment failed, given the failures so far? */
export function tooManyFailed(config: DeploymentConfig, total: number, failed: number, lastInstanceFailedOnly: boolean): boolean {
  if (failed === 0) return false;
  if (config.oneAtATime) return !(failed === 1 && lastInstanceFailedOnly);
  // Succeeds when at least minimumHealthy instances succeeded; with a minimum of 0 at least one must.
  const need = Math.max(1, minimumHealthy(config, total));
  return total - failed < need;
}
