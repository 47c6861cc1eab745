// The simulated fleet really runs the bundle's hooks; each failure must read like the agent's.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import {
  BatchGetDeploymentTargetsCommand,
  ContinueDeploymentCommand,
  CreateDeploymentCommand,
  GetDeploymentCommand,
  ListDeploymentTargetsCommand,
  StopDeploymentCommand,
  type DeploymentInfo,
  type InstanceTarget,
  type LifecycleEvent,
} from '@aws-sdk/client-codedeploy';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import * as tar from 'tar';
import { startEmulator, type Emulator } from '../index.js';
import { APPSPEC_OK, clients, makeZip, okBundleFiles, uploadBundle, waitForDeployment, type BundleFile } from '../testkit.js';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

const OLD_STOP = `version: 0.0
os: linux
hooks:
  ApplicationStop:
    - location: scripts/stop.sh
`;

let emu: Emulator;
let c: ReturnType<typeof clients>;
let n = 0;

const group = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ name, instances: 1, ...extra });

beforeAll(async () => {
  emu = await startEmulator({
    scenario: {
      timeScale: 0.001,
      s3: { buckets: ['rel'] },
      codedeploy: {
        hookTimeoutFloorMs: 300,
        agentTimeout: 50,
        applications: [
          {
            name: 'app',
            deploymentGroups: [
              group('missing'),
              group('prev', {
                previousRevision: { files: { 'appspec.yml': OLD_STOP, 'scripts/stop.sh': '#!/bin/sh\necho old release stop\nexit 1\n' } },
              }),
              group('prev-ignore', { previousRevision: { files: { 'appspec.yml': OLD_STOP, 'scripts/stop.sh': '#!/bin/sh\nexit 1\n' } } }),
              group('modes'),
              group('nochmod'),
              group('crlf'),
              group('crlf-direct'),
              group('timeout'),
              group('hang'),
              group('held-open'),
              group('diskfull', { instances: ['i-0d15c0000000000f1'] }),
              group('denied', { instances: ['i-0de0000000000000a'] }),
              group('etag'),
              group('exists', { instances: ['i-0e0000000000000e1'] }),
              group('silent', { instances: ['i-05110000000000e01'] }),
              group('health'),
              group('one-at-a-time', { instances: 3 }),
              group('half', { instances: 4, deploymentConfigName: 'CodeDeployDefault.HalfAtATime' }),
              group('rollback', { instances: 2, autoRollback: { enabled: true, events: ['DEPLOYMENT_FAILURE'] } }),
              group('stop-rollback', { instances: 1 }),
              group('tarball'),
              group('bg', {
                deploymentType: 'BLUE_GREEN',
                deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
                instances: 2,
                blueGreen: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 0 },
                previousRevision: {
                  files: {
                    'appspec.yml': 'version: 0.0\nos: linux\nhooks:\n  BeforeBlockTraffic:\n    - location: scripts/drain.sh\n',
                    'scripts/drain.sh': '#!/bin/sh\necho draining old release\n',
                  },
                },
              }),
            ],
          },
        ],
      },
    },
  });
  c = clients(emu);
});
afterAll(async () => {
  await emu?.close();
});

interface Deployed {
  info: DeploymentInfo;
  targets: InstanceTarget[];
  groupId: string;
}

async function deploy(
  groupName: string,
  files: Record<string, BundleFile>,
  opts: {
    fileExistsBehavior?: 'OVERWRITE';
    ignoreApplicationStopFailures?: boolean;
    eTag?: string;
    body?: Buffer;
    bundleType?: 'tar' | 'tgz';
  } = {},
): Promise<Deployed> {
  const body = opts.body ?? (await makeZip(files));
  const loc = await uploadBundle(c.s3, 'rel', `app/${groupName}-${++n}.zip`, body);
  const { deploymentId } = await c.cd.send(
    new CreateDeploymentCommand({
      applicationName: 'app',
      deploymentGroupName: groupName,
      revision: {
        revisionType: 'S3',
        s3Location: { ...loc, ...(opts.eTag ? { eTag: opts.eTag } : {}), ...(opts.bundleType ? { bundleType: opts.bundleType } : {}) },
      },
      ...(opts.fileExistsBehavior ? { fileExistsBehavior: opts.fileExistsBehavior } : {}),
      ...(opts.ignoreApplicationStopFailures ? { ignoreApplicationStopFailures: true } : {}),
    }),
  );
  const info = await waitForDeployment(c.cd, deploymentId!);
  return { info, targets: await targetsOf(deploymentId!), groupId: emu.state.codedeploy.groups.get(`app/${groupName}`)!.id };
}

