// What went wrong with a GitHub call, told apart (pure): a rate limit, a missing permission, a
// bad token, a missing resource, a body GitHub refused, or anything else — and the one warning
// sentence for each. GitHub answers 403 both for "no permission" and for a secondary rate limit,
// so the headers and the message decide, never the status alone.

export type FailureKind = 'rate-limit' | 'permission' | 'bad-token' | 'not-found' | 'invalid' | 'other';

export interface Failure {
  kind: FailureKind;
  status: number | undefined;
  /** The permissions GitHub says the call needs (X-Accepted-GitHub-Permissions), e.g. `deployments=write`. */
  accepted: string | undefined;
  /** Seconds GitHub asked to wait (retry-after, or until x-ratelimit-reset). */
  retryAfter: number | undefined;
  message: string;
}

interface ErrorShape {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, unknown>; data?: unknown };
}

export function classifyFailure(err: unknown, nowMs: number): Failure {
  const e = (err ?? {}) as ErrorShape;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const headers = e.response?.headers ?? {};
  const header = (name: string) => (typeof headers[name] === 'string' ? (headers[name] as string) : undefined);
  const message = typeof e.message === 'string' ? e.message : String(err);
  const accepted = header('x-accepted-github-permissions');
  const rateLimited = status === 429 || (status === 403 && (/\brate limit\b/i.test(message) || header('x-ratelimit-remaining') === '0'));
  const retryAfter = rateLimited ? waitSeconds(header('retry-after'), header('x-ratelimit-reset'), nowMs) : undefined;
  const kind: FailureKind = rateLimited
    ? 'rate-limit'
    : status === 401
      ? 'bad-token'
      : status === 403
        ? 'permission'
        : status === 404
          ? 'not-found'
          : status === 422
            ? 'invalid'
            : 'other';
  return { kind, status, accepted, retryAfter, message };
}

/** retry-after (seconds) wins; else the seconds until x-ratelimit-reset (epoch seconds). */
export function waitSeconds(retryAfter: string | undefined, reset: string | undefined, nowMs: number): number | undefined {
  const after = Number(retryAfter);
  if (retryAfter !== undefined && Number.isFinite(after) && after >= 0) return Math.ceil(after);
  const at = Number(reset);
  if (reset !== undefined && Number.isFinite(at) && at > 0) return Math.max(0, Math.ceil(at - nowMs / 1000));
  return undefined;
}

/**
 * The permission a job's `permissions:` block spells, from GitHub's header: alternatives are
 * separated by `;` (`issues=write; pull_requests=write`); the one hookline documents wins.
 */
export function permissionFromHeader(accepted: string | undefined, documented: string): string | undefined {
  const spelled = (accepted ?? '')
    .split(';')
    .map((alt) => /^\s*([a-z_]+)=([a-z]+)\s*$/.exec(alt.split(',')[0] ?? ''))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]!.replace(/_/g, '-')}: ${m[2]}`);
  return spelled.includes(documented) ? documented : spelled[0];
}

/** The one warning for a failed GitHub call: what could not be done, why, and what to change. */
export function failureWarning(what: string, f: Failure, permission: string): { title: string; text: string } {
  const unaffected = 'The release itself is not affected.';
  switch (f.kind) {
    case 'rate-limit':
      return {
        title: 'GitHub rate limit',
        text:
          `Could not ${what}: GitHub's rate limit refused it (HTTP ${f.status}${f.retryAfter !== undefined ? `, retry after ${f.retryAfter} s` : ''}) ` +
          `and waiting longer would pass the step's deadline. Nothing to change in the workflow; fewer writes per minute (or a later re-run) avoid it. ${unaffected}`,
      };
    case 'permission': {
      const needed = permissionFromHeader(f.accepted, permission) ?? permission;
      return {
        title: `GitHub permission ${needed}`,
        text:
          `Could not ${what}: the token lacks a permission (HTTP 403${f.accepted ? `, GitHub accepts ${f.accepted}` : ''}). ` +
          `Give the job \`permissions: ${needed}\` (a pull request from a fork only ever gets a read-only token). ${unaffected}`,
      };
    }
    case 'bad-token':
      return {
        title: 'GitHub token refused',
        text: `Could not ${what}: GitHub refused the token (HTTP 401: expired, revoked or mistyped). Keep github-token at its default, \${{ github.token }}, or give a valid token. ${unaffected}`,
      };
    case 'not-found':
      return {
        title: 'GitHub resource not found',
        text:
          `Could not ${what}: GitHub answered 404 — the repository, pull request or deployment does not exist for this token ` +
          `(a token of another repository, or one without read access, sees 404 rather than 403). ${unaffected}`,
      };
    default:
      return { title: 'GitHub API', text: `Could not ${what}: ${f.message}. ${unaffected}` };
  }
}
