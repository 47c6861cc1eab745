// Zonal deployment configurations: one Availability Zone at a time, a bake (monitor duration)
// between zones, and minimumHealthyHostsPerZone held in the zone being deployed as well as
// minimumHealthyHosts overall. Sources: the API reference's ZonalConfig and
// MinimumHealthyHostsPerZone ("If you don't specify the minimumHealthyHostsPerZone option, then
// CodeDeploy uses a default value of 0 percent").
import {
  BatchGetDeploymentTargetsCommand,
  CreateDeploymentCommand,
  CreateDeploymentConfigCommand,
  DeleteDeploymentConfigCommand,
  DeploymentConfigAlreadyExistsException,
  DeploymentConfigDoesNotExistException,
  DeploymentConfigInUseException,
  GetDeploymentConfigCommand,
  InvalidZonalDeploymentConfigurationException,
  ListDeploymentConfigsCommand,
  ListDeploymentTargetsCommand,
  type InstanceTarget,
} from '@aws-sdk/client-codedeploy';
import { startEmulator, type Emulator } from '../index.js';
import { clients, makeZip, okBundleFiles, uploadBundle, waitForDeployment } from '../testkit.js';
import { bakeAfterZone, byZone, mayStartInZone, minimumHealthyInZone } from './zones.js';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

const TIME_SCALE = 0.001;
const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `i-0${prefix}${String(i + 1).padStart(14, '0')}`);

describe('the zonal arithmetic (pure)', () => {
  it('bakes firstZoneMonitorDurationInSeconds after the first zone, monitorDurationInSeconds after the others', () => {
    expect(bakeAfterZone({ firstZoneMonitorDurationInSeconds: 600, monitorDurationInSeconds: 300 }, 0)).toBe(600);
    expect(bakeAfterZone({ firstZoneMonitorDurationInSeconds: 600, monitorDurationInSeconds: 300 }, 1)).toBe(300);
    // Without firstZoneMonitorDurationInSeconds the first zone uses monitorDurationInSeconds.
    expect(bakeAfterZone({ monitorDurationInSeconds: 300 }, 0)).toBe(300);
    expect(bakeAfterZone({}, 0)).toBe(0);
  });

  it('the per-zone minimum defaults to 0 percent; FLEET_PERCENT is of the zone, rounded up', () => {
    expect(minimumHealthyInZone({}, 3)).toBe(0);
    expect(minimumHealthyInZone({ minimumHealthyHostsPerZone: { type: 'FLEET_PERCENT', value: 50 } }, 3)).toBe(2);
    expect(minimumHealthyInZone({ minimumHealthyHostsPerZone: { type: 'HOST_COUNT', value: 1 } }, 3)).toBe(1);
    const one = { minimumHealthyHostsPerZone: { type: 'HOST_COUNT' as const, value: 1 } };
    expect([0, 1].map((inFlight) => mayStartInZone(one, 2, 0, inFlight))).toEqual([true, false]);
    expect(mayStartInZone(one, 2, 1, 0)).toBe(false); // the zone's other instance failed: it must stay up
    expect(mayStartInZone({}, 2, 0, 1)).toBe(true);
  });

  it('groups instances by zone in the order the zones first appear', () => {
    const zone: Record<string, string> = { a: 'z1', b: 'z2', c: 'z1', d: 'z3', e: 'z2' };
    expect(byZone(['a', 'b', 'c', 'd', 'e'], (t) => zone[t]!)).toEqual([['a', 'c'], ['b', 'e'], ['d']]);
  });
});

