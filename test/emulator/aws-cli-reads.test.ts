// Every read operation of the CodeDeploy and Elastic Beanstalk models answered from the emulator's
// state, checked by independent clients: each AWS CLI major version found on the machine (v1 and
// v2 parse with their own botocore models), with arbitrary credentials, as a user pointing their
// own `aws` at `npm run emulator` would. .ci/run installs Debian's awscli (v2) when it is missing.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmulator, type Emulator } from './index.js';
import { makeZip, okBundleFiles } from './testkit.js';

const execFileAsync = promisify(execFile);

interface Cli {
  bin: string;
  major: number;
  version: string;
}

/** Every `aws` on PATH plus Debian's, one per major version. */
function findClis(): Cli[] {
  const candidates = new Set<string>(['/usr/bin/aws', '/usr/local/bin/aws']);
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir) candidates.add(path.join(dir, 'aws'));
  const byMajor = new Map<number, Cli>();
  for (const bin of candidates) {
    if (!fs.existsSync(bin)) continue;
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 30000 });
    const m = /aws-cli\/(\d+)\.(\S+)/.exec(`${r.stdout}${r.stderr}`);
    if (r.status !== 0 || !m) continue;
    const major = Number(m[1]);
    if (!byMajor.has(major)) byMajor.set(major, { bin, major, version: `${m[1]}.${m[2]}` });
  }
  return [...byMajor.values()].sort((a, b) => a.major - b.major);
}

const clis = findClis();
if (clis.length === 0) console.warn('skipping: no AWS CLI on this machine (.ci/run installs Debian awscli)');
if (clis.length === 1) console.warn(`only AWS CLI v${clis[0]!.major} found; the other major version is not checked here`);

