// Deployments on simulated instances that really run the bundle's .ebextensions commands and
// .platform hooks; the event chain, health and tail logs a release tool reads afterwards.
import {
  AbortEnvironmentUpdateCommand,
  CreateApplicationVersionCommand,
  DescribeEnvironmentsCommand,
  DescribeEventsCommand,
  DescribeInstancesHealthCommand,
  type EnvironmentDescription,
  type EventDescription,
  RequestEnvironmentInfoCommand,
  RetrieveEnvironmentInfoCommand,
  SwapEnvironmentCNAMEsCommand,
  UpdateEnvironmentCommand,
} from '@aws-sdk/client-elastic-beanstalk';
import { zipFiles } from './index.js';
import { type Harness, startHarness, waitFor } from './testkit.js';

const BUCKET = 'elasticbeanstalk-us-east-1-123456789012';
const AL2 = '64bit Amazon Linux 2 v5.8.0 running Node.js 18';

async function version(
  h: Harness,
  app: string,
  label: string,
  files: Record<string, string>,
  modes: Record<string, number> = {},
): Promise<void> {
  await h.store.putObject(BUCKET, `${app}/${label}.zip`, await zipFiles(files, modes));
  await h.client.send(
    new CreateApplicationVersionCommand({
      ApplicationName: app,
      VersionLabel: label,
      SourceBundle: { S3Bucket: BUCKET, S3Key: `${app}/${label}.zip` },
    }),
  );
}

async function describe1(h: Harness, name: string): Promise<EnvironmentDescription> {
  const r = await h.client.send(new DescribeEnvironmentsCommand({ EnvironmentNames: [name] }));
  const e = r.Environments?.[0];
  if (!e) throw new Error(`no environment ${name}`);
  return e;
}

async function waitReady(h: Harness, name: string): Promise<EnvironmentDescription> {
  return waitFor(`${name} Ready`, async () => {
    const e = await describe1(h, name);
    return e.Status === 'Ready' ? e : undefined;
  });
}

/** UpdateEnvironment to `label`, wait for Ready, return the environment and the events of the update (oldest first). */
async function deploy(
  h: Harness,
  env: string,
  label: string,
): Promise<{ env: EnvironmentDescription; events: EventDescription[]; messages: string[] }> {
  const since = new Date();
  const u = await h.client.send(new UpdateEnvironmentCommand({ EnvironmentName: env, VersionLabel: label }));
  expect(u.Status).toBe('Updating');
  const e = await waitReady(h, env);
  const ev = await h.client.send(new DescribeEventsCommand({ EnvironmentName: env, StartTime: since }));
  const events = [...(ev.Events ?? [])].reverse();
  return { env: e, events, messages: events.map((x) => `${x.Severity} ${x.Message}`) };
}

/** Request tail logs and fetch each instance's tail through its presigned URL. */
async function tails(h: Harness, env: string, instances: number): Promise<Map<string, string>> {
  const since = Date.now();
  await h.client.send(new RequestEnvironmentInfoCommand({ EnvironmentName: env, InfoType: 'tail' }));
  const info = await waitFor('tail logs', async () => {
    const r = await h.client.send(new RetrieveEnvironmentInfoCommand({ EnvironmentName: env, InfoType: 'tail' }));
    const fresh = (r.EnvironmentInfo ?? []).filter((i) => (i.SampleTimestamp?.getTime() ?? 0) >= since);
    return fresh.length >= instances ? fresh : undefined;
  });
  const out = new Map<string, string>();
  for (const i of info) out.set(i.Ec2InstanceId ?? '', (await h.get(i.Message ?? '')).text);
  return out;
}

