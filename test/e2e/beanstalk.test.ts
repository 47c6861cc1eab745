// The Elastic Beanstalk release, end to end: the built action run as GitHub's runner runs it,
// against the local emulator (S3 + Beanstalk with simulated instances that really run the
// bundle's .ebextensions commands and .platform hooks).
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DescribeEnvironmentsCommand, ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { runAction, type RunResult } from '../harness/runner.js';
import { startEmulator, type Emulator } from '../emulator/index.js';

import { jest } from '@jest/globals';

jest.setTimeout(120_000);

const APP = {
  Procfile: 'web: node app.js\n',
  'app.js': "require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 8080);\n",
  'package.json': '{"name":"shop","version":"1.0.0"}\n',
};

type Files = Record<string, string | { content: string; mode: number }>;

function workspaceWith(files: Files): string {
  const ws = mkdtempSync(join(tmpdir(), 'hookline-eb-ws-'));
  for (const [rel, f] of Object.entries(files)) {
    const full = join(ws, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, typeof f === 'string' ? f : f.content);
    chmodSync(full, typeof f === 'string' ? 0o644 : f.mode);
  }
  return ws;
}

interface EnvSpec {
  instances?: number;
  faults?: Record<string, unknown>;
  /** Scenario seconds per step (see test/emulator/beanstalk/scenario.ts). */
  timing?: Record<string, number>;
}

async function emulatorWith(env: EnvSpec = {}, timeScale = 0.01): Promise<Emulator> {
  return startEmulator({
    scenario: {
      timeScale,
      beanstalk: {
        ...(env.timing ? { timing: env.timing } : {}),
        applications: [{ name: 'shop', versions: [{ label: 'v1', files: APP }] }],
        environments: [
          {
            name: 'shop-prod',
            application: 'shop',
            cname: 'shop-prod',
            instances: env.instances ?? 2,
            versionLabel: 'v1',
            ...(env.faults ? { faults: env.faults } : {}),
          },
        ],
      },
    },
  });
}

const inputs = { application: 'shop', environment: 'shop-prod', region: 'us-east-1', 'poll-interval': '50ms', timeout: '2m' };

function run(
  em: Emulator,
  workspace: string,
  extra: Record<string, string> = {},
  more: Partial<Parameters<typeof runAction>[0]> = {},
): Promise<RunResult> {
  return runAction({ workspace, inputs: { ...inputs, ...extra }, env: em.env, ...more });
}

