// `npm run demo`: deploy examples/sample-app through the bundled action (dist/, run the way
// GitHub's runner runs it) against the local AWS emulator — once as it is, then the way people
// really fail (a hook location written as the instance path under files.destination) — then
// examples/beanstalk-app to Elastic Beanstalk, as it is and with the .ebextensions command the
// Beanstalk article fails on; print what GitHub would show: the log, the annotations on their
// lines, and the job summary.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

/** examples/beanstalk-app, plus extra files (an .ebextensions config). */
function webApp(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookline-demo-eb-'));
  cpSync(join(REPO_ROOT, 'examples', 'beanstalk-app'), dir, { recursive: true });
  for (const [rel, text] of Object.entries(extra)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

// The configuration of the Beanstalk article hookline started from: install filebeat from an rpm in
// `commands`. On the instance the rpm is not there, and the cause exists only in cfn-init-cmd.log.
const FILEBEAT = `option_settings:
  aws:elasticbeanstalk:application:environment:
    LOG_SHIPPER: filebeat
commands:
  filebeat_install:
    command: rpm -vi filebeat-5.4.1-x86_64.rpm
    cwd: /home/ec2-user
`;

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

  const eb = { application: 'shop-web', environment: 'shop-web-prod', 'poll-interval': '100ms' };
  const web = await runAction({ inputs: eb, env: emulator.env, workspace: webApp() });
  show('4. push: release examples/beanstalk-app to an Elastic Beanstalk environment', web);

  const broken = await runAction({ inputs: eb, env: emulator.env, workspace: webApp({ '.ebextensions/02-filebeat.config': FILEBEAT }) });
  show('5. an .ebextensions command fails on the instances — explained on its line from the tail logs', broken);

  const ran = [
    ok.main.exitCode === 0,
    caught.main.exitCode === 1,
    failed.main.exitCode === 1,
    web.main.exitCode === 0,
    broken.main.exitCode === 1,
  ];
  console.log(
    `\n${bold('Demo')} ${ran.every(Boolean) ? 'finished as expected' : 'did NOT behave as expected'}: CodeDeploy success, caught before upload, diagnosed after deploy; Beanstalk success, .ebextensions command diagnosed.`,
  );
  process.exitCode = ran.every(Boolean) ? 0 : 1;
} finally {
  await emulator.close();
}
