// Where hookline is used, end to end: PR deploy previews (opened → synchronize → synchronize →
// closed), a fork's pull request, push releases recorded as GitHub Deployments, and a dispatch
// redeploy — the built action through the runner harness, against the AWS emulator and a local
// GitHub API (reached through GITHUB_API_URL) that records every call.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DescribeApplicationVersionsCommand, DescribeEnvironmentsCommand, ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { runAction, type RunResult } from '../harness/runner.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { startGitHubServer, type GitHubServer } from '../github/server.js';
import { checkExchanges } from '../github/openapi.js';
import { emulatorFrom, sampleApp, shopFleet } from './helpers.js';

const TOKEN = 'ghs_previewTokenThatMustNeverBePrinted0001';
const APP = (greeting: string) => ({
  Procfile: 'web: node app.js\n',
  'app.js': `require('http').createServer((q, s) => s.end('${greeting}')).listen(process.env.PORT || 8080);\n`,
  'package.json': '{"name":"shop","version":"1.0.0"}\n',
});

function workspaceWith(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'hookline-preview-ws-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = join(ws, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    chmodSync(full, 0o644);
  }
  return ws;
}

const sha = (c: string) => c.repeat(40);

/** A pull_request payload as GitHub sends it (the fields hookline reads, and the usual neighbours). */
function prEvent(action: string, headSha: string, opts: { fork?: boolean; merged?: boolean } = {}) {
  const base = { full_name: 'octo-org/shop', name: 'shop', owner: { login: 'octo-org' }, private: false };
  const head = opts.fork ? { full_name: 'mallory/shop', name: 'shop', owner: { login: 'mallory' }, fork: true } : base;
  return {
    action,
    number: 42,
    pull_request: {
      number: 42,
      state: action === 'closed' ? 'closed' : 'open',
      title: 'Add the login form',
      html_url: 'https://github.com/octo-org/shop/pull/42',
      merged: opts.merged ?? false,
      head: { label: `${head.owner.login}:feature/login`, ref: 'feature/login', sha: headSha, repo: head },
      base: { label: 'octo-org:main', ref: 'main', sha: sha('b'), repo: base },
      user: { login: 'octocat' },
    },
    repository: base,
    sender: { login: 'octocat' },
  };
}

/** GITHUB_REF and GITHUB_SHA of a pull_request run: the merge ref and its merge commit. */
const prRunEnv = (n: number, mergeSha: string) => ({
  GITHUB_REF: `refs/pull/${n}/merge`,
  GITHUB_REF_NAME: `${n}/merge`,
  GITHUB_SHA: mergeSha,
});

