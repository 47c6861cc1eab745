// CreateDeploymentGroup / DeleteDeploymentGroup through the real SDK client: a group made from
// another's settings selects that group's instances by its EC2 tag filters and deploys to them;
// deleting is idempotent, as in AWS.
import {
  CreateDeploymentCommand,
  CreateDeploymentGroupCommand,
  DeleteDeploymentGroupCommand,
  DeploymentConfigDoesNotExistException,
  DeploymentGroupAlreadyExistsException,
  DeploymentGroupDoesNotExistException,
  GetDeploymentGroupCommand,
  InvalidDeploymentGroupNameException,
  InvalidEC2TagCombinationException,
  ListDeploymentTargetsCommand,
  RoleRequiredException,
  type RevisionLocation,
} from '@aws-sdk/client-codedeploy';
import { startEmulator, type Emulator } from '../index.js';
import { clients, makeZip, okBundleFiles, uploadBundle, waitForDeployment } from '../testkit.js';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

let emu: Emulator;
let cd: ReturnType<typeof clients>['cd'];
let revision: RevisionLocation;
const ROLE = 'arn:aws:iam::123456789012:role/CodeDeployServiceRole';

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
              {
                name: 'prod',
                instances: 2,
                deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
                autoRollback: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
              },
              { name: 'other', instances: 1 },
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

describe('CreateDeploymentGroup', () => {
  test('a copy of a group: its settings, its tag filters, its instances; deployable', async () => {
    const prod = (await cd.send(new GetDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'prod' })))
      .deploymentGroupInfo!;
    const out = await cd.send(
      new CreateDeploymentGroupCommand({
        applicationName: 'web',
        deploymentGroupName: 'prod-pr-7',
        serviceRoleArn: prod.serviceRoleArn,
        deploymentConfigName: prod.deploymentConfigName,
        ec2TagFilters: prod.ec2TagFilters,
        deploymentStyle: prod.deploymentStyle,
        autoRollbackConfiguration: prod.autoRollbackConfiguration,
      }),
    );
    expect(out.deploymentGroupId).toMatch(/^[0-9a-f-]{36}$/);
    const copy = (await cd.send(new GetDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'prod-pr-7' })))
      .deploymentGroupInfo!;
    expect(copy).toMatchObject({
      deploymentGroupName: 'prod-pr-7',
      deploymentGroupId: out.deploymentGroupId,
      deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
      serviceRoleArn: ROLE,
      ec2TagFilters: [{ Key: 'codedeploy-group', Value: 'prod', Type: 'KEY_AND_VALUE' }],
      deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITHOUT_TRAFFIC_CONTROL' },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
    });
    expect(copy.lastAttemptedDeployment).toBeUndefined();

    const { deploymentId } = await cd.send(
      new CreateDeploymentCommand({ applicationName: 'web', deploymentGroupName: 'prod-pr-7', revision }),
    );
    const info = await waitForDeployment(cd, deploymentId!);
    expect(info.status).toBe('Succeeded');
    const targets = await cd.send(new ListDeploymentTargetsCommand({ deploymentId }));
    expect(targets.targetIds?.sort()).toEqual([...(emu.state.codedeploy.groups.get('web/prod')?.instances ?? [])].sort());
  });

  test('the modeled errors', async () => {
    const base = { applicationName: 'web', serviceRoleArn: ROLE };
    await expect(cd.send(new CreateDeploymentGroupCommand({ ...base, deploymentGroupName: 'prod' }))).rejects.toBeInstanceOf(
      DeploymentGroupAlreadyExistsException,
    );
    await expect(cd.send(new CreateDeploymentGroupCommand({ ...base, deploymentGroupName: 'x'.repeat(101) }))).rejects.toBeInstanceOf(
      InvalidDeploymentGroupNameException,
    );
    await expect(
      cd.send(new CreateDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'n', serviceRoleArn: '' })),
    ).rejects.toBeInstanceOf(RoleRequiredException);
    await expect(
      cd.send(new CreateDeploymentGroupCommand({ ...base, deploymentGroupName: 'n', deploymentConfigName: 'Nope' })),
    ).rejects.toBeInstanceOf(DeploymentConfigDoesNotExistException);
    await expect(
      cd.send(
        new CreateDeploymentGroupCommand({
          ...base,
          deploymentGroupName: 'n',
          ec2TagFilters: [{ Key: 'codedeploy-group', Value: 'prod', Type: 'KEY_AND_VALUE' }],
          ec2TagSet: { ec2TagSetList: [[{ Key: 'codedeploy-group', Value: 'other', Type: 'KEY_AND_VALUE' }]] },
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidEC2TagCombinationException);
  });

  test('a tag set selects by every list', async () => {
    await cd.send(
      new CreateDeploymentGroupCommand({
        applicationName: 'web',
        deploymentGroupName: 'by-set',
        serviceRoleArn: ROLE,
        ec2TagSet: { ec2TagSetList: [[{ Key: 'codedeploy-group', Value: 'other', Type: 'KEY_AND_VALUE' }]] },
      }),
    );
    expect(emu.state.codedeploy.groups.get('web/by-set')?.instances).toEqual(emu.state.codedeploy.groups.get('web/other')?.instances);
    const info = (await cd.send(new GetDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'by-set' })))
      .deploymentGroupInfo!;
    expect(info.ec2TagSet?.ec2TagSetList).toEqual([[{ Key: 'codedeploy-group', Value: 'other', Type: 'KEY_AND_VALUE' }]]);
    expect(info.deploymentConfigName).toBe('CodeDeployDefault.OneAtATime');
  });
});

describe('DeleteDeploymentGroup', () => {
  test('deletes; a missing group answers the same', async () => {
    const first = await cd.send(new DeleteDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'by-set' }));
    expect(first.hooksNotCleanedUp).toEqual([]);
    await expect(cd.send(new GetDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'by-set' }))).rejects.toBeInstanceOf(
      DeploymentGroupDoesNotExistException,
    );
    const again = await cd.send(new DeleteDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'by-set' }));
    expect(again.hooksNotCleanedUp).toEqual([]);
  });
});
