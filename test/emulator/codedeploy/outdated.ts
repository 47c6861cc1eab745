// CreateDeployment updateOutdatedInstancesOnly: deploy only to the instances not already running
// the deployment's revision; the rest are Skipped (as AWS documents the flag: "only to instances
// that are not running the latest application revision"). Each instance's revision is the last
// one it installed successfully, recorded when a deployment ends, whatever its overall status.
import type { DeploymentState, GroupState, S3Revision } from './model.js';

/** Instance id → key of the revision it last installed successfully, per deployment group. */
const installed = new WeakMap<GroupState, Map<string, string>>();

const keyOf = (r: S3Revision): string => `${r.bucket}|${r.key}|${r.bundleType}|${r.version ?? ''}|${r.eTag ?? ''}`;

/** After a deployment ended: every in-place instance that succeeded now runs its revision. */
export function recordInstalled(g: GroupState, d: DeploymentState): void {
  if (d.deploymentType !== 'IN_PLACE') return;
  let m = installed.get(g);
  if (!m) installed.set(g, (m = new Map()));
  for (const t of d.targets.values()) if (t.status === 'Succeeded') m.set(t.id, keyOf(d.revision));
}

/** The instance's last successfully installed revision key (tests, reads). */
export function installedOn(g: GroupState, instanceId: string): string | undefined {
  return installed.get(g)?.get(instanceId);
}

/** Before a deployment runs: with the flag set, instances already on its revision are Skipped. Returns how many. */
export function skipUpToDate(g: GroupState, d: DeploymentState, now: number): number {
  if (!d.updateOutdatedInstancesOnly || d.deploymentType !== 'IN_PLACE') return 0;
  const want = keyOf(d.revision);
  let skipped = 0;
  for (const t of d.targets.values()) {
    if (installed.get(g)?.get(t.id) !== want) continue;
    t.status = 'Skipped';
    t.lastUpdatedAt = now;
    for (const e of t.events) e.status = 'Skipped';
    skipped++;
  }
  return skipped;
}
