// GitHub Deployments: one Deployment per release, with statuses in_progress → success | failure
// (environment_url, log_url), and inactive when superseded or torn down. Every call is
// best-effort (see api.ts): permission `deployments: write`.
//
// A job with `environment:` already has a Deployment, created by GitHub Actions (creator
// github-actions[bot], this run's sha, a status linking this run): hookline adopts it instead of
// creating a second one. Without one, hookline creates its own.
import { States } from '../constants.js';
import type { Outcome, StateSink } from '../in-flight.js';
import { bestEffort, type GitHubApi } from './api.js';

export const DEPLOYMENTS_PERMISSION = 'deployments: write';
export const ACTIONS_BOT = 'github-actions[bot]';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentRequest {
  /** The commit deployed (a sha; GitHub shows the deployment on it). */
  ref: string;
  environment: string;
  /** Preview environments: GitHub never marks them inactive on its own; hookline does. */
  transient: boolean;
  /** Unset: GitHub decides (an environment named production is). */
  production?: boolean;
  description: string;
  /** Which target this Deployment releases to: previews of two services share one environment. */
  target: string;
}

export interface RunIdentity {
  /** GITHUB_SHA: what GitHub Actions records its own Deployment for. */
  sha: string;
  runId: string;
}

export interface StatusUpdate {
  state: DeploymentState;
  environmentUrl?: string;
  logUrl: string;
  description?: string;
}

/** What hookline reads of a deployment (a subset of GitHub's). */
export interface DeploymentLike {
  id: number;
  environment?: string;
  creator?: { login?: string } | null;
  payload?: unknown;
}
export interface StatusLike {
  state?: string;
  log_url?: string;
  target_url?: string;
}

export class GitHubDeployment {
  private constructor(
    private readonly api: GitHubApi,
    readonly id: number,
    readonly environment: string,
    /** Created by GitHub Actions for this job, not by hookline. */
    readonly adopted: boolean,
    private readonly transient: boolean,
  ) {}

  /**
   * The job's own Deployment when GitHub Actions made one, else a new one; marked in_progress and
   * recorded as open for the post step. Undefined (after one warning) when GitHub refuses.
   */
  static async start(api: GitHubApi, req: DeploymentRequest, run: RunIdentity, logUrl: string): Promise<GitHubDeployment | undefined> {
    const adopted = await findActionsDeployment(api, run, req.environment);
    const id = adopted?.id ?? (await create(api, req));
    if (id === undefined) return undefined;
    const d = new GitHubDeployment(api, id, adopted?.environment ?? req.environment, adopted !== undefined, req.transient);
    // Open before in_progress is sent: a run killed mid-request still leaves the post step a record to close.
    saveOpenDeployment(api.report, { id, environment: d.environment, transient: req.transient, logUrl });
    await d.status({ state: 'in_progress', logUrl, description: 'Deploying…' });
    return d;
  }

  /** Posts a status; a final one closes the record (the post step has nothing left to do). */
  async status(u: StatusUpdate): Promise<void> {
    await setStatus(this.api, this.id, u);
    if (u.state !== 'in_progress') saveOpenDeployment(this.api.report, undefined);
  }

  /** The final status for how the release ended (see endingState). */
  async end(outcome: Outcome, u: Omit<StatusUpdate, 'state'>): Promise<void> {
    await this.status({ ...u, state: endingState(outcome, this.transient) });
  }
}

/**
 * The final state of a Deployment for how the run ended (pure). `''` is a main step killed before
 * it could say (the runner's cancel or timeout-minutes). A cancelled preview was never live: it is
 * inactive rather than an error on the pull request.
 */
export function endingState(outcome: Outcome | '', transient: boolean): DeploymentState {
  switch (outcome) {
    case 'succeeded':
      return 'success';
    case 'failed':
      return 'failure';
    case 'cancelled':
    case '':
      return transient ? 'inactive' : 'error';
    default:
      // timed-out, crashed: the release did not come to an end hookline could judge.
      return 'error';
  }
}

