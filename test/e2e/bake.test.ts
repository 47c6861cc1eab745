// The bake gate and the platform lifecycle warning end to end: dist/ under Node 24 through the
// runner harness, against the emulator (CloudWatch alarms attached to a deployment group; a
// Beanstalk environment on a retired platform branch). What is live afterwards is read back
// from the emulator through the SDK, never from hookline's own words.
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { GetDeploymentGroupCommand } from '@aws-sdk/client-codedeploy';
import { DescribeEnvironmentsCommand } from '@aws-sdk/client-elastic-beanstalk';
import { runAction, type RunResult } from '../harness/runner.js';
import { startEmulator, type Emulator, type ScenarioInput } from '../emulator/index.js';
import { emulatorFrom, sampleApp, deploymentsOf, errorsOf, shopFleet, workspaceWith } from './helpers.js';

const scenario: ScenarioInput = {
  ...shopFleet([
    { name: 'prod', instances: 2, deploymentConfigName: 'CodeDeployDefault.AllAtOnce' },
    { name: 'quiet', instances: 1 },
  ]),
  cloudwatch: {
    alarms: [
      {
        name: 'shop-5xx',
        deploymentGroup: 'shop/prod',
        // ALARM 1 scenario second after the group's 2nd successful deployment.
        alarmAfterSuccess: 1,
        afterDeployment: 2,
        alarmReason: 'Threshold Crossed: 1 datapoint [12.0] was greater than the threshold (5.0).',
      },
      { name: 'shop-latency', deploymentGroup: 'shop/prod' },
    ],
  },
};

const inputs = (extra: Record<string, string> = {}) => ({
  application: 'shop',
  'deployment-group': 'prod',
  's3-bucket': 'shop-releases',
  'poll-interval': '50ms',
  timeout: '2m',
  ...extra,
});

const warningsOf = (r: RunResult) => r.annotations.filter((a) => a.command === 'warning');

describe('bake: CodeDeploy alarms', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await emulatorFrom(scenario);
  });
  afterAll(() => emu.close());

  it('an alarm that goes to ALARM during the bake fails the run naming it, and redeploy-previous puts the previous revision back', async () => {
    const first = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
    expect(first.main.exitCode).toBe(0);
    const previousUri = first.outputs['revision-s3-uri'] ?? '';
    expect(previousUri).toMatch(/^s3:\/\/shop-releases\//);

    const baked = await runAction({
      inputs: inputs({ bake: '30s', 'on-bake-failure': 'redeploy-previous' }),
      env: emu.env,
      workspace: sampleApp({ 'public/index.html': '<h1>v2 breaks things</h1>\n' }),
    });
    expect(baked.main.exitCode).toBe(1);
    const newUri = baked.summary.match(/revision `(s3:\/\/[^`]+)`/)?.[1];
    expect(newUri).toBeDefined();
    expect(newUri).not.toBe(previousUri);

    // The failure names the alarm and its state reason; so does the diagnosis.
    const errors = errorsOf(baked).map((a) => `${a.properties.title ?? ''} ${a.message}`);
    expect(errors.some((e) => /Alarm shop-5xx went to ALARM during the bake/.test(e))).toBe(true);
    expect(errors.some((e) => /Bake failed for deployment d-\w+ \(shop\/prod\): .*shop-5xx.*greater than the threshold/.test(e))).toBe(
      true,
    );
    expect(baked.main.log.join('\n')).toMatch(/Baking for 30s: watching 2 alarms of shop\/prod \(shop-5xx, shop-latency\)/);

    // What the emulator says is live: the first run's revision, deployed again and succeeded.
    const [redeploy, breached] = await deploymentsOf(emu, 'shop', 'prod');
    expect(breached?.status).toBe('Succeeded');
    expect(redeploy?.status).toBe('Succeeded');
    const uri = (d: typeof redeploy) => `s3://${d?.revision?.s3Location?.bucket}/${d?.revision?.s3Location?.key}`;
    expect(uri(breached)).toBe(newUri);
    expect(uri(redeploy)).toBe(previousUri);
    const group = await emu
      .client('codedeploy')
      .send(new GetDeploymentGroupCommand({ applicationName: 'shop', deploymentGroupName: 'prod' }));
    expect(group.deploymentGroupInfo?.lastSuccessfulDeployment?.deploymentId).toBe(redeploy?.deploymentId);
    expect(group.deploymentGroupInfo?.targetRevision?.s3Location?.key).toBe(previousUri.split('/').slice(3).join('/'));
    // The alarm fired after the second deployment only: with the previous revision back it is calm.
    const alarms = await emu.client('cloudwatch').send(new DescribeAlarmsCommand({ AlarmNames: ['shop-5xx'] }));
    expect(alarms.MetricAlarms?.[0]?.StateValue).toBe('OK');
  });

  it('a group without alarms has nothing to bake: one notice, no CloudWatch call, a green run', async () => {
    const before = emu.calls.records.filter((c) => c.service === 'cloudwatch').length;
    const r = await runAction({ inputs: inputs({ 'deployment-group': 'quiet', bake: '10m' }), env: emu.env, workspace: sampleApp() });
    expect(r.main.exitCode).toBe(0);
    expect(errorsOf(r)).toEqual([]);
    const notices = r.annotations.filter((a) => a.command === 'notice' && a.properties.title === 'Bake');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/shop\/quiet names no CloudWatch alarms/);
    expect(emu.calls.records.filter((c) => c.service === 'cloudwatch').length).toBe(before);
  });
});

