// PR deploy previews for CodeDeploy, end to end: opened → synchronize → closed through the built
// action, against the emulator (CreateDeploymentGroup / DeleteDeploymentGroup) and the local
// GitHub API. The PR's group prod-pr-7 is made from the template group prod on the PR's own
// instances (preview-instance-tags), reused on the next push, and deleted when the pull request closes.
import { DeploymentGroupDoesNotExistException, GetDeploymentGroupCommand } from '@aws-sdk/client-codedeploy';
import { runAction, type RunResult } from '../harness/runner.js';
import type { Emulator } from '../emulator/index.js';
import { startGitHubServer, type GitHubServer } from '../github/server.js';
import { checkExchanges } from '../github/openapi.js';
import { codeDeploy, deploymentsOf, emulatorFrom, sampleApp, shopFleet, workspaceWith } from './helpers.js';

const TOKEN = 'ghs_previewCodeDeployTokenNeverPrinted0001';
const sha = (c: string) => c.repeat(40);

function prEvent(action: string, headSha: string, opts: { merged?: boolean } = {}) {
  const repo = { full_name: 'octo-org/shop', name: 'shop', owner: { login: 'octo-org' }, private: false };
  return {
    action,
    number: 7,
    pull_request: {
      number: 7,
      state: action === 'closed' ? 'closed' : 'open',
      title: 'New checkout',
      html_url: 'https://github.com/octo-org/shop/pull/7',
      merged: opts.merged ?? false,
      head: { label: 'octo-org:feature/checkout', ref: 'feature/checkout', sha: headSha, repo },
      base: { label: 'octo-org:main', ref: 'main', sha: sha('b'), repo },
      user: { login: 'octocat' },
    },
    repository: repo,
    sender: { login: 'octocat' },
  };
}

const prRunEnv = (mergeSha: string) => ({ GITHUB_REF: 'refs/pull/7/merge', GITHUB_REF_NAME: '7/merge', GITHUB_SHA: mergeSha });
const errors = (r: RunResult) => r.annotations.filter((a) => a.command === 'error');
const warnings = (r: RunResult) => r.annotations.filter((a) => a.command === 'warning');
const log = (r: RunResult) => r.main.log.join('\n');

const inputs = {
  mode: 'preview',
  application: 'shop',
  'deployment-group': 'prod',
  'preview-template-group': 'prod',
  'preview-instance-tags': 'codedeploy-group=pr-{number}',
  's3-bucket': 'shop-releases',
  region: 'us-east-1',
  'poll-interval': '50ms',
  timeout: '2m',
  'github-token': TOKEN,
};

