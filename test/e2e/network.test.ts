// A flaky or hostile network between the runner and AWS (issue 14, items 2 and 5), end to end:
// dist/ through the runner harness against the emulator's network faults. A 5xx storm or a
// cut-off answer never stops a healthy release; a hung endpoint never holds the step past its
// timeout; a tail log that trickles or never ends is cut, and the diagnosis still comes.
import { DescribeEnvironmentsCommand, ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { runAction, type RunResult } from '../harness/runner.js';
import { startEmulator, type Emulator, type FaultSpec } from '../emulator/index.js';
import { deploymentsOf, emulatorFrom, errorsOf, sampleApp, shopFleet, workspaceWith } from './helpers.js';

/** A CodeDeploy fleet; eventDuration scenario seconds per lifecycle event (× timeScale in real time). */
const fleet = (instances: number, timeScale: number, eventDuration: number, faults: FaultSpec[]) =>
  shopFleet([{ name: 'prod', instances }], { timeScale, eventDuration, faults });

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
const faulted = (emu: Emulator, fault: string) => emu.calls.records.filter((c) => c.fault === fault).length;

describe('CodeDeploy watch on a flaky network', () => {
  let emu: Emulator | undefined;
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
  });

  it('waits out a 503 storm and a cut-off GetDeployment answer; the healthy deployment succeeds and is never stopped', async () => {
    emu = await emulatorFrom(
      fleet(3, 0.01, 20, [
        { type: 'serverError', service: 'codedeploy', operation: 'GetDeployment', after: 1, count: 6, status: 503 },
        { type: 'malformed', service: 'codedeploy', operation: 'GetDeployment', after: 3, count: 1 },
      ]),
    );
    const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
    expect({ exit: r.main.exitCode, errors: errorsOf(r) }).toEqual({ exit: 0, errors: [] });
    expect(r.outputs.status).toBe('Succeeded');
    expect(r.state.outcome).toBe('succeeded');
    expect(faulted(emu, 'serverError')).toBe(6);
    expect(faulted(emu, 'malformed')).toBe(1);
    expect(log(r)).toMatch(/Could not read deployment d-\w+ \(HTTP 503\); retrying until the timeout/);
    expect(log(r)).toMatch(/Could not read deployment d-\w+ \(an answer that could not be read\)/);
    expect(warnings(r)).toEqual([]);
    expect(log(r, 'post')).not.toMatch(/stop/i);
    const [only] = await deploymentsOf(emu, 'shop', 'prod');
    expect(only?.status).toBe('Succeeded');
  });

  it('an error of its own ends the watch but leaves the deployment running; the post step says so and stops nothing', async () => {
    // The third GetDeployment is refused (a 400 no retry can fix); the deployment itself is fine.
    emu = await emulatorFrom(
      fleet(2, 0.01, 100, [{ type: 'echoHeaders', service: 'codedeploy', operation: 'GetDeployment', after: 2, count: 1 }]),
    );
    const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
    expect(r.main.exitCode).toBe(1);
    expect(warnings(r).filter((w) => w.properties.title === 'Deployment stopped')).toEqual([]);
    expect(r.state.outcome).toBe('crashed');
    const left = warnings(r).find((w) => w.properties.title === 'Deployment left running');
    expect(left?.message).toMatch(/because of its own error .* not because the run was cancelled: the deployment is left running/);
    await emu.idle();
    const [only] = await deploymentsOf(emu, 'shop', 'prod');
    expect(only?.status).toBe('Succeeded');
  });

  it('a hung GetDeployment never holds the step past its timeout; the post step (also hung once) still stops the deployment', async () => {
    emu = await emulatorFrom(
      fleet(2, 0.01, 100, [{ type: 'hang', service: 'codedeploy', operation: 'GetDeployment', after: 1, count: 2 }]),
    );
    const r = await runAction({ inputs: inputs({ timeout: '4s' }), env: emu.env, workspace: sampleApp(), timeoutMs: 45_000 });
    expect({ signal: r.main.signal, exit: r.main.exitCode }).toEqual({ signal: null, exit: 1 });
    expect(errorsOf(r).map((e) => e.message)).toEqual([expect.stringMatching(/did not finish within the timeout \(4s\)/)]);
    expect(r.state.outcome).toBe('timed-out');
    expect(r.post?.signal).toBeNull();
    const stopped = warnings(r).find((w) => w.properties.title === 'Deployment stopped');
    expect(stopped?.message).toMatch(
      /did not finish within the timeout \(on-cancel: stop\): (stopped|asked CodeDeploy to stop) deployment d-/,
    );
    expect(faulted(emu, 'hang')).toBe(2);
    await emu.idle();
    const [only] = await deploymentsOf(emu, 'shop', 'prod');
    expect(only?.status).toBe('Stopped');
  });
});

