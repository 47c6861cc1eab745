// `npm run demo`: deploy examples/sample-app through the bundled action (dist/, run the way
// GitHub's runner runs it) against the local AWS emulator — once as it is, then the way people
// really fail (a hook location written as the instance path under files.destination) — and print
// what GitHub would show: the log, the annotations on their lines, and the job summary.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../test/emulator/index.js';
import { runAction, REPO_ROOT, type RunResult } from '../test/harness/runner.js';

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const colour = { error: '\x1b[31m', warning: '\x1b[33m', notice: '\x1b[36m' } as const;

function app(appspec?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookline-demo-'));
  cpSync(join(REPO_ROOT, 'examples', 'sample-app'), dir, { recursive: true });
  if (appspec) writeFileSync(join(dir, 'appspec.yml'), appspec);
  return dir;
}

function show(title: string, r: RunResult): void {
  console.log(`\n${bold(`━━ ${title} ━━`)}  exit code ${r.main.exitCode}`);
  console.log(bold('\nLog'));
  for (const line of r.main.log) if (!/^(Error|Warning|Notice):/.test(line)) console.log(`  ${line}`);
  if (r.annotations.length) {
    console.log(bold('\nAnnotations'));
    for (const a of r.annotations) {
      const level = a.command as keyof typeof colour;
      const where = a.properties.file ? ` ${a.properties.file}${a.properties.line ? `#L${a.properties.line}` : ''}` : '';
      const tag = process.stdout.isTTY ? `${colour[level]}${level}\x1b[0m` : level;
      console.log(`  ${tag}${where}${a.properties.title ? ` — ${a.properties.title}` : ''}`);
      for (const l of a.message.split('\n')) console.log(`      ${l}`);
    }
  }
  console.log(bold('\nOutputs'));
  for (const [k, v] of Object.entries(r.outputs)) console.log(`  ${k}: ${v}`);
  console.log(bold('\nJob summary (markdown)'));
  console.log(r.summary.replace(/^/gm, '  '));
}

const emulator = await startEmulator({ scenario: join(REPO_ROOT, 'examples', 'demo-scenario.yml') });
try {
  const inputs = { application: 'shop', 'deployment-group': 'production', 's3-bucket': 'shop-releases', 'poll-interval': '100ms' };
  const ok = await runAction({ inputs, env: emulator.env, workspace: app() });
  show('1. push: deploy examples/sample-app to 4 instances', ok);

  const seed = readFileSync(join(REPO_ROOT, 'examples', 'sample-app', 'appspec.yml'), 'utf8').replace(
    'location: scripts/configure.sh',
    'location: /var/app/current/scripts/configure.sh',
  );
  const caught = await runAction({ inputs, env: emulator.env, workspace: app(seed) });
  show('2. the same app with the hook location written as the instance path — caught before upload', caught);

  const failed = await runAction({ inputs: { ...inputs, validate: 'off' }, env: emulator.env, workspace: app(seed) });
  show('3. the same mistake with validate: off — the deployment fails and hookline says why', failed);

  const ran = [ok.main.exitCode === 0, caught.main.exitCode === 1, failed.main.exitCode === 1];
  console.log(
    `\n${bold('Demo')} ${ran.every(Boolean) ? 'finished as expected' : 'did NOT behave as expected'}: success, caught before upload, diagnosed after deploy.`,
  );
  process.exitCode = ran.every(Boolean) ? 0 : 1;
} finally {
  await emulator.close();
}
