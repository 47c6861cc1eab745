// Zonal deployment configurations (the API reference's ZonalConfig): CodeDeploy deploys to one
// Availability Zone at a time, waits a monitor ("bake") duration after each zone before the next,
// and keeps minimumHealthyHostsPerZone healthy in the zone being deployed on top of the fleet-wide
// minimumHealthyHosts. Pure arithmetic; scheduler.ts applies it.
import type { ZonalConfig } from '../scenario.js';

export const DEFAULT_ZONE = 'us-east-1a';

/**
 * Instances of one zone that must stay healthy; FLEET_PERCENT is of the zone's instances, rounded
 * up. "If you don't specify the minimumHealthyHostsPerZone option, then CodeDeploy uses a default
 * value of 0 percent" (API reference, ZonalConfig).
 */
export function minimumHealthyInZone(z: ZonalConfig, zoneTotal: number): number {
  const m = z.minimumHealthyHostsPerZone ?? { type: 'FLEET_PERCENT', value: 0 };
  return m.type === 'HOST_COUNT' ? m.value : Math.ceil((zoneTotal * m.value) / 100);
}

/** The per-zone form of configs.ts `mayStart`: one more instance of the zone may go offline. */
export function mayStartInZone(z: ZonalConfig, zoneTotal: number, zoneFailed: number, zoneInFlight: number): boolean {
  return zoneTotal - zoneFailed - zoneInFlight - 1 >= minimumHealthyInZone(z, zoneTotal);
}

/**
 * Scenario seconds to wait after the zone at `index` (0-based) finished, before the next one:
 * firstZoneMonitorDurationInSeconds after the first ("If you don't specify a value … CodeDeploy
 * uses the monitorDurationInSeconds value"), monitorDurationInSeconds after the others.
 */
export function bakeAfterZone(z: ZonalConfig, index: number): number {
  const monitor = z.monitorDurationInSeconds ?? 0;
  return index === 0 ? (z.firstZoneMonitorDurationInSeconds ?? monitor) : monitor;
}

/**
 * Targets grouped by zone, zones in the order their first instance appears in the group (AWS
 * does not document the order; a fixed one keeps tests deterministic), instances in group order.
 */
export function byZone<T>(targets: readonly T[], zoneOf: (t: T) => string): T[][] {
  const zones = new Map<string, T[]>();
  for (const t of targets) {
    const z = zoneOf(t);
    const list = zones.get(z);
    if (list) list.push(t);
    else zones.set(z, [t]);
  }
  return [...zones.values()];
}