const APP = {
  Procfile: 'web: node app.js\n',
  'app.js': "require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 8080);\n",
  'package.json': '{"name":"shop","version":"1.0.0"}\n',
};
const FAILING_CONFIG = ['commands:', '  filebeat_install:', '    command: rpm -vi filebeat-5.4.1-x86_64.rpm', ''].join('\n');

function beanstalk(faults: unknown[] = []): Promise<Emulator> {
  return startEmulator({
    scenario: {
      timeScale: 0.01,
      faults,
      beanstalk: {
        applications: [{ name: 'shop', versions: [{ label: 'v1', files: APP }] }],
        environments: [{ name: 'shop-prod', application: 'shop', cname: 'shop-prod', instances: 1, versionLabel: 'v1' }],
      },
    },
  });
}

const ebInputs = (extra: Record<string, string> = {}) => ({
  application: 'shop',
  environment: 'shop-prod',
  region: 'us-east-1',
  'poll-interval': '50ms',
  timeout: '2m',
  validate: 'off',
  ...extra,
});

describe('Beanstalk watch and tail logs on a hostile network', () => {
  let emu: Emulator | undefined;
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
  });

  it('waits out a 503 storm on DescribeEnvironments and a cut-off DescribeEvents answer; the update succeeds', async () => {
    emu = await beanstalk([
      { type: 'serverError', service: 'beanstalk', operation: 'DescribeEnvironments', after: 3, count: 6 },
      { type: 'malformed', service: 'beanstalk', operation: 'DescribeEvents', after: 2, count: 1 },
    ]);
    const r = await runAction({ inputs: ebInputs(), env: emu.env, workspace: workspaceWith(APP) });
    expect({ exit: r.main.exitCode, errors: errorsOf(r) }).toEqual({ exit: 0, errors: [] });
    expect(r.state.outcome).toBe('succeeded');
    expect(faulted(emu, 'serverError')).toBe(6);
    expect(faulted(emu, 'malformed')).toBe(1);
    expect(log(r)).toMatch(
      /Could not read environment shop-prod \((HTTP 503|an answer that could not be read)\); retrying until the timeout/,
    );
    const eb = new ElasticBeanstalkClient({
      endpoint: emu.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const env = (await eb.send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['shop-prod'] }))).Environments?.[0];
    expect(env?.VersionLabel).toBe(r.outputs['version-label']);
  });

  it('a tail log served at 1 byte/s is cut at the time limit and the failure is still explained', async () => {
    emu = await beanstalk([{ type: 'tailLog', mode: 'slow', bytesPerSecond: 1 }]);
    const r = await runAction({
      inputs: ebInputs({ timeout: '8s' }),
      env: emu.env,
      workspace: workspaceWith({ ...APP, '.ebextensions/01filebeat.config': FAILING_CONFIG }),
      timeoutMs: 60_000,
    });
    expect({ signal: r.main.signal, exit: r.main.exitCode }).toEqual({ signal: null, exit: 1 });
    expect(log(r)).toMatch(/The tail log of i-\w+ was cut after the time limit \(\d+ bytes read\)/);
    expect(errorsOf(r).length).toBeGreaterThan(0);
  });

  it('a tail log declaring 200 MB is read up to 2 MiB only', async () => {
    emu = await beanstalk([{ type: 'tailLog', mode: 'huge', declaredBytes: 200 * 1024 * 1024 }]);
    const r = await runAction({
      inputs: ebInputs(),
      env: emu.env,
      workspace: workspaceWith({ ...APP, '.ebextensions/01filebeat.config': FAILING_CONFIG }),
      timeoutMs: 60_000,
    });
    expect({ signal: r.main.signal, exit: r.main.exitCode }).toEqual({ signal: null, exit: 1 });
    expect(log(r)).toMatch(/The tail log of i-\w+ was cut after 2097152 bytes \(the limit\)/);
  });
});