/** A Deployment this run marked in_progress and has not given a final status yet (GITHUB_STATE). */
export interface OpenDeployment {
  id: number;
  environment: string;
  transient: boolean;
  logUrl: string;
}

export function saveOpenDeployment(sink: StateSink, d: OpenDeployment | undefined): void {
  sink.saveState(States.GithubDeployment, d ? JSON.stringify(d) : '');
}

export function parseOpenDeployment(raw: string): OpenDeployment | undefined {
  if (!raw.trim()) return undefined;
  const v = safeJson(raw) as Partial<OpenDeployment> | undefined;
  if (!v || typeof v !== 'object' || !Number.isSafeInteger(v.id) || typeof v.logUrl !== 'string') return undefined;
  return { id: v.id as number, environment: String(v.environment ?? ''), transient: v.transient === true, logUrl: v.logUrl };
}

/** The post step: the final status of a Deployment the main step could not close. True when GitHub took it. */
export async function closeOpenDeployment(
  api: GitHubApi,
  d: OpenDeployment,
  outcome: Outcome | '',
  description: string,
  signal?: AbortSignal,
): Promise<DeploymentState | undefined> {
  const state = endingState(outcome, d.transient);
  const ok = await setStatus(api, d.id, { state, logUrl: d.logUrl, description }, signal);
  return ok ? state : undefined;
}

async function create(api: GitHubApi, req: DeploymentRequest): Promise<number | undefined> {
  return bestEffort(api.report, `create a GitHub Deployment for ${req.environment}`, DEPLOYMENTS_PERMISSION, async () => {
    const res = await api.octokit.rest.repos.createDeployment({
      owner: api.owner,
      repo: api.repo,
      ref: req.ref,
      environment: req.environment,
      transient_environment: req.transient,
      ...(req.production !== undefined ? { production_environment: req.production } : {}),
      auto_merge: false,
      required_contexts: [],
      description: req.description.slice(0, 140),
      payload: { hookline: { target: req.target } },
    });
    // 202 means GitHub wanted to merge first (never with auto_merge: false): no deployment.
    const data = res.data as { id?: unknown };
    if (typeof data.id !== 'number') throw new Error(`GitHub created no deployment (HTTP ${res.status})`);
    return data.id;
  });
}

/** This run's Deployment made by GitHub Actions (pure): one whose statuses link this run; the one named `environment` when several do. */
export function pickActionsDeployment(
  candidates: { deployment: DeploymentLike; statuses: StatusLike[] }[],
  runId: string,
  environment: string,
): DeploymentLike | undefined {
  const runLink = new RegExp(`/actions/runs/${runId.replace(/\D/g, '')}(?:/|$)`);
  const mine = candidates.filter(
    ({ deployment, statuses }) =>
      deployment.creator?.login === ACTIONS_BOT && statuses.some((s) => runLink.test(s.log_url ?? '') || runLink.test(s.target_url ?? '')),
  );
  const live = mine.filter(({ statuses }) => ['queued', 'pending', 'in_progress', 'waiting'].includes(statuses[0]?.state ?? ''));
  const named = live.find(({ deployment }) => deployment.environment === environment);
  return named?.deployment ?? (live.length === 1 ? live[0]?.deployment : undefined);
}

