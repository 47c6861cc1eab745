// The CodeDeploy release end to end: dist/ under Node 24 through the runner harness, against the
// local AWS emulator reached only through AWS_ENDPOINT_URL.
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { runAction, type RunResult } from '../harness/runner.js';
import type { DeploymentGroupInput, Emulator, FaultSpec, ScenarioInput } from '../emulator/index.js';
import { emulatorFrom, sampleApp, deploymentsOf, errorsOf, until } from './helpers.js';

const fleet = (group: DeploymentGroupInput, faults: FaultSpec[] = []): ScenarioInput => ({
  timeScale: 0.001,
  s3: { buckets: ['shop-releases'] },
  codedeploy: { eventDuration: 1, applications: [{ name: 'shop', deploymentGroups: [group] }] },
  faults,
});

const inputs = (extra: Record<string, string> = {}) => ({
  application: 'shop',
  'deployment-group': 'prod',
  's3-bucket': 'shop-releases',
  'poll-interval': '50ms',
  timeout: '2m',
  ...extra,
});

function lines(r: RunResult): string {
  return r.main.log.join('\n');
}

describe('CodeDeploy in-place', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await emulatorFrom(fleet({ name: 'prod', instances: 10, deploymentConfigName: 'CodeDeployDefault.AllAtOnce' }));
  });
  afterAll(() => emu.close());

  it('deploys 10 instances, then re-runs the same tree without uploading', async () => {
    const workspace = sampleApp();
    const first = await runAction({ inputs: inputs(), env: emu.env, workspace });
    expect(errorsOf(first)).toEqual([]);
    expect(first.main.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ status: 'Succeeded', uploaded: 'true', 'failed-instances': '' });
    expect(first.outputs['deployment-id']).toMatch(/^d-[A-Z0-9]{9}$/);
    expect(first.outputs['revision-s3-uri']).toBe(`s3://shop-releases/hookline/shop-${first.outputs['tree-digest']}.zip`);
    expect(first.summary).toContain('Succeeded');
    expect(first.summary).toMatch(/\| Instance \| Status \|.*AfterInstall/);
    expect(first.summary.match(/^\| i-/gm)).toHaveLength(10);
    expect(lines(first)).toMatch(
      /Deployment d-\w+ created: https:\/\/us-east-1\.console\.aws\.amazon\.com\/codesuite\/codedeploy\/deployments\/d-/,
    );
    expect(lines(first)).toMatch(/10\/10 instances done/);
    expect(first.state['in-flight'] ?? '').toBe('');

    const second = await runAction({ inputs: inputs(), env: emu.env, workspace });
    expect(second.main.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ status: 'Succeeded', uploaded: 'false', 'bundle-sha256': first.outputs['bundle-sha256'] });
    expect(second.outputs['revision-etag']).toBe(first.outputs['revision-etag']);
    expect(second.outputs['deployment-id']).not.toBe(first.outputs['deployment-id']);
    expect(lines(second)).toMatch(/already holds this bundle; nothing built, upload skipped \(0 bytes sent\)/);

    const deployments = await deploymentsOf(emu, 'shop', 'prod');
    const second_ = deployments.find((d) => d.deploymentId === second.outputs['deployment-id']);
    expect(second_?.revision?.s3Location).toMatchObject({ eTag: first.outputs['revision-etag'], bundleType: 'zip' });
  });

  it('keeps hook scripts executable in the uploaded zip', async () => {
    const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
    const [, bucket, key] = /^s3:\/\/([^/]+)\/(.+)$/.exec(r.outputs['revision-s3-uri'] ?? '') ?? [];
    const s3 = new S3Client({
      endpoint: emu.url,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const body = Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray());
    const { default: yauzl } = await import('yauzl');
    const modes = await new Promise<Record<string, number>>((resolve, reject) => {
      yauzl.fromBuffer(body, { lazyEntries: true }, (err, zip) => {
        if (err || !zip) return reject(err);
        const out: Record<string, number> = {};
        zip.on('entry', (e: { fileName: string; externalFileAttributes: number }) => {
          out[e.fileName] = (e.externalFileAttributes >>> 16) & 0o7777;
          zip.readEntry();
        });
        zip.on('end', () => resolve(out));
        zip.readEntry();
      });
    });
    expect(modes['scripts/start.sh']).toBe(0o755);
    expect(modes['appspec.yml']).toBe(0o644);
  });
});

