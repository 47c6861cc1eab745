// Every operation round-trips through the real SDK client (awsQuery form in, XML out), and modeled
// errors arrive under the SDK's names.
import {
  AbortEnvironmentUpdateCommand,
  CreateApplicationCommand,
  CreateApplicationVersionCommand,
  CreateEnvironmentCommand,
  CreateStorageLocationCommand,
  DeleteApplicationVersionCommand,
  DescribeApplicationVersionsCommand,
  DescribeApplicationsCommand,
  DescribeEnvironmentHealthCommand,
  DescribeEnvironmentsCommand,
  DescribeEventsCommand,
  DescribeInstancesHealthCommand,
  RequestEnvironmentInfoCommand,
  RetrieveEnvironmentInfoCommand,
  SwapEnvironmentCNAMEsCommand,
  TerminateEnvironmentCommand,
  UpdateEnvironmentCommand,
} from '@aws-sdk/client-elastic-beanstalk';
import { zipFiles } from './index.js';
import { type Harness, startHarness, waitFor } from './testkit.js';

const STACK = '64bit Amazon Linux 2023 v6.1.0 running Node.js 20';

async function errorOf(p: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await p;
  } catch (e) {
    const err = e as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: err.name, message: err.message, status: err.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}

describe('Elastic Beanstalk API through the SDK', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({
      limits: { applicationVersions: 4, environments: 3 },
      faults: { insufficientPrivileges: ['TerminateEnvironment'], s3BucketRegions: { 'eu-bucket': 'eu-west-1' } },
      applications: [{ name: 'shop', versions: [{ label: 'v1', files: { Procfile: 'web: node app.js\n', 'app.js': '' } }] }],
      environments: [
        { name: 'shop-blue', application: 'shop', cname: 'shop-blue', versionLabel: 'v1', instances: 2 },
        { name: 'shop-green', application: 'shop', cname: 'shop-green', versionLabel: 'v1' },
      ],
    });
  });
  afterAll(async () => {
    await h.close();
  });

  test('CreateStorageLocation names the account bucket and creates it', async () => {
    const r = await h.client.send(new CreateStorageLocationCommand({}));
    expect(r.S3Bucket).toBe('elasticbeanstalk-us-east-1-123456789012');
    expect(h.store.buckets.has('elasticbeanstalk-us-east-1-123456789012')).toBe(true);
  });

  test('CreateApplication / DescribeApplications', async () => {
    const c = await h.client.send(new CreateApplicationCommand({ ApplicationName: 'blog', Description: 'a blog' }));
    expect(c.Application?.ApplicationName).toBe('blog');
    expect(c.Application?.DateCreated).toBeInstanceOf(Date);
    expect(c.Application?.ApplicationArn).toMatch(/^arn:aws:elasticbeanstalk:us-east-1:123456789012:application\/blog$/);
    const d = await h.client.send(new DescribeApplicationsCommand({ ApplicationNames: ['shop'] }));
    expect(d.Applications?.map((a) => a.ApplicationName)).toEqual(['shop']);
    expect(d.Applications?.[0]?.Versions).toEqual(['v1']);
    const dup = await errorOf(h.client.send(new CreateApplicationCommand({ ApplicationName: 'blog' })));
    expect(dup.name).toBe('InvalidParameterValue');
    expect(dup.message).toBe('Application blog already exists.');
  });

  // The SDK's enum says "Processed"; AWS answers upper case ("PROCESSED", "UNPROCESSED"), as here.
  test('CreateApplicationVersion with Process=true goes PROCESSING → PROCESSED; DescribeApplicationVersions filters by label', async () => {
    await h.store.putObject('elasticbeanstalk-us-east-1-123456789012', 'shop/v2.zip', await zipFiles({ 'index.html': 'v2' }));
    const c = await h.client.send(
      new CreateApplicationVersionCommand({
        ApplicationName: 'shop',
        VersionLabel: 'v2',
        Description: 'second',
        SourceBundle: { S3Bucket: 'elasticbeanstalk-us-east-1-123456789012', S3Key: 'shop/v2.zip' },
        Process: true,
      }),
    );
    expect(c.ApplicationVersion?.Status).toBe('PROCESSING');
    expect(c.ApplicationVersion?.SourceBundle?.S3Key).toBe('shop/v2.zip');
    const v = await waitFor('PROCESSED', async () => {
      const d = await h.client.send(new DescribeApplicationVersionsCommand({ ApplicationName: 'shop', VersionLabels: ['v2'] }));
      const first = d.ApplicationVersions?.[0];
      return (first?.Status as string | undefined) === 'PROCESSED' ? first : undefined;
    });
    expect(v.VersionLabel).toBe('v2');
    expect(v.Description).toBe('second');
    expect(v.DateUpdated).toBeInstanceOf(Date);
    const all = await h.client.send(new DescribeApplicationVersionsCommand({ ApplicationName: 'shop' }));
    expect(all.ApplicationVersions?.map((x) => x.VersionLabel)).toEqual(['v2', 'v1']);
  });

  test('a bundle that is not a zip, or has a broken .ebextensions config, ends FAILED with an event', async () => {
    const bucket = 'elasticbeanstalk-us-east-1-123456789012';
    await h.store.putObject(bucket, 'shop/bad.tgz', Buffer.from('not a zip at all'));
    await h.store.putObject(bucket, 'shop/yaml.zip', await zipFiles({ '.ebextensions/01.config': 'commands:\n  a: [unclosed\n' }));
    for (const [label, key] of [
      ['bad', 'shop/bad.tgz'],
      ['yaml', 'shop/yaml.zip'],
    ] as const) {
      await h.client.send(
        new CreateApplicationVersionCommand({
          ApplicationName: 'shop',
          VersionLabel: label,
          SourceBundle: { S3Bucket: bucket, S3Key: key },
          Process: true,
        }),
      );
    }
    await waitFor('FAILED', async () => {
      const d = await h.client.send(new DescribeApplicationVersionsCommand({ ApplicationName: 'shop', VersionLabels: ['bad', 'yaml'] }));
      return d.ApplicationVersions?.every((x) => (x.Status as string | undefined) === 'FAILED') ? true : undefined;
    });
    const ev = await h.client.send(new DescribeEventsCommand({ ApplicationName: 'shop', VersionLabel: 'yaml', Severity: 'ERROR' }));
    expect(ev.Events?.[0]?.Message).toMatch(
      /^The configuration file \.ebextensions\/01\.config in application version yaml contains invalid YAML or JSON\./,
    );
    // Deploying a FAILED version is refused at once.
    const e = await errorOf(h.client.send(new UpdateEnvironmentCommand({ EnvironmentName: 'shop-green', VersionLabel: 'yaml' })));
    expect(e.name).toBe('InvalidParameterValue');
    await h.client.send(new DeleteApplicationVersionCommand({ ApplicationName: 'shop', VersionLabel: 'bad' }));
    await h.client.send(new DeleteApplicationVersionCommand({ ApplicationName: 'shop', VersionLabel: 'yaml', DeleteSourceBundle: true }));
    expect(await h.store.getObject(bucket, 'shop/yaml.zip')).toBeNull();
  });

  test('modeled errors of CreateApplicationVersion', async () => {
    const bucket = 'elasticbeanstalk-us-east-1-123456789012';
    const missing = await errorOf(
      h.client.send(
        new CreateApplicationVersionCommand({
          ApplicationName: 'shop',
          VersionLabel: 'v9',
          SourceBundle: { S3Bucket: bucket, S3Key: 'nope.zip' },
        }),
      ),
    );
    expect(missing.name).toBe('InvalidParameterCombination');
    expect(missing.message).toMatch(/^Unable to download from S3 location \(Bucket: .* Key: nope\.zip\)/);
    const region = await errorOf(
      h.client.send(
        new CreateApplicationVersionCommand({
          ApplicationName: 'shop',
          VersionLabel: 'v9',
          SourceBundle: { S3Bucket: 'eu-bucket', S3Key: 'x.zip' },
        }),
      ),
    );
    expect(region.name).toBe('S3LocationNotInServiceRegionException');
    const exists = await errorOf(
      h.client.send(
        new CreateApplicationVersionCommand({
          ApplicationName: 'shop',
          VersionLabel: 'v1',
          SourceBundle: { S3Bucket: bucket, S3Key: 'shop/v1.zip' },
        }),
      ),
    );
    expect(exists).toMatchObject({ name: 'InvalidParameterValue', message: 'Application Version v1 already exists.' });
    const noApp = await errorOf(
      h.client.send(
        new CreateApplicationVersionCommand({
          ApplicationName: 'ghost',
          VersionLabel: 'v1',
          SourceBundle: { S3Bucket: bucket, S3Key: 'shop/v1.zip' },
        }),
      ),
    );
    expect(noApp).toMatchObject({ name: 'InvalidParameterValue', message: "No Application named 'ghost' found." });
    // Quota: 4 versions per account in this scenario (v1, v2 exist).
    for (const l of ['q1', 'q2']) {
      await h.client.send(
        new CreateApplicationVersionCommand({
          ApplicationName: 'shop',
          VersionLabel: l,
          SourceBundle: { S3Bucket: bucket, S3Key: 'shop/v1.zip' },
        }),
      );
    }
    const quota = await errorOf(
      h.client.send(
        new CreateApplicationVersionCommand({
          ApplicationName: 'shop',
          VersionLabel: 'q3',
          SourceBundle: { S3Bucket: bucket, S3Key: 'shop/v1.zip' },
        }),
      ),
    );
    expect(quota.name).toBe('TooManyApplicationVersionsException');
    for (const l of ['q1', 'q2']) await h.client.send(new DeleteApplicationVersionCommand({ ApplicationName: 'shop', VersionLabel: l }));
  });

  test('DeleteApplicationVersion refuses a version environments run, and an unknown one', async () => {
    const used = await errorOf(h.client.send(new DeleteApplicationVersionCommand({ ApplicationName: 'shop', VersionLabel: 'v1' })));
    expect(used.name).toBe('InvalidParameterValue');
    expect(used.message).toContain('shop-blue');
    const unknown = await errorOf(h.client.send(new DeleteApplicationVersionCommand({ ApplicationName: 'shop', VersionLabel: 'zz' })));
    expect(unknown).toMatchObject({ name: 'InvalidParameterValue', message: "No Application Version named 'zz' found." });
  });

  test('DescribeEnvironments by names and ids, with every field the action reads', async () => {
    const r = await h.client.send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['shop-blue'] }));
    const e = r.Environments?.[0];
    expect(e).toMatchObject({
      EnvironmentName: 'shop-blue',
      ApplicationName: 'shop',
      VersionLabel: 'v1',
      SolutionStackName: STACK,
      PlatformArn: 'arn:aws:elasticbeanstalk:us-east-1::platform/Node.js 20 running on 64bit Amazon Linux 2023/6.1.0',
      CNAME: 'shop-blue.us-east-1.elasticbeanstalk.com',
      Status: 'Ready',
      Health: 'Green',
      HealthStatus: 'Ok',
      AbortableOperationInProgress: false,
      Tier: { Name: 'WebServer', Type: 'Standard', Version: '1.0' },
    });
    expect(e?.EnvironmentId).toMatch(/^e-[a-z0-9]{10}$/);
    expect(e?.EndpointURL).toMatch(/elb\.amazonaws\.com$/);
    expect(e?.DateUpdated).toBeInstanceOf(Date);
    const byId = await h.client.send(new DescribeEnvironmentsCommand({ EnvironmentIds: [e?.EnvironmentId ?? ''] }));
    expect(byId.Environments?.map((x) => x.EnvironmentName)).toEqual(['shop-blue']);
    const byApp = await h.client.send(new DescribeEnvironmentsCommand({ ApplicationName: 'shop' }));
    expect(byApp.Environments?.map((x) => x.EnvironmentName).sort()).toEqual(['shop-blue', 'shop-green']);
  });

  test('DescribeEnvironmentHealth and DescribeInstancesHealth honour AttributeNames as AWS does', async () => {
    const bare = await h.client.send(new DescribeEnvironmentHealthCommand({ EnvironmentName: 'shop-blue' }));
    expect(bare.EnvironmentName).toBe('shop-blue');
    expect(bare.HealthStatus).toBeUndefined();
    const full = await h.client.send(new DescribeEnvironmentHealthCommand({ EnvironmentName: 'shop-blue', AttributeNames: ['All'] }));
    expect(full).toMatchObject({ HealthStatus: 'Ok', Status: 'Ready', Color: 'Green', InstancesHealth: { Ok: 2, Severe: 0 } });
    expect(full.RefreshedAt).toBeInstanceOf(Date);
    const inst = await h.client.send(new DescribeInstancesHealthCommand({ EnvironmentName: 'shop-blue', AttributeNames: ['All'] }));
    expect(inst.InstanceHealthList).toHaveLength(2);
    expect(inst.InstanceHealthList?.[0]).toMatchObject({
      HealthStatus: 'Ok',
      Color: 'Green',
      Deployment: { VersionLabel: 'v1', Status: 'Deployed', DeploymentId: 1 },
    });
    expect(inst.InstanceHealthList?.[0]?.InstanceId).toMatch(/^i-0[0-9a-f]{16}$/);
    const missing = await errorOf(h.client.send(new DescribeInstancesHealthCommand({ EnvironmentName: 'nope' })));
    expect(missing.name).toBe('InvalidRequestException');
  });

  test('CreateEnvironment launches, then TerminateEnvironment is refused by the privileges fault', async () => {
    const c = await h.client.send(
      new CreateEnvironmentCommand({
        ApplicationName: 'shop',
        EnvironmentName: 'shop-pr-7',
        VersionLabel: 'v2',
        SolutionStackName: STACK,
        CNAMEPrefix: 'shop-pr-7',
      }),
    );
    expect(c).toMatchObject({
      EnvironmentName: 'shop-pr-7',
      Status: 'Launching',
      VersionLabel: 'v2',
      CNAME: 'shop-pr-7.us-east-1.elasticbeanstalk.com',
    });
    const ready = await waitFor('Ready', async () => {
      const d = await h.client.send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['shop-pr-7'] }));
      return d.Environments?.[0]?.Status === 'Ready' ? d.Environments[0] : undefined;
    });
    expect(ready).toMatchObject({ Health: 'Green', HealthStatus: 'Ok', VersionLabel: 'v2' });
    const ev = await h.client.send(new DescribeEventsCommand({ EnvironmentName: 'shop-pr-7' }));
    expect(ev.Events?.[0]?.Message).toBe('Successfully launched environment: shop-pr-7');
    expect(ev.Events?.at(-1)?.Message).toBe('createEnvironment is starting.');
    const dup = await errorOf(
      h.client.send(new CreateEnvironmentCommand({ ApplicationName: 'shop', EnvironmentName: 'shop-pr-7', SolutionStackName: STACK })),
    );
    expect(dup).toMatchObject({ name: 'InvalidParameterValue', message: 'Environment shop-pr-7 already exists.' });
    const quota = await errorOf(
      h.client.send(new CreateEnvironmentCommand({ ApplicationName: 'shop', EnvironmentName: 'shop-pr-8', SolutionStackName: STACK })),
    );
    expect(quota.name).toBe('TooManyEnvironmentsException');
    const denied = await errorOf(h.client.send(new TerminateEnvironmentCommand({ EnvironmentName: 'shop-pr-7' })));
    expect(denied).toMatchObject({ name: 'InsufficientPrivilegesException', status: 403 });
  });

  test('TerminateEnvironment: Terminating, then Terminated (still listed unless IncludeDeleted=false)', async () => {
    h.service.setServiceFaults({ insufficientPrivileges: [] });
    const t = await h.client.send(new TerminateEnvironmentCommand({ EnvironmentName: 'shop-pr-7' }));
    expect(t.Status).toBe('Terminating');
    await waitFor('Terminated', async () => {
      const d = await h.client.send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['shop-pr-7'] }));
      return d.Environments?.[0]?.Status === 'Terminated' ? true : undefined;
    });
    const hidden = await h.client.send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['shop-pr-7'], IncludeDeleted: false }));
    expect(hidden.Environments).toEqual([]);
    const gone = await errorOf(h.client.send(new UpdateEnvironmentCommand({ EnvironmentName: 'shop-pr-7', VersionLabel: 'v1' })));
    expect(gone).toMatchObject({ name: 'InvalidParameterValue', message: "No Environment found for EnvironmentName = 'shop-pr-7'." });
  });

  test('UpdateEnvironment on an environment that is not Ready: the real wording', async () => {
    await h.client.send(new UpdateEnvironmentCommand({ EnvironmentName: 'shop-green', VersionLabel: 'v2' }));
    const busy = await errorOf(h.client.send(new UpdateEnvironmentCommand({ EnvironmentName: 'shop-green', VersionLabel: 'v1' })));
    expect(busy).toMatchObject({
      name: 'InvalidParameterValue',
      message: 'Environment named shop-green is in an invalid state for this operation. Must be Ready.',
    });
    const swap = await errorOf(
      h.client.send(new SwapEnvironmentCNAMEsCommand({ SourceEnvironmentName: 'shop-blue', DestinationEnvironmentName: 'shop-green' })),
    );
    expect(swap.name).toBe('InvalidParameterValue');
    await h.client.send(new AbortEnvironmentUpdateCommand({ EnvironmentName: 'shop-green' }));
    await waitFor('Ready after abort', async () => {
      const d = await h.client.send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['shop-green'] }));
      return d.Environments?.[0]?.Status === 'Ready' ? true : undefined;
    });
    const notAbortable = await errorOf(h.client.send(new AbortEnvironmentUpdateCommand({ EnvironmentName: 'shop-green' })));
    expect(notAbortable.name).toBe('InvalidParameterValue');
  });

  test('RequestEnvironmentInfo + RetrieveEnvironmentInfo: one presigned tail URL per instance', async () => {
    await h.client.send(new RequestEnvironmentInfoCommand({ EnvironmentName: 'shop-blue', InfoType: 'tail' }));
    const info = await waitFor('tail entries', async () => {
      const r = await h.client.send(new RetrieveEnvironmentInfoCommand({ EnvironmentName: 'shop-blue', InfoType: 'tail' }));
      return (r.EnvironmentInfo?.length ?? 0) >= 2 ? r.EnvironmentInfo : undefined;
    });
    for (const e of info ?? []) {
      expect(e.InfoType).toBe('tail');
      expect(e.Ec2InstanceId).toMatch(/^i-0/);
      expect(e.SampleTimestamp).toBeInstanceOf(Date);
      expect(e.Message).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/_hookline\/eb\/logs\/tail\/e-[a-z0-9]+\/i-0[0-9a-f]+\/TailLogs-\d+\.out\?X-Amz-Algorithm=AWS4-HMAC-SHA256&/,
      );
      const got = await h.get(e.Message ?? '');
      expect(got.status).toBe(200);
    }
  });

  test('DescribeEvents: newest first, StartTime / Severity / RequestId filters, pagination', async () => {
    const all = await h.client.send(new DescribeEventsCommand({ ApplicationName: 'shop' }));
    const dates = (all.Events ?? []).map((e) => e.EventDate?.getTime() ?? 0);
    expect(dates.length).toBeGreaterThan(5);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const mid = dates[Math.floor(dates.length / 2)] ?? 0;
    const since = await h.client.send(new DescribeEventsCommand({ ApplicationName: 'shop', StartTime: new Date(mid) }));
    expect(since.Events?.every((e) => (e.EventDate?.getTime() ?? 0) >= mid)).toBe(true);
    const errors = await h.client.send(new DescribeEventsCommand({ ApplicationName: 'shop', Severity: 'ERROR' }));
    expect(errors.Events?.every((e) => e.Severity === 'ERROR' || e.Severity === 'FATAL')).toBe(true);
    const page = await h.client.send(new DescribeEventsCommand({ ApplicationName: 'shop', MaxRecords: 2 }));
    expect(page.Events).toHaveLength(2);
    expect(page.NextToken).toBeDefined();
    const next = await h.client.send(new DescribeEventsCommand({ ApplicationName: 'shop', MaxRecords: 2, NextToken: page.NextToken }));
    expect(next.Events?.[0]?.EventDate?.getTime()).toBe(dates[2]);
    const rid = all.Events?.find((e) => e.RequestId)?.RequestId;
    const byReq = await h.client.send(new DescribeEventsCommand({ RequestId: rid }));
    expect(byReq.Events?.every((e) => e.RequestId === rid)).toBe(true);
  });

  test('every XML answer carries its Result wrapper (no silently undefined fields)', async () => {
    const r = await fetch(h.baseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=DescribeEnvironments&Version=2010-12-01&EnvironmentNames.member.1=shop-blue',
    });
    const xml = await r.text();
    expect(xml).toMatch(
      /^<DescribeEnvironmentsResponse xmlns="http:\/\/elasticbeanstalk\.amazonaws\.com\/docs\/2010-12-01\/"><DescribeEnvironmentsResult><Environments><member>/,
    );
    expect(xml).toMatch(/<ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId><\/ResponseMetadata><\/DescribeEnvironmentsResponse>$/);
    const bad = await fetch(h.baseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=NoSuchThing&Version=2010-12-01',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/<ErrorResponse xmlns=".*"><Error><Type>Sender<\/Type><Code>InvalidAction<\/Code>/);
  });
});