let emu: Emulator;
let work: string;
let deploymentId: string;
const INSTANCE = 'i-0feed0000000000a1';

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'hookline-aws-cli-'));
  fs.writeFileSync(path.join(work, 'bundle.zip'), await makeZip(okBundleFiles()));
  emu = await startEmulator({
    scenario: {
      timeScale: 0.001,
      s3: { buckets: ['rel'] },
      codedeploy: { applications: [{ name: 'shop', deploymentGroups: [{ name: 'prod', instances: [INSTANCE] }] }] },
      beanstalk: {
        applications: [{ name: 'web' }],
        environments: [{ name: 'web-prod', application: 'web', solutionStack: '64bit Amazon Linux 2023 v6.1.0 running Node.js 20' }],
      },
    },
  });
}, 60000);
afterAll(async () => {
  await emu?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe.each(clis.map((c) => [`AWS CLI v${c.major} (${c.version})`, c] as const))('%s', (_name, cli) => {
  const env = (): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: work,
    // Arbitrary, well-formed credentials: the emulator accepts any.
    AWS_ACCESS_KEY_ID: `AKIA${cli.major}EXAMPLEKEY0000`,
    AWS_SECRET_ACCESS_KEY: 'any-secret-the-user-happens-to-have',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(work, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'none'),
    AWS_PAGER: '',
  });
  // Asynchronous: the emulator answers from this process, so a blocking spawn would starve it.
  const aws = async (...args: string[]): Promise<Record<string, unknown>> => {
    try {
      const { stdout } = await execFileAsync(cli.bin, [...args, '--endpoint-url', emu.url, '--output', 'json'], {
        env: env(),
        timeout: 90000,
      });
      return stdout.trim().startsWith('{') ? (JSON.parse(stdout) as Record<string, unknown>) : {};
    } catch (err) {
      const e = err as { code?: unknown; stderr?: string };
      throw new Error(`aws ${args.join(' ')} exited ${String(e.code)}: ${e.stderr ?? String(err)}`);
    }
  };

  test('upload, register, create a deployment and wait for it (any credentials)', async () => {
    await aws('s3', 'cp', path.join(work, 'bundle.zip'), `s3://rel/shop/v${cli.major}.zip`);
    const loc = `bucket=rel,key=shop/v${cli.major}.zip,bundleType=zip`;
    await aws('deploy', 'register-application-revision', '--application-name', 'shop', '--s3-location', loc);
    const created = await aws(
      'deploy',
      'create-deployment',
      '--application-name',
      'shop',
      '--deployment-group-name',
      'prod',
      '--s3-location',
      loc,
    );
    deploymentId = created.deploymentId as string;
    expect(deploymentId).toMatch(/^d-/);
    await aws('deploy', 'wait', 'deployment-successful', '--deployment-id', deploymentId);
    expect(await aws('deploy', 'get-deployment', '--deployment-id', deploymentId)).toMatchObject({
      deploymentInfo: { status: 'Succeeded' },
    });
  }, 120000);

  test('every CodeDeploy read operation', async () => {
    const loc = `bucket=rel,key=shop/v${cli.major}.zip,bundleType=zip`;
    expect((await aws('deploy', 'list-applications')).applications).toContain('shop');
    expect(await aws('deploy', 'batch-get-applications', '--application-names', 'shop')).toMatchObject({
      applicationsInfo: [{ applicationName: 'shop' }],
    });
    expect(await aws('deploy', 'get-application', '--application-name', 'shop')).toMatchObject({
      application: { applicationName: 'shop' },
    });
    expect(await aws('deploy', 'list-deployment-groups', '--application-name', 'shop')).toMatchObject({ deploymentGroups: ['prod'] });
    expect(
      await aws('deploy', 'batch-get-deployment-groups', '--application-name', 'shop', '--deployment-group-names', 'prod'),
    ).toMatchObject({
      deploymentGroupsInfo: [{ deploymentGroupName: 'prod' }],
    });
    expect(await aws('deploy', 'get-deployment-group', '--application-name', 'shop', '--deployment-group-name', 'prod')).toMatchObject({
      deploymentGroupInfo: { deploymentGroupName: 'prod' },
    });
    expect((await aws('deploy', 'list-deployment-configs')).deploymentConfigsList).toContain('CodeDeployDefault.HalfAtATime');
    expect(await aws('deploy', 'get-deployment-config', '--deployment-config-name', 'CodeDeployDefault.HalfAtATime')).toMatchObject({
      deploymentConfigInfo: { minimumHealthyHosts: { type: 'FLEET_PERCENT', value: 50 } },
    });
    expect(
      (await aws('deploy', 'list-deployments', '--application-name', 'shop', '--deployment-group-name', 'prod')).deployments,
    ).toContain(deploymentId);
    expect(await aws('deploy', 'batch-get-deployments', '--deployment-ids', deploymentId)).toMatchObject({
      deploymentsInfo: [{ deploymentId }],
    });
    expect(await aws('deploy', 'list-deployment-instances', '--deployment-id', deploymentId)).toMatchObject({ instancesList: [INSTANCE] });
    expect(await aws('deploy', 'get-deployment-instance', '--deployment-id', deploymentId, '--instance-id', INSTANCE)).toMatchObject({
      instanceSummary: { status: 'Succeeded' },
    });
    expect(
      await aws('deploy', 'batch-get-deployment-instances', '--deployment-id', deploymentId, '--instance-ids', INSTANCE),
    ).toMatchObject({
      instancesSummary: [{ status: 'Succeeded' }],
    });
    expect(await aws('deploy', 'list-deployment-targets', '--deployment-id', deploymentId)).toMatchObject({ targetIds: [INSTANCE] });
    expect(await aws('deploy', 'get-deployment-target', '--deployment-id', deploymentId, '--target-id', INSTANCE)).toMatchObject({
      deploymentTarget: { instanceTarget: { targetId: INSTANCE, status: 'Succeeded' } },
    });
    expect(await aws('deploy', 'batch-get-deployment-targets', '--deployment-id', deploymentId, '--target-ids', INSTANCE)).toMatchObject({
      deploymentTargets: [{ instanceTarget: { targetId: INSTANCE } }],
    });
    expect((await aws('deploy', 'list-application-revisions', '--application-name', 'shop')).revisions).toEqual(
      expect.arrayContaining([expect.objectContaining({ s3Location: expect.objectContaining({ key: `shop/v${cli.major}.zip` }) })]),
    );
    expect(await aws('deploy', 'get-application-revision', '--application-name', 'shop', '--s3-location', loc)).toMatchObject({
      revisionInfo: { deploymentGroups: ['prod'] },
    });
    const revJson = JSON.stringify([
      { revisionType: 'S3', s3Location: { bucket: 'rel', key: `shop/v${cli.major}.zip`, bundleType: 'zip' } },
    ]);
    expect(await aws('deploy', 'batch-get-application-revisions', '--application-name', 'shop', '--revisions', revJson)).toMatchObject({
      revisions: [{ genericRevisionInfo: { deploymentGroups: ['prod'] } }],
    });
    expect(await aws('deploy', 'list-on-premises-instances')).toMatchObject({ instanceNames: [] });
    expect(await aws('deploy', 'batch-get-on-premises-instances', '--instance-names', 'lab-1')).toMatchObject({ instanceInfos: [] });
    expect(await aws('deploy', 'list-git-hub-account-token-names')).toMatchObject({ tokenNameList: [] });
    expect(
      await aws('deploy', 'list-tags-for-resource', '--resource-arn', 'arn:aws:codedeploy:us-east-1:123456789012:application:shop'),
    ).toMatchObject({ Tags: [] });
  }, 180000);

  test('every Elastic Beanstalk read operation', async () => {
    const eb = (...a: string[]) => aws('elasticbeanstalk', ...a);
    expect(await eb('describe-applications')).toMatchObject({ Applications: [{ ApplicationName: 'web' }] });
    expect(await eb('describe-application-versions', '--application-name', 'web')).toHaveProperty('ApplicationVersions');
    expect(await eb('describe-environments', '--environment-names', 'web-prod')).toMatchObject({
      Environments: [{ EnvironmentName: 'web-prod' }],
    });
    expect(await eb('describe-environment-resources', '--environment-name', 'web-prod')).toMatchObject({
      EnvironmentResources: { EnvironmentName: 'web-prod' },
    });
    expect(await eb('describe-environment-health', '--environment-name', 'web-prod', '--attribute-names', 'All')).toHaveProperty(
      'HealthStatus',
    );
    expect(await eb('describe-instances-health', '--environment-name', 'web-prod', '--attribute-names', 'All')).toHaveProperty(
      'InstanceHealthList',
    );
    expect(await eb('describe-events', '--environment-name', 'web-prod')).toHaveProperty('Events');
    expect(await eb('describe-configuration-settings', '--application-name', 'web', '--environment-name', 'web-prod')).toHaveProperty(
      'ConfigurationSettings',
    );
    expect(await eb('describe-environment-managed-actions', '--environment-name', 'web-prod')).toMatchObject({ ManagedActions: [] });
    expect(await eb('describe-environment-managed-action-history', '--environment-name', 'web-prod')).toMatchObject({
      ManagedActionHistoryItems: [],
    });
    expect(await eb('check-dns-availability', '--cname-prefix', 'free-name')).toMatchObject({ Available: true });
    expect(await eb('describe-account-attributes')).toHaveProperty('ResourceQuotas');
    expect(((await eb('list-available-solution-stacks')).SolutionStacks as string[])[0]).toContain('Node.js 20');
    const platforms = (await eb('list-platform-versions')).PlatformSummaryList as { PlatformArn: string }[];
    expect(platforms.length).toBeGreaterThan(0);
    expect(await eb('describe-platform-version', '--platform-arn', platforms[0]!.PlatformArn)).toMatchObject({
      PlatformDescription: { PlatformBranchLifecycleState: 'Supported' },
    });
    expect(await eb('list-platform-branches')).toMatchObject({ PlatformBranchSummaryList: [{ LifecycleState: 'Supported' }] });
    expect(
      await eb('list-tags-for-resource', '--resource-arn', 'arn:aws:elasticbeanstalk:us-east-1:123456789012:application/web'),
    ).toHaveProperty('ResourceTags');
    expect(
      await eb('validate-configuration-settings', '--application-name', 'web', '--environment-name', 'web-prod', '--option-settings', '[]'),
    ).toMatchObject({
      Messages: [],
    });
  }, 180000);
});

// jest needs at least one test in a file even when no CLI is installed.
test('finds the AWS CLIs on this machine without error', () => {
  for (const c of clis) expect(c.major).toBeGreaterThanOrEqual(1);
});
