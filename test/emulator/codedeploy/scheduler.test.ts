// The rolling scheduler against CodeDeploy's documented arithmetic: an instance is started only
// while `total − failed − inFlight − 1 ≥ minimumHealthy`, the rest are Skipped once that cannot
// hold, and a deployment succeeds only when `succeeded ≥ minimumHealthy` (at least one).
// Sources: "Working with deployment configurations in CodeDeploy" and the MinimumHealthyHosts
// API reference (AWS documentation).
import { BatchGetDeploymentTargetsCommand, CreateDeploymentCommand, ListDeploymentTargetsCommand } from '@aws-sdk/client-codedeploy';
import { startEmulator, type Emulator } from '../index.js';
import { clients, makeZip, okBundleFiles, uploadBundle, waitForDeployment } from '../testkit.js';
import { deploymentConfigs, enoughSucceeded, mayStart } from './configs.js';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `i-0${prefix}${String(i + 1).padStart(14, '0')}`);

describe('the arithmetic (pure)', () => {
  const configs = deploymentConfigs([
    { name: 'Custom.TwoHealthy', minimumHealthyHosts: { type: 'HOST_COUNT', value: 2 } },
    { name: 'Custom.SeventyFive', minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 75 } },
  ]);
  const cfg = (name: string) => configs.get(name)!;

  it('HalfAtATime on 4 takes two offline at a time and stops after two failures', () => {
    const half = cfg('CodeDeployDefault.HalfAtATime');
    expect([0, 1, 2].map((inFlight) => mayStart(half, 4, 0, inFlight))).toEqual([true, true, false]);
    expect(mayStart(half, 4, 1, 0)).toBe(true); // one failed, one succeeded: the third may start
    expect(mayStart(half, 4, 2, 0)).toBe(false); // two failed: the rest are Skipped
    expect(enoughSucceeded(half, 4, 2)).toBe(true);
    expect(enoughSucceeded(half, 4, 1)).toBe(false);
  });

  it('OneAtATime: one at a time, all but possibly the last', () => {
    const one = cfg('CodeDeployDefault.OneAtATime');
    expect(mayStart(one, 3, 0, 0)).toBe(true);
    expect(mayStart(one, 3, 0, 1)).toBe(false);
    expect(mayStart(one, 3, 1, 0)).toBe(false);
    expect(enoughSucceeded(one, 3, 2)).toBe(true);
    expect(enoughSucceeded(one, 1, 0)).toBe(false);
  });

  it('AllAtOnce: everything at once, succeeds when one instance succeeded', () => {
    const all = cfg('CodeDeployDefault.AllAtOnce');
    expect(mayStart(all, 5, 0, 4)).toBe(true);
    expect(enoughSucceeded(all, 5, 1)).toBe(true);
    expect(enoughSucceeded(all, 5, 0)).toBe(false);
  });

  it('custom HOST_COUNT and FLEET_PERCENT (rounded up)', () => {
    expect(mayStart(cfg('Custom.TwoHealthy'), 5, 0, 2)).toBe(true);
    expect(mayStart(cfg('Custom.TwoHealthy'), 5, 0, 3)).toBe(false);
    // 75 % of 5 is 3.75 → 4 must stay healthy: one at a time.
    expect(mayStart(cfg('Custom.SeventyFive'), 5, 0, 1)).toBe(false);
    expect(enoughSucceeded(cfg('Custom.SeventyFive'), 5, 3)).toBe(false);
  });
});

