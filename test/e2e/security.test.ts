// What hookline guarantees a security reviewer (issue 14, items 3, 4, 6, 7 and 9; docs/security.md),
// end to end: dist/ through the runner harness against the emulator. Only what this run started
// is stopped; a pull request's code never lands on production's instances or from a fork by
// default; AWS secrets are masked before any request; errors say what a person can act on.
import { GetDeploymentCommand, GetDeploymentGroupCommand } from '@aws-sdk/client-codedeploy';
import { DescribeEnvironmentsCommand, ElasticBeanstalkClient, UpdateEnvironmentCommand } from '@aws-sdk/client-elastic-beanstalk';
import { runAction, type RunResult } from '../harness/runner.js';
import { startEmulator, type DeploymentGroupInput, type Emulator, type FaultSpec } from '../emulator/index.js';
import { codeDeploy, deploymentsOf, emulatorFrom, errorsOf, sampleApp, shopFleet, until, workspaceWith } from './helpers.js';

const fleet = (timeScale: number, eventDuration: number, groups: DeploymentGroupInput[] = [], faults: FaultSpec[] = []) =>
  shopFleet([{ name: 'prod', instances: 2 }, ...groups], { timeScale, eventDuration, faults });

const inputs = (extra: Record<string, string> = {}) => ({
  application: 'shop',
  'deployment-group': 'prod',
  's3-bucket': 'shop-releases',
  'poll-interval': '50ms',
  timeout: '2m',
  ...extra,
});

const log = (r: RunResult, step: 'main' | 'post' = 'main') => (r[step]?.log ?? []).join('\n');
const warnings = (r: RunResult) => r.annotations.filter((a) => a.command === 'warning');
const messages = (r: RunResult) => errorsOf(r).map((e) => e.message);

const repo = { full_name: 'octo-org/shop', name: 'shop', owner: { login: 'octo-org' }, fork: false };
function prEvent(number: number, head: Record<string, unknown> = repo) {
  return {
    action: 'opened',
    number,
    pull_request: {
      number,
      state: 'open',
      html_url: `https://github.com/octo-org/shop/pull/${number}`,
      merged: false,
      head: { ref: 'feature/x', sha: 'a'.repeat(40), repo: head },
      base: { ref: 'main', sha: 'b'.repeat(40), repo },
    },
    repository: repo,
  };
}
const prEnv = (number: number) => ({ GITHUB_REF: `refs/pull/${number}/merge`, GITHUB_SHA: 'c'.repeat(40) });

describe('only what this run started is stopped (items 3 and 4)', () => {
  let emu: Emulator | undefined;
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
  });

  it('a cancel while CreateDeployment is in flight: the post step finds the deployment by its token and stops it', async () => {
    // CodeDeploy creates the deployment but its answer never comes back; the run is cancelled meanwhile.
    emu = await emulatorFrom(
      fleet(0.01, 100, [], [{ type: 'hang', service: 'codedeploy', operation: 'CreateDeployment', apply: true, count: 1 }]),
    );
    const created = until(() => emu!.calls.count('codedeploy:CreateDeployment') > 0);
    const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp(), cancelOn: created });
    expect(r.main.exitCode).toBe(1);
    await emu.idle();
    const all = await deploymentsOf(emu, 'shop', 'prod');
    expect(all.map((d) => d.status)).toEqual(['Stopped']);
    expect(r.state.outcome).toBe('cancelled');
    expect(log(r, 'post')).toMatch(/found the deployment it started by its token: d-\w+/);
    expect(warnings(r).find((w) => w.properties.title === 'Deployment stopped')?.message).toMatch(/The run was cancelled/);
  });

  it("a cancel after hookline's Beanstalk update completed never aborts another client's update", async () => {
    const APP = { Procfile: 'web: node app.js\n', 'app.js': 'require("http").createServer((q,s)=>s.end("ok")).listen(8080);\n' };
    emu = await startEmulator({
      scenario: {
        timeScale: 0.01,
        beanstalk: {
          timing: { instanceDeploy: 1000 },
          applications: [
            {
              name: 'shop',
              versions: [
                { label: 'v1', files: APP },
                { label: 'v-other', files: APP },
              ],
            },
          ],
          environments: [{ name: 'shop-prod', application: 'shop', cname: 'shop-prod', instances: 1, versionLabel: 'v1' }],
        },
      },
    });
    const eb = new ElasticBeanstalkClient({
      endpoint: emu.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const env = async () => (await eb.send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['shop-prod'] }))).Environments?.[0];
    // Once hookline's own update is done (Ready on its label), another client starts one; then the run is cancelled.
    const otherStarted = (async () => {
      await until(async () => {
        const e = await env();
        return e?.Status === 'Ready' && e.VersionLabel !== 'v1';
      });
      await eb.send(new UpdateEnvironmentCommand({ EnvironmentName: 'shop-prod', VersionLabel: 'v-other' }));
    })();
    const r = await runAction({
      inputs: { application: 'shop', environment: 'shop-prod', region: 'us-east-1', 'poll-interval': '2s', timeout: '2m', validate: 'off' },
      env: emu.env,
      workspace: workspaceWith(APP),
      cancelOn: otherStarted,
    });
    await until(async () => (await env())?.Status === 'Ready');
    expect((await env())?.VersionLabel).toBe('v-other');
    expect(warnings(r).filter((w) => w.properties.title === 'Environment update aborted')).toEqual([]);
    expect(r.state.outcome).toBe('cancelled');
    expect(log(r, 'post')).toMatch(
      /Environment shop-prod is Updating, but not with this run's update .*another update is running; it is left alone/,
    );
  });
});