function beanstalk(em: Emulator): ElasticBeanstalkClient {
  return new ElasticBeanstalkClient({
    endpoint: em.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
}

async function liveEnvironments(em: Emulator): Promise<string[]> {
  const out = await beanstalk(em).send(new DescribeEnvironmentsCommand({ ApplicationName: 'shop', IncludeDeleted: false }));
  return (out.Environments ?? [])
    .filter((e) => e.Status !== 'Terminated')
    .map((e) => e.EnvironmentName ?? '')
    .sort();
}

async function versionLabels(em: Emulator): Promise<string[]> {
  const out = await beanstalk(em).send(new DescribeApplicationVersionsCommand({ ApplicationName: 'shop' }));
  return (out.ApplicationVersions ?? []).map((v) => v.VersionLabel ?? '').sort();
}

const errors = (r: RunResult) => r.annotations.filter((a) => a.command === 'error');
const warnings = (r: RunResult) => r.annotations.filter((a) => a.command === 'warning');
const notices = (r: RunResult) => r.annotations.filter((a) => a.command === 'notice');
/** What anyone could read: every output stream and the summary, minus the runner's own ::add-mask:: commands. */
const everything = (r: RunResult) =>
  [r.main.stdout, r.main.stderr, r.post?.stdout ?? '', r.post?.stderr ?? '', r.summary]
    .join('\n')
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

const previewInputs = {
  mode: 'preview',
  application: 'shop',
  'preview-template-environment': 'shop-staging',
  region: 'us-east-1',
  'poll-interval': '50ms',
  timeout: '2m',
  'github-token': TOKEN,
};

describe('PR deploy previews (Elastic Beanstalk)', () => {
  let em: Emulator;
  let gh: GitHubServer;
  beforeAll(async () => {
    em = await startEmulator({
      scenario: {
        timeScale: 0.01,
        beanstalk: {
          applications: [{ name: 'shop', versions: [{ label: 'v1', files: APP('staging') }] }],
          environments: [
            {
              name: 'shop-staging',
              application: 'shop',
              cname: 'shop-staging',
              instances: 1,
              versionLabel: 'v1',
              optionSettings: [{ namespace: 'aws:elasticbeanstalk:application:environment', optionName: 'GREETING', value: 'hi' }],
            },
          ],
        },
      },
    });
    gh = await startGitHubServer();
  });
  afterAll(async () => {
    await gh.close();
    await em.close();
  });

  const run = (event: unknown, workspace: string, merge: string, inputs: Record<string, string> = previewInputs) =>
    runAction({ workspace, inputs, eventName: 'pull_request', event, env: { ...em.env, GITHUB_API_URL: gh.url, ...prRunEnv(42, merge) } });

  it('opened, pushed twice, closed: one environment during the PR and none after, one comment edited three times, Deployments in_progress → success → inactive, no versions left', async () => {
    // opened: the environment is created from the template environment's settings, then released to.
    const opened = await run(prEvent('opened', sha('1')), workspaceWith(APP('one')), sha('a'));
    expect(errors(opened)).toEqual([]);
    expect(opened.main.exitCode).toBe(0);
    expect(opened.outputs['preview-environment']).toBe('shop-pr-42');
    expect(opened.outputs['environment-url']).toMatch(/^http:\/\/shop-pr-42\b/);
    expect(opened.outputs['version-label']).toMatch(/^pr-42-[0-9a-f]{12}$/);
    expect(opened.main.log.join('\n')).toMatch(/Creating preview environment shop-pr-42 with the settings of shop-staging/);
    expect(await liveEnvironments(em)).toEqual(['shop-pr-42', 'shop-staging']);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.edits).toBe(0);
    expect(gh.comments[0]?.body).toContain('✅ Preview deployed');
    expect(gh.comments[0]?.body).toContain(opened.outputs['environment-url']);
    expect(gh.comments[0]?.body).toContain(`\`${opened.outputs['version-label']}\``);
    expect(gh.comments[0]?.body).toContain('`1111111`');

    // Two pushes: the same environment gets each new version; the one comment is edited.
    const push1 = await run(prEvent('synchronize', sha('2')), workspaceWith(APP('two')), sha('c'));
    expect(push1.main.exitCode).toBe(0);
    expect(push1.main.log.join('\n')).toMatch(/shop-pr-42 exists \(Ready\); deploying to it/);
    const push2 = await run(prEvent('synchronize', sha('3')), workspaceWith(APP('three')), sha('d'));
    expect(push2.main.exitCode).toBe(0);
    expect(new Set([opened, push1, push2].map((r) => r.outputs['version-label'])).size).toBe(3);
    expect(await liveEnvironments(em)).toEqual(['shop-pr-42', 'shop-staging']);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.edits).toBe(2);
    expect(gh.comments[0]?.body).toContain('`3333333`');

    // closed: terminated, versions of the PR deleted, Deployments inactive, comment says so.
    const closed = await run(prEvent('closed', sha('3'), { merged: true }), workspaceWith({}), sha('d'), {
      ...previewInputs,
      mode: 'cleanup',
    });
    expect(errors(closed)).toEqual([]);
    expect(closed.main.exitCode).toBe(0);
    expect(await liveEnvironments(em)).toEqual(['shop-staging']);
    expect(await versionLabels(em)).toEqual(['v1']);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.edits).toBe(3);
    expect(gh.comments[0]?.body).toContain('🧹 Preview removed');
    expect(gh.comments[0]?.body).toContain('merged');

    expect(gh.deployments).toHaveLength(3);
    for (const [i, d] of gh.deployments.entries()) {
      expect(d).toMatchObject({
        environment: 'preview/pr-42',
        transient_environment: true,
        production_environment: false,
        ref: sha(String(i + 1)),
      });
      expect(d.statuses.map((s) => s.state)).toEqual(['in_progress', 'success', 'inactive']);
      expect(d.statuses[1]?.environment_url).toMatch(/^http:\/\/shop-pr-42\b/);
      expect(d.statuses.every((s) => s.log_url === 'https://github.com/octo-org/shop/actions/runs/4242')).toBe(true);
    }
    const createCall = gh.calls.find((c) => c.method === 'POST' && c.path.endsWith('/deployments'));
    expect(createCall?.body).toMatchObject({ auto_merge: false, required_contexts: [], transient_environment: true });
    expect(createCall?.authorization).toBe(`token ${TOKEN}`);
    for (const r of [opened, push1, push2, closed]) {
      expect(r.main.commands.some((c) => c.command === 'add-mask' && c.message === TOKEN)).toBe(true);
      expect(everything(r)).not.toContain(TOKEN);
    }

    // Closing again (a re-run): the environment is already gone, which is fine.
    const again = await run(prEvent('closed', sha('3')), workspaceWith({}), sha('d'), { ...previewInputs, mode: 'cleanup' });
    expect(again.main.exitCode).toBe(0);
    expect(errors(again)).toEqual([]);
    expect(warnings(again)).toEqual([]);
    expect(again.main.log.join('\n')).toMatch(/does not exist \(already removed\)/);
  });

  it('a failed preview says why in the comment and marks the Deployment failed', async () => {
    const broken = {
      ...APP('broken'),
      '.platform/hooks/predeploy/01_build.sh': '#!/bin/bash\necho building\nexit 3\n',
    };
    const ws = workspaceWith(broken);
    chmodSync(join(ws, '.platform/hooks/predeploy/01_build.sh'), 0o755);
    const event = { ...prEvent('opened', sha('7')), number: 77, pull_request: { ...prEvent('opened', sha('7')).pull_request, number: 77 } };
    const r = await runAction({
      workspace: ws,
      inputs: previewInputs,
      eventName: 'pull_request',
      event,
      env: { ...em.env, GITHUB_API_URL: gh.url, ...prRunEnv(77, sha('e')) },
    });
    expect(r.main.exitCode).toBe(1);
    const comment = gh.comments.find((c) => c.issue === 77);
    expect(comment?.body).toContain('❌ Preview deployment failed');
    expect(comment?.body).toContain('## Diagnosis');
    expect(comment?.body).toContain('01\\_build.sh');
    const d = gh.deployments.find((x) => x.environment === 'preview/pr-77');
    expect(d?.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
  });

  it("a fork's pull request ends with one clear notice and exit 0, touching neither AWS nor GitHub", async () => {
    const before = em.calls.count();
    const callsBefore = gh.calls.length;
    const { AWS_ACCESS_KEY_ID: _k, AWS_SECRET_ACCESS_KEY: _s, ...noCredentials } = em.env;
    const r = await runAction({
      workspace: workspaceWith(APP('fork')),
      inputs: previewInputs,
      eventName: 'pull_request',
      event: prEvent('opened', sha('f'), { fork: true }),
      env: { ...noCredentials, GITHUB_API_URL: gh.url, ...prRunEnv(42, sha('f')) },
    });
    expect(r.main.exitCode).toBe(0);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([]);
    expect(notices(r)).toHaveLength(1);
    expect(notices(r)[0]?.message).toMatch(/from the fork mallory\/shop.*allow-forks: true/);
    expect(notices(r)[0]?.message).not.toMatch(/pull_request_target/);
    expect(em.calls.count()).toBe(before);
    expect(gh.calls.length).toBe(callsBefore);
  });

  it("every exchange with the local GitHub matches GitHub's OpenAPI description", () => {
    expect(checkExchanges(gh.calls)).toEqual([]);
  });
});