describe('modeled errors with non-obvious wire codes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(
      {
        timing: { instanceDeploy: 30 },
        applications: [{ name: 'app', versions: [{ label: 'v1' }, { label: 'v2' }] }],
        environments: [{ name: 'app-prod', application: 'app', versionLabel: 'v1' }],
        faults: { throttle: { everyNth: 2, operations: ['DescribeApplications'] } },
      },
      0.01,
    );
  });
  afterAll(async () => {
    await h.close();
  });

  test('a version being deployed: OperationInProgressFailure arrives as OperationInProgressException', async () => {
    await h.client.send(new UpdateEnvironmentCommand({ EnvironmentName: 'app-prod', VersionLabel: 'v2' }));
    // The environment's label stays v1 until the deploy succeeds; v2 is the one in flight.
    const e = await errorOf(h.client.send(new DeleteApplicationVersionCommand({ ApplicationName: 'app', VersionLabel: 'v2' })));
    expect(e.name).toBe('OperationInProgressException');
    await h.service.idle();
  });

  test('Throttling is retried by the SDK', async () => {
    const r = await h.client.send(new DescribeApplicationsCommand({}));
    const r2 = await h.client.send(new DescribeApplicationsCommand({}));
    expect(r.Applications).toHaveLength(1);
    expect(r2.Applications).toHaveLength(1);
    expect(h.service.calls.filter((c) => c.error === 'Throttling').length).toBeGreaterThan(0);
  });
});
