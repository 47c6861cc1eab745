// Artifact-safe bundles, end to end: a tree that lost its executable bits (Windows checkout,
// actions/download-artifact) deploys and its hooks run on the emulated fleet, whose agents extract
// the archive's modes as the real ones do; a prebuilt zip made on Windows is refused before upload.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction, type RunResult } from '../harness/runner.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { emulatorFrom, errorsOf, shopFleet } from './helpers.js';
import { writeRawZip } from '../unit/bundle/windows-zip.js';

import { jest } from '@jest/globals';

jest.setTimeout(120_000);

/** Every file 0644, as a Windows checkout or a downloaded artifact leaves them. */
function treeWithoutModes(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'hookline-nomodes-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = join(ws, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    chmodSync(full, 0o644);
  }
  return ws;
}

const notices = (r: RunResult) => r.annotations.filter((a) => a.command === 'notice');
const warnings = (r: RunResult) => r.annotations.filter((a) => a.command === 'warning');

/** A hook that appends one line to `marker` each time an instance runs it. */
const markingHook = (marker: string, what: string) => `#!/bin/sh\necho "${what} ran" >> '${marker}'\n`;

const APP = {
  Procfile: 'web: node app.js\n',
  'app.js': "require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 8080);\n",
  'package.json': '{"name":"shop","version":"1.0.0"}\n',
};

describe('Beanstalk: a tree without executable bits', () => {
  let em: Emulator;
  beforeEach(async () => {
    em = await startEmulator({
      scenario: {
        timeScale: 0.01,
        beanstalk: {
          applications: [{ name: 'shop', versions: [{ label: 'v1', files: APP }] }],
          environments: [{ name: 'shop-prod', application: 'shop', cname: 'shop-prod', instances: 2, versionLabel: 'v1' }],
        },
      },
    });
  });
  afterEach(() => em.close());

  const run = (ws: string, extra: Record<string, string> = {}) =>
    runAction({
      workspace: ws,
      inputs: { application: 'shop', environment: 'shop-prod', region: 'us-east-1', 'poll-interval': '50ms', timeout: '2m', ...extra },
      env: em.env,
    });

  it('deploys with restore-exec-bits on (the default): the predeploy hook runs on every instance, one notice names it', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'hookline-marker-')), 'ran.log');
    const ws = treeWithoutModes({ ...APP, '.platform/hooks/predeploy/01_migrate.sh': markingHook(marker, 'migrate') });
    const r = await run(ws);
    expect({ exit: r.main.exitCode, errors: errorsOf(r) }).toEqual({ exit: 0, errors: [] });
    expect(readFileSync(marker, 'utf8')).toBe('migrate ran\nmigrate ran\n');
    const n = notices(r).filter((a) => a.properties.title === 'hookline: executable bits restored');
    expect(n).toHaveLength(1);
    expect(n[0]!.message).toContain('.platform/hooks/predeploy/01_migrate.sh');
    expect(warnings(r).filter((a) => (a.properties.title ?? '').includes('hook-not-executable'))).toEqual([]);
  });

  it('with restore-exec-bits: false the validation warning fires and the platform refuses the hook', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'hookline-marker-')), 'ran.log');
    const ws = treeWithoutModes({ ...APP, '.platform/hooks/predeploy/01_migrate.sh': markingHook(marker, 'migrate') });
    const r = await run(ws, { 'restore-exec-bits': 'false' });
    expect(r.main.exitCode).toBe(1);
    expect(warnings(r).map((a) => a.properties.title)).toContain('hookline: platform/hook-not-executable');
    expect(
      errorsOf(r)
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/permission denied/);
    expect(notices(r).filter((a) => a.properties.title === 'hookline: executable bits restored')).toEqual([]);
  });
});

const FLEET = shopFleet([{ name: 'prod', instances: 2, deploymentConfigName: 'CodeDeployDefault.AllAtOnce' }], { eventDuration: 1 });

const APPSPEC = `version: 0.0
os: linux
hooks:
  BeforeInstall:
    - location: scripts/prepare.sh
  ApplicationStart:
    - location: scripts/start.sh
`;

const cdInputs = {
  application: 'shop',
  'deployment-group': 'prod',
  's3-bucket': 'shop-releases',
  'poll-interval': '50ms',
  timeout: '2m',
};

describe('CodeDeploy: a tree without executable bits, on instances that cannot chmod', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await emulatorFrom(FLEET);
    // noexec-like instances: the agent's own chmod +x fails, so only the archive's modes count.
    emu.faults.add({ type: 'scriptNotExecutable', instances: emu.state.codedeploy.groups.get('shop/prod')!.instances });
  });
  afterAll(() => emu.close());

  it('hooks run from the archive modes hookline restored', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'hookline-marker-')), 'ran.log');
    const ws = treeWithoutModes({
      'appspec.yml': APPSPEC,
      'scripts/prepare.sh': markingHook(marker, 'prepare'),
      'scripts/start.sh': markingHook(marker, 'start'),
      'index.html': 'hi\n',
    });
    const r = await runAction({ inputs: cdInputs, env: emu.env, workspace: ws });
    expect({ exit: r.main.exitCode, errors: errorsOf(r) }).toEqual({ exit: 0, errors: [] });
    expect(r.outputs.status).toBe('Succeeded');
    expect(readFileSync(marker, 'utf8').split('\n').filter(Boolean).sort()).toEqual([
      'prepare ran',
      'prepare ran',
      'start ran',
      'start ran',
    ]);
    const n = notices(r).filter((a) => a.properties.title === 'hookline: executable bits restored');
    expect(n.map((a) => a.message)).toEqual([expect.stringContaining('scripts/prepare.sh, scripts/start.sh')]);
  });

  it('without restoring, the same tree fails with ScriptNotExecutable', async () => {
    const ws = treeWithoutModes({ 'appspec.yml': APPSPEC, 'scripts/prepare.sh': '#!/bin/sh\n', 'scripts/start.sh': '#!/bin/sh\n' });
    const r = await runAction({ inputs: { ...cdInputs, 'restore-exec-bits': 'false' }, env: emu.env, workspace: ws });
    expect(r.main.exitCode).toBe(1);
    expect(r.outputs.status).toBe('Failed');
    expect(
      errorsOf(r)
        .map((a) => `${a.properties.title ?? ''} ${a.message}`)
        .join('\n'),
    ).toMatch(/not executable|ScriptNotExecutable/i);
  });

  it('a prebuilt zip made on Windows is refused with one error, before anything is uploaded', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'hookline-winzip-'));
    writeRawZip(join(ws, 'release.zip'), [
      { name: 'appspec.yml', data: APPSPEC, host: 0 },
      { name: 'scripts\\prepare.sh', data: '#!/bin/sh\n', host: 0 },
      { name: 'scripts\\start.sh', data: '#!/bin/sh\n', host: 0 },
    ]);
    const before = emu.calls.count();
    const r = await runAction({ inputs: { ...cdInputs, path: 'release.zip' }, env: emu.env, workspace: ws });
    expect(r.main.exitCode).toBe(1);
    const errs = errorsOf(r);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.message).toMatch(/^release\.zip uses backslashes as path separators \(scripts\\prepare\.sh, scripts\\start\.sh\)/);
    expect(errs[0]!.message).toContain('give the folder as `path`');
    expect(emu.calls.count()).toBe(before);
  });
});
