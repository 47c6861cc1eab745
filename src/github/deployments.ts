// GitHub Deployments: one Deployment per release to an environment, with statuses
// in_progress → success | failure (environment_url, log_url), and inactive when a preview is
// torn down. Every call is best-effort (see api.ts): permission `deployments: write`.
import { bestEffort, type GitHubApi } from './api.js';

export const DEPLOYMENTS_PERMISSION = 'deployments: write';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentRequest {
  /** The commit deployed (a sha; GitHub shows the deployment on it). */
  ref: string;
  environment: string;
  /** Preview environments: GitHub may mark them inactive on its own once gone. */
  transient: boolean;
  /** Unset: GitHub decides (an environment named production is). */
  production?: boolean;
  description: string;
}

export interface StatusUpdate {
  state: DeploymentState;
  environmentUrl?: string;
  logUrl: string;
  description?: string;
}

export class GitHubDeployment {
  private constructor(
    private readonly api: GitHubApi,
    readonly id: number,
    readonly environment: string,
  ) {}

  /** Creates the Deployment and marks it in_progress; undefined (after one warning) when GitHub refuses. */
  static async start(api: GitHubApi, req: DeploymentRequest, logUrl: string): Promise<GitHubDeployment | undefined> {
    const id = await bestEffort(api.report, `create a GitHub Deployment for ${req.environment}`, DEPLOYMENTS_PERMISSION, async () => {
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
      });
      // 202 means GitHub wanted to merge first (never with auto_merge: false): no deployment.
      const data = res.data as { id?: unknown };
      if (typeof data.id !== 'number') throw new Error(`GitHub created no deployment (HTTP ${res.status})`);
      return data.id;
    });
    if (id === undefined) return undefined;
    const d = new GitHubDeployment(api, id, req.environment);
    await d.status({ state: 'in_progress', logUrl, description: 'Deploying…' });
    return d;
  }

  async status(u: StatusUpdate): Promise<void> {
    await setStatus(this.api, this.id, u);
  }
}

async function setStatus(api: GitHubApi, id: number, u: StatusUpdate): Promise<void> {
  await bestEffort(api.report, `set the GitHub Deployment status to ${u.state}`, DEPLOYMENTS_PERMISSION, () =>
    api.octokit.rest.repos.createDeploymentStatus({
      owner: api.owner,
      repo: api.repo,
      deployment_id: id,
      state: u.state,
      log_url: u.logUrl,
      ...(u.environmentUrl ? { environment_url: u.environmentUrl } : {}),
      ...(u.description ? { description: u.description.slice(0, 140) } : {}),
      // A new success supersedes older deployments to the same environment.
      auto_inactive: true,
    }),
  );
}

/** Marks every Deployment of `environment` inactive (preview torn down); returns how many. */
export async function deactivateEnvironment(api: GitHubApi, environment: string, logUrl: string): Promise<number> {
  const ids = await bestEffort(api.report, `list the GitHub Deployments of ${environment}`, DEPLOYMENTS_PERMISSION, async () => {
    const list = await api.octokit.paginate(api.octokit.rest.repos.listDeployments, {
      owner: api.owner,
      repo: api.repo,
      environment,
      per_page: 100,
    });
    return list.map((d) => d.id);
  });
  for (const id of ids ?? []) await setStatus(api, id, { state: 'inactive', logUrl, description: 'Preview removed' });
  return ids?.length ?? 0;
}