describe('push and workflow_dispatch', () => {
  let em: Emulator;
  let gh: GitHubServer;
  beforeAll(async () => {
    em = await startEmulator({
      scenario: {
        timeScale: 0.01,
        beanstalk: {
          applications: [{ name: 'shop', versions: [{ label: 'v1', files: APP('v1') }] }],
          environments: [{ name: 'shop-prod', application: 'shop', cname: 'shop-prod', instances: 2, versionLabel: 'v1' }],
        },
      },
    });
    gh = await startGitHubServer();
  });
  afterAll(async () => {
    await gh.close();
    await em.close();
  });
  const inputs = {
    application: 'shop',
    environment: 'shop-prod',
    region: 'us-east-1',
    'poll-interval': '50ms',
    timeout: '2m',
    'github-token': TOKEN,
  };

  it('push: a GitHub Deployment for the environment, in_progress → success with its URL', async () => {
    const r = await runAction({
      workspace: workspaceWith(APP('v2')),
      inputs,
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: sha('9') },
      env: { ...em.env, GITHUB_API_URL: gh.url },
    });
    expect(errors(r)).toEqual([]);
    expect(r.main.exitCode).toBe(0);
    const d = gh.deployments.at(-1);
    expect(d).toMatchObject({ environment: 'shop-prod', ref: sha('9'), transient_environment: false });
    expect(d?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(d?.statuses[1]?.environment_url).toBe('http://shop-prod.us-east-1.elasticbeanstalk.com');
    expect(r.outputs['github-deployment-id']).toBe(String(d?.id));
  });

  it('push without deployments: write: one warning naming the permission, the release still succeeds', async () => {
    gh.deny.add('deployments');
    try {
      const r = await runAction({
        workspace: workspaceWith(APP('v3')),
        inputs,
        eventName: 'push',
        event: { after: sha('8') },
        env: { ...em.env, GITHUB_API_URL: gh.url },
      });
      expect(r.main.exitCode).toBe(0);
      expect(errors(r)).toEqual([]);
      expect(warnings(r)).toHaveLength(1);
      expect(warnings(r)[0]?.message).toContain('permissions: deployments: write');
      expect(r.outputs.status).toBe('Ready');
    } finally {
      gh.deny.delete('deployments');
    }
  });

  it('workflow_dispatch redeploy of a previous version: nothing uploaded, the summary says what was live before and after', async () => {
    em.calls.reset();
    const r = await runAction({
      workspace: workspaceWith({}),
      inputs: { ...inputs, mode: 'redeploy', revision: 'v1' },
      eventName: 'workflow_dispatch',
      event: { ref: 'refs/heads/main', inputs: { revision: 'v1' } },
      env: { ...em.env, GITHUB_API_URL: gh.url },
    });
    expect(errors(r)).toEqual([]);
    expect(r.main.exitCode).toBe(0);
    expect(r.outputs['version-label']).toBe('v1');
    expect(em.calls.counts('s3')).toEqual({});
    expect(em.calls.count('CreateApplicationVersion')).toBe(0);
    expect(r.summary).toMatch(/\| Live before \| `main-[0-9a-f]{12}` \|/);
    expect(r.summary).toMatch(/\| Live after \| `v1` \|/);
    const env = await beanstalk(em).send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['shop-prod'] }));
    expect(env.Environments?.[0]?.VersionLabel).toBe('v1');
    expect(gh.deployments.at(-1)?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
  });

  it("every exchange with the local GitHub matches GitHub's OpenAPI description", () => {
    expect(checkExchanges(gh.calls)).toEqual([]);
  });
});

