// Blue/green termination: once traffic is rerouted and the original instances ran their
// BlockTraffic events, they are kept for terminationWaitTimeInMinutes (scenario time) and then
// terminated, or kept running, per the group's terminateBlueInstancesOnDeploymentSuccess. The
// deployment stays InProgress until the originals are terminated (API reference:
// BlueInstanceTerminationOption; DeploymentInfo.instanceTerminationWaitTimeStarted;
// ContinueDeployment's TERMINATION_WAIT).
import {
  BatchGetDeploymentTargetsCommand,
  ContinueDeploymentCommand,
  CreateDeploymentCommand,
  CreateDeploymentGroupCommand,
  DeploymentAlreadyCompletedException,
  DeploymentIsNotInReadyStateException,
  GetDeploymentCommand,
  GetDeploymentGroupCommand,
  ListDeploymentTargetsCommand,
  SkipWaitTimeForInstanceTerminationCommand,
  StopDeploymentCommand,
  type DeploymentInfo,
  type InstanceTarget,
  type RevisionLocation,
} from '@aws-sdk/client-codedeploy';
import { startEmulator, type Emulator } from '../index.js';
import { clients, makeZip, okBundleFiles, uploadBundle, waitForDeployment } from '../testkit.js';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

let emu: Emulator;
let cd: ReturnType<typeof clients>['cd'];
let revision: RevisionLocation;
const ROLE = 'arn:aws:iam::123456789012:role/CodeDeployServiceRole';
const TWO_DAYS = 2880; // the longest wait AWS allows: these tests end it with ContinueDeployment or StopDeployment

const bg = (name: string, blueGreen: Record<string, unknown>) => ({
  name,
  instances: 2,
  deploymentType: 'BLUE_GREEN',
  deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
  blueGreen,
});

beforeAll(async () => {
  emu = await startEmulator({
    scenario: {
      timeScale: 0.001,
      s3: { buckets: ['rel'] },
      codedeploy: {
        eventDuration: 1,
        applications: [
          {
            name: 'web',
            deploymentGroups: [
              bg('wait', { terminationWaitTimeInMinutes: TWO_DAYS }),
              bg('short', { terminationWaitTimeInMinutes: 1 }),
              bg('keep', { terminationAction: 'KEEP_ALIVE', terminationWaitTimeInMinutes: TWO_DAYS }),
              bg('stop', { terminationWaitTimeInMinutes: TWO_DAYS }),
              bg('skip', { terminationWaitTimeInMinutes: TWO_DAYS }),
            ],
          },
        ],
      },
    },
  });
  const c = clients(emu);
  cd = c.cd;
  revision = { revisionType: 'S3', s3Location: await uploadBundle(c.s3, 'rel', 'web/1.zip', await makeZip(okBundleFiles())) };
});
afterAll(async () => {
  await emu?.close();
});

async function start(group: string): Promise<string> {
  const { deploymentId } = await cd.send(new CreateDeploymentCommand({ applicationName: 'web', deploymentGroupName: group, revision }));
  return deploymentId!;
}