async function targetsOf(deploymentId: string): Promise<InstanceTarget[]> {
  const ids = (await c.cd.send(new ListDeploymentTargetsCommand({ deploymentId }))).targetIds ?? [];
  const r = await c.cd.send(new BatchGetDeploymentTargetsCommand({ deploymentId, targetIds: ids }));
  return (r.deploymentTargets ?? []).map((t) => t.instanceTarget!);
}

function failedEvent(t: InstanceTarget | undefined): LifecycleEvent {
  const e = t?.lifecycleEvents?.find((x) => x.status === 'Failed');
  if (!e) throw new Error(`no failed event in ${JSON.stringify(t)}`);
  return e;
}

const withHook = (event: string, hook: string): string => `version: 0.0\nos: linux\nhooks:\n  ${event}:\n${hook}`;

describe('hook resolution and scripts', () => {
  test('a location written as the instance path is ScriptMissing at the resolved deployment-archive path; a leading / is just joined', async () => {
    const appspec =
      withHook('AfterInstall', '    - location: /var/www/app/scripts/after.sh\n') +
      '  ApplicationStart:\n    - location: /scripts/start.sh\n';
    const { info, targets, groupId } = await deploy('missing', { ...okBundleFiles(), 'appspec.yml': appspec });
    expect(info.status).toBe('Failed');
    const e = failedEvent(targets[0]);
    expect(e.lifecycleEventName).toBe('AfterInstall');
    expect(e.diagnostics).toEqual({
      errorCode: 'ScriptMissing',
      scriptName: '/var/www/app/scripts/after.sh',
      message: `Script does not exist at specified location: /opt/codedeploy-agent/deployment-root/${groupId}/${info.deploymentId}/deployment-archive/var/www/app/scripts/after.sh`,
      logTail: 'LifecycleEvent - AfterInstall\n',
    });
    expect(targets[0]!.lifecycleEvents!.find((x) => x.lifecycleEventName === 'ApplicationStart')!.status).toBe('Skipped');

    const ok = await deploy(
      'missing',
      { ...okBundleFiles(), 'appspec.yml': withHook('ApplicationStart', '    - location: /scripts/start.sh\n') },
      { fileExistsBehavior: 'OVERWRITE' },
    );
    expect(ok.info.status).toBe('Succeeded');
    expect(ok.targets[0]!.lifecycleEvents!.find((x) => x.lifecycleEventName === 'ApplicationStart')!.diagnostics!.logTail).toContain(
      '[stdout]started',
    );
  });

  test('ApplicationStop runs the previous successful revision, not the new one', async () => {
    const { info, targets, groupId } = await deploy('prev', okBundleFiles());
    expect(info.status).toBe('Failed');
    const e = failedEvent(targets[0]);
    expect(e.lifecycleEventName).toBe('ApplicationStop');
    expect(e.diagnostics).toMatchObject({
      errorCode: 'ScriptFailed',
      scriptName: 'scripts/stop.sh',
      message: 'Script at specified location: scripts/stop.sh failed with exit code 1',
    });
    expect(e.diagnostics!.logTail).toBe('LifecycleEvent - ApplicationStop\nScript - scripts/stop.sh\n[stdout]old release stop\n');
    const prevDir = emu.state.codedeploy.groups.get('app/prev')!.previousRevision!.deploymentId;
    expect(prevDir).toMatch(/^d-/);
    expect(groupId).toBeDefined();
  });

  test('ignoreApplicationStopFailures lets the deployment go on', async () => {
    const { info } = await deploy('prev-ignore', okBundleFiles(), { ignoreApplicationStopFailures: true });
    expect(info.status).toBe('Succeeded');
  });

  test('a script without its executable bit is made executable by the agent and runs', async () => {
    const { info, targets } = await deploy(
      'modes',
      okBundleFiles({ 'scripts/start.sh': { content: '#!/bin/sh\necho ran anyway\n', mode: 0o644 } }),
    );
    expect(info.status).toBe('Succeeded');
    expect(targets[0]!.lifecycleEvents!.find((x) => x.lifecycleEventName === 'ApplicationStart')!.diagnostics!.logTail).toContain(
      '[stdout]ran anyway',
    );
  });

  test('when chmod fails (noexec mount) the event is ScriptNotExecutable', async () => {
    const id = emu.faults.add({ type: 'scriptNotExecutable', instances: emu.state.codedeploy.groups.get('app/nochmod')!.instances });
    try {
      const { targets } = await deploy('nochmod', okBundleFiles({ 'scripts/before.sh': { content: '#!/bin/sh\n', mode: 0o644 } }));
      expect(failedEvent(targets[0]).diagnostics).toMatchObject({
        errorCode: 'ScriptNotExecutable',
        message: 'Unable to set script at specified location: scripts/before.sh as executable',
      });
    } finally {
      emu.faults.remove(id);
    }
  });

  test('a CRLF shebang run via runas fails like bash does: bad interpreter, exit 126', async () => {
    const { targets, groupId, info } = await deploy('crlf', okBundleFiles({ 'scripts/after.sh': '#!/bin/bash\r\necho hi\r\n' }));
    const e = failedEvent(targets[0]);
    expect(e.diagnostics).toMatchObject({
      errorCode: 'ScriptFailed',
      message: 'Script at specified location: scripts/after.sh run as user root failed with exit code 126',
    });
    expect(e.diagnostics!.logTail).toContain(
      `[stderr]bash: /opt/codedeploy-agent/deployment-root/${groupId}/${info.deploymentId}/deployment-archive/scripts/after.sh: /bin/bash^M: bad interpreter: No such file or directory`,
    );
  });

  test('a CRLF shebang exec’d directly (no runas) fails with the agent’s Errno::ENOENT', async () => {
    const { targets } = await deploy('crlf-direct', okBundleFiles({ 'scripts/start.sh': '#!/bin/sh\r\necho hi\r\n' }));
    const e = failedEvent(targets[0]);
    expect(e.lifecycleEventName).toBe('ApplicationStart');
    expect(e.diagnostics!.message).toMatch(
      /^Script at specified location: scripts\/start\.sh failed with error Errno::ENOENT with message No such file or directory - \/opt\/codedeploy-agent\/deployment-root\/.+\/deployment-archive\/scripts\/start\.sh$/,
    );
  });

  test('a script over its timeout is killed: ScriptTimedOut naming the appspec timeout', async () => {
    const appspec = withHook('ApplicationStart', '    - location: scripts/slow.sh\n      timeout: 1\n');
    const { targets } = await deploy('timeout', {
      'appspec.yml': appspec,
      'scripts/slow.sh': '#!/bin/sh\necho going to sleep\nsleep 30\n',
    });
    const e = failedEvent(targets[0]);
    expect(e.diagnostics).toMatchObject({
      errorCode: 'ScriptTimedOut',
      message: 'Script at specified location: scripts/slow.sh failed to complete in 1 seconds',
    });
    expect(e.diagnostics!.logTail).toContain('[stdout]going to sleep');
  });

  test('the scriptTimeout fault hangs one event', async () => {
    const id = emu.faults.add({ type: 'scriptTimeout', event: 'ValidateService' });
    try {
      const { targets } = await deploy(
        'hang',
        okBundleFiles({
          'appspec.yml': APPSPEC_OK.replace('location: scripts/validate.sh', 'location: scripts/validate.sh\n      timeout: 300'),
        }),
      );
      const e = failedEvent(targets[0]);
      expect(e.lifecycleEventName).toBe('ValidateService');
      expect(e.diagnostics).toMatchObject({
        errorCode: 'ScriptTimedOut',
        message: 'Script at specified location: scripts/validate.sh failed to complete in 300 seconds',
      });
    } finally {
      emu.faults.remove(id);
    }
  });

  test('a background process holding stdout open fails the event after the script exits', async () => {
    const appspec = withHook('ApplicationStart', '    - location: scripts/daemon.sh\n      timeout: 1\n');
    const { targets } = await deploy('held-open', {
      'appspec.yml': appspec,
      'scripts/daemon.sh': '#!/bin/sh\nsleep 30 &\necho started daemon\n',
    });
    expect(failedEvent(targets[0]).diagnostics).toMatchObject({
      errorCode: 'UnknownError',
      message: 'Script at specified location: scripts/daemon.sh failed to close STDOUT',
    });
  });
});

