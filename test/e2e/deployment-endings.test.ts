// The GitHub Deployment gets a final status on every ending: a cancelled run closes it itself
// (error; inactive for a preview), and a main step the runner killed outright leaves it to the
// post step. dist/ under Node 24 against the emulator and the local GitHub API.
import { runAction, type RunResult } from '../harness/runner.js';
import type { Emulator } from '../emulator/index.js';
import { startGitHubServer, type GitHubServer } from '../github/server.js';
import { checkExchanges } from '../github/openapi.js';
import { deploymentsOf, emulatorFrom, sampleApp, shopFleet } from './helpers.js';

const TOKEN = 'ghs_deploymentEndingsTokenNeverPrinted001';
const HANGING_START = `version: 0.0
os: linux
files:
  - source: /
    destination: /var/app/current
hooks:
  ApplicationStart:
    - location: scripts/start.sh
      timeout: 3000
`;

const inputs = {
  application: 'shop',
  'deployment-group': 'prod',
  's3-bucket': 'shop-releases',
  region: 'us-east-1',
  'poll-interval': '50ms',
  timeout: '10m',
  'github-token': TOKEN,
};

function prEvent(number: number, headSha: string) {
  const repo = { full_name: 'octo-org/shop', name: 'shop', owner: { login: 'octo-org' }, private: false };
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Checkout',
      html_url: `https://github.com/octo-org/shop/pull/${number}`,
      merged: false,
      head: { label: 'octo-org:feature', ref: 'feature', sha: headSha, repo },
      base: { label: 'octo-org:main', ref: 'main', sha: 'b'.repeat(40), repo },
      user: { login: 'octocat' },
    },
    repository: repo,
    sender: { login: 'octocat' },
  };
}

const running = (line: string) => /Deployment d-\w+ is InProgress/.test(line);
const postLog = (r: RunResult) => r.post?.log.join('\n') ?? '';

describe('GitHub Deployment endings', () => {
  let em: Emulator;
  let gh: GitHubServer;
  beforeAll(async () => {
    em = await emulatorFrom(
      shopFleet(
        [
          { name: 'prod', instances: 1 },
          { name: 'prod-pr-5', instances: 1 },
        ],
        { eventDuration: 1, faults: [{ type: 'scriptTimeout', event: 'ApplicationStart' }] },
      ),
    );
    gh = await startGitHubServer();
  });
  afterAll(async () => {
    await gh.close();
    await em.close();
  });
  const run = (cancelSignal: NodeJS.Signals, extra: Record<string, string> = {}, pr?: number) =>
    runAction({
      workspace: sampleApp({ 'appspec.yml': HANGING_START }),
      inputs: { ...inputs, ...extra },
      eventName: pr ? 'pull_request' : 'push',
      event: pr ? prEvent(pr, '5'.repeat(40)) : { ref: 'refs/heads/main', after: '3f786850e387550fdab836ed7e6dc881de23001b' },
      env: { ...em.env, GITHUB_API_URL: gh.url },
      cancelWhen: running,
      cancelSignal,
    });

  it('a cancelled push release closes its Deployment as error in the main step; the post step has nothing left', async () => {
    const r = await run('SIGINT');
    expect(r.main.exitCode).toBe(1);
    const d = gh.deployments.at(-1);
    expect(d).toMatchObject({ environment: 'prod', transient_environment: false });
    expect(d?.statuses.map((s) => s.state)).toEqual(['in_progress', 'error']);
    expect(r.state['github-deployment']).toBe('');
    expect(postLog(r)).not.toMatch(/GitHub Deployment/);
    expect(postLog(r)).toMatch(/stopped deployment d-\w+/);
  });

  it('a main step killed outright leaves the Deployment to the post step, which marks it error and stops the deployment', async () => {
    const r = await run('SIGKILL');
    expect(r.main.signal).toBe('SIGKILL');
    const d = gh.deployments.at(-1);
    expect(JSON.parse(r.state['github-deployment'] ?? '{}')).toMatchObject({ id: d?.id, environment: 'prod', transient: false });
    expect(d?.statuses.map((s) => s.state)).toEqual(['in_progress', 'error']);
    expect(d?.statuses[1]?.description).toBe('The run was cancelled before the release ended');
    expect(d?.statuses[1]?.log_url).toBe('https://github.com/octo-org/shop/actions/runs/4242');
    expect(r.post?.exitCode).toBe(0);
    expect(postLog(r)).toMatch(new RegExp(`Marked GitHub Deployment ${d?.id} \\(prod\\) error: the main step ended before it could\\.`));
    const [latest] = await deploymentsOf(em, 'shop', 'prod');
    expect(latest?.status).toBe('Stopped');
  });

  it('a cancelled preview leaves its Deployment inactive, whether the main step or the post step closes it', async () => {
    const preview = { mode: 'preview', 'preview-template-group': 'prod' };
    const cancelled = await run('SIGINT', preview, 5);
    expect(cancelled.main.exitCode).toBe(1);
    const first = gh.deployments.at(-1);
    expect(first).toMatchObject({ environment: 'preview/pr-5', transient_environment: true });
    expect(first?.statuses.map((s) => s.state)).toEqual(['in_progress', 'inactive']);

    const killed = await run('SIGKILL', preview, 5);
    expect(killed.main.signal).toBe('SIGKILL');
    const second = gh.deployments.at(-1);
    expect(second?.id).not.toBe(first?.id);
    expect(second?.statuses.map((s) => s.state)).toEqual(['in_progress', 'inactive']);
    expect(postLog(killed)).toMatch(/Marked GitHub Deployment \d+ \(preview\/pr-5\) inactive/);
  });

  it("every exchange with the local GitHub matches GitHub's OpenAPI description", () => {
    expect(checkExchanges(gh.calls)).toEqual([]);
  });
});
