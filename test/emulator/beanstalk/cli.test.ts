// The AWS CLI parses answers with botocore's models: a shape error in the emulator shows up here.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { RequestEnvironmentInfoCommand, UpdateEnvironmentCommand } from '@aws-sdk/client-elastic-beanstalk';
import { type Harness, startHarness } from './testkit.js';

const exec = promisify(execFile);

async function hasCli(): Promise<boolean> {
  try {
    await exec('aws', ['--version']);
    return true;
  } catch {
    return false;
  }
}

// Each CLI start costs seconds (Python, pyenv shim): calls run in parallel with a generous timeout.
const SLOW = 60_000;

const cliAvailable = await hasCli();
const maybe = cliAvailable ? describe : describe.skip;
if (!cliAvailable) console.warn('aws CLI not installed: skipping the AWS CLI fidelity checks');

maybe('Elastic Beanstalk through the AWS CLI', () => {
  let h: Harness;

  async function aws(...args: string[]): Promise<Record<string, unknown>> {
    const { stdout } = await exec(
      'aws',
      ['elasticbeanstalk', ...args, '--endpoint-url', h.baseUrl, '--region', 'us-east-1', '--output', 'json'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: h.workDir,
          AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'secret',
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_MAX_ATTEMPTS: '1',
        },
      },
    );
    return stdout.trim() === '' ? {} : (JSON.parse(stdout) as Record<string, unknown>);
  }

  beforeAll(async () => {
    h = await startHarness({
      applications: [
        { name: 'shop', versions: [{ label: 'v1' }, { label: 'v2', files: { '.platform/hooks/predeploy/01.sh': '#!/bin/sh\nexit 1\n' } }] },
      ],
      environments: [{ name: 'shop-prod', application: 'shop', cname: 'shop-prod', versionLabel: 'v1', instances: 2 }],
    });
    await h.client.send(new UpdateEnvironmentCommand({ EnvironmentName: 'shop-prod', VersionLabel: 'v2' }));
    await h.service.idle();
    await h.client.send(new RequestEnvironmentInfoCommand({ EnvironmentName: 'shop-prod', InfoType: 'tail' }));
    await h.service.idle();
  });
  afterAll(async () => {
    await h.close();
  }, SLOW);

  test(
    'describe-events',
    async () => {
      const [all, errors] = await Promise.all([
        aws('describe-events', '--environment-name', 'shop-prod'),
        aws('describe-events', '--environment-name', 'shop-prod', '--severity', 'ERROR'),
      ]);
      const r = all as { Events: Array<Record<string, string>> };
      expect(r.Events.length).toBeGreaterThan(5);
      expect(r.Events.map((e) => e['Message'])).toContain('Failed to deploy application.');
      expect(r.Events[0]).toMatchObject({ ApplicationName: 'shop', EnvironmentName: 'shop-prod' });
      expect(r.Events[0]?.['EventDate']).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect((errors as { Events: unknown[] }).Events.length).toBeGreaterThanOrEqual(3);
    },
    SLOW,
  );

  test(
    'describe-environments',
    async () => {
      const r = (await aws('describe-environments', '--environment-names', 'shop-prod')) as {
        Environments: Array<Record<string, unknown>>;
      };
      expect(r.Environments[0]).toMatchObject({
        EnvironmentName: 'shop-prod',
        Status: 'Ready',
        Health: 'Red',
        HealthStatus: 'Degraded',
        VersionLabel: 'v1',
        CNAME: 'shop-prod.us-east-1.elasticbeanstalk.com',
        AbortableOperationInProgress: false,
        Tier: { Name: 'WebServer', Type: 'Standard', Version: '1.0' },
      });
    },
    SLOW,
  );

  test(
    'describe-application-versions, describe-instances-health, describe-environment-health, retrieve-environment-info',
    async () => {
      const [versions, instances, envHealth, infoOut] = await Promise.all([
        aws('describe-application-versions', '--application-name', 'shop'),
        aws('describe-instances-health', '--environment-name', 'shop-prod', '--attribute-names', 'All'),
        aws('describe-environment-health', '--environment-name', 'shop-prod', '--attribute-names', 'All'),
        aws('retrieve-environment-info', '--environment-name', 'shop-prod', '--info-type', 'tail'),
      ]);
      const v = versions as { ApplicationVersions: Array<Record<string, unknown>> };
      expect(v.ApplicationVersions.map((x) => x['VersionLabel']).sort()).toEqual(['v1', 'v2']);
      expect(v.ApplicationVersions[0]).toMatchObject({
        Status: 'PROCESSED',
        SourceBundle: { S3Bucket: 'elasticbeanstalk-us-east-1-123456789012' },
      });
      const ih = instances as { InstanceHealthList: Array<Record<string, unknown>> };
      expect(ih.InstanceHealthList).toHaveLength(2);
      expect(ih.InstanceHealthList[0]).toMatchObject({ HealthStatus: 'Severe', Deployment: { VersionLabel: 'v1', Status: 'Failed' } });
      expect(envHealth).toMatchObject({ HealthStatus: 'Degraded', Color: 'Red', InstancesHealth: { Severe: 2 } });
      const info = (infoOut as { EnvironmentInfo: Array<Record<string, string>> }).EnvironmentInfo;
      expect(info).toHaveLength(2);
      expect(info[0]?.['Message']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_hookline\/eb\/logs\/tail\//);
      const tail = await h.get(info[0]?.['Message'] ?? '');
      expect(tail.text).toContain(
        '[RunAppDeployPreDeployHooks]. Stop running the command. Error: Command .platform/hooks/predeploy/01.sh failed with error exit status 1.',
      );
    },
    SLOW,
  );

  test(
    'a modeled error as the CLI prints it',
    async () => {
      await expect(aws('update-environment', '--environment-name', 'nope', '--version-label', 'v1')).rejects.toMatchObject({
        stderr: expect.stringContaining(
          "An error occurred (InvalidParameterValue) when calling the UpdateEnvironment operation: No Environment found for EnvironmentName = 'nope'.",
        ),
      });
    },
    SLOW,
  );
});
