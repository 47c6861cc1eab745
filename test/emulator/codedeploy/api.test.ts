// Every CodeDeploy operation through the real SDK client; modeled errors must arrive as the
// SDK's named exception classes.
import {
  ApplicationDoesNotExistException,
  BatchGetDeploymentInstancesCommand,
  BatchGetDeploymentTargetsCommand,
  CodeDeployServiceException,
  ContinueDeploymentCommand,
  CreateDeploymentCommand,
  DeploymentDoesNotExistException,
  DeploymentGroupDoesNotExistException,
  DeploymentIsNotInReadyStateException,
  DeploymentLimitExceededException,
  DeploymentTargetListSizeExceededException,
  GetApplicationCommand,
  GetApplicationRevisionCommand,
  GetDeploymentCommand,
  GetDeploymentGroupCommand,
  InvalidDeploymentIdException,
  InvalidRevisionException,
  ListDeploymentInstancesCommand,
  ListDeploymentTargetsCommand,
  ListDeploymentsCommand,
  RegisterApplicationRevisionCommand,
  RevisionDoesNotExistException,
  StopDeploymentCommand,
  ApplicationNameRequiredException,
  DeploymentIdRequiredException,
  type RevisionLocation,
} from '@aws-sdk/client-codedeploy';
import { startEmulator, type Emulator } from '../index.js';
import { clients, makeZip, okBundleFiles, uploadBundle, waitForDeployment } from '../testkit.js';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

let emu: Emulator;
let cd: ReturnType<typeof clients>['cd'];
let revision: RevisionLocation;

beforeAll(async () => {
  emu = await startEmulator({
    scenario: {
      s3: { buckets: ['rel'] },
      codedeploy: {
        pageSize: 2,
        applications: [
          {
            name: 'web',
            deploymentGroups: [
              { name: 'prod', instances: 30, deploymentConfigName: 'CodeDeployDefault.AllAtOnce' },
              { name: 'busy', instances: 1 },
              { name: 'other', instances: 1 },
            ],
          },
        ],
      },
      faults: [{ type: 'activeDeployment', application: 'web', group: 'busy', deploymentId: 'd-ACTIVE001' }],
    },
  });
  const c = clients(emu);
  cd = c.cd;
  const loc = await uploadBundle(c.s3, 'rel', 'web/1.zip', await makeZip(okBundleFiles()));
  revision = { revisionType: 'S3', s3Location: loc };
});
afterAll(async () => {
  await emu?.close();
});