const errors = (r: RunResult) => r.annotations.filter((a) => a.command === 'error');
const warnings = (r: RunResult) => r.annotations.filter((a) => a.command === 'warning');
const plain = (r: RunResult) => r.main.log.join('\n').replace(/\u001b\[[0-9;]*m/g, '');

async function environment(em: Emulator, name = 'shop-prod') {
  const client = new ElasticBeanstalkClient({
    endpoint: em.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  const out = await client.send(new DescribeEnvironmentsCommand({ EnvironmentNames: [name], IncludeDeleted: false }));
  return out.Environments?.[0];
}

/** A blue/green pair: shop-prod live on v1, shop-prod-idle (when asked) idle on v1. */
async function pairEmulator(idle: { faults?: Record<string, unknown> } | undefined): Promise<Emulator> {
  const base = { application: 'shop', instances: 2, versionLabel: 'v1' };
  return startEmulator({
    scenario: {
      timeScale: 0.01,
      beanstalk: {
        applications: [{ name: 'shop', versions: [{ label: 'v1', files: APP }] }],
        environments: [
          { name: 'shop-prod', cname: 'shop-prod', ...base },
          ...(idle ? [{ name: 'shop-prod-idle', cname: 'shop-prod-idle', ...base, ...(idle.faults ? { faults: idle.faults } : {}) }] : []),
        ],
      },
    },
  });
}

const PROD_URL = 'http://shop-prod.us-east-1.elasticbeanstalk.com';

function explain(r: RunResult): string {
  return `exit ${r.main.exitCode}\n${r.main.stdout.slice(-6000)}\n${r.main.stderr.slice(-2000)}`;
}

describe('Beanstalk release, end to end', () => {
  let em: Emulator;
  afterEach(async () => {
    await em?.close();
  });

  it('deploys, then a re-run uploads nothing and creates no new version', async () => {
    em = await emulatorWith();
    const ws = workspaceWith(APP);
    const first = await run(em, ws);
    expect({ code: first.main.exitCode, log: explain(first) }).toMatchObject({ code: 0 });
    const sha = first.outputs['bundle-sha256'] ?? '';
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    // The default label follows the S3 key: the tree digest.
    const digest = first.outputs['tree-digest'] ?? '';
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(first.outputs).toMatchObject({
      'version-label': `main-${digest.slice(0, 12)}`,
      'environment-url': 'http://shop-prod.us-east-1.elasticbeanstalk.com',
      status: 'Ready',
      health: 'Green',
      uploaded: 'true',
    });
    expect(first.outputs['environment-id']).toMatch(/^e-/);
    expect(first.summary).toContain('Event timeline');
    expect(first.summary).toMatch(/\| i-[0-9a-f]+ \| 🟢 Green/);
    expect(errors(first)).toEqual([]);
    expect((await environment(em))?.VersionLabel).toBe(`main-${digest.slice(0, 12)}`);

    em.calls.reset();
    const again = await run(em, ws);
    expect({ code: again.main.exitCode, log: explain(again) }).toMatchObject({ code: 0 });
    expect(again.outputs).toMatchObject({ 'version-label': `main-${digest.slice(0, 12)}`, uploaded: 'false', 'bundle-sha256': sha });
    expect(em.calls.count('beanstalk:CreateApplicationVersion')).toBe(0);
    expect(em.calls.count('s3:PutObject') + em.calls.count('s3:CreateMultipartUpload')).toBe(0);
    expect(plain(again)).toMatch(/already holds this bundle/);
  });

  it('a changed bundle under an existing explicit label fails naming both hashes', async () => {
    em = await emulatorWith();
    const first = await run(em, workspaceWith(APP), { 'version-label': 'release-42' });
    expect({ code: first.main.exitCode, log: explain(first) }).toMatchObject({ code: 0 });
    const changed = await run(em, workspaceWith({ ...APP, 'app.js': APP['app.js'] + '// changed\n' }), { 'version-label': 'release-42' });
    expect(changed.main.exitCode).toBe(1);
    const oldSha = first.outputs['bundle-sha256'] ?? '';
    const newSha = changed.outputs['bundle-sha256'] ?? '';
    expect(newSha).not.toBe(oldSha);
    const msg = errors(changed)
      .map((a) => a.message)
      .join('\n');
    expect(msg).toContain(oldSha);
    expect(msg).toContain(newSha);
    expect(em.calls.count('beanstalk:UpdateEnvironment')).toBe(1);
  });

  it('waits for an environment that is mid-update, then updates it', async () => {
    em = await emulatorWith({ faults: { environmentMidUpdate: 400 } });
    const r = await run(em, workspaceWith(APP));
    expect({ code: r.main.exitCode, log: explain(r) }).toMatchObject({ code: 0 });
    const log = plain(r);
    expect(log).toMatch(/shop-prod' is Updating.*waiting for it to be Ready/);
    expect(log.indexOf('is Ready now')).toBeLessThan(log.indexOf('Environment update is starting.'));
  });

  it('a failing .ebextensions command fails the run with an annotation on its line', async () => {
    em = await emulatorWith();
    const config = [
      'option_settings:',
      '  aws:elasticbeanstalk:application:environment:',
      '    LOG_SHIPPER: filebeat',
      'commands:',
      '  filebeat_install:',
      '    command: rpm -vi filebeat-5.4.1-x86_64.rpm',
      '    cwd: /home/ec2-user',
      '',
    ].join('\n');
    const r = await run(em, workspaceWith({ ...APP, '.ebextensions/01filebeat.config': config }), { validate: 'off' });
    expect(r.main.exitCode).toBe(1);
    const onFile = errors(r).find((a) => a.properties.file === '.ebextensions/01filebeat.config');
    expect({ onFile, log: explain(r) }).toMatchObject({ onFile: { properties: { line: '5' } } });
    expect(onFile?.message).toMatch(/rpm: (command )?not found/);
    expect(r.summary).toContain('filebeat_install');
  });

  it('a non-executable predeploy hook fails the run with an annotation on the script', async () => {
    em = await emulatorWith();
    const hook = { content: '#!/bin/sh\necho migrating\n', mode: 0o644 };
    // restore-exec-bits would give the only hook its bit back (none is executable in this tree).
    const r = await run(em, workspaceWith({ ...APP, '.platform/hooks/predeploy/01_migrate.sh': hook }), {
      validate: 'off',
      'restore-exec-bits': 'false',
    });
    expect(r.main.exitCode).toBe(1);
    const onFile = errors(r).find((a) => a.properties.file === '.platform/hooks/predeploy/01_migrate.sh');
    expect({ onFile, log: explain(r) }).toMatchObject({ onFile: expect.anything() });
    expect(onFile?.message).toMatch(/permission denied/);
  });

  it('a health drop to Severe after the deploy fails the run', async () => {
    em = await emulatorWith({ faults: { healthDropAfterDeploy: 'Severe' } });
    const r = await run(em, workspaceWith(APP));
    expect(r.main.exitCode).toBe(1);
    expect(
      errors(r)
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/Health is Red \(Severe\)/);
    expect(r.outputs).toMatchObject({ health: 'Red', status: 'Ready' });
  });

  it('Yellow health passes the default gate with a warning', async () => {
    em = await emulatorWith({ faults: { healthDropAfterDeploy: 'Yellow' } });
    const r = await run(em, workspaceWith(APP));
    expect({ code: r.main.exitCode, log: explain(r) }).toMatchObject({ code: 0 });
    expect(
      warnings(r)
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/health is Yellow \(Warning\)/);
    expect(r.outputs.health).toBe('Yellow');
  });

  it('Yellow under the green gate waits and fails at the timeout, leaving the Ready environment alone', async () => {
    em = await emulatorWith({ faults: { healthDropAfterDeploy: 'Yellow' } });
    const r = await run(em, workspaceWith(APP), { health: 'green', timeout: '4s' });
    expect(r.main.exitCode).toBe(1);
    expect(
      errors(r)
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(
      /did not reach the release conditions within the timeout \(4s\): still waiting for health Yellow \(Warning\) to meet the gate 'green'/,
    );
    expect(em.calls.count('beanstalk:AbortEnvironmentUpdate')).toBe(0);
  });

  it('cancelling mid-update aborts the update in the post step', async () => {
    // Each instance takes 3 s to deploy, so the cancel lands while the update runs.
    em = await emulatorWith({ timing: { instanceDeploy: 300 } });
    const r = await run(em, workspaceWith(APP), {}, { cancelWhen: (line) => line.includes('Environment update is starting.') });
    expect(r.main.exitCode).not.toBe(0);
    expect(plain(r)).toMatch(/Cancelled while environment shop-prod was being updated/);
    expect(em.calls.count('beanstalk:AbortEnvironmentUpdate')).toBe(1);
    expect(
      warnings(r)
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/aborted the update of environment shop-prod/);
    for (let i = 0; i < 100 && (await environment(em))?.Status !== 'Ready'; i++) await new Promise((res) => setTimeout(res, 100));
    expect(await environment(em)).toMatchObject({ Status: 'Ready', VersionLabel: 'v1' });
  });

  describe('blue/green', () => {
    it('deploys to the idle environment, swaps CNAMEs and verifies; the next run deploys to the other one', async () => {
      em = await pairEmulator({});
      const first = await run(em, workspaceWith(APP), { strategy: 'blue-green' });
      expect({ code: first.main.exitCode, log: explain(first) }).toMatchObject({ code: 0 });
      const label = first.outputs['version-label'];
      expect(first.outputs['environment-url']).toBe(PROD_URL);
      expect(await environment(em, 'shop-prod-idle')).toMatchObject({
        CNAME: 'shop-prod.us-east-1.elasticbeanstalk.com',
        VersionLabel: label,
      });
      expect(await environment(em, 'shop-prod')).toMatchObject({
        CNAME: 'shop-prod-idle.us-east-1.elasticbeanstalk.com',
        VersionLabel: 'v1',
      });
      expect(plain(first)).toMatch(/Verified: http:\/\/shop-prod\.us-east-1\.elasticbeanstalk\.com is served by shop-prod-idle/);
      expect(first.summary).toContain('swapped CNAMEs');

      const second = await run(em, workspaceWith({ ...APP, 'app.js': APP['app.js'] + '// v3\n' }), { strategy: 'blue-green' });
      expect({ code: second.main.exitCode, log: explain(second) }).toMatchObject({ code: 0 });
      expect(await environment(em, 'shop-prod')).toMatchObject({
        CNAME: 'shop-prod.us-east-1.elasticbeanstalk.com',
        VersionLabel: second.outputs['version-label'],
      });
      expect(em.calls.count('beanstalk:SwapEnvironmentCNAMEs')).toBe(2);
    });

    it('creates the idle environment as a copy of the live one when it is missing', async () => {
      em = await pairEmulator(undefined);
      const r = await run(em, workspaceWith(APP), { strategy: 'blue-green' });
      expect({ code: r.main.exitCode, log: explain(r) }).toMatchObject({ code: 0 });
      expect(em.calls.count('beanstalk:CreateEnvironment')).toBe(1);
      expect(await environment(em, 'shop-prod-idle')).toMatchObject({
        CNAME: 'shop-prod.us-east-1.elasticbeanstalk.com',
        VersionLabel: r.outputs['version-label'],
      });
    });

    it('does not swap when the idle environment turns unhealthy, and fails', async () => {
      em = await pairEmulator({ faults: { healthDropAfterDeploy: 'Severe' } });
      const r = await run(em, workspaceWith(APP), { strategy: 'blue-green' });
      expect(r.main.exitCode).toBe(1);
      expect(em.calls.count('beanstalk:SwapEnvironmentCNAMEs')).toBe(0);
      expect(
        errors(r)
          .map((a) => a.message)
          .join('\n'),
      ).toMatch(/Health is Red \(Severe\).*No CNAME swap: production stays on shop-prod\./s);
      expect(r.outputs['environment-url']).toBe(PROD_URL);
      expect(await environment(em, 'shop-prod')).toMatchObject({ CNAME: 'shop-prod.us-east-1.elasticbeanstalk.com', VersionLabel: 'v1' });
    });
  });
});
