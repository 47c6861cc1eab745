// The event payload the run was triggered by (GITHUB_EVENT_PATH), reduced to what previews and
// GitHub Deployments need. Parsing is pure; only readEvent touches the file system.
import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  number: number;
  /** opened, synchronize, reopened, closed, … */
  action: string;
  headSha: string;
  headRef: string;
  /** owner/name of the repository the head branch lives in ('' when the fork was deleted). */
  headRepo: string;
  baseRepo: string;
  /** The head branch is in another repository: the run gets no secrets and a read-only token. */
  fork: boolean;
  merged: boolean;
  url: string;
}

export interface EventInfo {
  name: string;
  /** The pull request for pull_request / pull_request_target events. */
  pullRequest: PullRequestInfo | undefined;
  /** The commit the event is about: the PR head, a push's `after`, else GITHUB_SHA. */
  sha: string;
}

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Reads and parses the payload; a missing or unreadable file is an empty payload. */
export function readEvent(env: NodeJS.ProcessEnv): EventInfo {
  let payload: unknown = {};
  const path = env.GITHUB_EVENT_PATH;
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      payload = {};
    }
  }
  return parseEvent(env.GITHUB_EVENT_NAME || '', payload, env.GITHUB_SHA || '');
}

export function parseEvent(name: string, payload: unknown, fallbackSha: string): EventInfo {
  const p = obj(payload) ?? {};
  const pullRequest = parsePullRequest(p);
  const after = str(p.after);
  const sha = pullRequest?.headSha || (/^[0-9a-f]{40}$/.test(after) && !/^0+$/.test(after) ? after : '') || fallbackSha;
  return { name, pullRequest, sha };
}

function parsePullRequest(p: Json): PullRequestInfo | undefined {
  const pr = obj(p.pull_request);
  if (!pr) return undefined;
  const number = typeof pr.number === 'number' ? pr.number : typeof p.number === 'number' ? p.number : NaN;
  if (!Number.isInteger(number) || number <= 0) return undefined;
  const head = obj(pr.head) ?? {};
  const base = obj(pr.base) ?? {};
  const headRepoObj = obj(head.repo);
  const headRepo = str(headRepoObj?.full_name);
  const baseRepo = str(obj(base.repo)?.full_name);
  return {
    number,
    action: str(p.action),
    headSha: str(head.sha),
    headRef: str(head.ref),
    headRepo,
    baseRepo,
    // A deleted fork has head.repo null: still not this repository. Either sign makes it a fork.
    fork: headRepoObj?.fork === true || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    merged: pr.merged === true,
    url: str(pr.html_url),
  };
}

/** Whether AWS credentials can be had in this job: static keys, a web identity token, or an OIDC token request. */
export function hasAwsCredentialSource(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    env.AWS_ACCESS_KEY_ID ||
    env.AWS_WEB_IDENTITY_TOKEN_FILE ||
    env.ACTIONS_ID_TOKEN_REQUEST_URL ||
    env.AWS_PROFILE ||
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI ||
    env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI,
  );
}

/** The one notice a fork's pull request run ends with: why nothing was deployed, and what to do. */
export function forkNotice(pr: PullRequestInfo, mode: string): string {
  return (
    `Pull request #${pr.number} comes from the fork ${pr.headRepo || '(deleted)'}: hookline never deploys a fork's code ` +
    `unless the workflow sets allow-forks: true, because that code would run with this repository's AWS access. ` +
    `${mode === 'cleanup' ? 'There is no preview to remove. ' : 'Nothing was deployed; the bundle was validated. '}` +
    `To deploy it, push the branch to this repository (or have a maintainer do so) and open the pull request from there.`
  );
}