describe('applications, groups and revisions', () => {
  test('GetApplication / GetDeploymentGroup answer the scenario', async () => {
    const a = await cd.send(new GetApplicationCommand({ applicationName: 'web' }));
    expect(a.application).toMatchObject({ applicationName: 'web', computePlatform: 'Server' });
    expect(a.application?.createTime).toBeInstanceOf(Date);
    const g = await cd.send(new GetDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'prod' }));
    expect(g.deploymentGroupInfo).toMatchObject({
      deploymentGroupName: 'prod',
      deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
      deploymentStyle: { deploymentType: 'IN_PLACE' },
    });
    expect(g.deploymentGroupInfo?.deploymentGroupId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('RegisterApplicationRevision then GetApplicationRevision', async () => {
    await cd.send(new RegisterApplicationRevisionCommand({ applicationName: 'web', revision, description: 'first' }));
    const r = await cd.send(new GetApplicationRevisionCommand({ applicationName: 'web', revision }));
    expect(r.revision?.s3Location).toEqual(revision.s3Location);
    expect(r.revisionInfo?.description).toBe('first');
    expect(r.revisionInfo?.registerTime).toBeInstanceOf(Date);
  });

  test('modeled errors are the SDK exception classes', async () => {
    await expect(cd.send(new GetApplicationCommand({ applicationName: 'nope' }))).rejects.toBeInstanceOf(ApplicationDoesNotExistException);
    await expect(cd.send(new GetApplicationCommand({ applicationName: '' }))).rejects.toBeInstanceOf(ApplicationNameRequiredException);
    await expect(cd.send(new GetDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'nope' }))).rejects.toBeInstanceOf(
      DeploymentGroupDoesNotExistException,
    );
    await expect(
      cd.send(
        new GetApplicationRevisionCommand({
          applicationName: 'web',
          revision: { revisionType: 'S3', s3Location: { bucket: 'rel', key: 'missing.zip', bundleType: 'zip' } },
        }),
      ),
    ).rejects.toBeInstanceOf(RevisionDoesNotExistException);
    await expect(
      cd.send(
        new RegisterApplicationRevisionCommand({
          applicationName: 'web',
          revision: { revisionType: 'S3', s3Location: { bucket: 'rel', key: 'x.zip' } },
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidRevisionException);
    await expect(cd.send(new GetDeploymentCommand({ deploymentId: 'd-NOTTHERE1' }))).rejects.toBeInstanceOf(
      DeploymentDoesNotExistException,
    );
    await expect(cd.send(new GetDeploymentCommand({ deploymentId: 'garbage' }))).rejects.toBeInstanceOf(InvalidDeploymentIdException);
    await expect(cd.send(new GetDeploymentCommand({ deploymentId: '' }))).rejects.toBeInstanceOf(DeploymentIdRequiredException);
    const err = await cd.send(new GetApplicationCommand({ applicationName: 'nope' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CodeDeployServiceException);
    expect((err as Error).message).toBe('No application found for name: nope');
  });

  test('CreateDeployment refuses a revision whose object is not in S3', async () => {
    await expect(
      cd.send(
        new CreateDeploymentCommand({
          applicationName: 'web',
          deploymentGroupName: 'other',
          revision: { revisionType: 'S3', s3Location: { bucket: 'rel', key: 'absent.zip', bundleType: 'zip' } },
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidRevisionException);
  });
});

describe('deployments', () => {
  let deploymentId: string;

  beforeAll(async () => {
    const r = await cd.send(
      new CreateDeploymentCommand({ applicationName: 'web', deploymentGroupName: 'prod', revision, description: 'api test' }),
    );
    deploymentId = r.deploymentId as string;
    await waitForDeployment(cd, deploymentId);
  });

  test('GetDeployment carries status, overview, times as dates, creator and style', async () => {
    const { deploymentInfo: d } = await cd.send(new GetDeploymentCommand({ deploymentId }));
    expect(d).toMatchObject({
      status: 'Succeeded',
      creator: 'user',
      description: 'api test',
      deploymentOverview: { Succeeded: 30, Failed: 0 },
      deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITHOUT_TRAFFIC_CONTROL' },
    });
    expect(d?.createTime).toBeInstanceOf(Date);
    expect(d?.completeTime!.getTime()).toBeGreaterThanOrEqual(d!.createTime!.getTime());
  });

  test('ListDeployments filters and pages with nextToken', async () => {
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const r = await cd.send(
        new ListDeploymentsCommand({ applicationName: 'web', deploymentGroupName: 'prod', includeOnlyStatuses: ['Succeeded'], nextToken }),
      );
      seen.push(...(r.deployments ?? []));
      nextToken = r.nextToken;
    } while (nextToken);
    expect(seen).toContain(deploymentId);
    const busy = await cd.send(
      new ListDeploymentsCommand({ applicationName: 'web', deploymentGroupName: 'busy', includeOnlyStatuses: ['InProgress'] }),
    );
    expect(busy.deployments).toEqual(['d-ACTIVE001']);
  });

  test('ListDeploymentTargets pages; BatchGetDeploymentTargets takes at most 25 ids', async () => {
    const ids: string[] = [];
    let nextToken: string | undefined;
    do {
      const r = await cd.send(new ListDeploymentTargetsCommand({ deploymentId, nextToken }));
      ids.push(...(r.targetIds ?? []));
      nextToken = r.nextToken;
    } while (nextToken);
    expect(ids).toHaveLength(30);
    const filtered = await cd.send(new ListDeploymentTargetsCommand({ deploymentId, targetFilters: { TargetStatus: ['Failed'] } }));
    expect(filtered.targetIds).toEqual([]);
    await expect(cd.send(new BatchGetDeploymentTargetsCommand({ deploymentId, targetIds: ids.slice(0, 26) }))).rejects.toBeInstanceOf(
      DeploymentTargetListSizeExceededException,
    );
    const r = await cd.send(new BatchGetDeploymentTargetsCommand({ deploymentId, targetIds: ids.slice(0, 25) }));
    expect(r.deploymentTargets).toHaveLength(25);
    const t = r.deploymentTargets![0]!.instanceTarget!;
    expect(t.status).toBe('Succeeded');
    expect(t.lifecycleEvents!.map((e) => e.lifecycleEventName)).toEqual([
      'ApplicationStop',
      'DownloadBundle',
      'BeforeInstall',
      'Install',
      'AfterInstall',
      'ApplicationStart',
      'ValidateService',
    ]);
    const after = t.lifecycleEvents!.find((e) => e.lifecycleEventName === 'AfterInstall')!;
    expect(after.diagnostics).toMatchObject({ errorCode: 'Success', message: 'Succeeded' });
    expect(after.diagnostics?.logTail).toContain('[stdout]after web/prod');
    expect(after.diagnostics?.logTail).toContain('[stderr]warn');
    expect(after.startTime).toBeInstanceOf(Date);
  });

  test('ListDeploymentInstances and BatchGetDeploymentInstances', async () => {
    const l = await cd.send(new ListDeploymentInstancesCommand({ deploymentId }));
    expect(l.instancesList).toHaveLength(2);
    expect(l.nextToken).toBeDefined();
    const b = await cd.send(new BatchGetDeploymentInstancesCommand({ deploymentId, instanceIds: l.instancesList }));
    expect(b.instancesSummary).toHaveLength(2);
    expect(b.instancesSummary![0]!.status).toBe('Succeeded');
  });

  test('DeploymentLimitExceededException names the active deployment', async () => {
    const err = await cd
      .send(new CreateDeploymentCommand({ applicationName: 'web', deploymentGroupName: 'busy', revision }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeploymentLimitExceededException);
    expect((err as Error).message).toBe("The Deployment Group 'busy' already has an active Deployment 'd-ACTIVE001'");
  });

  test('StopDeployment stops an active deployment; ContinueDeployment needs Ready', async () => {
    await expect(
      cd.send(new ContinueDeploymentCommand({ deploymentId: 'd-ACTIVE001', deploymentWaitType: 'READY_WAIT' })),
    ).rejects.toBeInstanceOf(CodeDeployServiceException);
    const s = await cd.send(new StopDeploymentCommand({ deploymentId: 'd-ACTIVE001' }));
    expect(s.status).toBe('Pending');
    const d = await waitForDeployment(cd, 'd-ACTIVE001');
    expect(d.status).toBe('Stopped');
    expect(d.errorInformation?.code).toBe('MANUAL_STOP');
    const r = await cd.send(new CreateDeploymentCommand({ applicationName: 'web', deploymentGroupName: 'busy', revision }));
    const done = await waitForDeployment(cd, r.deploymentId!);
    expect(done.status).toBe('Succeeded');
  });

  test('ContinueDeployment on an in-place deployment is refused', async () => {
    const err = await cd.send(new ContinueDeploymentCommand({ deploymentId })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CodeDeployServiceException);
    expect(err).not.toBeInstanceOf(DeploymentIsNotInReadyStateException);
  });
});

describe('API faults', () => {
  test('throttling on every 3rd call is retried by the SDK', async () => {
    const id = emu.faults.add({ type: 'throttle', every: 3, service: 'codedeploy' });
    try {
      for (let i = 0; i < 6; i++) await cd.send(new GetApplicationCommand({ applicationName: 'web' }));
      expect(emu.state.calls.filter((c) => c.fault === 'throttle').length).toBeGreaterThanOrEqual(2);
    } finally {
      emu.faults.remove(id);
    }
  });

  test('a lost CreateDeployment response: the retry meets the deployment the first call created', async () => {
    // Silent agents keep the first deployment active, so the SDK's retry cannot arrive after it
    // finished (at 1000× time it may finish within the retry delay) and legitimately start another.
    const silent = emu.faults.add({ type: 'agentNotResponding' });
    emu.faults.add({ type: 'lostResponse', operation: 'CreateDeployment', occurrence: 1 });
    try {
      const err = await cd
        .send(new CreateDeploymentCommand({ applicationName: 'web', deploymentGroupName: 'other', revision }))
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeploymentLimitExceededException);
      const active = /active Deployment '(d-[A-Z0-9]{9})'/.exec((err as Error).message)?.[1];
      expect(active).toBeDefined();
      expect(emu.state.codedeploy.deployments.get(active!)?.groupName).toBe('other');
      await cd.send(new StopDeploymentCommand({ deploymentId: active! }));
      expect((await waitForDeployment(cd, active!)).status).toBe('Stopped');
    } finally {
      emu.faults.remove(silent);
    }
  });
});
