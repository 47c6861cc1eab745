// Text hookline did not write is data. A pull request's hook that prints workflow commands, or a
// file name that carries one, must change no output, no state and no annotation — and must not
// switch off hookline's own annotations (stop-commands). The harness reads stdout exactly as
// GitHub's runner does (leading whitespace trimmed, ##[ anywhere, stop-commands honoured).
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction, type RunResult } from '../harness/runner.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { emulatorFrom, sampleApp, shopFleet } from './helpers.js';

/** What a hostile hook prints: each form the runner would execute from a step's stdout. */
const HOSTILE_LINES = [
  '::set-output name=status::Succeeded',
  '::set-output name=injected::yes',
  '::save-state name=in-flight::',
  '   ::error file=appspec.yml,line=1::injected with leading spaces',
  'npm ERR! ##[warning file=appspec.yml;line=2]injected legacy form',
  '::add-mask::Failed',
  '::stop-commands::x',
];
const script = (lines: string[]) => `#!/bin/sh\n${lines.map((l) => `printf '%s\\n' '${l}'`).join('\n')}\nexit 1\n`;
const hostileScript = script(HOSTILE_LINES);
// The diagnosis keeps the last lines of a hook's output as evidence: three hooks, a few lines each.
const HOSTILE_CHUNKS = [HOSTILE_LINES.slice(0, 3), HOSTILE_LINES.slice(3, 5), HOSTILE_LINES.slice(5)];

/** Nothing the runner executed came from foreign text. */
function expectInert(r: RunResult, env: Record<string, string>): void {
  for (const step of [r.main, r.post]) {
    if (!step) continue;
    expect(step.commandOutputs).toEqual({});
    expect(step.commandState).toEqual({});
    // Only what hookline registers itself (the AWS secret key and session token) is masked.
    const own = [env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN];
    expect(step.masks.filter((m) => !own.includes(m))).toEqual([]);
    // The runner raises its own warnings for set-output/save-state and errors for refused commands.
    expect(step.commands.filter((c) => c.form !== 'v2')).toEqual([]);
    // A stop-commands that hookline opened is always closed again.
    const stops = step.commands.filter((c) => c.command === 'stop-commands').length;
    expect(step.commands.filter((c) => c.command === 'resume-commands')).toHaveLength(stops);
  }
  expect(r.outputs.injected).toBeUndefined();
  // hookline's own annotations may quote the text as evidence; none may *be* the injected one.
  expect(r.annotations.filter((a) => /^injected/.test(a.message))).toEqual([]);
}

describe('CodeDeploy: a hook that prints workflow commands', () => {
  let emu: Emulator | undefined;
  afterEach(async () => emu?.close());

  it.each(HOSTILE_CHUNKS)('%s … changes no output, state or annotation; hookline still annotates the failure', async (...lines) => {
    emu = await emulatorFrom(
      shopFleet([{ name: 'prod', instances: ['i-0a1b2c3d4e5f60001'], deploymentConfigName: 'CodeDeployDefault.AllAtOnce' }]),
    );
    const workspace = sampleApp();
    writeFileSync(join(workspace, 'scripts', 'start.sh'), script(lines), { mode: 0o755 });
    const r = await runAction({
      inputs: { application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'shop-releases', 'poll-interval': '50ms' },
      env: emu.env,
      workspace,
    });
    expect(r.main.exitCode).toBe(1);
    expectInert(r, emu.env);
    expect(r.outputs.status).toBe('Failed');
    // hookline's own diagnosis lands on the ApplicationStart hook's line, and its failure line shows.
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors.find((e) => e.properties.file === 'appspec.yml')?.properties.line).toBe('14');
    expect(errors.at(-1)?.message).toMatch(/Deployment d-\w+ failed/);
    // The hook's text (the evidence the diagnosis keeps) is still in the log for a person, verbatim.
    const log = r.main.log.join('\n');
    for (const line of lines) expect(log).toContain(line.trim());
  });

  it('a file name with a newline that carries a command changes nothing', async () => {
    emu = await emulatorFrom(shopFleet([{ name: 'prod', instances: ['i-0a1b2c3d4e5f60001'] }]));
    const workspace = sampleApp({
      // The hook points at the file whose name holds the newline; the script does not exist under
      // the name written in appspec.yml's quoted form, so both validation and the diagnosis name it.
      'appspec.yml': `version: 0.0
os: linux
hooks:
  ApplicationStart:
    - location: "scripts/start\\n::set-output name=injected::yes\\n::error::injected by a file name.sh"
`,
    });
    writeFileSync(join(workspace, 'scripts', 'start\n::set-output name=injected::yes\n::error::injected.sh'), '#!/bin/sh\n', {
      mode: 0o755,
    });
    const r = await runAction({
      inputs: {
        application: 'shop',
        'deployment-group': 'prod',
        's3-bucket': 'shop-releases',
        'poll-interval': '50ms',
        validate: 'off',
      },
      env: emu.env,
      workspace,
    });
    expect(r.main.exitCode).toBe(1);
    expectInert(r, emu.env);
    // hookline's own error still shows (the bundle refuses such a name, or the diagnosis names it).
    expect(r.annotations.filter((a) => a.command === 'error').length).toBeGreaterThan(0);
  });
});

describe('Elastic Beanstalk: a platform hook that prints workflow commands', () => {
  let em: Emulator | undefined;
  afterEach(async () => em?.close());

  it('changes no output, state or annotation, and hookline still annotates the hook', async () => {
    const files: Record<string, [string, number]> = {
      Procfile: ['web: node app.js\n', 0o644],
      'app.js': ["require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 8080);\n", 0o644],
      'package.json': ['{"name":"shop","version":"1.0.0"}\n', 0o644],
      '.platform/hooks/predeploy/01_migrate.sh': [hostileScript, 0o755],
    };
    const ws = mkdtempSync(join(tmpdir(), 'hookline-eb-hostile-'));
    for (const [rel, [content, mode]] of Object.entries(files)) {
      mkdirSync(dirname(join(ws, rel)), { recursive: true });
      writeFileSync(join(ws, rel), content);
      chmodSync(join(ws, rel), mode);
    }
    em = await startEmulator({
      scenario: {
        timeScale: 0.01,
        beanstalk: {
          applications: [{ name: 'shop', versions: [{ label: 'v1', files: { Procfile: files.Procfile![0] } }] }],
          environments: [{ name: 'shop-prod', application: 'shop', cname: 'shop-prod', instances: 1, versionLabel: 'v1' }],
        },
      },
    });
    const r = await runAction({
      workspace: ws,
      inputs: { application: 'shop', environment: 'shop-prod', region: 'us-east-1', 'poll-interval': '50ms', timeout: '2m' },
      env: em.env,
    });
    expect(r.main.exitCode).toBe(1);
    expectInert(r, em.env);
    const onHook = r.annotations.find((a) => a.command === 'error' && a.properties.file === '.platform/hooks/predeploy/01_migrate.sh');
    expect(onHook).toBeDefined();
  });
});
