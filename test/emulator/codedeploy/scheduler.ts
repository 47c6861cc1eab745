// The order instances are started in: in group order, each only while the deployment
// configuration's minimum healthy hosts still hold with it offline (configs.ts `mayStart`); with a
// zonal configuration, one Availability Zone at a time with a bake between zones and the per-zone
// minimum held too (zones.ts). Instances never started are left Pending for the caller to Skip.
import { mayStart, type DeploymentConfig } from './configs.js';
import { bakeAfterZone, byZone, mayStartInZone } from './zones.js';

export interface RollOptions<T> {
  config: DeploymentConfig;
  /** The instance's Availability Zone (only read for zonal configurations). */
  zoneOf(t: T): string;
  /** Deploy one instance; true when it succeeded. */
  run(t: T): Promise<boolean>;
  /** A stop was requested: start nothing more. */
  stopped(): boolean;
  /** Wait a zone's monitor duration (scenario seconds). */
  bake(seconds: number): Promise<void>;
}

/** Deploys what the configuration allows; answers how many instances succeeded. */
export async function roll<T>(targets: readonly T[], o: RollOptions<T>): Promise<number> {
  const zonal = o.config.zonal;
  const zones = zonal ? byZone(targets, o.zoneOf) : [targets];
  const fleet = { total: targets.length, failed: 0, inFlight: 0, succeeded: 0 };
  for (const [i, zone] of zones.entries()) {
    if (i > 0 && zonal) await o.bake(bakeAfterZone(zonal, i - 1));
    if (o.stopped()) break;
    const zoneMayStart = zonal ? (failed: number, inFlight: number) => mayStartInZone(zonal, zone.length, failed, inFlight) : () => true;
    const allStarted = await rollZone(zone, fleet, zoneMayStart, o);
    if (!allStarted) break;
  }
  return fleet.succeeded;
}

/** One zone (or the whole fleet): true when every instance of it was started. */
function rollZone<T>(
  zone: readonly T[],
  fleet: { total: number; failed: number; inFlight: number; succeeded: number },
  zoneMayStart: (failed: number, inFlight: number) => boolean,
  o: RollOptions<T>,
): Promise<boolean> {
  let next = 0;
  let failed = 0;
  let inFlight = 0;
  return new Promise<boolean>((resolve, reject) => {
    const pump = (): void => {
      while (
        !o.stopped() &&
        next < zone.length &&
        mayStart(o.config, fleet.total, fleet.failed, fleet.inFlight) &&
        zoneMayStart(failed, inFlight)
      ) {
        const t = zone[next++] as T;
        inFlight++;
        fleet.inFlight++;
        o.run(t).then((ok) => {
          inFlight--;
          fleet.inFlight--;
          if (ok) fleet.succeeded++;
          else {
            failed++;
            fleet.failed++;
          }
          pump();
        }, reject);
      }
      if (inFlight === 0) resolve(next === zone.length);
    };
    pump();
  });
}