describe('per-instance states on the simulated fleet', () => {
  let emu: Emulator;
  let c: ReturnType<typeof clients>;
  const groups = {
    half: ids('a', 4),
    one: ids('b', 3),
    all: ids('c', 3),
    count: ids('d', 5),
    percent: ids('e', 4),
  };

  beforeAll(async () => {
    emu = await startEmulator({
      scenario: {
        timeScale: 0.001,
        s3: { buckets: ['rel'] },
        codedeploy: {
          deploymentConfigs: [
            { name: 'Custom.ThreeHealthy', minimumHealthyHosts: { type: 'HOST_COUNT', value: 3 } },
            { name: 'Custom.Half', minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 50 } },
          ],
          applications: [
            {
              name: 'app',
              deploymentGroups: [
                { name: 'half', instances: groups.half, deploymentConfigName: 'CodeDeployDefault.HalfAtATime' },
                { name: 'one', instances: groups.one, deploymentConfigName: 'CodeDeployDefault.OneAtATime' },
                { name: 'all', instances: groups.all, deploymentConfigName: 'CodeDeployDefault.AllAtOnce' },
                { name: 'count', instances: groups.count, deploymentConfigName: 'Custom.ThreeHealthy' },
                { name: 'percent', instances: groups.percent, deploymentConfigName: 'Custom.Half' },
              ],
            },
          ],
        },
      },
    });
    c = clients(emu);
  });
  afterAll(() => emu?.close());

  /** Deploy a bundle whose ApplicationStart fails on the given instances; answer each instance's status. */
  async function deploy(group: keyof typeof groups, failOn: string[] | 'all'): Promise<{ status: string; states: string[] }> {
    const test = failOn === 'all' ? 'true' : failOn.map((id) => `*/${id}/*`).join('|');
    const start = failOn === 'all' ? '#!/bin/sh\nexit 1\n' : `#!/bin/sh\ncase "$HOOKLINE_INSTANCE_ROOT/" in\n  ${test}) exit 1 ;;\nesac\n`;
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
    const byId = new Map((deploymentTargets ?? []).map((t) => [t.instanceTarget?.targetId, t.instanceTarget?.status]));
    return { status: info.status!, states: groups[group].map((id) => byId.get(id) ?? 'missing') };
  }

  it('HalfAtATime: every instance failing stops after the first batch; the rest are Skipped', async () => {
    const r = await deploy('half', 'all');
    expect(r.status).toBe('Failed');
    expect(r.states).toEqual(['Failed', 'Failed', 'Skipped', 'Skipped']);
  });

  it('HalfAtATime: one failure in the first batch still lets the rest run (3 of 4 succeed, 2 needed)', async () => {
    const r = await deploy('half', [groups.half[0]!]);
    expect(r.states).toEqual(['Failed', 'Succeeded', 'Succeeded', 'Succeeded']);
    expect(r.status).toBe('Succeeded');
  });

  it('OneAtATime: a failure before the last skips the rest; a failure on the last one still succeeds', async () => {
    expect(await deploy('one', [groups.one[0]!])).toEqual({ status: 'Failed', states: ['Failed', 'Skipped', 'Skipped'] });
    expect(await deploy('one', [groups.one[2]!])).toEqual({ status: 'Succeeded', states: ['Succeeded', 'Succeeded', 'Failed'] });
  });

  it('AllAtOnce: runs every instance; succeeds when at least one succeeded', async () => {
    expect(await deploy('all', [groups.all[0]!, groups.all[1]!])).toEqual({
      status: 'Succeeded',
      states: ['Failed', 'Failed', 'Succeeded'],
    });
    expect(await deploy('all', 'all')).toEqual({ status: 'Failed', states: ['Failed', 'Failed', 'Failed'] });
  });

  it('custom HOST_COUNT 3 of 5: two offline at a time; a failure leaves one slot, a second failure skips the rest', async () => {
    const r = await deploy('count', [groups.count[0]!, groups.count[1]!]);
    expect(r.status).toBe('Failed');
    expect(r.states).toEqual(['Failed', 'Failed', 'Skipped', 'Skipped', 'Skipped']);
  });

  it('custom FLEET_PERCENT 50 of 4: one failure of four still succeeds (3 ≥ 2)', async () => {
    const r = await deploy('percent', [groups.percent[3]!]);
    expect(r).toEqual({ status: 'Succeeded', states: ['Succeeded', 'Succeeded', 'Succeeded', 'Failed'] });
  });
});
