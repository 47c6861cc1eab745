// hookline's GitHub client (Octokit with the throttling and retry plugins) against the local
// GitHub server over real HTTP: what GitHub does to a client, and what hookline makes of it.
// Every exchange is then checked against GitHub's OpenAPI description.
import { jest } from '@jest/globals';
import { githubApi, type GitHubApi } from '../../../src/github/api.js';
import { Reporter } from '../../../src/report/reporter.js';
import { upsertComment, markerFor, renderPreviewComment } from '../../../src/github/comment.js';
import { deactivateDeployments, GitHubDeployment } from '../../../src/github/deployments.js';
import { startGitHubServer, type GitHubServer } from '../../github/server.js';
import { botUser, humanUser } from '../../github/users.js';
import { checkExchanges } from '../../github/openapi.js';

const LOG = 'https://github.com/octo-org/shop/actions/runs/1';
let out: string[] = [];
const warnings = () => out.filter((l) => l.startsWith('::warning'));

async function api(gh: GitHubServer, token = 'ghs_token', repo = 'octo-org/shop', deadlineMs = 60_000): Promise<GitHubApi> {
  const made = await githubApi(token, { GITHUB_REPOSITORY: repo, GITHUB_API_URL: gh.url }, new Reporter(), {
    deadline: Date.now() + deadlineMs,
  });
  if (!made) throw new Error('no client');
  return made;
}

const body = (name: string) => renderPreviewComment({ state: 'success', target: 'beanstalk', name, commit: 'abc1234', runUrl: LOG });