describe('instance faults', () => {
  test('disk full during DownloadBundle', async () => {
    emu.faults.add({ type: 'diskFull', event: 'DownloadBundle', instances: ['i-0d15c0000000000f1'] });
    const { targets } = await deploy('diskfull', okBundleFiles());
    const e = failedEvent(targets[0]);
    expect(e.lifecycleEventName).toBe('DownloadBundle');
    expect(e.diagnostics!.errorCode).toBe('UnknownError');
    expect(e.diagnostics!.message).toMatch(
      /^No space left on device @ io_write - \/opt\/codedeploy-agent\/deployment-root\/.+\/bundle\.tar$/,
    );
  });

  test('S3 access denied for one instance', async () => {
    emu.faults.add({ type: 's3AccessDenied', instances: ['i-0de0000000000000a'] });
    const { targets } = await deploy('denied', okBundleFiles());
    expect(failedEvent(targets[0])).toMatchObject({
      lifecycleEventName: 'DownloadBundle',
      diagnostics: { errorCode: 'UnknownError', message: 'Access Denied' },
    });
  });

  test('a registered ETag that does not match the object', async () => {
    const { targets } = await deploy('etag', okBundleFiles(), { eTag: '0123456789abcdef0123456789abcdef' });
    const e = failedEvent(targets[0]);
    expect(e.lifecycleEventName).toBe('DownloadBundle');
    expect(e.diagnostics!.message).toMatch(
      /^Expected deployment artifact bundle etag 0123456789abcdef0123456789abcdef but was actually "[0-9a-f]{32}"$/,
    );
  });

  test('a file already at a destination fails Install under DISALLOW', async () => {
    emu.faults.add({ type: 'fileExists', path: '/var/www/app/index.html', instances: ['i-0e0000000000000e1'] });
    const { targets } = await deploy('exists', okBundleFiles());
    expect(failedEvent(targets[0])).toMatchObject({
      lifecycleEventName: 'Install',
      diagnostics: {
        errorCode: 'UnknownError',
        message: 'The deployment failed because a specified file already exists at this location: /var/www/app/index.html',
      },
    });
  });

  test('an agent that does not respond leaves the instance failed with the agent message', async () => {
    emu.faults.add({ type: 'agentNotResponding', instances: ['i-05110000000000e01'] });
    const { info, targets } = await deploy('silent', okBundleFiles());
    expect(info.errorInformation?.code).toBe('HEALTH_CONSTRAINTS');
    const e = failedEvent(targets[0]);
    expect(e.lifecycleEventName).toBe('ApplicationStop');
    expect(e.diagnostics!.message).toContain('CodeDeploy agent was not able to receive the lifecycle event');
    expect(targets[0]!.lifecycleEvents!.slice(1).every((x) => x.status === 'Skipped')).toBe(true);
  });

  test('health constraints that cannot be met fail the deployment before any instance runs', async () => {
    const id = emu.faults.add({ type: 'healthConstraints', group: 'health' });
    try {
      const { info, targets } = await deploy('health', okBundleFiles());
      expect(info.status).toBe('Failed');
      expect(info.errorInformation?.code).toBe('HEALTH_CONSTRAINTS_INVALID');
      expect(targets[0]!.status).toBe('Skipped');
    } finally {
      emu.faults.remove(id);
    }
  });
});