describe('deployments on simulated instances', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({
      timing: { commandTimeout: 60_000, abort: 500, swap: 300 },
      applications: [{ name: 'app', versions: [{ label: 'v1' }] }],
      environments: [
        { name: 'app-prod', application: 'app', cname: 'app-prod', versionLabel: 'v1', instances: 2 },
        { name: 'app-al2', application: 'app', cname: 'app-al2', versionLabel: 'v1', solutionStack: AL2 },
        { name: 'app-green', application: 'app', cname: 'app-green', versionLabel: 'v1' },
        { name: 'app-busy', application: 'app', versionLabel: 'v1', faults: { environmentMidUpdate: 86_400 } },
        { name: 'app-drop', application: 'app', versionLabel: 'v1', faults: { healthDropAfterDeploy: 'Severe' } },
      ],
    });
  });
  afterAll(async () => {
    await h.close();
  });

  test('a successful deploy runs every hook in the platform order and emits the real event chain', async () => {
    await version(h, 'app', 'ok', {
      '.ebextensions/01_setup.config': [
        'commands:',
        '  02_second:',
        '    command: echo second >> order.txt',
        '  01_first:',
        '    command: echo first > order.txt && pwd',
        'container_commands:',
        '  01_migrate:',
        '    command: echo "migrating in $(pwd)" && echo "$GREETING"',
        '    leader_only: true',
        '  02_everyone:',
        '    command: echo container > container.txt',
        'option_settings:',
        '  aws:elasticbeanstalk:application:environment:',
        '    GREETING: hello',
      ].join('\n'),
      '.platform/hooks/prebuild/01_build.sh': '#!/bin/sh\necho "prebuild in $(pwd)"\ntest -f container.txt && exit 9\nexit 0\n',
      '.platform/hooks/predeploy/01_check.sh':
        '#!/bin/sh\ntest -f container.txt || { echo "container_commands did not run" >&2; exit 3; }\necho predeploy ok\n',
      '.platform/hooks/postdeploy/01_done.sh': '#!/bin/sh\necho postdeploy done\n',
      Procfile: 'web: node app.js\n',
      'app.js': 'console.log("hi")\n',
    });
    const { env, messages } = await deploy(h, 'app-prod', 'ok');
    expect(env).toMatchObject({
      Status: 'Ready',
      Health: 'Green',
      HealthStatus: 'Ok',
      VersionLabel: 'ok',
      AbortableOperationInProgress: false,
    });
    expect(messages).toEqual([
      'INFO Environment update is starting.',
      'INFO Deploying new version to instance(s).',
      'INFO Environment health has transitioned from Ok to Info. Application update in progress on 2 instances. 0 out of 2 instances completed (running for 3 seconds).',
      'INFO Instance deployment completed successfully.',
      'INFO Command execution completed on all instances. Summary: [Successful: 2, Failed: 0].',
      'INFO New application version was deployed to running EC2 instances.',
      'INFO Environment update completed successfully.',
      expect.stringMatching(/^INFO Environment health has transitioned from Info to Ok\. Application update completed/),
    ]);
    const health = await h.client.send(
      new DescribeInstancesHealthCommand({ EnvironmentName: 'app-prod', AttributeNames: ['Deployment', 'HealthStatus'] }),
    );
    expect(health.InstanceHealthList?.map((i) => [i.HealthStatus, i.Deployment?.VersionLabel, i.Deployment?.Status])).toEqual([
      ['Ok', 'ok', 'Deployed'],
      ['Ok', 'ok', 'Deployed'],
    ]);
    const logs = await tails(h, 'app-prod', 2);
    const [leader, other] = [...logs.values()];
    for (const t of [leader ?? '', other ?? '']) {
      const order = [
        'Executing instruction: StageApplication',
        'Executing instruction: PreBuildEbExtension',
        'Running platform hook: .platform/hooks/prebuild/01_build.sh',
        'Executing instruction: PostBuildEbExtension',
        'Running platform hook: .platform/hooks/predeploy/01_check.sh',
        'Executing instruction: FlipApplication',
        'Running platform hook: .platform/hooks/postdeploy/01_done.sh',
        'Platform Engine finished execution on command: app-deploy',
      ].map((s) => t.indexOf(s));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(t).toMatch(
        /^----------------------------------------\n\/var\/log\/eb-engine\.log\n----------------------------------------\n\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{6} \[INFO\] /,
      );
      expect(t).toContain('/var/log/cfn-init-cmd.log');
      expect(t).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} \[INFO\] Command 01_first succeeded\n.*\[INFO\] Command 02_second succeeded/);
      expect(t).toMatch(/\[INFO\] Running command \.platform\/hooks\/predeploy\/01_check\.sh\n.*\[INFO\] predeploy ok/);
      expect(t).toMatch(/P\d+ \[INFO\] Command 01_migrate|P\d+ \[INFO\] Test failed with code 1/);
    }
    // leader_only: the container command ran on exactly one instance, with the env property set.
    const ran = [...logs.values()].filter((t) => /\[INFO\] \tmigrating in \/.*\/var\/app\/staging\n.*\[INFO\] \thello/.test(t));
    expect(ran).toHaveLength(1);
    // The live URL serves the version on the instances, by Host header and by the internal path.
    const live = await h.get('/', 'app-prod.us-east-1.elasticbeanstalk.com');
    expect(live.status).toBe(200);
    expect(live.headers['x-hookline-version']).toBe('ok');
    const page = await h.get('/_hookline/eb/app-prod.us-east-1.elasticbeanstalk.com/');
    expect(page.text).toContain('x-hookline-version: ok');
  });

  test('a failing .ebextensions container command fails the deploy; the tails name the command', async () => {
    await version(h, 'app', 'migrate-fails', {
      '.ebextensions/db.config':
        'container_commands:\n  01_migrate:\n    command: echo "running migrations" && echo "relation users does not exist" >&2 && exit 1\n',
      Procfile: 'web: node app.js\n',
    });
    const { env, messages } = await deploy(h, 'app-prod', 'migrate-fails');
    const ids =
      (await h.client.send(new DescribeInstancesHealthCommand({ EnvironmentName: 'app-prod' }))).InstanceHealthList?.map(
        (i) => i.InstanceId,
      ) ?? [];
    expect(env).toMatchObject({ Status: 'Ready', Health: 'Red', HealthStatus: 'Degraded', VersionLabel: 'ok' });
    expect(messages).toEqual(
      expect.arrayContaining([
        "ERROR Instance deployment failed. For details, see 'eb-engine.log'.",
        `ERROR [Instance: ${ids[0]}] Command failed on instance. Return code: 1 Output: Engine execution has encountered an error..`,
        'INFO Command execution completed on all instances. Summary: [Successful: 0, Failed: 2].',
        `ERROR Unsuccessful command execution on instance id(s) '${ids.join(',')}'. Aborting the operation.`,
        'ERROR Failed to deploy application.',
        'WARN Environment health has transitioned from Info to Degraded. Command failed on all instances.',
      ]),
    );
    expect(messages.indexOf('ERROR Failed to deploy application.')).toBeGreaterThan(
      messages.indexOf('INFO Deploying new version to instance(s).'),
    );
    const logs = await tails(h, 'app-prod', 2);
    for (const t of logs.values()) {
      expect(t).toContain(
        '[ERROR] An error occurred during execution of command [app-deploy] - [PostBuildEbExtension]. Stop running the command. Error: container_command 01_migrate in .ebextensions/db.config failed.',
      );
      expect(t).toContain('[INFO] Error occurred during build: Command 01_migrate failed');
      expect(t).toContain(
        '[ERROR] Command 01_migrate (echo "running migrations" && echo "relation users does not exist" >&2 && exit 1) failed',
      );
      expect(t).toContain('[ERROR] Error encountered during build of postbuild_0_app: Command 01_migrate failed');
      expect(t).toMatch(/P\d+ \[INFO\] \trelation users does not exist\n.*P\d+ \[INFO\] -{60}\n.*P\d+ \[ERROR\] Exited with error code 1/);
    }
    // The instances keep the previous version; the live URL still serves it.
    expect((await h.get('/', 'app-prod.us-east-1.elasticbeanstalk.com')).headers['x-hookline-version']).toBe('ok');
  });

  test('on Amazon Linux 2 a failing `commands` entry reads as the cfn-init build failure', async () => {
    await version(h, 'app', 'cmd-fails', {
      '.ebextensions/00_a.config': 'commands: {}\n',
      '.ebextensions/10_packages.config': 'commands:\n  01_install:\n    command: definitely-not-a-command --yes\n',
    });
    const { env } = await deploy(h, 'app-al2', 'cmd-fails');
    expect(env.HealthStatus).toBe('Degraded');
    const [t] = [...(await tails(h, 'app-al2', 1)).values()];
    expect(t).toContain(
      '[ERROR] An error occurred during execution of command [app-deploy] - [PreBuildEbExtension]. Stop running the command. Error: EbExtension build failed. Please refer to /var/log/cfn-init.log for more details.',
    );
    expect(t).toContain('[ERROR] Error encountered during build of prebuild_1_app: Command 01_install failed');
    expect(t).toMatch(/definitely-not-a-command: (command )?not found/);
    expect(t).not.toContain('Running platform hook');
  });

  test('a predeploy hook without its executable bit fails as the platform does (fork/exec … permission denied)', async () => {
    await version(
      h,
      'app',
      'not-executable',
      {
        '.platform/hooks/predeploy/01_migrate.sh': '#!/bin/sh\necho migrate\n',
        '.platform/hooks/prebuild/01_ok.sh': '#!/bin/sh\necho ok\n',
      },
      { '.platform/hooks/predeploy/01_migrate.sh': 0o644 },
    );
    const { env, messages } = await deploy(h, 'app-green', 'not-executable');
    expect(env).toMatchObject({ Health: 'Red', VersionLabel: 'v1' });
    expect(messages).toContain('ERROR Failed to deploy application.');
    const [t] = [...(await tails(h, 'app-green', 1)).values()];
    expect(t).toContain(
      '[ERROR] An error occurred during execution of command [app-deploy] - [RunAppDeployPreDeployHooks]. Stop running the command. Error: Command .platform/hooks/predeploy/01_migrate.sh failed with error fork/exec .platform/hooks/predeploy/01_migrate.sh: permission denied',
    );
    expect(t).toContain('[INFO] Following platform hooks will be executed in order: [01_migrate.sh]');
    expect(t).toContain('/var/log/eb-hooks.log');
  });

  test('a failing hook quotes its stderr, and a CRLF shebang fails like the platform', async () => {
    await version(h, 'app', 'hook-exit', {
      '.platform/hooks/prebuild/01_build.sh': '#!/bin/sh\necho "npm ERR! missing script: build" >&2\nexit 2\n',
    });
    await deploy(h, 'app-green', 'hook-exit');
    let [t] = [...(await tails(h, 'app-green', 1)).values()];
    expect(t).toContain(
      'Error: Command .platform/hooks/prebuild/01_build.sh failed with error exit status 2. Stderr:npm ERR! missing script: build',
    );
    expect(t).toMatch(/\[ERROR\] npm ERR! missing script: build/);
    await version(h, 'app', 'crlf', { '.platform/hooks/prebuild/01_build.sh': '#!/bin/sh\r\necho hi\r\n' });
    await deploy(h, 'app-green', 'crlf');
    [t] = [...(await tails(h, 'app-green', 1)).values()];
    expect(t).toContain('failed with error fork/exec .platform/hooks/prebuild/01_build.sh: no such file or directory');
  });

  // The update lasts a scenario day, so it is still running whenever this test runs (no race with
  // the clock); aborting it, as a user would, makes the environment Ready.
  test('an environment mid-update refuses updates until it is Ready, then deploys', async () => {
    const busy = await describe1(h, 'app-busy');
    expect(busy).toMatchObject({ Status: 'Updating', AbortableOperationInProgress: true });
    await version(h, 'app', 'after-wait', { 'index.html': 'after wait' });
    await expect(
      h.client.send(new UpdateEnvironmentCommand({ EnvironmentName: 'app-busy', VersionLabel: 'after-wait' })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: 'Environment named app-busy is in an invalid state for this operation. Must be Ready.',
    });
    await h.client.send(new AbortEnvironmentUpdateCommand({ EnvironmentName: 'app-busy' }));
    await waitReady(h, 'app-busy');
    const { env } = await deploy(h, 'app-busy', 'after-wait');
    expect(env).toMatchObject({ VersionLabel: 'after-wait', Health: 'Green' });
  });

  test('healthDropAfterDeploy: Severe right as the environment turns Ready; Yellow when set at runtime', async () => {
    await version(h, 'app', 'drops', { 'index.html': 'drop' });
    const { env, messages } = await deploy(h, 'app-drop', 'drops');
    expect(env).toMatchObject({ Status: 'Ready', VersionLabel: 'drops', Health: 'Red', HealthStatus: 'Severe' });
    expect(messages.at(-1)).toBe(
      'WARN Environment health has transitioned from Ok to Severe. 100.0 % of the requests are failing with HTTP 5xx.',
    );
    expect((await h.get('/', env.CNAME)).status).toBe(503);
    h.service.setFault('app-drop', { healthDropAfterDeploy: 'Yellow' });
    await version(h, 'app', 'drops-yellow', { 'index.html': 'yellow' });
    const second = await deploy(h, 'app-drop', 'drops-yellow');
    expect(second.env).toMatchObject({ Health: 'Yellow', HealthStatus: 'Warning' });
  });

  test('AbortEnvironmentUpdate stops the running hooks and rolls back to the previous version', async () => {
    await version(h, 'app', 'slow', { '.platform/hooks/prebuild/01_slow.sh': '#!/bin/sh\necho starting\nsleep 30\necho never\n' });
    const started = Date.now();
    await h.client.send(new UpdateEnvironmentCommand({ EnvironmentName: 'app-green', VersionLabel: 'slow' }));
    await waitFor('hook running', () =>
      Object.values(h.service.instanceLogs('app-green')).some((t) =>
        t.includes('Running platform hook: .platform/hooks/prebuild/01_slow.sh'),
      )
        ? true
        : undefined,
    );
    expect((await describe1(h, 'app-green')).AbortableOperationInProgress).toBe(true);
    await h.client.send(new AbortEnvironmentUpdateCommand({ EnvironmentName: 'app-green' }));
    expect((await describe1(h, 'app-green')).Status).toBe('Aborting');
    const env = await waitReady(h, 'app-green');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(env.VersionLabel).toBe('v1');
    const ev = await h.client.send(new DescribeEventsCommand({ EnvironmentName: 'app-green', MaxRecords: 3 }));
    expect(ev.Events?.map((e) => e.Message)).toEqual([
      'abortEnvironmentUpdate completed successfully.',
      "Environment update was aborted. Rolled back the instances to application version 'v1'.",
      'abortEnvironmentUpdate is starting.',
    ]);
    const [t] = Object.values(h.service.instanceLogs('app-green'));
    expect(t).toContain('Received signal to abort the command. Stop running the command.');
    expect(t).not.toContain('never');
  });

  test('SwapEnvironmentCNAMEs swaps the CNAMEs; the live URL follows', async () => {
    await version(h, 'app', 'green-v', { 'index.html': 'green' });
    await deploy(h, 'app-green', 'green-v');
    const before = { prod: (await describe1(h, 'app-prod')).CNAME, green: (await describe1(h, 'app-green')).CNAME };
    expect((await h.get('/', before.prod)).headers['x-hookline-version']).toBe('ok');
    await h.client.send(new SwapEnvironmentCNAMEsCommand({ SourceEnvironmentName: 'app-green', DestinationEnvironmentName: 'app-prod' }));
    expect((await describe1(h, 'app-prod')).Status).toBe('Updating');
    await waitReady(h, 'app-prod');
    await waitReady(h, 'app-green');
    expect((await describe1(h, 'app-prod')).CNAME).toBe(before.green);
    expect((await describe1(h, 'app-green')).CNAME).toBe(before.prod);
    expect((await h.get('/', before.prod)).headers['x-hookline-version']).toBe('green-v');
    expect((await h.get(`/_hookline/eb/${before.prod}/`)).text).toContain('x-hookline-version: green-v');
    const ev = await h.client.send(new DescribeEventsCommand({ EnvironmentName: 'app-prod', MaxRecords: 1 }));
    expect(ev.Events?.[0]?.Message).toBe("Completed swapping CNAMEs for environments 'app-green' and 'app-prod'.");
  });
});
