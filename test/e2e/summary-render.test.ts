// The job summary of each ending, from a real run, rendered as GitHub renders it: a heading, then
// the headline with its link, bold status and code; a pre-flight stop lists its findings.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction, type RunResult } from '../harness/runner.js';
import { renderMarkdown, renderProblems } from '../harness/markdown.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { emulatorFrom, sampleApp, shopFleet } from './helpers.js';

const LINKS = {
  allowedLinks: [
    'https://us-east-1.console.aws.amazon.com/',
    'https://github.com/hookline/hookline/',
    'http://shop-prod.',
    'https://github.com/octo-org/',
  ],
};

function expectRendered(r: RunResult): string {
  expect(r.summary.trim()).not.toBe('');
  expect(renderProblems(r.summary, LINKS)).toEqual([]);
  const html = renderMarkdown(r.summary);
  expect(html).toMatch(/^<h2>hookline · /);
  return html;
}

const CODEDEPLOY = shopFleet([{ name: 'prod', instances: ['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002'] }]);
const cdInputs = { application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'shop-releases', 'poll-interval': '50ms' };

describe('job summaries, rendered (CodeDeploy)', () => {
  let emu: Emulator | undefined;
  afterEach(async () => emu?.close());

  it('success: the headline links the deployment, bolds the status, codes the revision; the instance table renders', async () => {
    emu = await emulatorFrom(CODEDEPLOY);
    const r = await runAction({ inputs: cdInputs, env: emu.env, workspace: sampleApp() });
    expect(r.main.exitCode).toBe(0);
    const html = expectRendered(r);
    expect(html).toMatch(/<a href="https:\/\/us-east-1\.console\.aws\.amazon\.com\/[^"]+">d-\w+<\/a> <strong>Succeeded<\/strong>/);
    expect(html).toMatch(/<code>s3:\/\/shop-releases\/[^<]+<\/code>/);
    expect(html).toContain('<table>');
  });

  it('a diagnosed failure: the diagnosis with its evidence in <details>, and the failure as the last line', async () => {
    emu = await emulatorFrom(CODEDEPLOY);
    const ws = sampleApp();
    writeFileSync(join(ws, 'scripts', 'start.sh'), '#!/bin/sh\necho "cannot bind :8080 @octocat **boom**"\nexit 1\n', { mode: 0o755 });
    const r = await runAction({ inputs: cdInputs, env: emu.env, workspace: ws });
    expect(r.main.exitCode).toBe(1);
    const html = expectRendered(r);
    expect(html).toMatch(/<strong>Failed<\/strong>/);
    expect(html).toMatch(
      /<details><summary>Evidence<\/summary>\s*<pre><code class="language-text">[\s\S]*cannot bind :8080 @octocat \*\*boom\*\*/,
    );
  });

  it('a pre-flight stop: the findings with file:line and rule, and what was not done', async () => {
    emu = await emulatorFrom(CODEDEPLOY);
    const appspec = 'version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: /var/app/current/scripts/start.sh\n';
    const r = await runAction({ inputs: cdInputs, env: emu.env, workspace: sampleApp({ 'appspec.yml': appspec }) });
    expect(r.main.exitCode).toBe(1);
    const html = expectRendered(r);
    expect(html).toContain('<code>appspec.yml:5</code>');
    expect(html).toMatch(/<strong>Not done:<\/strong> nothing was bundled or uploaded/);
  });

  it('validate mode: the findings table (or "no findings") under its own heading', async () => {
    const r = await runAction({ inputs: { mode: 'validate', target: 'codedeploy' }, workspace: sampleApp() });
    expect(r.main.exitCode).toBe(0);
    expect(expectRendered(r)).toMatch(/<h2>hookline · pre-flight validation/);
  });
});

describe('job summaries, rendered (Elastic Beanstalk)', () => {
  let em: Emulator | undefined;
  afterEach(async () => em?.close());

  async function run(hook?: string): Promise<RunResult> {
    const files: Record<string, [string, number]> = {
      Procfile: ['web: node app.js\n', 0o644],
      'app.js': ["require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 8080);\n", 0o644],
      'package.json': ['{"name":"shop","version":"1.0.0"}\n', 0o644],
      ...(hook ? { '.platform/hooks/predeploy/01_migrate.sh': [hook, 0o755] as [string, number] } : {}),
    };
    const ws = mkdtempSync(join(tmpdir(), 'hookline-eb-render-'));
    for (const [rel, [content, mode]] of Object.entries(files)) {
      mkdirSync(dirname(join(ws, rel)), { recursive: true });
      writeFileSync(join(ws, rel), content);
      chmodSync(join(ws, rel), mode);
    }
    em = await startEmulator({
      scenario: {
        timeScale: 0.01,
        beanstalk: {
          applications: [{ name: 'shop', versions: [{ label: 'v1', files: { Procfile: 'web: node app.js\n' } }] }],
          environments: [{ name: 'shop-prod', application: 'shop', cname: 'shop-prod', instances: 1, versionLabel: 'v1' }],
        },
      },
    });
    return runAction({
      workspace: ws,
      inputs: { application: 'shop', environment: 'shop-prod', region: 'us-east-1', 'poll-interval': '50ms', timeout: '2m' },
      env: em.env,
    });
  }

  it('success: the verdict line renders (environment link, bold status and health, code version)', async () => {
    const r = await run();
    expect(r.main.exitCode).toBe(0);
    const html = expectRendered(r);
    expect(html).toMatch(/<a href="https:\/\/us-east-1\.console\.aws\.amazon\.com\/[^"]+">shop-prod<\/a> <strong>Ready<\/strong>/);
    expect(html).toMatch(/<details open><summary>Event timeline<\/summary>\s*<table>/);
  });

  it('a failed platform hook: the diagnosis and the failure line', async () => {
    const r = await run('#!/bin/sh\necho "migration failed for <b>@octocat</b>"\nexit 1\n');
    expect(r.main.exitCode).toBe(1);
    const html = expectRendered(r);
    expect(html).toMatch(/<strong>Failed:<\/strong>/);
    expect(html).toMatch(/<details><summary>Evidence<\/summary>/);
  });
});
