// updateOutdatedInstancesOnly and the platformError fault, through the real SDK client.
import {
  BatchGetDeploymentTargetsCommand,
  CreateDeploymentCommand,
  ListDeploymentTargetsCommand,
  type InstanceTarget,
} from '@aws-sdk/client-codedeploy';
import { startEmulator, type Emulator } from '../index.js';
import { clients, makeZip, okBundleFiles, uploadBundle, waitForDeployment } from '../testkit.js';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

const FLEET = ['i-0a0000000000000a1', 'i-0a0000000000000a2', 'i-0a0000000000000a3'];
let emu: Emulator;
let c: ReturnType<typeof clients>;

beforeAll(async () => {
  emu = await startEmulator({
    scenario: {
      timeScale: 0.001,
      s3: { buckets: ['rel'] },
      codedeploy: {
        applications: [
          {
            name: 'app',
            deploymentGroups: [
              { name: 'fleet', instances: FLEET, deploymentConfigName: 'CodeDeployDefault.AllAtOnce' },
              { name: 'flaky', instances: 1 },
            ],
          },
        ],
      },
    },
  });
  c = clients(emu);
});
afterAll(() => emu.close());

async function deploy(group: string, revision: Awaited<ReturnType<typeof uploadBundle>>, outdatedOnly = false) {
  const { deploymentId } = await c.cd.send(
    new CreateDeploymentCommand({
      applicationName: 'app',
      deploymentGroupName: group,
      revision: { revisionType: 'S3', s3Location: revision },
      ...(outdatedOnly ? { updateOutdatedInstancesOnly: true } : {}),
    }),
  );
  const info = await waitForDeployment(c.cd, deploymentId as string);
  const ids = (await c.cd.send(new ListDeploymentTargetsCommand({ deploymentId }))).targetIds ?? [];
  const out = await c.cd.send(new BatchGetDeploymentTargetsCommand({ deploymentId, targetIds: ids }));
  const status = Object.fromEntries(
    (out.deploymentTargets ?? []).map((t) => [(t.instanceTarget as InstanceTarget).targetId, (t.instanceTarget as InstanceTarget).status]),
  );
  return { info, status };
}

describe('updateOutdatedInstancesOnly', () => {
  it('deploys only to the instances whose last successful revision differs; the others are Skipped', async () => {
    const v1 = await uploadBundle(c.s3, 'rel', 'v1.zip', await makeZip(okBundleFiles()));
    const v2 = await uploadBundle(c.s3, 'rel', 'v2.zip', await makeZip(okBundleFiles({ 'app/index.html': '<h1>v2</h1>\n' })));
    expect((await deploy('fleet', v1)).info.status).toBe('Succeeded');

    // v2 fails on one instance (disk full), succeeds on the other two (AllAtOnce).
    const fault = emu.faults.add({ type: 'diskFull', event: 'Install', instances: [FLEET[2] as string] });
    const partial = await deploy('fleet', v2);
    emu.faults.remove(fault);
    expect(partial.status).toEqual({
      [FLEET[0] as string]: 'Succeeded',
      [FLEET[1] as string]: 'Succeeded',
      [FLEET[2] as string]: 'Failed',
    });

    const outdated = await deploy('fleet', v2, true);
    expect(outdated.info).toMatchObject({ status: 'Succeeded', updateOutdatedInstancesOnly: true });
    expect(outdated.info.deploymentOverview).toMatchObject({ Succeeded: 1, Skipped: 2, Failed: 0 });
    expect(outdated.status).toEqual({
      [FLEET[0] as string]: 'Skipped',
      [FLEET[1] as string]: 'Skipped',
      [FLEET[2] as string]: 'Succeeded',
    });

    // Every instance is now on v2: nothing left to deploy, every instance Skipped.
    const none = await deploy('fleet', v2, true);
    expect(none.info.status).toBe('Succeeded');
    expect(none.info.deploymentOverview).toMatchObject({ Skipped: 3, Succeeded: 0 });
    // Without the flag, every instance is deployed to again.
    expect((await deploy('fleet', v2)).info.deploymentOverview).toMatchObject({ Succeeded: 3, Skipped: 0 });
  });
});

describe('the platformError fault', () => {
  it('fails the next deployment with INTERNAL_ERROR before any instance, then lets the next one run', async () => {
    const v1 = await uploadBundle(c.s3, 'rel', 'flaky.zip', await makeZip(okBundleFiles()));
    emu.faults.add({ type: 'platformError', group: 'flaky' });
    const first = await deploy('flaky', v1);
    expect(first.info.status).toBe('Failed');
    expect(first.info.errorInformation).toMatchObject({ code: 'INTERNAL_ERROR', message: expect.stringMatching(/internal error/i) });
    expect(first.info.deploymentOverview).toMatchObject({ Succeeded: 0, Skipped: 1 });
    expect((await deploy('flaky', v1)).info.status).toBe('Succeeded');
  });
});