describe('rollout and rollback', () => {
  test('OneAtATime stops after the first failed instance; the rest are Skipped', async () => {
    const { info } = await deploy('one-at-a-time', okBundleFiles({ 'scripts/validate.sh': '#!/bin/sh\nexit 7\n' }));
    expect(info.status).toBe('Failed');
    expect(info.deploymentOverview).toMatchObject({ Failed: 1, Skipped: 2, Succeeded: 0 });
  });

  test('HalfAtATime rolls two at a time', async () => {
    const { info } = await deploy('half', okBundleFiles());
    expect(info.status).toBe('Succeeded');
    expect(info.deploymentOverview).toMatchObject({ Succeeded: 4 });
  });

  test('auto-rollback redeploys the last good revision', async () => {
    const good = await deploy('rollback', okBundleFiles());
    expect(good.info.status).toBe('Succeeded');
    const bad = await deploy('rollback', okBundleFiles({ 'scripts/start.sh': '#!/bin/sh\nexit 1\n' }));
    expect(bad.info.status).toBe('Failed');
    const rbId = bad.info.rollbackInfo?.rollbackDeploymentId;
    expect(rbId).toMatch(/^d-/);
    const rb = await waitForDeployment(c.cd, rbId!);
    expect(rb).toMatchObject({
      status: 'Succeeded',
      creator: 'codeDeployRollback',
      rollbackInfo: { rollbackTriggeringDeploymentId: bad.info.deploymentId },
    });
    expect(rb.revision?.s3Location?.key).toBe(good.info.revision?.s3Location?.key);
  });

  test('StopDeployment with autoRollbackEnabled stops, then rolls back', async () => {
    const good = await deploy('stop-rollback', okBundleFiles());
    const loc = await uploadBundle(
      c.s3,
      'rel',
      'app/slow.zip',
      await makeZip(okBundleFiles({ 'scripts/before.sh': '#!/bin/sh\nsleep 1\n' })),
    );
    const { deploymentId } = await c.cd.send(
      new CreateDeploymentCommand({
        applicationName: 'app',
        deploymentGroupName: 'stop-rollback',
        revision: { revisionType: 'S3', s3Location: loc },
      }),
    );
    await c.cd.send(new StopDeploymentCommand({ deploymentId, autoRollbackEnabled: true }));
    const stopped = await waitForDeployment(c.cd, deploymentId!);
    expect(stopped.status).toBe('Stopped');
    const again = (await c.cd.send(new GetDeploymentCommand({ deploymentId }))).deploymentInfo!;
    const rb = await waitForDeployment(c.cd, again.rollbackInfo!.rollbackDeploymentId!);
    expect(rb.revision?.s3Location?.key).toBe(good.info.revision?.s3Location?.key);
  });

  test('a tar bundle is unpacked like a zip', async () => {
    const dir = await fs.mkdtemp(path.join(emu.workDir, 'tar-'));
    for (const [name, f] of Object.entries(okBundleFiles())) {
      await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await fs.writeFile(path.join(dir, name), typeof f === 'string' ? f : f.content, { mode: name.endsWith('.sh') ? 0o755 : 0o644 });
    }
    const file = path.join(dir, '..', `bundle-${n}.tgz`);
    await tar.c({ gzip: true, cwd: dir, file }, ['.']);
    const key = 'app/bundle.tgz';
    const put = await c.s3.send(new PutObjectCommand({ Bucket: 'rel', Key: key, Body: await fs.readFile(file) }));
    const { deploymentId } = await c.cd.send(
      new CreateDeploymentCommand({
        applicationName: 'app',
        deploymentGroupName: 'tarball',
        revision: { revisionType: 'S3', s3Location: { bucket: 'rel', key, bundleType: 'tgz', eTag: put.ETag } },
      }),
    );
    expect((await waitForDeployment(c.cd, deploymentId!)).status).toBe('Succeeded');
  });
});