const APP = {
  Procfile: 'web: node app.js\n',
  'app.js': "require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 8080);\n",
  'package.json': '{"name":"shop","version":"1.0.0"}\n',
};

describe('bake: Beanstalk health', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({
      scenario: {
        timeScale: 0.01,
        beanstalk: {
          applications: [{ name: 'shop', versions: [{ label: 'v1', files: APP }] }],
          environments: [
            {
              name: 'shop-prod',
              application: 'shop',
              instances: 2,
              versionLabel: 'v1',
              // Healthy at the end of each deploy, Severe 150 scenario seconds (1.5 s) later.
              faults: { healthDropAfterDeploy: 'Severe', healthDropDelay: 150 },
            },
          ],
        },
      },
    });
  });
  afterAll(() => emu.close());

  it('health that drops during the bake fails the run with its cause, and redeploy-previous puts v1 back', async () => {
    const r = await runAction({
      inputs: {
        application: 'shop',
        environment: 'shop-prod',
        'version-label': 'v2',
        bake: '1m',
        'on-bake-failure': 'redeploy-previous',
        'poll-interval': '50ms',
        timeout: '2m',
      },
      env: emu.env,
      workspace: workspaceWith({ ...APP, 'app.js': APP['app.js'].replace("'ok'", "'v2'") }),
    });
    expect(r.main.exitCode).toBe(1);
    const errors = errorsOf(r).map((a) => `${a.properties.title ?? ''} ${a.message}`);
    expect(errors.some((e) => /Health dropped to Red \(Severe\) during the bake/.test(e))).toBe(true);
    expect(
      errors.some((e) =>
        /Bake failed for version v2 on shop-prod: .*100\.0 % of the requests are failing with HTTP 5xx.* Version v1 was released again to shop-prod and is live\./.test(
          e,
        ),
      ),
    ).toBe(true);
    const env = (await emu.client('beanstalk').send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['shop-prod'] })))
      .Environments?.[0];
    expect(env?.VersionLabel).toBe('v1');
  });
});

describe('platform lifecycle', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({
      scenario: {
        timeScale: 0.01,
        beanstalk: {
          applications: [{ name: 'shop' }],
          platformBranches: [
            { branch: 'Node.js 18 running on 64bit Amazon Linux 2', state: 'Retired', order: 1 },
            { branch: 'Node.js 20 running on 64bit Amazon Linux 2', state: 'Supported', order: 2 },
            { branch: 'Node.js 22 running on 64bit Amazon Linux 2023', state: 'Supported', order: 3 },
            { branch: 'Python 3.13 running on 64bit Amazon Linux 2023', state: 'Supported', order: 9 },
          ],
          environments: [
            {
              name: 'shop-prod',
              application: 'shop',
              solutionStack: '64bit Amazon Linux 2 v5.9.0 running Node.js 18',
              instances: 1,
            },
          ],
        },
      },
    });
  });
  afterAll(() => emu.close());

  it('a retired platform branch warns once, with the date and the branch to move to', async () => {
    const workspace = workspaceWith({
      Procfile: 'web: node app.js\n',
      'app.js': "require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 8080);\n",
      'package.json': '{"name":"shop","version":"1.0.0"}\n',
    });
    const r = await runAction({
      inputs: { application: 'shop', environment: 'shop-prod', 'poll-interval': '50ms', timeout: '2m' },
      env: emu.env,
      workspace,
    });
    expect(r.main.exitCode).toBe(0);
    const warnings = warningsOf(r);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.properties.title).toBe('Platform lifecycle');
    expect(warnings[0]?.message).toContain('shop-prod: Platform branch "Node.js 18 running on 64bit Amazon Linux 2" is retired');
    expect(warnings[0]?.message).toContain('Amazon Linux 2, which reached its end of support on 2026-06-30');
    expect(warnings[0]?.message).toContain('Move to "Node.js 22 running on 64bit Amazon Linux 2023"');
  });
});