describe('CodeDeploy faults', () => {
  it('throttling on every 3rd call and a lost CreateDeployment answer still make exactly one deployment', async () => {
    const emu = await emulatorFrom(
      fleet({ name: 'prod', instances: 3 }, [
        { type: 'throttle', every: 3, service: 'codedeploy' },
        { type: 'lostResponse', operation: 'CreateDeployment', occurrence: 1 },
      ]),
    );
    try {
      const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
      expect(errorsOf(r)).toEqual([]);
      expect(r.main.exitCode).toBe(0);
      expect(lines(r)).toMatch(/answer was lost; found the deployment it started/);
      const all = await deploymentsOf(emu, 'shop', 'prod');
      expect(all).toHaveLength(1);
      expect(all[0]?.deploymentId).toBe(r.outputs['deployment-id']);
    } finally {
      await emu.close();
    }
  });

  it('two runs at once with on-active-deployment: wait both succeed, one after the other', async () => {
    const emu = await emulatorFrom(fleet({ name: 'prod', instances: 2 }));
    try {
      const [a, b] = await Promise.all([
        runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() }),
        runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp({ 'public/index.html': '<h1>v2</h1>\n' }) }),
      ]);
      expect([...errorsOf(a), ...errorsOf(b)]).toEqual([]);
      expect([a.main.exitCode, b.main.exitCode]).toEqual([0, 0]);
      const all = (await deploymentsOf(emu, 'shop', 'prod')).sort((x, y) => +x.createTime! - +y.createTime!);
      expect(all.map((d) => d.status)).toEqual(['Succeeded', 'Succeeded']);
      // The second started only after the first completed.
      expect(+all[1]!.createTime!).toBeGreaterThanOrEqual(+all[0]!.completeTime! - 1000);
      expect(lines(a) + lines(b)).toMatch(/Waiting for the active deployment d-\w+/);
    } finally {
      await emu.close();
    }
  });

  it('with on-active-deployment: fail the second run names the first deployment', async () => {
    const emu = await emulatorFrom(
      fleet({ name: 'prod', instances: 2 }, [
        { type: 'activeDeployment', application: 'shop', group: 'prod', deploymentId: 'd-ACTIVE123' },
      ]),
    );
    try {
      const r = await runAction({ inputs: inputs({ 'on-active-deployment': 'fail' }), env: emu.env, workspace: sampleApp() });
      expect(r.main.exitCode).toBe(1);
      expect(errorsOf(r).map((e) => e.message)).toEqual([expect.stringMatching(/already has an active deployment d-ACTIVE123/)]);
      expect(await deploymentsOf(emu, 'shop', 'prod')).toHaveLength(1);
    } finally {
      await emu.close();
    }
  });

  it('with on-active-deployment: stop the active deployment is stopped and ours goes ahead', async () => {
    const emu = await emulatorFrom(
      fleet({ name: 'prod', instances: 2 }, [
        { type: 'activeDeployment', application: 'shop', group: 'prod', deploymentId: 'd-STUCK0001' },
      ]),
    );
    try {
      const r = await runAction({ inputs: inputs({ 'on-active-deployment': 'stop' }), env: emu.env, workspace: sampleApp() });
      expect(errorsOf(r)).toEqual([]);
      expect(r.outputs.status).toBe('Succeeded');
      expect(lines(r)).toMatch(/Stopping the active deployment d-STUCK0001/);
      const byId = Object.fromEntries((await deploymentsOf(emu, 'shop', 'prod')).map((d) => [d.deploymentId, d.status]));
      expect(byId).toEqual({ 'd-STUCK0001': 'Stopped', [r.outputs['deployment-id'] as string]: 'Succeeded' });
    } finally {
      await emu.close();
    }
  });

  it('follows and names the automatic rollback of a failed deployment', async () => {
    const emu = await emulatorFrom(fleet({ name: 'prod', instances: 2 }));
    try {
      const good = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
      expect(good.outputs.status).toBe('Succeeded');
      const broken = sampleApp({ 'scripts/start.sh': '#!/bin/sh\necho "port 8080 already in use" >&2\nexit 3\n' });
      const r = await runAction({ inputs: inputs({ 'auto-rollback': 'true' }), env: emu.env, workspace: broken });
      expect(r.main.exitCode).toBe(1);
      expect(lines(r)).toMatch(/CodeDeploy started rollback deployment d-\w+; following it/);
      const failure = errorsOf(r).at(-1)?.message ?? '';
      expect(failure).toMatch(/^Deployment d-\w+ failed .*; rollback d-\w+ Succeeded\.$/);
      expect(errorsOf(r).some((e) => e.properties.file === 'scripts/start.sh' || /exit code 3/.test(e.message))).toBe(true);
    } finally {
      await emu.close();
    }
  });

  it('cancelling mid-deployment leaves it Stopped, and the post step says so', async () => {
    const emu = await emulatorFrom(fleet({ name: 'prod', instances: 2 }, [{ type: 'scriptTimeout', event: 'ApplicationStart' }]));
    try {
      const r = await runAction({
        inputs: inputs({ timeout: '10m' }),
        env: emu.env,
        workspace: sampleApp({ 'appspec.yml': sampleAppspecWithTimeout(3000) }),
        cancelWhen: (line) => /Deployment d-\w+ is InProgress/.test(line),
      });
      expect(r.main.exitCode).toBe(1);
      expect(errorsOf(r).map((e) => e.message)).toEqual([
        expect.stringMatching(/Cancelled while deployment d-\w+ was running; the post step stops it/),
      ]);
      expect(r.post?.exitCode).toBe(0);
      expect(r.post?.log.join('\n')).toMatch(/stopped deployment d-\w+/);
      const [d] = await deploymentsOf(emu, 'shop', 'prod');
      expect(d?.status).toBe('Stopped');
    } finally {
      await emu.close();
    }
  });
});

