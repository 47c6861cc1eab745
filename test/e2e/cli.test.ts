// The CLI contract (DESIGN.md), through the built dist/cli.js under Node 24.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE24, DIST, REPO_ROOT } from '../harness/runner.js';
import { emulatorFrom, sampleApp, shopFleet } from './helpers.js';
import { runAction } from '../harness/runner.js';

// Asynchronous on purpose: the emulator serves from this process's event loop.
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [join(DIST, 'cli.js'), ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const seedAppspec = `version: 0.0
os: linux
files:
  - source: /
    destination: /var/app/current
hooks:
  AfterInstall:
    - location: /var/app/current/start_aplication.sh
      timeout: 180
`;

describe('hookline validate', () => {
  it('prints findings as the JSON contract and exits 1 on an error', async () => {
    const dir = sampleApp({ 'appspec.yml': seedAppspec });
    writeFileSync(join(dir, 'start_aplication.sh'), '#!/bin/sh\n', { mode: 0o755 });
    const r = await cli(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
    expect(findings[0]).toEqual({
      file: 'appspec.yml',
      line: 8,
      column: expect.any(Number),
      severity: 'error',
      rule: 'appspec/hook-location-missing',
      message: expect.stringContaining("Did you mean 'start_aplication.sh'"),
    });
  });

  it('exits 0 with no findings on the sample app, in text form', async () => {
    const r = await cli(['validate', join(REPO_ROOT, 'examples', 'sample-app'), '--format', 'text']);
    expect(r).toMatchObject({ code: 0, stdout: 'No findings.\n' });
  });

  it('rejects an unknown format with usage and exit 2', async () => {
    const r = await cli(['validate', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format must be one of json, text; got 'xml'/);
  });
});

describe('hookline explain', () => {
  it('turns the seed’s AWS facts into a script-missing diagnosis on the appspec line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookline-seed-'));
    writeFileSync(join(dir, 'appspec.yml'), seedAppspec);
    writeFileSync(join(dir, 'start_aplication.sh'), '#!/bin/sh\n', { mode: 0o755 });
    const r = await cli([
      'explain',
      '--input',
      join(REPO_ROOT, 'test', 'fixtures', 'explain', 'seed-script-missing.json'),
      '--appspec',
      dir,
    ]);
    expect(r.code).toBe(0);
    const { diagnoses } = JSON.parse(r.stdout) as { diagnoses: Record<string, unknown>[] };
    expect(diagnoses[0]).toMatchObject({
      category: 'script-missing',
      severity: 'error',
      lifecycleEvent: 'AfterInstall',
      file: 'appspec.yml',
      line: 8,
    });
    expect(diagnoses[0]?.message).toMatch(/start_aplication\.sh/);
  });

  it('fetches the facts of a failed deployment from AWS by id', async () => {
    const emu = await emulatorFrom(shopFleet([{ name: 'prod', instances: 2 }]));
    try {
      const run = await runAction({
        inputs: { application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'shop-releases', validate: 'off', 'poll-interval': '50ms' },
        env: emu.env,
        workspace: sampleApp({ 'appspec.yml': seedAppspec }),
      });
      const id = run.outputs['deployment-id'] ?? '';
      expect(id).toMatch(/^d-/);
      const r = await cli(['explain', '--deployment-id', id, '--format', 'text'], emu.env);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^ERROR \[script-missing\] AfterInstall/m);
    } finally {
      await emu.close();
    }
  });
});

describe('hookline bundle', () => {
  it('writes the same archive twice, byte for byte, lists modes, and prints both digests', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hookline-out-'));
    const a = await cli(['bundle', join(REPO_ROOT, 'examples', 'sample-app'), '--out', join(out, 'a.zip'), '--list']);
    const b = await cli(['bundle', join(REPO_ROOT, 'examples', 'sample-app'), '--out', join(out, 'b.zip')]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(readFileSync(join(out, 'a.zip')).equals(readFileSync(join(out, 'b.zip')))).toBe(true);
    expect(a.stdout).toMatch(/^100755\s+\d+ scripts\/start\.sh$/m);
    const digests = (out: string) => ({
      sha256: /^([0-9a-f]{64}) {2}\S+\.zip \(\d+ entries, \d+ bytes\)$/m.exec(out)?.[1],
      tree: /^tree digest ([0-9a-f]{64}) \(the action's S3 key: <prefix>\/<application>-\1\.zip\)$/m.exec(out)?.[1],
    });
    expect(digests(a.stdout).sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(out, 'a.zip')))
        .digest('hex'),
    );
    expect(digests(a.stdout).tree).toMatch(/^[0-9a-f]{64}$/);
    expect(digests(b.stdout)).toEqual(digests(a.stdout));
  });
});

describe('hookline --version', () => {
  it('prints the package version', async () => {
    expect((await cli(['--version'])).stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });
});
