// A GitHub Deployment's final status for every ending, and the open record the post step closes,
// against the local GitHub API over HTTP.
import { githubApi, type GitHubApi } from '../../../src/github/api.js';
import {
  closeOpenDeployment,
  endingState,
  GitHubDeployment,
  parseOpenDeployment,
  type OpenDeployment,
} from '../../../src/github/deployments.js';
import { Reporter, type ReportSink } from '../../../src/report/reporter.js';
import { savedOutcome } from '../../../src/post/github.js';
import { startGitHubServer, type GitHubServer } from '../../github/server.js';
import { checkExchanges } from '../../github/openapi.js';

const LOG = 'https://github.com/octo-org/shop/actions/runs/7';

/** A Reporter that records state and lines instead of writing the runner's files. */
function recorder() {
  const state: Record<string, string> = {};
  const lines: string[] = [];
  const sink: ReportSink = {
    write: (t) => void lines.push(t),
    setOutput: () => undefined,
    saveState: (name, value) => void (state[name] = value),
    setSecret: () => undefined,
    appendSummary: async () => undefined,
    markFailed: () => undefined,
  };
  return { state, lines, report: new Reporter(sink) };
}

async function apiFor(gh: GitHubServer, report: Reporter): Promise<GitHubApi> {
  const api = await githubApi('ghs_token', { GITHUB_REPOSITORY: 'octo-org/shop', GITHUB_API_URL: gh.url }, report, {
    deadline: Date.now() + 30_000,
  });
  if (!api) throw new Error('no client');
  return api;
}

describe('endingState', () => {
  it('maps how the run ended to the final state; a cancelled preview is inactive', () => {
    expect(endingState('succeeded', false)).toBe('success');
    expect(endingState('failed', true)).toBe('failure');
    expect(endingState('cancelled', false)).toBe('error');
    expect(endingState('cancelled', true)).toBe('inactive');
    // A main step killed before it saved an outcome was cancelled by the runner.
    expect(endingState('', false)).toBe('error');
    expect(endingState('', true)).toBe('inactive');
    expect(endingState('timed-out', true)).toBe('error');
    expect(endingState('crashed', false)).toBe('error');
  });

  it('reads only a well-formed open record and a known outcome', () => {
    const open: OpenDeployment = { id: 12, environment: 'prod', transient: false, logUrl: LOG };
    expect(parseOpenDeployment(JSON.stringify(open))).toEqual(open);
    for (const bad of ['', '{', '{"id":"12","logUrl":"x"}', '{"id":1.5,"logUrl":"x"}', 'null'])
      expect(parseOpenDeployment(bad)).toBeUndefined();
    expect(savedOutcome('timed-out')).toBe('timed-out');
    expect(savedOutcome('')).toBe('');
    expect(savedOutcome('garbage')).toBe('');
  });
});

describe('the open Deployment record', () => {
  let gh: GitHubServer;
  beforeEach(async () => {
    gh = await startGitHubServer();
  });
  afterEach(async () => {
    expect(checkExchanges(gh.calls)).toEqual([]);
    await gh.close();
  });

  it('is saved before in_progress and cleared by the final status', async () => {
    const { state, report } = recorder();
    const api = await apiFor(gh, report);
    const d = await GitHubDeployment.start(
      api,
      { ref: 'a'.repeat(40), environment: 'preview/pr-3', transient: true, production: false, description: 'Preview', target: 'shop-pr-3' },
      { sha: '', runId: '' },
      LOG,
    );
    expect(parseOpenDeployment(state['github-deployment'] ?? '')).toEqual({
      id: d?.id,
      environment: 'preview/pr-3',
      transient: true,
      logUrl: LOG,
    });
    await d?.end('cancelled', { logUrl: LOG, description: 'Release cancelled; see the run' });
    expect(state['github-deployment']).toBe('');
    expect(gh.deployments[0]?.statuses.map((s) => s.state)).toEqual(['in_progress', 'inactive']);
  });

  it('is closed by the post step for how the run ended', async () => {
    const { report } = recorder();
    const api = await apiFor(gh, report);
    const made = gh.addDeployment({ environment: 'prod', statuses: ['in_progress'] });
    const state = await closeOpenDeployment(
      api,
      { id: made.id, environment: 'prod', transient: false, logUrl: LOG },
      'timed-out',
      'timeout',
    );
    expect(state).toBe('error');
    expect(made.statuses.at(-1)).toMatchObject({ state: 'error', description: 'timeout', log_url: LOG });
  });

  it("gives up when the post step's budget is spent", async () => {
    const { report } = recorder();
    const api = await apiFor(gh, report);
    const made = gh.addDeployment({ environment: 'prod', statuses: ['in_progress'] });
    const spent = AbortSignal.abort();
    const open = { id: made.id, environment: 'prod', transient: false, logUrl: LOG };
    expect(await closeOpenDeployment(api, open, '', 'x', spent)).toBeUndefined();
    expect(made.statuses.map((s) => s.state)).toEqual(['in_progress']);
  });

  it('answers undefined, after one warning, when GitHub refuses', async () => {
    const { lines, report } = recorder();
    const api = await apiFor(gh, report);
    gh.deny.add('deployments');
    const made = gh.addDeployment({ environment: 'prod', statuses: ['in_progress'] });
    expect(await closeOpenDeployment(api, { id: made.id, environment: 'prod', transient: false, logUrl: LOG }, '', 'x')).toBeUndefined();
    expect(made.statuses.map((s) => s.state)).toEqual(['in_progress']);
    expect(lines.join('')).toMatch(/::warning .*deployments: write/);
  });
});
