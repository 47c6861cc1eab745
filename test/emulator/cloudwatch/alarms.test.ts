// CloudWatch alarms through the real SDK client: a group's alarmConfiguration names the alarms
// the scenario attaches to it, and an alarm goes to ALARM a scenario time after the group's
// chosen successful deployment, back to its calm state once another deployment starts.
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CreateDeploymentCommand, GetDeploymentGroupCommand, type RevisionLocation } from '@aws-sdk/client-codedeploy';
import { startEmulator, type Emulator } from '../index.js';
import { checkCloudWatchScenario } from './alarms.js';
import { clients, makeZip, okBundleFiles, uploadBundle, waitForDeployment } from '../testkit.js';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

let emu: Emulator;
let revision: RevisionLocation;

beforeAll(async () => {
  emu = await startEmulator({
    scenario: {
      timeScale: 0.001,
      s3: { buckets: ['rel'] },
      codedeploy: {
        eventDuration: 1,
        applications: [{ name: 'web', deploymentGroups: [{ name: 'prod', instances: 1 }, { name: 'dev' }] }],
      },
      cloudwatch: {
        alarms: [
          {
            name: 'web-5xx',
            deploymentGroup: 'web/prod',
            alarmAfterSuccess: 0,
            afterDeployment: 2,
            alarmReason: 'Threshold Crossed: 12 > 5',
          },
          { name: 'web-latency', deploymentGroup: 'web/prod' },
          { name: 'unattached', state: 'INSUFFICIENT_DATA' },
        ],
      },
    },
  });
  revision = { revisionType: 'S3', s3Location: await uploadBundle(clients(emu).s3, 'rel', 'web/1.zip', await makeZip(okBundleFiles())) };
});
afterAll(async () => {
  await emu?.close();
});

async function alarm(name: string) {
  const out = await emu.client('cloudwatch').send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
  return out.MetricAlarms?.[0];
}

async function deploy(): Promise<string> {
  const cd = emu.client('codedeploy');
  const { deploymentId } = await cd.send(new CreateDeploymentCommand({ applicationName: 'web', deploymentGroupName: 'prod', revision }));
  expect((await waitForDeployment(cd, deploymentId!)).status).toBe('Succeeded');
  return deploymentId!;
}

test("the group's alarmConfiguration names its alarms; other groups name none", async () => {
  const cd = emu.client('codedeploy');
  const prod = await cd.send(new GetDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'prod' }));
  expect(prod.deploymentGroupInfo?.alarmConfiguration).toEqual({
    enabled: true,
    ignorePollAlarmFailure: false,
    alarms: [{ name: 'web-5xx' }, { name: 'web-latency' }],
  });
  const dev = await cd.send(new GetDeploymentGroupCommand({ applicationName: 'web', deploymentGroupName: 'dev' }));
  expect(dev.deploymentGroupInfo?.alarmConfiguration?.alarms).toEqual([]);
});

test('DescribeAlarms filters by name, prefix and state, and pages', async () => {
  const cw = emu.client('cloudwatch');
  const all = await cw.send(new DescribeAlarmsCommand({}));
  expect(all.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['web-5xx', 'web-latency', 'unattached']);
  expect(all.MetricAlarms?.[2]?.StateValue).toBe('INSUFFICIENT_DATA');
  expect(all.MetricAlarms?.[0]?.StateUpdatedTimestamp).toBeInstanceOf(Date);
  const prefixed = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'web-' }));
  expect(prefixed.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['web-5xx', 'web-latency']);
  const page = await cw.send(new DescribeAlarmsCommand({ MaxRecords: 2 }));
  expect(page.MetricAlarms).toHaveLength(2);
  const rest = await cw.send(new DescribeAlarmsCommand({ MaxRecords: 2, NextToken: page.NextToken }));
  expect(rest.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['unattached']);
  expect(rest.NextToken).toBeUndefined();
  expect((await cw.send(new DescribeAlarmsCommand({ StateValue: 'INSUFFICIENT_DATA' }))).MetricAlarms).toHaveLength(1);
});

test('an alarm goes to ALARM after its chosen successful deployment only', async () => {
  await deploy();
  expect((await alarm('web-5xx'))?.StateValue).toBe('OK');
  await deploy();
  const fired = await alarm('web-5xx');
  expect(fired).toMatchObject({ StateValue: 'ALARM', StateReason: 'Threshold Crossed: 12 > 5' });
  expect((await alarm('web-latency'))?.StateValue).toBe('OK');
  await deploy();
  expect((await alarm('web-5xx'))?.StateValue).toBe('OK');
});

test('the scenario section is checked strictly', () => {
  expect(() => checkCloudWatchScenario({ alarms: [{ name: 'a', colour: 'red' }] })).toThrow(/unknown key cloudwatch.alarms\[0\].colour/);
  expect(() => checkCloudWatchScenario({ alarms: [{ name: 'a', state: 'RED' }] })).toThrow(/state must be one of/);
  expect(() => checkCloudWatchScenario({ alarms: [{ name: 'a' }, { name: 'a' }] })).toThrow(/listed twice/);
  expect(() => checkCloudWatchScenario({ alarms: [{ name: 'a', deploymentGroup: 'nogroup' }] })).toThrow(/application\/group/);
});