describe('CodeDeploy on a large fleet', () => {
  it('reads only failed targets of 60 instances and lists them in the summary', async () => {
    const emu = await emulatorFrom(fleet({ name: 'prod', instances: 60, deploymentConfigName: 'CodeDeployDefault.AllAtOnce' }));
    try {
      const failing = emu.scenario.codedeploy.applications[0]!.deploymentGroups[0]!.instances[7]!;
      emu.faults.add({ type: 'diskFull', event: 'DownloadBundle', instances: [failing] });
      const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
      expect(r.outputs.status).toBe('Succeeded');
      expect(r.outputs['failed-instances']).toBe(failing);
      expect(r.summary).toContain(
        '_1 of 60 instances listed (large fleets list the failed ones). All instances: Succeeded 59 · Failed 1._',
      );
      // Reading all 60 targets on each overview change would take 3 batch reads per listing.
      expect(emu.calls.count('codedeploy:BatchGetDeploymentTargets')).toBeLessThanOrEqual(
        emu.calls.count('codedeploy:ListDeploymentTargets'),
      );
    } finally {
      await emu.close();
    }
  });
});

describe('CodeDeploy blue/green', () => {
  it('deploys to replacement instances and reroutes traffic', async () => {
    const emu = await emulatorFrom(fleet({ name: 'prod', deploymentType: 'BLUE_GREEN', instances: 2 }));
    try {
      const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
      expect(errorsOf(r)).toEqual([]);
      expect(r.outputs.status).toBe('Succeeded');
      expect(lines(r)).toMatch(/\[replacement\] AllowTraffic Succeeded/);
      expect(r.summary).toMatch(/replacement/);
      expect(r.summary).toMatch(/original/);
    } finally {
      await emu.close();
    }
  });

  it('follows the wait before the originals are terminated to Succeeded when it ends within the timeout', async () => {
    // 10 scenario minutes: 0.6 s at this time scale, and within the 15-minute timeout as hookline reckons it.
    const emu = await emulatorFrom(
      fleet({ name: 'prod', deploymentType: 'BLUE_GREEN', instances: 2, blueGreen: { terminationWaitTimeInMinutes: 10 } }),
    );
    try {
      const r = await runAction({ inputs: inputs({ timeout: '15m' }), env: emu.env, workspace: sampleApp() });
      expect(errorsOf(r)).toEqual([]);
      expect(r.outputs.status).toBe('Succeeded');
      const [d] = await deploymentsOf(emu, 'shop', 'prod');
      expect(d?.instanceTerminationWaitTimeStarted).toBe(true);
      expect(d?.deploymentStatusMessages?.join('\n')).toMatch(/original instances were terminated/);
    } finally {
      await emu.close();
    }
  });

  it('ends green once traffic is rerouted when the termination wait outlasts the timeout, and the post step leaves it alone', async () => {
    // 60 minutes (the console's default) against a 2-minute timeout: without this, the run timed
    // out and the post step stopped a deployment whose traffic was already on the replacements.
    const emu = await emulatorFrom(
      fleet({ name: 'prod', deploymentType: 'BLUE_GREEN', instances: 2, blueGreen: { terminationWaitTimeInMinutes: 60 } }),
    );
    try {
      const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
      expect(errorsOf(r)).toEqual([]);
      expect(r.main.exitCode).toBe(0);
      expect(r.outputs.status).toBe('InProgress');
      expect(r.annotations.filter((a) => a.command === 'notice').map((a) => a.properties.title)).toContain('Blue/green traffic rerouted');
      expect(r.summary).toMatch(/traffic rerouted \(original instances wait for termination\)/);
      expect(r.state['in-flight'] ?? '').toBe('');
      expect(r.post?.log.join('\n') ?? '').not.toMatch(/stopped deployment/i);
      // The emulator's scaled wait (3.6 s) then ends it as CodeDeploy would: Succeeded, not Stopped.
      await until(async () => (await deploymentsOf(emu, 'shop', 'prod'))[0]?.status !== 'InProgress');
      expect((await deploymentsOf(emu, 'shop', 'prod'))[0]?.status).toBe('Succeeded');
    } finally {
      await emu.close();
    }
  });

  it('stops at Ready for a wait-for-ready group, then continues when told to', async () => {
    const emu = await emulatorFrom(
      fleet({
        name: 'prod',
        deploymentType: 'BLUE_GREEN',
        instances: 2,
        blueGreen: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 60 },
      }),
    );
    try {
      const waiting = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
      expect(waiting.main.exitCode).toBe(0);
      expect(waiting.outputs.status).toBe('Ready');
      expect(waiting.annotations.filter((a) => a.command === 'notice').map((a) => a.properties.title)).toContain(
        'Blue/green deployment waits for you',
      );

      const [left] = await deploymentsOf(emu, 'shop', 'prod');
      expect(left?.status).toBe('Ready');
      expect(waiting.state['in-flight'] ?? '').toBe('');
      expect(waiting.post?.log.join('\n') ?? '').not.toMatch(/stopped deployment/);
    } finally {
      await emu.close();
    }
  });

  it('with continue-blue-green: true, continues a wait-for-ready deployment to the end', async () => {
    const emu = await emulatorFrom(
      fleet({
        name: 'prod',
        deploymentType: 'BLUE_GREEN',
        instances: 2,
        blueGreen: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 60 },
      }),
    );
    try {
      const r = await runAction({ inputs: inputs({ 'continue-blue-green': 'true' }), env: emu.env, workspace: sampleApp() });
      expect(errorsOf(r)).toEqual([]);
      expect(r.outputs.status).toBe('Succeeded');
      expect(lines(r)).toMatch(/rerouting traffic to them/);
    } finally {
      await emu.close();
    }
  });
});

function sampleAppspecWithTimeout(seconds: number): string {
  return `version: 0.0
os: linux
files:
  - source: /
    destination: /var/app/current
hooks:
  ApplicationStart:
    - location: scripts/start.sh
      timeout: ${seconds}
`;
}