describe('PR previews never land on production instances (item 6)', () => {
  let emu: Emulator | undefined;
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
  });
  const preview = (number: number, extra: Record<string, string> = {}, more: Partial<Parameters<typeof runAction>[0]> = {}) =>
    runAction({
      inputs: inputs({ mode: 'preview', ...extra }),
      env: { ...emu!.env, ...prEnv(number) },
      eventName: 'pull_request',
      event: prEvent(number),
      workspace: sampleApp(),
      ...more,
    });

  it('creating a preview group needs an explicit template, and one that selects other instances than deployment-group', async () => {
    emu = await emulatorFrom(fleet(0.001, 1));
    const none = await preview(5);
    expect(none.main.exitCode).toBe(1);
    expect(messages(none)).toEqual([
      expect.stringMatching(/Creating the preview deployment group 'prod-pr-5' needs preview-template-group/),
    ]);
    const same = await preview(5, { 'preview-template-group': 'prod' });
    expect(same.main.exitCode).toBe(1);
    expect(messages(same)).toEqual([
      expect.stringMatching(/would select the same instances as deployment-group 'prod' .*Set preview-instance-tags/),
    ]);
    expect(emu.calls.count('codedeploy:CreateDeploymentGroup')).toBe(0);
    expect(emu.calls.count('codedeploy:CreateDeployment')).toBe(0);
  });

  it('cleanup stops a deployment still running on the preview group before deleting it', async () => {
    emu = await emulatorFrom(fleet(0.01, 100, [{ name: 'pr-6', instances: 1 }]));
    const tags = { 'preview-template-group': 'prod', 'preview-instance-tags': 'codedeploy-group=pr-{number}' };
    // A preview whose run is cancelled with on-cancel: leave — its deployment keeps running.
    const left = await preview(6, { ...tags, 'on-cancel': 'leave' }, { cancelWhen: (l) => /Deployment d-\w+ created/.test(l) });
    expect(warnings(left).map((w) => w.properties.title)).toContain('Deployment left running');
    const group = await codeDeploy(emu).send(new GetDeploymentGroupCommand({ applicationName: 'shop', deploymentGroupName: 'prod-pr-6' }));
    expect(group.deploymentGroupInfo?.ec2TagFilters).toEqual([{ Key: 'codedeploy-group', Value: 'pr-6', Type: 'KEY_AND_VALUE' }]);
    const [running] = await deploymentsOf(emu, 'shop', 'prod-pr-6');
    expect(['Created', 'Queued', 'InProgress']).toContain(running?.status);

    const cleanup = await preview(6, { mode: 'cleanup', 's3-bucket': '' });
    expect({ exit: cleanup.main.exitCode, errors: errorsOf(cleanup) }).toEqual({ exit: 0, errors: [] });
    expect(log(cleanup)).toMatch(new RegExp(`Stopping deployment ${running?.deploymentId}, still running on prod-pr-6`));
    const stopped = (await codeDeploy(emu).send(new GetDeploymentCommand({ deploymentId: running!.deploymentId! }))).deploymentInfo;
    expect(stopped?.status).toBe('Stopped');
    await expect(
      codeDeploy(emu).send(new GetDeploymentGroupCommand({ applicationName: 'shop', deploymentGroupName: 'prod-pr-6' })),
    ).rejects.toMatchObject({ name: 'DeploymentGroupDoesNotExistException' });
  });
});