describe('workflow_dispatch redeploy (CodeDeploy)', () => {
  let em: Emulator;
  beforeAll(async () => {
    em = await emulatorFrom(
      shopFleet([{ name: 'prod', instances: 2, deploymentConfigName: 'CodeDeployDefault.AllAtOnce' }], { eventDuration: 1 }),
    );
  });
  afterAll(() => em.close());
  const inputs = { application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'shop-releases', 'poll-interval': '50ms', timeout: '2m' };

  it("releases a previous deployment's revision, then an s3:// revision, without uploading", async () => {
    const first = await runAction({ inputs, env: em.env, workspace: sampleApp() });
    expect(first.main.exitCode).toBe(0);
    const second = await runAction({ inputs, env: em.env, workspace: sampleApp({ 'public/index.html': '<h1>second</h1>\n' }) });
    expect(second.main.exitCode).toBe(0);
    expect(second.outputs['revision-s3-uri']).not.toBe(first.outputs['revision-s3-uri']);

    em.calls.reset();
    const back = await runAction({
      inputs: { ...inputs, mode: 'redeploy', revision: first.outputs['deployment-id'] ?? '' },
      env: em.env,
      eventName: 'workflow_dispatch',
      event: { inputs: {} },
    });
    expect(errors(back)).toEqual([]);
    expect(back.main.exitCode).toBe(0);
    expect(back.outputs.status).toBe('Succeeded');
    expect(Object.keys(em.calls.counts('s3')).filter((k) => /Put|Upload|Multipart/.test(k))).toEqual([]);
    expect(back.summary).toContain(`| Live before | \`${second.outputs['revision-s3-uri']}\` |`);
    expect(back.summary).toContain(`| Live after | \`${first.outputs['revision-s3-uri']}\` |`);

    const byUri = await runAction({
      inputs: { ...inputs, mode: 'redeploy', revision: second.outputs['revision-s3-uri'] ?? '' },
      env: em.env,
      eventName: 'workflow_dispatch',
      event: {},
    });
    expect(byUri.main.exitCode).toBe(0);
    expect(byUri.summary).toContain(`| Live after | \`${second.outputs['revision-s3-uri']}\` |`);
  });
});
