// The Beanstalk service behind the real front (startEmulator): S3 through s3rver, tail logs and the
// live page served by the front's /_hookline/ paths.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreateApplicationVersionCommand,
  CreateStorageLocationCommand,
  DescribeApplicationVersionsCommand,
  DescribeEnvironmentsCommand,
  ElasticBeanstalkClient,
  RequestEnvironmentInfoCommand,
  RetrieveEnvironmentInfoCommand,
  UpdateEnvironmentCommand,
} from '@aws-sdk/client-elastic-beanstalk';
import { startEmulator, type Emulator } from '../index.js';
import { zipFiles } from './index.js';
import { waitFor } from './testkit.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('Elastic Beanstalk behind the emulator front', () => {
  let em: Emulator;
  let eb: ElasticBeanstalkClient;
  let s3: S3Client;

  beforeAll(async () => {
    em = await startEmulator({ scenario: path.join(here, '../scenarios/beanstalk-basic.yml') });
    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    eb = new ElasticBeanstalkClient({ endpoint: em.url, region: 'us-east-1', credentials });
    s3 = new S3Client({ endpoint: em.url, region: 'us-east-1', credentials, forcePathStyle: true });
  });
  afterAll(async () => {
    eb.destroy();
    s3.destroy();
    await em.close();
  });

  test('upload, create a processed version, deploy, read the tail logs and the live page', async () => {
    const { S3Bucket } = await eb.send(new CreateStorageLocationCommand({}));
    expect(S3Bucket).toBe('elasticbeanstalk-us-east-1-123456789012');
    const body = await zipFiles({
      Procfile: 'web: node app.js\n',
      '.platform/hooks/predeploy/01_env.sh': '#!/bin/sh\necho "NODE_ENV=$NODE_ENV"\n',
    });
    await s3.send(new PutObjectCommand({ Bucket: S3Bucket, Key: 'sample-app/v2.zip', Body: body }));
    await eb.send(
      new CreateApplicationVersionCommand({
        ApplicationName: 'sample-app',
        VersionLabel: 'v2',
        SourceBundle: { S3Bucket, S3Key: 'sample-app/v2.zip' },
        Process: true,
      }),
    );
    await waitFor('PROCESSED', async () => {
      const r = await eb.send(new DescribeApplicationVersionsCommand({ ApplicationName: 'sample-app', VersionLabels: ['v2'] }));
      return (r.ApplicationVersions?.[0]?.Status as string | undefined) === 'PROCESSED' ? true : undefined;
    });
    await eb.send(new UpdateEnvironmentCommand({ EnvironmentName: 'sample-app-prod', VersionLabel: 'v2' }));
    const env = await waitFor('Ready', async () => {
      const r = await eb.send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['sample-app-prod'] }));
      const e = r.Environments?.[0];
      return e?.Status === 'Ready' ? e : undefined;
    });
    expect(env).toMatchObject({ VersionLabel: 'v2', Health: 'Green', CNAME: 'sample-app-prod.us-east-1.elasticbeanstalk.com' });
    const live = await fetch(`${em.url}/_hookline/eb/${env.CNAME}/`);
    expect(await live.text()).toContain('x-hookline-version: v2');

    await eb.send(new RequestEnvironmentInfoCommand({ EnvironmentName: 'sample-app-prod', InfoType: 'tail' }));
    const info = await waitFor('tails', async () => {
      const r = await eb.send(new RetrieveEnvironmentInfoCommand({ EnvironmentName: 'sample-app-prod', InfoType: 'tail' }));
      return (r.EnvironmentInfo?.length ?? 0) === 2 ? r.EnvironmentInfo : undefined;
    });
    const tail = await (await fetch(info?.[0]?.Message ?? '')).text();
    expect(tail).toContain('Running platform hook: .platform/hooks/predeploy/01_env.sh');
    expect(tail).toContain('[INFO] NODE_ENV=production');
  });

  test('the scenario environment that is mid-update starts Updating', async () => {
    const r = await eb.send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['sample-app-busy'] }));
    expect(r.Environments?.[0]?.Status).toBe('Updating');
  });
});