describe('PR deploy previews (CodeDeploy)', () => {
  let em: Emulator;
  let gh: GitHubServer;
  beforeAll(async () => {
    em = await emulatorFrom(
      shopFleet(
        [
          {
            name: 'prod',
            instances: 2,
            deploymentConfigName: 'CodeDeployDefault.AllAtOnce',
            autoRollback: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
          },
          { name: 'pr-7', instances: 2 },
        ],
        { eventDuration: 1 },
      ),
    );
    gh = await startGitHubServer();
  });
  afterAll(async () => {
    await gh.close();
    await em.close();
  });

  const run = (event: unknown, workspace: string, merge: string, extra: Record<string, string> = {}) =>
    runAction({
      workspace,
      inputs: { ...inputs, ...extra },
      eventName: 'pull_request',
      event,
      env: { ...em.env, GITHUB_API_URL: gh.url, ...prRunEnv(merge) },
    });
  const group = async (name: string) =>
    (await codeDeploy(em).send(new GetDeploymentGroupCommand({ applicationName: 'shop', deploymentGroupName: name }))).deploymentGroupInfo;

  it('opened creates prod-pr-7 from prod and deploys; a push reuses it; closed deletes it — one comment, Deployments in_progress → success → inactive', async () => {
    const opened = await run(prEvent('opened', sha('1')), sampleApp(), sha('a'));
    expect(errors(opened)).toEqual([]);
    expect(opened.main.exitCode).toBe(0);
    expect(opened.outputs['preview-environment']).toBe('prod-pr-7');
    expect(opened.outputs.status).toBe('Succeeded');
    expect(log(opened)).toMatch(/Creating deployment group prod-pr-7 with the settings of prod/);
    const made = await group('prod-pr-7');
    const prod = await group('prod');
    expect(made).toMatchObject({
      deploymentConfigName: prod?.deploymentConfigName,
      serviceRoleArn: prod?.serviceRoleArn,
      ec2TagFilters: [{ Key: 'codedeploy-group', Value: 'pr-7', Type: 'KEY_AND_VALUE' }],
      deploymentStyle: prod?.deploymentStyle,
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
    });
    const first = await deploymentsOf(em, 'shop', 'prod-pr-7');
    expect(first.map((d) => d.status)).toEqual(['Succeeded']);
    expect(first[0]?.deploymentId).toBe(opened.outputs['deployment-id']);
    expect(await deploymentsOf(em, 'shop', 'prod')).toEqual([]);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.edits).toBe(0);
    expect(gh.comments[0]?.body).toContain('✅ Preview deployed');
    expect(gh.comments[0]?.body).toContain('| Deployment group | `prod-pr-7` |');
    expect(gh.comments[0]?.body).toContain(`\`${opened.outputs['deployment-id']}\``);
    expect(gh.comments[0]?.body).toContain('`1111111`');

    const push = await run(prEvent('synchronize', sha('2')), sampleApp({ 'public/index.html': '<h1>second</h1>\n' }), sha('c'));
    expect(errors(push)).toEqual([]);
    expect(push.main.exitCode).toBe(0);
    expect(log(push)).toMatch(/prod-pr-7 exists; deploying to it/);
    expect(em.calls.count('CreateDeploymentGroup')).toBe(1);
    expect((await group('prod-pr-7'))?.deploymentGroupId).toBe(made?.deploymentGroupId);
    expect((await deploymentsOf(em, 'shop', 'prod-pr-7')).map((d) => d.status)).toEqual(['Succeeded', 'Succeeded']);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.edits).toBe(1);
    expect(gh.comments[0]?.body).toContain('`2222222`');
    expect(gh.comments[0]?.body).toContain(`\`${push.outputs['deployment-id']}\``);

    const closed = await run(prEvent('closed', sha('2'), { merged: true }), workspaceWith({}), sha('c'), {
      mode: 'cleanup',
      's3-bucket': '',
    });
    expect(errors(closed)).toEqual([]);
    expect(closed.main.exitCode).toBe(0);
    await expect(group('prod-pr-7')).rejects.toBeInstanceOf(DeploymentGroupDoesNotExistException);
    expect(await group('prod')).toBeDefined();
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.edits).toBe(2);
    expect(gh.comments[0]?.body).toContain('🧹 Preview removed');
    expect(gh.comments[0]?.body).toContain('deleted deployment group prod-pr-7');

    expect(gh.deployments).toHaveLength(2);
    for (const [i, d] of gh.deployments.entries()) {
      expect(d).toMatchObject({
        environment: 'preview/pr-7',
        transient_environment: true,
        production_environment: false,
        ref: sha(String(i + 1)),
      });
      expect(d.statuses.map((s) => s.state)).toEqual(['in_progress', 'success', 'inactive']);
      const url = d.statuses[1]?.environment_url;
      expect(
        url === undefined ||
          /^https:\/\/us-east-1\.console\.aws\.amazon\.com\/codesuite\/codedeploy\/deployments\/d-[A-Z0-9]{9}\?region=us-east-1$/.test(url),
      ).toBe(true);
    }
    for (const r of [opened, push, closed])
      expect(
        [r.main.stdout, r.main.stderr, r.summary]
          .join('\n')
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain(TOKEN);

    // Closing again (a re-run): already gone, which is fine.
    const again = await run(prEvent('closed', sha('2')), workspaceWith({}), sha('c'), { mode: 'cleanup', 's3-bucket': '' });
    expect(again.main.exitCode).toBe(0);
    expect(errors(again)).toEqual([]);
    expect(warnings(again)).toEqual([]);
    expect(log(again)).toMatch(/does not exist \(already removed\)/);
  });

  it('a missing template group is one clear error, and the comment says so', async () => {
    const event = { ...prEvent('opened', sha('9')), number: 8, pull_request: { ...prEvent('opened', sha('9')).pull_request, number: 8 } };
    const r = await runAction({
      workspace: sampleApp(),
      inputs: { ...inputs, 'preview-template-group': 'nope' },
      eventName: 'pull_request',
      event,
      env: { ...em.env, GITHUB_API_URL: gh.url, GITHUB_REF: 'refs/pull/8/merge', GITHUB_SHA: sha('e') },
    });
    expect(r.main.exitCode).toBe(1);
    expect(errors(r).map((e) => e.message)).toEqual([expect.stringMatching(/template deployment group 'nope' was not found/)]);
    expect(gh.comments.find((c) => c.issue === 8)?.body).toContain('❌ Preview deployment failed');
    expect(gh.deployments.find((d) => d.environment === 'preview/pr-8')?.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
  });

  it("every exchange with the local GitHub matches GitHub's OpenAPI description", () => {
    expect(checkExchanges(gh.calls)).toEqual([]);
  });
});
