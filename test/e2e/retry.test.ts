// Release policies end to end (dist/ under Node 24, the emulator through AWS_ENDPOINT_URL):
// `retries` starts a new deployment only for a transient cause; `outdated-instances-only`
// finishes a partly failed release on the instances that missed it.
import { runAction, type RunResult } from '../harness/runner.js';
import type { FaultSpec } from '../emulator/index.js';
import { emulatorFrom, sampleApp, deploymentsOf, errorsOf, shopFleet } from './helpers.js';

const FLEET = ['i-0e2e00000000000a1', 'i-0e2e00000000000a2', 'i-0e2e00000000000a3'];

const scenario = (faults: FaultSpec[] = []) =>
  shopFleet([{ name: 'prod', instances: FLEET, deploymentConfigName: 'CodeDeployDefault.AllAtOnce' }], { eventDuration: 1, faults });

const inputs = (extra: Record<string, string> = {}) => ({
  application: 'shop',
  'deployment-group': 'prod',
  's3-bucket': 'shop-releases',
  'poll-interval': '50ms',
  timeout: '2m',
  ...extra,
});

const log = (r: RunResult) => r.main.log.join('\n');
/** The summary's attempts table rows: [attempt, deployment id, status, causes, retry note]. */
const attemptRows = (r: RunResult) =>
  [...r.summary.matchAll(/^\| (\d) \| \[(d-\w+)\]\([^)]*\) \| (\w+) \| ([^|]*) \| (.*) \|$/gm)].map((m) => m.slice(1).map((c) => c.trim()));

describe('retries', () => {
  it('retries a deployment CodeDeploy failed with an internal error, and the new one succeeds', async () => {
    const emu = await emulatorFrom(scenario([{ type: 'platformError', code: 'INTERNAL_ERROR', count: 1 }]));
    try {
      const r = await runAction({ inputs: inputs({ retries: '2' }), env: emu.env, workspace: sampleApp() });
      expect(errorsOf(r)).toEqual([]);
      expect(r.main.exitCode).toBe(0);
      const deployments = await deploymentsOf(emu, 'shop', 'prod');
      expect(deployments.map((d) => d.status).sort()).toEqual(['Failed', 'Succeeded']);
      const failed = deployments.find((d) => d.status === 'Failed');
      const succeeded = deployments.find((d) => d.status === 'Succeeded');
      expect(failed?.errorInformation?.code).toBe('INTERNAL_ERROR');
      // Two deployments, two tokens: the retry's description carries its own.
      expect(failed?.description).toMatch(/\[hookline-4242-1-\w{12}\]$/);
      expect(succeeded?.description).toMatch(/\[hookline-4242-1-\w{12}-r2\]$/);
      expect(r.outputs).toMatchObject({ attempts: '2', status: 'Succeeded', 'deployment-id': succeeded?.deploymentId });
      expect(attemptRows(r)).toEqual([
        ['1', failed?.deploymentId, 'Failed', '`platform-error`', 'retried: AWS reported an internal error or throttled the deployment'],
        ['2', succeeded?.deploymentId, 'Succeeded', '—', 'succeeded'],
      ]);
      expect(log(r)).toMatch(
        /Attempt 1 failed for a transient cause \(AWS reported an internal error or throttled the deployment\); starting attempt 2 of at most 3\./,
      );
      expect(r.state['in-flight'] ?? '').toBe('');
    } finally {
      await emu.close();
    }
  });

  it('does not retry a script that failed, and says why', async () => {
    const emu = await emulatorFrom(scenario());
    try {
      const broken = sampleApp({ 'scripts/start.sh': '#!/bin/sh\necho "port 8080 already in use" >&2\nexit 3\n' });
      const r = await runAction({ inputs: inputs({ retries: '2' }), env: emu.env, workspace: broken });
      expect(r.main.exitCode).toBe(1);
      const deployments = await deploymentsOf(emu, 'shop', 'prod');
      expect(deployments).toHaveLength(1);
      expect(r.outputs).toMatchObject({ attempts: '1', status: 'Failed' });
      expect(attemptRows(r)).toEqual([
        [
          '1',
          deployments[0]?.deploymentId,
          'Failed',
          '`script-failed`',
          'not retried: script-failed is not transient: the same revision would fail again',
        ],
      ]);
      expect(errorsOf(r).some((e) => e.properties.file === 'scripts/start.sh' || /exit code 3/.test(e.message))).toBe(true);
      expect(errorsOf(r).at(-1)?.message).toMatch(/^Deployment d-\w+ failed/);
    } finally {
      await emu.close();
    }
  });

  it('with retries: 0 (the default) a transient failure fails the run after one deployment', async () => {
    const emu = await emulatorFrom(scenario([{ type: 'platformError', code: 'THROTTLED' }]));
    try {
      const r = await runAction({ inputs: inputs(), env: emu.env, workspace: sampleApp() });
      expect(r.main.exitCode).toBe(1);
      expect(await deploymentsOf(emu, 'shop', 'prod')).toHaveLength(1);
      expect(r.outputs.attempts).toBe('1');
      expect(errorsOf(r).at(-1)?.message).toMatch(/^Deployment d-\w+ failed \(THROTTLED\)/);
    } finally {
      await emu.close();
    }
  });
});

describe('outdated-instances-only', () => {
  it('deploys only to the instance the previous release missed; the others are Skipped', async () => {
    const emu = await emulatorFrom(scenario());
    try {
      const workspace = sampleApp();
      // The release fails on one instance (disk full); AllAtOnce lets it succeed with a warning.
      const fault = emu.faults.add({ type: 'diskFull', event: 'Install', instances: [FLEET[2] as string] });
      const partial = await runAction({ inputs: inputs(), env: emu.env, workspace });
      emu.faults.remove(fault);
      expect(partial.outputs).toMatchObject({ status: 'Succeeded', 'failed-instances': FLEET[2] });

      const r = await runAction({ inputs: inputs({ 'outdated-instances-only': 'true' }), env: emu.env, workspace });
      expect(errorsOf(r)).toEqual([]);
      expect(r.outputs).toMatchObject({ status: 'Succeeded', 'failed-instances': '', uploaded: 'false' });
      const [latest] = await deploymentsOf(emu, 'shop', 'prod');
      expect(latest?.deploymentId).toBe(r.outputs['deployment-id']);
      expect(latest).toMatchObject({
        updateOutdatedInstancesOnly: true,
        deploymentOverview: expect.objectContaining({ Succeeded: 1, Skipped: 2 }),
      });
      const rows = Object.fromEntries([...r.summary.matchAll(/^\| (i-\w+) \| \S+ (\w+) \|/gm)].map((m) => [m[1], m[2]]));
      expect(rows).toEqual({ [FLEET[0] as string]: 'Skipped', [FLEET[1] as string]: 'Skipped', [FLEET[2] as string]: 'Succeeded' });
    } finally {
      await emu.close();
    }
  });
});
