// The hostile network faults (faults.ts, hostile.ts) as the real SDK clients meet them: declared in
// a scenario or added at runtime, each hits only the calls its window names. Slow and huge tail
// logs are exercised end to end in test/e2e/network.test.ts.
import { CodeDeployClient, GetApplicationCommand } from '@aws-sdk/client-codedeploy';
import { DescribeEnvironmentsCommand, ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startEmulator, type Emulator } from './index.js';

let emu: Emulator;
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', sessionToken: 'SESSION-TOKEN-0042' };
const client = <T>(C: new (c: Record<string, unknown>) => T, extra: Record<string, unknown> = {}) =>
  new C({ endpoint: emu.url, region: 'us-east-1', credentials, maxAttempts: 1, ...extra });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error & { $metadata?: { httpStatusCode?: number } },
  );

beforeAll(async () => {
  emu = await startEmulator({
    scenario: {
      timeScale: 0.001,
      s3: { buckets: ['b'] },
      codedeploy: { applications: [{ name: 'shop', deploymentGroups: [{ name: 'prod', instances: 1 }] }] },
      faults: [{ type: 'serverError', service: 'codedeploy', operation: 'GetApplication', after: 1, count: 2, status: 500 }],
    },
  });
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

test('a 5xx storm answers the calls in its window only, in each service’s format', async () => {
  const cd = client(CodeDeployClient);
  await expect(cd.send(new GetApplicationCommand({ applicationName: 'shop' }))).resolves.toBeDefined();
  for (let i = 0; i < 2; i++)
    expect(await failure(cd.send(new GetApplicationCommand({ applicationName: 'shop' })))).toMatchObject({
      name: 'InternalFailure',
      $metadata: { httpStatusCode: 500 },
    });
  await expect(cd.send(new GetApplicationCommand({ applicationName: 'shop' }))).resolves.toBeDefined();
  emu.faults.add({ type: 'serverError', service: 's3', operation: 'HeadObject', status: 503 });
  expect(await failure(client(S3Client, { forcePathStyle: true }).send(new HeadObjectCommand({ Bucket: 'b', Key: 'k' })))).toMatchObject({
    $metadata: { httpStatusCode: 503 },
  });
});

test('a malformed answer cannot be parsed; a hung one is never answered; an echoing one repeats the headers', async () => {
  const cd = client(CodeDeployClient, { requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true } });
  emu.faults.add({ type: 'malformed', operation: 'GetApplication', count: 1 });
  expect((await failure(cd.send(new GetApplicationCommand({ applicationName: 'shop' }))))?.name).toBe('SyntaxError');
  emu.faults.add({ type: 'malformed', service: 'beanstalk', operation: 'DescribeEnvironments', count: 1 });
  expect((await failure(client(ElasticBeanstalkClient).send(new DescribeEnvironmentsCommand({}))))?.message).toMatch(/XML parse error/);
  emu.faults.add({ type: 'hang', operation: 'GetApplication', count: 1 });
  expect((await failure(cd.send(new GetApplicationCommand({ applicationName: 'shop' }))))?.name).toBe('TimeoutError');
  emu.faults.add({ type: 'echoHeaders', operation: 'GetApplication', count: 1 });
  expect((await failure(cd.send(new GetApplicationCommand({ applicationName: 'shop' }))))?.message).toContain(
    'x-amz-security-token: SESSION-TOKEN-0042',
  );
  expect(emu.calls.records.filter((c) => c.fault).map((c) => c.fault)).toEqual(
    expect.arrayContaining(['malformed', 'hang', 'echoHeaders']),
  );
});