describe('forks are never deployed by default (item 7)', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await emulatorFrom(fleet(0.001, 1));
  });
  afterAll(() => emu.close());
  const fork = { full_name: 'mallory/shop', name: 'shop', owner: { login: 'mallory' }, fork: true };

  it('a pull request from a fork is not deployed even though this runner has AWS credentials; allow-forks: true opts in', async () => {
    const before = emu.calls.count();
    const r = await runAction({
      inputs: inputs(),
      env: { ...emu.env, ...prEnv(9) },
      eventName: 'pull_request',
      event: prEvent(9, fork),
      workspace: sampleApp(),
    });
    expect({ exit: r.main.exitCode, errors: errorsOf(r) }).toEqual({ exit: 0, errors: [] });
    const notices = r.annotations.filter((a) => a.command === 'notice');
    expect(notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/comes from the fork mallory\/shop: .*unless the workflow sets allow-forks: true/),
    ]);
    expect(emu.calls.count()).toBe(before);
    expect(r.outputs['deployment-id']).toBeUndefined();

    const allowed = await runAction({
      inputs: inputs({ 'allow-forks': 'true' }),
      env: { ...emu.env, ...prEnv(9) },
      eventName: 'pull_request',
      event: prEvent(9, fork),
      workspace: sampleApp(),
    });
    expect(allowed.main.exitCode).toBe(0);
    expect(allowed.outputs.status).toBe('Succeeded');
  });
});

describe('secrets and errors a person can act on (item 9)', () => {
  let emu: Emulator | undefined;
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
  });
  const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKENneverPrinted0042';
  const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYnever';

  it('masks the secret key and session token before any request, so a header-echoing endpoint shows ***', async () => {
    emu = await emulatorFrom(
      fleet(0.001, 1, [], [{ type: 'echoHeaders', service: 'codedeploy', operation: 'RegisterApplicationRevision', count: 1 }]),
    );
    const r = await runAction({
      inputs: inputs(),
      env: { ...emu.env, AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: TOKEN },
      workspace: sampleApp(),
    });
    expect(r.main.exitCode).toBe(1);
    const lines = r.main.stdout.split('\n');
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toEqual(expect.arrayContaining([`::add-mask::${SECRET}`, `::add-mask::${TOKEN}`]));
    // The masks come first; the echoed token appears only after the runner was told to hide it.
    const firstLeak = lines.findIndex((l) => l.includes(TOKEN) && !l.startsWith('::add-mask::'));
    expect(firstLeak).toBeGreaterThan(lines.indexOf(`::add-mask::${TOKEN}`));
    expect(messages(r).join('\n')).toContain('x-amz-security-token');
  });

  it('a wrong secret key is called that, not a missing s3:PutObject permission', async () => {
    // What S3 answers a request signed with a secret that does not belong to the access key id.
    const signature = 'The request signature we calculated does not match the signature you provided. Check your key and signing method.';
    emu = await emulatorFrom(
      fleet(
        0.001,
        1,
        [],
        [{ type: 'refuse', service: 's3', operation: 'PutObject', status: 403, code: 'SignatureDoesNotMatch', message: signature }],
      ),
    );
    const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
    expect(r.main.exitCode).toBe(1);
    expect(messages(r)).toEqual([
      expect.stringMatching(
        /S3 rejected the AWS credentials \(SignatureDoesNotMatch\): the secret access key does not belong to the access key id.*not a missing permission/,
      ),
    ]);
    expect(messages(r).join('')).not.toMatch(/s3:PutObject/);
  });

  it('a 5xx storm on HEAD is "S3 answered HTTP 503", not "UnknownError"', async () => {
    emu = await emulatorFrom(
      fleet(0.001, 1, [], [{ type: 'serverError', service: 's3', operation: 'HeadObject', count: 10, status: 503 }]),
    );
    const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
    expect(r.main.exitCode).toBe(1);
    expect(messages(r)).toEqual([expect.stringMatching(/S3 answered HTTP 503 .*rerun the job/)]);
    expect(messages(r).join('')).not.toMatch(/UnknownError/);
  });

  it('a cut-off answer is "could not be read", not a raw SyntaxError', async () => {
    emu = await emulatorFrom(
      fleet(0.001, 1, [], [{ type: 'malformed', service: 'codedeploy', operation: 'RegisterApplicationRevision', count: 1 }]),
    );
    const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
    expect(r.main.exitCode).toBe(1);
    expect(messages(r)).toEqual([expect.stringMatching(/Could not register the revision .*answer could not be read/)]);
    expect(messages(r).join('')).not.toMatch(/SyntaxError/);
  });

  it('a cancel during the upload says the run was cancelled, not "AbortError"', async () => {
    emu = await emulatorFrom(fleet(0.001, 1, [], [{ type: 'hang', service: 's3', operation: 'PutObject', count: 1 }]));
    const uploading = until(() => emu!.calls.count('s3:PutObject') > 0);
    const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp(), cancelOn: uploading });
    expect(r.main.exitCode).toBe(1);
    expect(r.state.outcome).toBe('cancelled');
    expect(messages(r)).toEqual([
      expect.stringMatching(/^Cancelled while uploading the revision to s3:\/\/shop-releases\/.*nothing was deployed/),
    ]);
    expect(messages(r).join('')).not.toMatch(/AbortError/);
  });
});