describe('the GitHub client against GitHub as it behaves', () => {
  let gh: GitHubServer;
  beforeEach(async () => {
    out = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    expect(checkExchanges(gh.calls)).toEqual([]);
    await gh.close();
  });

  it("pages through 250 comments of other people (per_page 100, Link) and never edits a person's marker comment", async () => {
    gh = await startGitHubServer();
    for (let i = 0; i < 249; i++) gh.addComment(9, `comment ${i}`, humanUser(`dev${i}`, 1000 + i));
    const pasted = gh.addComment(9, `${markerFor('beanstalk', 'shop-pr-9')}\npasted`, humanUser('octocat'));
    const r = await upsertComment(await api(gh), 9, body('shop-pr-9'));
    expect(r?.created).toBe(true);
    const lists = gh.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/issues/9/comments'));
    expect(lists.map((c) => c.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(lists[0]?.response.headers.link).toMatch(/rel="next".*rel="last"/);
    expect(pasted.edits).toBe(0);
    const again = await upsertComment(await api(gh), 9, body('shop-pr-9'));
    expect(again).toEqual({ id: r?.id, created: false });
    expect(gh.comments).toHaveLength(251);
  });

  it('a read-only token reads but cannot write: one warning naming the permission from X-Accepted-GitHub-Permissions', async () => {
    gh = await startGitHubServer({ tokens: { ro: { user: botUser(), readOnly: true } } });
    const r = await upsertComment(await api(gh, 'ro'), 3, body('shop-pr-3'));
    expect(r).toBeUndefined();
    expect(gh.calls.find((c) => c.method === 'GET' && c.path.endsWith('/comments'))?.status).toBe(200);
    const post = gh.calls.find((c) => c.method === 'POST');
    expect(post?.status).toBe(403);
    expect(post?.response.headers['x-accepted-github-permissions']).toBe('issues=write; pull_requests=write');
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('`permissions: pull-requests: write`');
  });

  it('a bad token is told apart (401), and so is a repository the token cannot see (404)', async () => {
    gh = await startGitHubServer({ tokens: { good: { user: botUser() } } });
    await GitHubDeployment.start(
      await api(gh, 'expired'),
      { ref: 'a'.repeat(40), environment: 'e', transient: false, description: 'd', target: 'e' },
      { sha: '', runId: '' },
      LOG,
    );
    await GitHubDeployment.start(
      await api(gh, 'good', 'octo-org/elsewhere'),
      { ref: 'a'.repeat(40), environment: 'e', transient: false, description: 'd', target: 'e' },
      { sha: '', runId: '' },
      LOG,
    );
    expect(gh.calls.map((c) => c.status)).toEqual([401, 404]);
    expect(warnings()).toHaveLength(2);
    expect(warnings()[0]).toContain('title=GitHub token refused');
    expect(warnings()[1]).toContain('title=GitHub resource not found');
  });

  it('a secondary rate limit longer than the deadline allows is not waited for: one rate-limit warning, not a permission one', async () => {
    gh = await startGitHubServer();
    gh.faults.push({ method: 'POST', path: /^\/deployments$/, kind: 'secondary-403', retryAfter: 120, times: 5 });
    const d = await GitHubDeployment.start(
      await api(gh, 't', 'octo-org/shop', 30_000),
      { ref: 'a'.repeat(40), environment: 'e', transient: false, description: 'd', target: 'e' },
      { sha: '', runId: '' },
      LOG,
    );
    expect(d).toBeUndefined();
    expect(gh.calls.filter((c) => c.method === 'POST').map((c) => c.status)).toEqual([403]);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('title=GitHub rate limit');
    expect(warnings()[0]).not.toContain('permissions:');
  });

  it('a 5xx is retried; a body over 65,536 characters is refused with GitHub’s 422', async () => {
    gh = await startGitHubServer();
    gh.faults.push({ method: 'GET', path: /^\/issues\/4\/comments$/, kind: 'server-error', times: 1 });
    const a = await api(gh);
    expect((await upsertComment(a, 4, body('shop-pr-4')))?.created).toBe(true);
    expect(gh.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/comments')).map((c) => c.status)).toEqual([502, 200]);
    const refused = await a.octokit.rest.issues
      .createComment({ owner: 'octo-org', repo: 'shop', issue_number: 4, body: 'x'.repeat(65_537) })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 422 });
    expect(gh.calls.at(-1)?.response.body).toMatchObject({
      errors: [{ field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
    });
  });

  it('auto_inactive as GitHub applies it: only older non-transient, non-production successes; previews are superseded by hookline', async () => {
    gh = await startGitHubServer();
    const older = gh.addDeployment({ environment: 'staging', statuses: ['success'] });
    const failed = gh.addDeployment({ environment: 'staging', statuses: ['failure'] });
    const prod = gh.addDeployment({ environment: 'production', statuses: ['success'] });
    const preview = gh.addDeployment({
      environment: 'preview/pr-1',
      transient_environment: true,
      statuses: ['success'],
      payload: { hookline: { target: 'shop-pr-1' } },
    });
    const otherService = gh.addDeployment({
      environment: 'preview/pr-1',
      transient_environment: true,
      statuses: ['success'],
      payload: { hookline: { target: 'api-pr-1' } },
    });
    const a = await api(gh);
    const req = { ref: 'a'.repeat(40), transient: false, description: 'd' };
    const s = await GitHubDeployment.start(a, { ...req, environment: 'staging', target: 'staging' }, { sha: '', runId: '' }, LOG);
    await s?.status({ state: 'success', logUrl: LOG });
    const p = await GitHubDeployment.start(
      a,
      { ...req, environment: 'preview/pr-1', transient: true, target: 'shop-pr-1' },
      { sha: '', runId: '' },
      LOG,
    );
    await p?.status({ state: 'success', logUrl: LOG });
    expect(older.statuses.at(-1)?.state).toBe('inactive');
    expect(failed.statuses.at(-1)?.state).toBe('failure');
    expect(prod.statuses.at(-1)?.state).toBe('success');
    expect(preview.statuses.at(-1)?.state).toBe('success');
    const r = await deactivateDeployments(a, 'preview/pr-1', {
      logUrl: LOG,
      description: 'Superseded',
      target: 'shop-pr-1',
      except: p?.id,
    });
    expect(r).toEqual({ deactivated: 1, skipped: 0, failed: 0 });
    expect(preview.statuses.at(-1)?.state).toBe('inactive');
    expect(otherService.statuses.at(-1)?.state).toBe('success');
    expect(gh.calls.filter((c) => c.status === 201).every((c) => c.response.headers.location?.startsWith(gh.url))).toBe(true);
  });
});