/** Poll until the termination wait started (the deployment is still InProgress then). */
async function untilTerminationWait(deploymentId: string): Promise<DeploymentInfo> {
  for (let i = 0; i < 3000; i++) {
    const { deploymentInfo } = await cd.send(new GetDeploymentCommand({ deploymentId }));
    if (deploymentInfo?.instanceTerminationWaitTimeStarted) return deploymentInfo;
    if (['Succeeded', 'Failed', 'Stopped'].includes(deploymentInfo?.status ?? ''))
      throw new Error(`deployment ended ${deploymentInfo?.status} before the termination wait`);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the termination wait never started');
}

async function targets(deploymentId: string): Promise<InstanceTarget[]> {
  const { targetIds } = await cd.send(new ListDeploymentTargetsCommand({ deploymentId }));
  const { deploymentTargets } = await cd.send(new BatchGetDeploymentTargetsCommand({ deploymentId, targetIds }));
  return (deploymentTargets ?? []).map((t) => t.instanceTarget!);
}
const labelled = (ts: InstanceTarget[], label: 'Blue' | 'Green') => ts.filter((t) => t.instanceLabel === label);
const originals = (id: string) => emu.state.codedeploy.deployments.get(id)!.originals;

describe('TERMINATE', () => {
  it('keeps the deployment InProgress through the wait, with the originals done blocking traffic; ContinueDeployment(TERMINATION_WAIT) ends it', async () => {
    const id = await start('wait');
    const waiting = await untilTerminationWait(id);
    expect(waiting.status).toBe('InProgress');
    expect(waiting.deploymentStatusMessages?.join('\n')).toMatch(/original instances .*terminated in 2880 minutes/);
    const ts = await targets(id);
    expect(labelled(ts, 'Green').map((t) => t.status)).toEqual(['Succeeded', 'Succeeded']);
    for (const blue of labelled(ts, 'Blue')) {
      expect(blue.lifecycleEvents!.map((e) => `${e.lifecycleEventName}:${e.status}`)).toEqual([
        'BeforeBlockTraffic:Succeeded',
        'BlockTraffic:Succeeded',
        'AfterBlockTraffic:Succeeded',
      ]);
    }
    expect(originals(id)?.terminatedAt).toBeUndefined();

    await cd.send(new ContinueDeploymentCommand({ deploymentId: id, deploymentWaitType: 'TERMINATION_WAIT' }));
    const done = await waitForDeployment(cd, id);
    expect(done.status).toBe('Succeeded');
    expect(done.instanceTerminationWaitTimeStarted).toBe(true);
    expect(done.deploymentStatusMessages?.join('\n')).toMatch(/original instances were terminated/);
    expect(originals(id)?.terminatedAt).toBeGreaterThanOrEqual(originals(id)!.waitStartedAt!);
    await expect(
      cd.send(new ContinueDeploymentCommand({ deploymentId: id, deploymentWaitType: 'TERMINATION_WAIT' })),
    ).rejects.toBeInstanceOf(DeploymentAlreadyCompletedException);
  });

  it('terminates by itself once the (scaled) wait has passed; the replacements become the group: the next deployment replaces them', async () => {
    const first = await start('short');
    expect((await waitForDeployment(cd, first)).status).toBe('Succeeded');
    expect(originals(first)?.terminatedAt).toBeDefined();
    const greens = labelled(await targets(first), 'Green').map((t) => t.targetId);

    const second = await start('short');
    expect((await waitForDeployment(cd, second)).status).toBe('Succeeded');
    expect(
      labelled(await targets(second), 'Blue')
        .map((t) => t.targetId)
        .sort(),
    ).toEqual(greens.sort());
  });

  it('SkipWaitTimeForInstanceTermination, even before the wait began, terminates without waiting', async () => {
    const id = await start('skip');
    await cd.send(new SkipWaitTimeForInstanceTerminationCommand({ deploymentId: id }));
    const done = await waitForDeployment(cd, id);
    expect(done.status).toBe('Succeeded');
    expect(originals(id)?.terminatedAt).toBeDefined();
  });

  it('a stop during the wait leaves the originals running', async () => {
    const id = await start('stop');
    await untilTerminationWait(id);
    await cd.send(new StopDeploymentCommand({ deploymentId: id }));
    const done = await waitForDeployment(cd, id);
    expect(done.status).toBe('Stopped');
    expect(originals(id)?.terminatedAt).toBeUndefined();
  });

  it('ContinueDeployment(TERMINATION_WAIT) is refused while the deployment is not waiting to terminate', async () => {
    const id = await start('stop');
    await expect(
      cd.send(new ContinueDeploymentCommand({ deploymentId: id, deploymentWaitType: 'TERMINATION_WAIT' })),
    ).rejects.toBeInstanceOf(DeploymentIsNotInReadyStateException);
    await untilTerminationWait(id);
    await cd.send(new ContinueDeploymentCommand({ deploymentId: id, deploymentWaitType: 'TERMINATION_WAIT' }));
    expect((await waitForDeployment(cd, id)).status).toBe('Succeeded');
  });
});

describe('KEEP_ALIVE', () => {
  it('succeeds without a termination wait and keeps the originals running', async () => {
    const id = await start('keep');
    const done = await waitForDeployment(cd, id);
    expect(done.status).toBe('Succeeded');
    expect(done.instanceTerminationWaitTimeStarted).toBe(false);
    expect(done.deploymentStatusMessages?.join('\n')).toMatch(/kept running/);
    expect(originals(id)).toEqual({ action: 'KEEP_ALIVE' });
  });
});

describe('the group setting', () => {
  it('CreateDeploymentGroup keeps terminateBlueInstancesOnDeploymentSuccess as given', async () => {
    const terminate = { action: 'KEEP_ALIVE' as const, terminationWaitTimeInMinutes: 30 };
    await cd.send(
      new CreateDeploymentGroupCommand({
        applicationName: 'web',
        deploymentGroupName: 'made',
        serviceRoleArn: ROLE,
        deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
        loadBalancerInfo: { targetGroupInfoList: [{ name: 'tg' }] },
        blueGreenDeploymentConfiguration: {
          terminateBlueInstancesOnDeploymentSuccess: terminate,
          deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT', waitTimeInMinutes: 0 },
        },
      }),
    );
    const { deploymentGroupInfo } = await cd.send(new GetDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'made' }));
    expect(deploymentGroupInfo?.blueGreenDeploymentConfiguration?.terminateBlueInstancesOnDeploymentSuccess).toEqual(terminate);
  });
});