describe('blue/green', () => {
  test('waits in Ready, reroutes on ContinueDeployment, and runs BeforeBlockTraffic from the old revision', async () => {
    const loc = await uploadBundle(
      c.s3,
      'rel',
      'app/bg.zip',
      await makeZip(okBundleFiles({ 'appspec.yml': APPSPEC_OK + '  AfterAllowTraffic:\n    - location: scripts/start.sh\n' })),
    );
    const { deploymentId } = await c.cd.send(
      new CreateDeploymentCommand({ applicationName: 'app', deploymentGroupName: 'bg', revision: { revisionType: 'S3', s3Location: loc } }),
    );
    const ready = await waitForDeployment(c.cd, deploymentId!, { until: ['Ready', 'Failed'] });
    expect(ready.status).toBe('Ready');
    expect(ready.deploymentOverview).toMatchObject({ Ready: 2, Pending: 2 });
    await c.cd.send(new ContinueDeploymentCommand({ deploymentId, deploymentWaitType: 'READY_WAIT' }));
    const done = await waitForDeployment(c.cd, deploymentId!);
    expect(done.status).toBe('Succeeded');
    const targets = await targetsOf(deploymentId!);
    const blue = targets.filter((t) => t.instanceLabel === 'Blue');
    const green = targets.filter((t) => t.instanceLabel === 'Green');
    expect(blue).toHaveLength(2);
    expect(green).toHaveLength(2);
    expect(blue[0]!.lifecycleEvents!.map((e) => e.lifecycleEventName)).toEqual(['BeforeBlockTraffic', 'BlockTraffic', 'AfterBlockTraffic']);
    expect(blue[0]!.lifecycleEvents![0]!.diagnostics!.logTail).toContain('[stdout]draining old release');
    expect(green[0]!.lifecycleEvents!.map((e) => e.lifecycleEventName).slice(-3)).toEqual([
      'BeforeAllowTraffic',
      'AllowTraffic',
      'AfterAllowTraffic',
    ]);
    expect(green[0]!.lifecycleEvents!.every((e) => e.status === 'Succeeded')).toBe(true);
  });
});
