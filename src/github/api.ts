// The one GitHub API client (Octokit from @actions/github, loaded only when a token is given)
// and the best-effort rule: a GitHub call that fails never fails a release; it becomes one
// warning per missing permission, naming it.
import type { getOctokit } from '@actions/github';
import type { Reporter } from '../report/reporter.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubApi {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The run's Reporter: GitHub's answers are foreign text, and warnings count in the annotation budget. */
  report: Reporter;
}

/** Octokit for GITHUB_API_URL (GitHub Enterprise Server too); undefined when there is no token or repository. */
export async function githubApi(token: string | undefined, env: NodeJS.ProcessEnv, report: Reporter): Promise<GitHubApi | undefined> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) return undefined;
  report.setSecret(token);
  const { getOctokit } = await import('@actions/github');
  const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  return { octokit: getOctokit(token, { baseUrl, userAgent: 'hookline' }), owner, repo, report };
}

/** HTTP status of an Octokit RequestError (undefined for anything else). */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

const warned = new Set<string>();

/**
 * Runs a GitHub call that must not decide the run. A 403/404 (the token lacks `permission`, or a
 * fork's read-only token) becomes one warning naming the permission; anything else a warning
 * with the cause. Returns undefined when it failed.
 */
export async function bestEffort<T>(report: Reporter, what: string, permission: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    const status = httpStatus(err);
    if (status === 403 || status === 404 || status === 401) {
      if (!warned.has(permission)) {
        warned.add(permission);
        report.warning(
          `Could not ${what}: GitHub answered ${status}. Give the job \`permissions: ${permission}\` ` +
            `(and keep github-token at its default, \${{ github.token }}); the release itself is not affected.`,
          { title: `GitHub permission ${permission}` },
        );
      }
    } else {
      const key = `${permission}:other`;
      if (!warned.has(key)) {
        warned.add(key);
        report.warning(`Could not ${what}: ${err instanceof Error ? err.message : String(err)}. The release itself is not affected.`, {
          title: 'GitHub API',
        });
      }
    }
    if (err instanceof Error && err.stack) report.debug(err.stack);
    return undefined;
  }
}
