// Shared pieces of the end-to-end tests: workspaces on disk, emulator scenarios, and reading
// what the emulator holds through the real SDK clients.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeDeployClient, ListDeploymentsCommand, GetDeploymentCommand } from '@aws-sdk/client-codedeploy';
import { startEmulator, type DeploymentGroupInput, type Emulator, type FaultSpec, type ScenarioInput } from '../emulator/index.js';
import { REPO_ROOT, type RunResult } from '../harness/runner.js';

export function workspaceWith(files: Record<string, string>, modes: Record<string, number> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookline-ws-'));
  for (const [name, content] of Object.entries(files)) {
    const full = join(dir, name);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content, { mode: modes[name] ?? (name.endsWith('.sh') ? 0o755 : 0o644) });
  }
  return dir;
}

/** A copy of examples/sample-app as the workspace, optionally with files replaced. */
export function sampleApp(overrides: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookline-app-'));
  cpSync(join(REPO_ROOT, 'examples', 'sample-app'), dir, { recursive: true });
  for (const [name, content] of Object.entries(overrides)) writeFileSync(join(dir, name), content);
  return dir;
}

/**
 * CodeDeploy application `shop` with these deployment groups and its revisions bucket
 * `shop-releases` — the fleet most tests release to. Omitted options keep the scenario defaults.
 */
export function shopFleet(
  groups: DeploymentGroupInput[],
  o: { timeScale?: number; eventDuration?: number; faults?: FaultSpec[] } = {},
): ScenarioInput {
  return {
    timeScale: o.timeScale ?? 0.001,
    s3: { buckets: ['shop-releases'] },
    codedeploy: {
      ...(o.eventDuration !== undefined ? { eventDuration: o.eventDuration } : {}),
      applications: [{ name: 'shop', deploymentGroups: groups }],
    },
    faults: o.faults ?? [],
  };
}

/** An emulator holding this scenario, written as a typed literal (the YAML format's fields, checked by the compiler). */
export function emulatorFrom(scenario: ScenarioInput): Promise<Emulator> {
  return startEmulator({ scenario });
}

export function codeDeploy(emu: Emulator): CodeDeployClient {
  return new CodeDeployClient({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
}

export async function deploymentsOf(emu: Emulator, application: string, group: string) {
  const client = codeDeploy(emu);
  const ids =
    (await client.send(new ListDeploymentsCommand({ applicationName: application, deploymentGroupName: group }))).deployments ?? [];
  return Promise.all(ids.map(async (id) => (await client.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!));
}

/** Environment for the action: the emulator's endpoints and dummy credentials, nothing else of AWS. */
export function awsEnv(emu: Emulator): Record<string, string> {
  return { ...emu.env };
}

export function errorsOf(r: RunResult) {
  return r.annotations.filter((a) => a.command === 'error');
}

/** Resolves once `check` holds, looking every 20 ms (the test's own timeout bounds the wait). */
export async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 20));
}
