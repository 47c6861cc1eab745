// The GitHub side as GitHub behaves, end to end: the built action through the runner harness,
// against the AWS emulator and the local GitHub server with GitHub's limits switched on — rate
// limits waited out, the comment limit kept, one Deployment per release, cleanup under the
// content-creation limit, a person's comment never edited, hostile file names inert. Every
// exchange is then checked against GitHub's OpenAPI description.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction, type RunResult } from '../harness/runner.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { startGitHubServer, COMMENT_BODY_LIMIT, type GitHubServer } from '../github/server.js';
import { humanUser } from '../github/users.js';
import { checkEvent, checkExchanges } from '../github/openapi.js';
import { emulatorFrom, sampleApp, shopFleet } from './helpers.js';
import { pullRequestEvent, pushEvent } from '../github/events.js';

const TOKEN = 'ghs_limitsTokenThatMustNeverBePrinted00001';
const sha = (c: string) => c.repeat(40);
const APP = (greeting: string) => ({
  Procfile: 'web: node app.js\n',
  'app.js': `require('http').createServer((q, s) => s.end('${greeting}')).listen(process.env.PORT || 8080);\n`,
  'package.json': '{"name":"shop","version":"1.0.0"}\n',
});

function workspaceWith(files: Record<string, string>, executable: string[] = []): string {
  const ws = mkdtempSync(join(tmpdir(), 'hookline-limits-ws-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = join(ws, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    chmodSync(full, executable.includes(rel) ? 0o755 : 0o644);
  }
  return ws;
}

const errors = (r: RunResult) => r.annotations.filter((a) => a.command === 'error');
const warnings = (r: RunResult) => r.annotations.filter((a) => a.command === 'warning');

const inputs = {
  application: 'shop',
  region: 'us-east-1',
  'poll-interval': '50ms',
  timeout: '2m',
  'github-token': TOKEN,
};
const previewInputs = { ...inputs, mode: 'preview', 'preview-template-environment': 'shop-staging' };

describe('GitHub as GitHub behaves', () => {
  let em: Emulator;
  let gh: GitHubServer;
  const events: { name: string; payload: unknown }[] = [];
  beforeAll(async () => {
    em = await startEmulator({
      scenario: {
        timeScale: 0.01,
        beanstalk: {
          applications: [{ name: 'shop', versions: [{ label: 'v1', files: APP('v1') }] }],
          environments: [
            { name: 'shop-staging', application: 'shop', cname: 'shop-staging', instances: 1, versionLabel: 'v1' },
            { name: 'shop-prod', application: 'shop', cname: 'shop-prod', instances: 1, versionLabel: 'v1' },
          ],
        },
      },
    });
    gh = await startGitHubServer();
  });
  afterAll(async () => {
    await gh?.close();
    await em?.close();
  });

  const preview = (n: number, head: string, workspace: string, over: Record<string, string> = {}) => {
    const payload = pullRequestEvent({ action: 'synchronize', number: n, headSha: head });
    events.push({ name: 'pull_request', payload });
    return runAction({
      workspace,
      inputs: { ...previewInputs, ...over },
      eventName: 'pull_request',
      event: payload,
      env: { ...em.env, GITHUB_API_URL: gh.url, GITHUB_REF: `refs/pull/${n}/merge`, GITHUB_SHA: sha('e') },
    });
  };

  it('a secondary rate limit on createDeployment is waited out and the Deployment recorded', async () => {
    gh.faults.push({ method: 'POST', path: /^\/deployments$/, kind: 'secondary-403', retryAfter: 1, times: 1 });
    const payload = pushEvent(sha('1'));
    events.push({ name: 'push', payload });
    const r = await runAction({
      workspace: workspaceWith(APP('v2')),
      inputs: { ...inputs, environment: 'shop-prod' },
      eventName: 'push',
      event: payload,
      env: { ...em.env, GITHUB_API_URL: gh.url, GITHUB_SHA: sha('1') },
    });
    expect(r.main.exitCode).toBe(0);
    expect(warnings(r)).toEqual([]);
    const creates = gh.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/deployments'));
    expect(creates.map((c) => c.status)).toEqual([403, 201]);
    const d = gh.deployments.find((x) => x.environment === 'shop-prod');
    expect(d?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(r.outputs['github-deployment-id']).toBe(String(d?.id));
    expect(r.main.log.join('\n')).toMatch(/secondary rate limit .*waiting 1 s/);
  });

  it('a push job with environment: leaves one Deployment, the one GitHub Actions made', async () => {
    // What GitHub Actions does before the job starts: its own Deployment, queued → in_progress.
    const actions = gh.addDeployment({
      environment: 'production',
      sha: sha('2'),
      ref: 'main',
      statuses: ['queued', 'in_progress'],
      logUrl: 'https://github.com/octo-org/shop/actions/runs/4242/job/77',
    });
    const before = gh.deployments.length;
    const payload = pushEvent(sha('2'));
    events.push({ name: 'push', payload });
    const r = await runAction({
      workspace: workspaceWith(APP('v3')),
      inputs: { ...inputs, environment: 'shop-prod' },
      eventName: 'push',
      event: payload,
      env: { ...em.env, GITHUB_API_URL: gh.url, GITHUB_SHA: sha('2') },
    });
    expect(r.main.exitCode).toBe(0);
    expect(gh.deployments.length).toBe(before);
    expect(gh.deployments.filter((d) => d.sha === sha('2'))).toHaveLength(1);
    expect(r.outputs['github-deployment-id']).toBe(String(actions.id));
    expect(actions.statuses.map((s) => s.state)).toEqual(['queued', 'in_progress', 'in_progress', 'success']);
    expect(actions.statuses.at(-1)?.environment_url).toBe('http://shop-prod.us-east-1.elasticbeanstalk.com');
  });

  it('a 429 on listComments is retried and the comment edited, not duplicated', async () => {
    const first = await preview(51, sha('3'), workspaceWith(APP('a')));
    expect(first.main.exitCode).toBe(0);
    expect(gh.comments.filter((c) => c.issue === 51)).toHaveLength(1);
    gh.faults.push({ method: 'GET', path: /^\/issues\/51\/comments$/, kind: 'primary-429', retryAfter: 1, times: 1 });
    const second = await preview(51, sha('4'), workspaceWith(APP('b')));
    expect(second.main.exitCode).toBe(0);
    expect(warnings(second)).toEqual([]);
    const lists = gh.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/issues/51/comments'));
    expect(lists.map((c) => c.status)).toEqual([200, 429, 200]);
    const mine = gh.comments.filter((c) => c.issue === 51);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.edits).toBe(1);
    expect(mine[0]?.body).toContain('`4444444`');
    // The older preview deployment is superseded by the newer push (GitHub never does it for transient ones).
    const previews = gh.deployments.filter((d) => d.environment === 'preview/pr-51');
    expect(previews.map((d) => d.statuses.at(-1)?.state)).toEqual(['inactive', 'success']);
  });

  it("a person's comment carrying the marker is never edited; two previews on one PR keep one comment each", async () => {
    const marker = '<!-- hookline:preview beanstalk/shop-pr-52 -->';
    const human = gh.addComment(52, `${marker}\nQuoting the bot: ✅ Preview deployed`, humanUser('octocat'));
    const legacy = gh.addComment(52, `<!-- hookline:preview -->\nPasted by a person`, humanUser('mallory', 99));
    const r = await preview(52, sha('5'), workspaceWith(APP('c')));
    expect(r.main.exitCode).toBe(0);
    const second = await preview(52, sha('5'), workspaceWith(APP('c')), { 'preview-name': 'api-pr-{number}' });
    expect(second.main.exitCode).toBe(0);
    expect(human.edits).toBe(0);
    expect(human.body).toBe(`${marker}\nQuoting the bot: ✅ Preview deployed`);
    expect(legacy.edits).toBe(0);
    const bots = gh.comments.filter((c) => c.issue === 52 && c.user.type === 'Bot');
    expect(bots.map((c) => c.body.split('\n')[0])).toEqual([marker, '<!-- hookline:preview beanstalk/api-pr-52 -->']);
  });

  it('cleanup of 100 deployments under the content-creation limit leaves none active, and a re-run writes nothing', async () => {
    const server = await startGitHubServer({ contentLimit: { max: 30, windowMs: 2000 } });
    try {
      for (let i = 0; i < 100; i++)
        server.addDeployment({ environment: 'preview/pr-60', sha: sha('7'), transient_environment: true, statuses: ['success'] });
      const close = async () => {
        const payload = pullRequestEvent({ action: 'closed', number: 60, headSha: sha('7'), merged: true });
        events.push({ name: 'pull_request', payload });
        return runAction({
          workspace: workspaceWith({}),
          inputs: { ...previewInputs, mode: 'cleanup' },
          eventName: 'pull_request',
          event: payload,
          env: { ...em.env, GITHUB_API_URL: server.url, GITHUB_REF: 'refs/pull/60/merge', GITHUB_SHA: sha('e') },
        });
      };
      const r = await close();
      expect(r.main.exitCode).toBe(0);
      expect(errors(r)).toEqual([]);
      expect(warnings(r)).toEqual([]);
      expect(server.deployments.filter((d) => d.statuses.at(-1)?.state !== 'inactive')).toEqual([]);
      expect(server.calls.some((c) => c.status === 403)).toBe(true);
      expect(r.main.log.join('\n')).toContain('100 marked inactive, 0 already inactive');
      const writes = server.calls.filter((c) => c.method === 'POST').length;
      const again = await close();
      expect(again.main.exitCode).toBe(0);
      expect(server.calls.filter((c) => c.method === 'POST').length).toBe(writes);
      expect(again.main.log.join('\n')).toContain('0 marked inactive, 100 already inactive');
      expect(checkExchanges(server.calls)).toEqual([]);
    } finally {
      await server.close();
    }
  }, 120_000);

  it("every exchange and event payload matches GitHub's OpenAPI description", () => {
    expect(gh.calls.length).toBeGreaterThan(20);
    expect(checkExchanges(gh.calls)).toEqual([]);
    for (const e of events) expect(checkEvent(e.name, e.payload)).toEqual([]);
  });
});

describe('a 3,000-instance failure', () => {
  let em: Emulator;
  let gh: GitHubServer;
  beforeAll(async () => {
    // Every instance of the preview fleet is refused the bundle: one diagnosis naming 3,000 instances.
    em = await emulatorFrom(
      shopFleet(
        [
          { name: 'previews', instances: 1, deploymentConfigName: 'CodeDeployDefault.AllAtOnce' },
          // The pull request's own fleet, selected by preview-instance-tags (codedeploy-group=pr-70).
          { name: 'pr-70', instances: 3000 },
        ],
        { eventDuration: 1, faults: [{ type: 's3AccessDenied', status: 403 }] },
      ),
    );
    gh = await startGitHubServer();
  });
  afterAll(async () => {
    await gh?.close();
    await em?.close();
  });

  it('posts a preview comment under the 65,536-character limit that points to the job summary', async () => {
    const payload = pullRequestEvent({ action: 'opened', number: 70, headSha: sha('8') });
    const r = await runAction({
      workspace: sampleApp(),
      inputs: {
        ...inputs,
        mode: 'preview',
        'deployment-group': 'previews',
        'preview-template-group': 'previews',
        'preview-instance-tags': 'codedeploy-group=pr-{number}',
        's3-bucket': 'shop-releases',
        timeout: '5m',
      },
      eventName: 'pull_request',
      event: payload,
      env: { ...em.env, GITHUB_API_URL: gh.url, GITHUB_REF: 'refs/pull/70/merge', GITHUB_SHA: sha('e') },
      timeoutMs: 300_000,
    });
    expect(r.main.exitCode).toBe(1);
    const creates = gh.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/issues/70/comments'));
    expect(creates.map((c) => c.status)).toEqual([201]);
    const body = gh.comments.find((c) => c.issue === 70)?.body ?? '';
    expect([...body].length).toBeLessThan(COMMENT_BODY_LIMIT);
    expect(body).toContain('❌ Preview deployment failed');
    expect(body).toMatch(/Instances \(3,000\):\*\* (`i-[0-9a-f]+`, ){9}`i-[0-9a-f]+` and 2,990 more \(\[all in the job summary\]/);
    // The job summary has every instance.
    expect(r.summary.match(/`i-[0-9a-f]+`/g)?.length).toBeGreaterThanOrEqual(3000);
    expect(checkExchanges(gh.calls)).toEqual([]);
    expect(checkEvent('pull_request', payload)).toEqual([]);
  }, 400_000);
});

describe('a file name with a newline and an @mention in a diagnosis', () => {
  let em: Emulator;
  let gh: GitHubServer;
  beforeAll(async () => {
    em = await emulatorFrom(
      shopFleet(
        [
          { name: 'previews', instances: 1 },
          // The pull request's own instance, selected by preview-instance-tags (codedeploy-group=pr-80).
          { name: 'pr-80', instances: 1 },
        ],
        { eventDuration: 1 },
      ),
    );
    gh = await startGitHubServer();
  });
  afterAll(async () => {
    await gh?.close();
    await em?.close();
  });

  it("renders inert in the comment: no heading but hookline's, no live mention", async () => {
    const script = 'scripts/configure\n# Pwned @admins\n.sh';
    const appspec = [
      'version: 0.0',
      'os: linux',
      'files:',
      '  - source: /',
      '    destination: /var/app/current',
      'hooks:',
      '  AfterInstall:',
      `    - location: ${JSON.stringify(script)}`,
      '      timeout: 60',
      '',
    ].join('\n');
    const ws = workspaceWith(
      { 'appspec.yml': appspec, [script]: '#!/bin/sh\necho "cc @octo-org/admins ##[warning]x"\nexit 3\n', 'index.html': 'hi\n' },
      [script],
    );
    const payload = pullRequestEvent({ action: 'opened', number: 80, headSha: sha('9') });
    const r = await runAction({
      workspace: ws,
      inputs: {
        ...inputs,
        mode: 'preview',
        'deployment-group': 'previews',
        'preview-template-group': 'previews',
        'preview-instance-tags': 'codedeploy-group=pr-{number}',
        's3-bucket': 'shop-releases',
        // Go past pre-flight: the release itself then refuses the name, and the comment says why, quoting it.
        validate: 'warn',
      },
      eventName: 'pull_request',
      event: payload,
      env: { ...em.env, GITHUB_API_URL: gh.url, GITHUB_REF: 'refs/pull/80/merge', GITHUB_SHA: sha('e') },
    });
    expect(r.main.exitCode).toBe(1);
    const body = gh.comments.find((c) => c.issue === 80)?.body ?? '';
    expect(body).toContain('❌ Preview deployment failed');
    expect(body).toMatch(/configure.*# Pwned @\u200badmins/);
    // Where GitHub renders markdown (outside fences and code spans): no heading but hookline's, no live mention.
    const rendered = body.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '').replace(/(`+)[^`]*?\1/g, '');
    expect(rendered).not.toMatch(/@(octo-org|admins)/);
    expect(
      rendered
        .split('\n')
        .filter((l) => /^\s{0,3}#{1,6}\s/.test(l))
        .every((l) => /^(### (❌|✅)|## Diagnosis|#### )/.test(l)),
    ).toBe(true);
    expect(rendered).not.toMatch(/^\s{0,3}#{1,6} Pwned/m);
    expect(checkEvent('pull_request', payload)).toEqual([]);
  });
});