describe('a zonal deployment on the simulated fleet', () => {
  let emu: Emulator;
  let c: ReturnType<typeof clients>;
  const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
  // Each group's six instances are spread round-robin over the three zones: a, b, c, a, b, c.
  const groups = { strict: ids('f', 6), open: ids('e', 6) };
  const zoneIndex = (i: number): number => i % 3;

  beforeAll(async () => {
    emu = await startEmulator({
      scenario: {
        timeScale: TIME_SCALE,
        s3: { buckets: ['rel'] },
        codedeploy: {
          eventDuration: 1,
          deploymentConfigs: [
            {
              // Half the fleet healthy overall and one instance per zone: one at a time in a zone of two.
              name: 'Custom.ZonalStrict',
              minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 50 },
              zonalConfig: {
                firstZoneMonitorDurationInSeconds: 400,
                monitorDurationInSeconds: 200,
                minimumHealthyHostsPerZone: { type: 'HOST_COUNT', value: 1 },
              },
            },
            {
              // No fleet minimum and the per-zone default (0 %): a whole zone at once.
              name: 'Custom.ZonalOpen',
              minimumHealthyHosts: { type: 'HOST_COUNT', value: 0 },
              zonalConfig: { monitorDurationInSeconds: 100 },
            },
          ],
          applications: [
            {
              name: 'app',
              deploymentGroups: [
                { name: 'strict', instances: groups.strict, availabilityZones: ZONES, deploymentConfigName: 'Custom.ZonalStrict' },
                { name: 'open', instances: groups.open, availabilityZones: ZONES, deploymentConfigName: 'Custom.ZonalOpen' },
              ],
            },
          ],
        },
      },
    });
    c = clients(emu);
  });
  afterAll(() => emu?.close());

  /** Deploy a bundle whose ApplicationStart fails on the given instances; the targets by group order. */
  async function deploy(group: keyof typeof groups, failOn: string[]): Promise<{ status: string; targets: InstanceTarget[] }> {
    const test = failOn.map((id) => `*/${id}/*`).join('|') || 'none';
    const start = `#!/bin/sh\ncase "$HOOKLINE_INSTANCE_ROOT/" in\n  ${test}) exit 1 ;;\nesac\n`;
    const loc = await uploadBundle(
      c.s3,
      'rel',
      `app/${group}-${Date.now()}.zip`,
      await makeZip(okBundleFiles({ 'scripts/start.sh': start })),
    );
    const { deploymentId } = await c.cd.send(
      new CreateDeploymentCommand({
        applicationName: 'app',
        deploymentGroupName: group,
        revision: { revisionType: 'S3', s3Location: loc },
      }),
    );
    const info = await waitForDeployment(c.cd, deploymentId!, { timeoutMs: 60_000 });
    const { targetIds } = await c.cd.send(new ListDeploymentTargetsCommand({ deploymentId }));
    const { deploymentTargets } = await c.cd.send(new BatchGetDeploymentTargetsCommand({ deploymentId, targetIds }));
    const byId = new Map((deploymentTargets ?? []).map((t) => [t.instanceTarget!.targetId!, t.instanceTarget!]));
    return { status: info.status!, targets: groups[group].map((id) => byId.get(id)!) };
  }

  const started = (t: InstanceTarget): number => t.lifecycleEvents![0]!.startTime!.getTime();
  const ended = (t: InstanceTarget): number => Math.max(...t.lifecycleEvents!.map((e) => e.endTime?.getTime() ?? 0));
  const zone = (targets: InstanceTarget[], z: number): InstanceTarget[] => targets.filter((_, i) => zoneIndex(i) === z);
  const zoneStart = (ts: InstanceTarget[]): number => Math.min(...ts.map(started));
  const zoneEnd = (ts: InstanceTarget[]): number => Math.max(...ts.map(ended));

  it('deploys zone by zone, one instance at a time where a zone of two must keep one, baking between zones', async () => {
    const r = await deploy('strict', []);
    expect(r.status).toBe('Succeeded');
    expect(r.targets.map((t) => t.status)).toEqual(Array(6).fill('Succeeded'));
    const zones = [0, 1, 2].map((z) => zone(r.targets, z));
    for (const [a, b] of zones) expect(started(b!)).toBeGreaterThanOrEqual(ended(a!));
    // A zone starts only once the previous one finished and its bake passed: lower bounds on the
    // scaled clock (400 s, then 200 s, at a time scale of 0.001), with 1 ms of timer slack.
    expect(zoneStart(zones[1]!) - zoneEnd(zones[0]!)).toBeGreaterThanOrEqual(400 * TIME_SCALE * 1000 - 1);
    expect(zoneStart(zones[2]!) - zoneEnd(zones[1]!)).toBeGreaterThanOrEqual(200 * TIME_SCALE * 1000 - 1);
  });

  it('a failure that leaves its zone unable to keep one healthy stops the deployment there; later zones are Skipped', async () => {
    const b1 = groups.strict[1]!; // the first instance of zone b
    const r = await deploy('strict', [b1]);
    expect(r.status).toBe('Failed');
    // zone a done; in zone b, b1 failed so b2 must stay up; zone c never starts.
    expect(r.targets.map((t) => t.status)).toEqual(['Succeeded', 'Failed', 'Skipped', 'Succeeded', 'Skipped', 'Skipped']);
  });

  it('with the per-zone default (0 %), a whole zone runs at once and failures in one zone do not stop the next', async () => {
    const [a1, , , a2] = groups.open;
    const r = await deploy('open', [a1!, a2!]);
    expect(r.targets.map((t) => t.status)).toEqual(['Failed', 'Succeeded', 'Succeeded', 'Failed', 'Succeeded', 'Succeeded']);
    expect(r.status).toBe('Succeeded'); // AllAtOnce-like: at least one succeeded
    const zones = [0, 1, 2].map((z) => zone(r.targets, z));
    for (const [a, b] of zones) expect(started(b!)).toBeLessThan(ended(a!)); // both instances of a zone overlap
    expect(zoneStart(zones[1]!)).toBeGreaterThanOrEqual(zoneEnd(zones[0]!) + 100 * TIME_SCALE * 1000 - 1);
    expect(zoneStart(zones[2]!)).toBeGreaterThanOrEqual(zoneEnd(zones[1]!) + 100 * TIME_SCALE * 1000 - 1);
  });
});

