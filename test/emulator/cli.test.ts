// The standalone emulator (`npm run emulator -- --scenario FILE`) driven by an independent client:
// the AWS CLI parses with botocore's models, so a shape error shows up here.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateDeploymentCommand } from '@aws-sdk/client-codedeploy';
import { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { S3Client } from '@aws-sdk/client-s3';
import { makeZip, okBundleFiles, uploadBundle, waitForDeployment } from './testkit.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
const SCENARIO = path.join(here, 'scenarios', 'basic.yml');

const hasAws = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;

let child: ChildProcess;
let url: string;
let work: string;

function awsEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: work,
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(work, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'none'),
  };
}

function aws(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync('aws', [...args, '--endpoint-url', url, '--output', 'json'], { env: awsEnv(), encoding: 'utf8', timeout: 60000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'hookline-cli-test-'));
  child = spawn(process.execPath, [tsxCli, path.join(here, 'cli.ts'), '--scenario', SCENARIO, '--port', '0'], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${out}`)), 30000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /^hookline-emulator listening (http:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => reject(new Error(`emulator exited ${code}: ${out}`)));
  });
}, 40000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  await fs.rm(work, { recursive: true, force: true });
});

test('prints exactly one listening line on 127.0.0.1', () => {
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

describe('AWS CLI against the emulator', () => {
  let deploymentId: string;

  beforeAll(async () => {
    const common = { endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } };
    const s3 = new S3Client({ ...common, forcePathStyle: true });
    const cd = new CodeDeployClient(common);
    const loc = await uploadBundle(
      s3,
      'hookline-releases',
      'sample/1.zip',
      await makeZip(okBundleFiles({ 'scripts/validate.sh': '#!/bin/sh\necho nope >&2\nexit 3\n' })),
    );
    const r = await cd.send(
      new CreateDeploymentCommand({
        applicationName: 'sample-app',
        deploymentGroupName: 'production',
        revision: { revisionType: 'S3', s3Location: loc },
      }),
    );
    deploymentId = r.deploymentId!;
    await waitForDeployment(cd, deploymentId);
  }, 30000);

  const maybe = hasAws ? test : test.skip;
  if (!hasAws) console.warn('skipping AWS CLI checks: `aws` is not on PATH (CI installs the Debian awscli package)');

  maybe('aws deploy get-deployment', () => {
    const r = aws('deploy', 'get-deployment', '--deployment-id', deploymentId);
    expect(r.stderr).toBe('');
    const info = JSON.parse(r.stdout).deploymentInfo;
    expect(info).toMatchObject({
      deploymentId,
      status: 'Failed',
      errorInformation: { code: 'HEALTH_CONSTRAINTS' },
      deploymentOverview: { Failed: 1, Skipped: 2 },
    });
  });

  maybe('aws deploy list-deployment-targets and batch-get-deployment-targets', () => {
    const l = aws('deploy', 'list-deployment-targets', '--deployment-id', deploymentId);
    expect(l.stderr).toBe('');
    const ids = JSON.parse(l.stdout).targetIds as string[];
    expect(ids).toEqual(['i-0aaaaaaaaaaaaaaa1', 'i-0aaaaaaaaaaaaaaa2', 'i-0aaaaaaaaaaaaaaa3']);
    const b = aws('deploy', 'batch-get-deployment-targets', '--deployment-id', deploymentId, '--target-ids', ...ids);
    expect(b.stderr).toBe('');
    const targets = JSON.parse(b.stdout).deploymentTargets;
    const failed = targets[0].instanceTarget.lifecycleEvents.find((e: { status: string }) => e.status === 'Failed');
    expect(failed).toMatchObject({
      lifecycleEventName: 'ValidateService',
      diagnostics: { errorCode: 'ScriptFailed', message: 'Script at specified location: scripts/validate.sh failed with exit code 3' },
    });
    expect(failed.diagnostics.logTail).toContain('[stderr]nope');
    const tooMany = aws(
      'deploy',
      'batch-get-deployment-targets',
      '--deployment-id',
      deploymentId,
      '--target-ids',
      ...Array.from({ length: 26 }, (_, i) => `i-${i}`),
    );
    expect(tooMany.status).not.toBe(0);
    expect(tooMany.stderr).toContain('DeploymentTargetListSizeExceededException');
  });

  maybe('aws s3 cp up and down keeps the bytes', async () => {
    const src = path.join(work, 'up.bin');
    const data = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    await fs.writeFile(src, data);
    const up = aws('s3', 'cp', src, 's3://hookline-releases/cli/up.bin');
    expect(up.status).toBe(0);
    const dst = path.join(work, 'down.bin');
    const down = aws('s3', 'cp', 's3://hookline-releases/cli/up.bin', dst);
    expect(down.status).toBe(0);
    expect((await fs.readFile(dst)).equals(data)).toBe(true);
  });
});

test('SIGTERM shuts it down cleanly', async () => {
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', (c) => resolve(c));
    child.kill('SIGTERM');
  });
  expect(code).toBe(0);
}, 15000);