async function findActionsDeployment(api: GitHubApi, run: RunIdentity, environment: string): Promise<DeploymentLike | undefined> {
  if (!run.sha || !run.runId) return undefined;
  // Not finding it is no failure of its own: creating one then says what GitHub refused.
  try {
    const { data } = await api.octokit.rest.repos.listDeployments({ owner: api.owner, repo: api.repo, sha: run.sha, per_page: 30 });
    const bots = data.filter((d) => d.creator?.login === ACTIONS_BOT).slice(0, 5);
    const candidates = [];
    for (const deployment of bots) candidates.push({ deployment, statuses: await statusesOf(api, deployment.id, 10) });
    return pickActionsDeployment(candidates, run.runId, environment);
  } catch (err) {
    api.report.debug(`No Deployment of GitHub Actions to record into: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/** Newest first, as GitHub lists them. */
async function statusesOf(api: GitHubApi, id: number, perPage: number): Promise<StatusLike[]> {
  const { data } = await api.octokit.rest.repos.listDeploymentStatuses({
    owner: api.owner,
    repo: api.repo,
    deployment_id: id,
    per_page: perPage,
  });
  return data;
}

async function setStatus(api: GitHubApi, id: number, u: StatusUpdate, signal?: AbortSignal): Promise<boolean> {
  const done = await bestEffort(api.report, `set the GitHub Deployment status to ${u.state}`, DEPLOYMENTS_PERMISSION, async () => {
    await api.octokit.rest.repos.createDeploymentStatus({
      owner: api.owner,
      repo: api.repo,
      deployment_id: id,
      state: u.state,
      log_url: u.logUrl,
      ...(u.environmentUrl ? { environment_url: u.environmentUrl } : {}),
      ...(u.description ? { description: u.description.slice(0, 140) } : {}),
      // GitHub supersedes older non-transient deployments of the environment on success; previews are done by hand (deactivate).
      auto_inactive: true,
      ...(signal ? { request: { signal } } : {}),
    });
    return true;
  });
  return done === true;
}

/** hookline's target recorded in a deployment's payload (undefined: not hookline's, or made before targets were recorded). */
export function payloadTarget(payload: unknown): string | undefined {
  const p = typeof payload === 'string' ? safeJson(payload) : payload;
  const t = (p as { hookline?: { target?: unknown } } | undefined)?.hookline?.target;
  return typeof t === 'string' ? t : undefined;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

export interface DeactivateOptions {
  logUrl: string;
  description: string;
  /** Only deployments of this target (and older ones that name none); all when unset. */
  target?: string;
  /** Never this one (the deployment that just succeeded). */
  except?: number;
}

export interface DeactivateResult {
  /** Marked inactive now. */
  deactivated: number;
  /** Already inactive: left alone (re-runs write nothing). */
  skipped: number;
  /** GitHub refused (after waiting out any rate limit the deadline allowed). */
  failed: number;
}

/**
 * Marks the deployments of `environment` inactive, one write at a time (api.ts paces them and
 * waits out rate limits), skipping those already inactive: running it twice writes nothing more.
 */
export async function deactivateDeployments(api: GitHubApi, environment: string, o: DeactivateOptions): Promise<DeactivateResult> {
  const result: DeactivateResult = { deactivated: 0, skipped: 0, failed: 0 };
  const list = await bestEffort(api.report, `list the GitHub Deployments of ${environment}`, DEPLOYMENTS_PERMISSION, () =>
    api.octokit.paginate(api.octokit.rest.repos.listDeployments, { owner: api.owner, repo: api.repo, environment, per_page: 100 }),
  );
  for (const d of list ?? []) {
    if (d.id === o.except) continue;
    const target = payloadTarget(d.payload);
    if (o.target !== undefined && target !== undefined && target !== o.target) continue;
    const latest = await bestEffort(api.report, `read the status of GitHub Deployment ${d.id}`, DEPLOYMENTS_PERMISSION, () =>
      statusesOf(api, d.id, 1),
    );
    if (latest?.[0]?.state === 'inactive') {
      result.skipped++;
      continue;
    }
    const ok = await setStatus(api, d.id, { state: 'inactive', logUrl: o.logUrl, description: o.description });
    if (ok) result.deactivated++;
    else result.failed++;
  }
  return result;
}

/** Every deployment of a torn-down preview environment inactive; returns how many were marked now. */
export async function deactivateEnvironment(api: GitHubApi, environment: string, logUrl: string): Promise<number> {
  return (await deactivateDeployments(api, environment, { logUrl, description: 'Preview removed' })).deactivated;
}