describe('CreateDeploymentConfig / GetDeploymentConfig with a zonalConfig', () => {
  let emu: Emulator;
  let cd: ReturnType<typeof clients>['cd'];
  beforeAll(async () => {
    emu = await startEmulator({
      scenario: {
        codedeploy: {
          applications: [{ name: 'app', deploymentGroups: [{ name: 'g', deploymentConfigName: 'Custom.InUse' }] }],
          deploymentConfigs: [{ name: 'Custom.InUse', minimumHealthyHosts: { type: 'HOST_COUNT', value: 0 } }],
        },
      },
    });
    cd = clients(emu).cd;
  });
  afterAll(() => emu?.close());

  const zonalConfig = {
    firstZoneMonitorDurationInSeconds: 900,
    monitorDurationInSeconds: 300,
    minimumHealthyHostsPerZone: { type: 'FLEET_PERCENT' as const, value: 50 },
  };

  it('round-trips the zonal configuration and lists the new configuration', async () => {
    const made = await cd.send(
      new CreateDeploymentConfigCommand({
        deploymentConfigName: 'Custom.ThreeZones',
        minimumHealthyHosts: { type: 'HOST_COUNT', value: 2 },
        zonalConfig,
      }),
    );
    expect(made.deploymentConfigId).toMatch(/^[0-9a-f-]{36}$/);
    const { deploymentConfigInfo: info } = await cd.send(new GetDeploymentConfigCommand({ deploymentConfigName: 'Custom.ThreeZones' }));
    expect(info).toMatchObject({
      deploymentConfigId: made.deploymentConfigId,
      deploymentConfigName: 'Custom.ThreeZones',
      minimumHealthyHosts: { type: 'HOST_COUNT', value: 2 },
      computePlatform: 'Server',
      zonalConfig,
    });
    const { deploymentConfigsList } = await cd.send(new ListDeploymentConfigsCommand({}));
    expect(deploymentConfigsList).toContain('Custom.ThreeZones');
  });

  it('answers the modeled errors: duplicate name, invalid zonal values, in-use and built-in configurations', async () => {
    await expect(
      cd.send(
        new CreateDeploymentConfigCommand({ deploymentConfigName: 'Custom.InUse', minimumHealthyHosts: { type: 'HOST_COUNT', value: 1 } }),
      ),
    ).rejects.toBeInstanceOf(DeploymentConfigAlreadyExistsException);
    await expect(
      cd.send(
        new CreateDeploymentConfigCommand({
          deploymentConfigName: 'Custom.Bad',
          minimumHealthyHosts: { type: 'HOST_COUNT', value: 1 },
          zonalConfig: { monitorDurationInSeconds: -5 },
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidZonalDeploymentConfigurationException);
    await expect(cd.send(new DeleteDeploymentConfigCommand({ deploymentConfigName: 'Custom.InUse' }))).rejects.toBeInstanceOf(
      DeploymentConfigInUseException,
    );
    await expect(
      cd.send(new DeleteDeploymentConfigCommand({ deploymentConfigName: 'CodeDeployDefault.OneAtATime' })),
    ).rejects.toMatchObject({
      name: 'InvalidOperationException',
    });
    await cd.send(new DeleteDeploymentConfigCommand({ deploymentConfigName: 'Custom.ThreeZones' }));
    await expect(cd.send(new GetDeploymentConfigCommand({ deploymentConfigName: 'Custom.ThreeZones' }))).rejects.toBeInstanceOf(
      DeploymentConfigDoesNotExistException,
    );
  });
});
