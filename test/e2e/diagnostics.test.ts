// The failures people lose days to, end to end: caught before upload when possible, explained on
// the responsible line after the deployment otherwise.
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { runAction } from '../harness/runner.js';
import type { FaultSpec } from '../emulator/index.js';
import { emulatorFrom, sampleApp, errorsOf, deploymentsOf, shopFleet } from './helpers.js';

// The seed article's appspec: the hook location written as the instance path under files.destination.
const seedAppspec = `version: 0.0
os: linux
files:
  - source: /
    destination: /var/app/current
hooks:
  AfterInstall:
    - location: /var/app/current/scripts/start.sh
      timeout: 180
`;
const LOCATION_LINE = 8;

const scenario = (faults: FaultSpec[] = []) =>
  shopFleet(
    [
      {
        name: 'prod',
        instances: ['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002', 'i-0a1b2c3d4e5f60003'],
        deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
      },
    ],
    { faults },
  );

const inputs = (extra: Record<string, string> = {}) => ({
  application: 'shop',
  'deployment-group': 'prod',
  's3-bucket': 'shop-releases',
  'poll-interval': '50ms',
  ...extra,
});

describe('the seed failure: hook location under files.destination', () => {
  it('is caught before upload, on the location line, with the bundle-relative path', async () => {
    const emu = await emulatorFrom(scenario());
    try {
      const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp({ 'appspec.yml': seedAppspec }) });
      expect(r.main.exitCode).toBe(1);
      const errors = errorsOf(r);
      const onLine = errors.find((e) => e.properties.file === 'appspec.yml' && e.properties.line === String(LOCATION_LINE));
      expect(onLine?.message).toMatch(/deployment-archive\/var\/app\/current\/scripts\/start\.sh/);
      expect(onLine?.message).toMatch(/scripts\/start\.sh'/);
      expect(errors.at(-1)?.message).toMatch(/nothing was uploaded/);
      const s3 = new S3Client({
        endpoint: emu.url,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      });
      expect((await s3.send(new ListObjectsV2Command({ Bucket: 'shop-releases' }))).KeyCount ?? 0).toBe(0);
      expect(await deploymentsOf(emu, 'shop', 'prod')).toHaveLength(0);
    } finally {
      await emu.close();
    }
  });

  it('with validate: off, the deployment fails and the ScriptMissing diagnosis points at the same line', async () => {
    const emu = await emulatorFrom(scenario());
    try {
      const r = await runAction({
        inputs: inputs({ validate: 'off' }),
        env: emu.env,
        workspace: sampleApp({ 'appspec.yml': seedAppspec }),
      });
      expect(r.main.exitCode).toBe(1);
      const diag = errorsOf(r).find((e) => e.properties.file === 'appspec.yml');
      expect(diag?.properties.line).toBe(String(LOCATION_LINE));
      expect(diag?.message).toMatch(/script-missing|not (found|in the bundle)/i);
      expect(diag?.message).toMatch(/i-0a1b2c3d4e5f60001/);
      expect(diag?.message).toMatch(/scripts\/start\.sh/);
      expect(r.outputs.status).toBe('Failed');
      expect(r.outputs['failed-instances']?.split(',').sort()).toEqual([
        'i-0a1b2c3d4e5f60001',
        'i-0a1b2c3d4e5f60002',
        'i-0a1b2c3d4e5f60003',
      ]);
      expect(r.summary).toMatch(/script-missing/);
      // One grouped diagnosis for three identical failures, not three annotations.
      expect(errorsOf(r).filter((e) => e.properties.file === 'appspec.yml')).toHaveLength(1);
    } finally {
      await emu.close();
    }
  });
});

describe('a full disk', () => {
  it('yields a disk-full annotation naming the instances and the event', async () => {
    const emu = await emulatorFrom(scenario([{ type: 'diskFull', event: 'DownloadBundle', instances: ['i-0a1b2c3d4e5f60001'] }]));
    try {
      const r = await runAction({
        inputs: inputs({ 'deployment-config': 'CodeDeployDefault.OneAtATime' }),
        env: emu.env,
        workspace: sampleApp(),
      });
      expect(r.main.exitCode).toBe(1);
      const disk = errorsOf(r).find((e) => /disk-full\.md/.test(e.message));
      expect(disk?.message).toMatch(/i-0a1b2c3d4e5f60001/);
      expect(disk?.message).toMatch(/DownloadBundle/);
      expect(r.outputs['failed-instances']).toBe('i-0a1b2c3d4e5f60001');
    } finally {
      await emu.close();
    }
  });

  it('on one instance of an AllAtOnce deployment that succeeds, is a warning, not a red run', async () => {
    const emu = await emulatorFrom(scenario([{ type: 'diskFull', event: 'DownloadBundle', instances: ['i-0a1b2c3d4e5f60002'] }]));
    try {
      const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
      expect(r.main.exitCode).toBe(0);
      expect(r.outputs).toMatchObject({ status: 'Succeeded', 'failed-instances': 'i-0a1b2c3d4e5f60002' });
      const warning = r.annotations.find((a) => a.command === 'warning' && /disk-full\.md/.test(a.message));
      expect(warning?.message).toMatch(/i-0a1b2c3d4e5f60002/);
      expect(errorsOf(r)).toEqual([]);
    } finally {
      await emu.close();
    }
  });
});
