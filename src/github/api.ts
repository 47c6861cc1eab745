// The one GitHub API client (Octokit from @actions/github, loaded only when a token is given) and
// the best-effort rule: a GitHub call that fails never fails a release; it becomes one warning that
// says which of rate limit, missing permission, bad token or missing resource it was.
//
// Octokit's own throttling and retry plugins wait out what GitHub asks for (retry-after,
// x-ratelimit-reset) as long as the wait ends before the step's deadline, retry 5xx with backoff,
// and send writes one at a time, paced — GitHub's advice for its content-creation limit.
import type { getOctokit } from '@actions/github';
import { proxyFetchFor } from '../aws/proxy.js';
import type { Reporter } from '../report/reporter.js';
import { classifyFailure, failureWarning } from './failure.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubApi {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The run's Reporter: GitHub's answers are foreign text, and warnings count in the annotation budget. */
  report: Reporter;
}

export interface ApiLimits {
  /** Epoch ms: no wait for GitHub may end after this (the step's own deadline). */
  deadline: number;
  now?: () => number;
}

/** Gap between two writes: at most 5 a second, serially (GitHub: "make requests serially, not concurrently"). */
export const WRITE_SPACING_MS = 200;
/** Rate-limit waits honoured per request before giving up (each within the deadline). */
export const MAX_RATE_LIMIT_RETRIES = 4;

/** Whether to wait `retryAfter` seconds and retry, per GitHub's answer and the deadline (pure). */
export function shouldWait(retryAfter: number, retryCount: number, limits: ApiLimits): boolean {
  const now = (limits.now ?? Date.now)();
  return retryCount < MAX_RATE_LIMIT_RETRIES && now + retryAfter * 1000 <= limits.deadline;
}

/** Octokit for GITHUB_API_URL (GitHub Enterprise Server too); undefined when there is no token or repository. */
export async function githubApi(
  token: string | undefined,
  env: NodeJS.ProcessEnv,
  report: Reporter,
  limits: ApiLimits,
): Promise<GitHubApi | undefined> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) return undefined;
  report.setSecret(token);
  const [{ getOctokit }, { throttling }, { retry }, { default: Bottleneck }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-throttling'),
    import('@octokit/plugin-retry'),
    import('bottleneck/light.js'),
  ]);
  const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  // The same proxy rule as the AWS calls (aws/proxy.ts), instead of @actions/github's own.
  const fetch = await proxyFetchFor(baseUrl, env);
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    const wait = shouldWait(retryAfter, retryCount, limits);
    report.info(
      `GitHub ${kind} on ${options.method ?? ''} ${options.url ?? ''}: ${wait ? `waiting ${retryAfter} s as asked, then retrying` : 'not waiting (it would pass the deadline)'}.`,
    );
    return wait;
  };
  const octokit = getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'hookline',
      ...(fetch ? { request: { fetch } } : {}),
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: WRITE_SPACING_MS }),
      },
      // 4xx are answers, not accidents; rate limits (403/429) are the throttling plugin's.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    },
    retry,
    throttling,
  );
  return { octokit, owner, repo, report };
}

/** HTTP status of an Octokit RequestError (undefined for anything else). */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

const warned = new Set<string>();

/**
 * Runs a GitHub call that must not decide the run. A failure becomes one warning per kind and
 * permission (rate limit, missing permission, bad token, not found, other). Returns undefined
 * when it failed.
 */
export async function bestEffort<T>(report: Reporter, what: string, permission: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    const failure = classifyFailure(err, Date.now());
    const key = `${failure.kind}:${failure.kind === 'permission' ? (failure.accepted ?? permission) : ''}`;
    if (!warned.has(key)) {
      warned.add(key);
      const { title, text } = failureWarning(what, failure, permission);
      report.warning(text, { title });
    }
    if (err instanceof Error && err.stack) report.debug(err.stack);
    return undefined;
  }
}
