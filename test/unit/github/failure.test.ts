import { classifyFailure, failureWarning, permissionFromHeader, waitSeconds } from '../../../src/github/failure.js';
import { shouldWait } from '../../../src/github/api.js';

const err = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers, data: {} } });
const NOW = 1_800_000_000_000;

describe('GitHub failures told apart', () => {
  it('a 403 secondary rate limit is a rate limit, not a permission', () => {
    const f = classifyFailure(err(403, 'You have exceeded a secondary rate limit.', { 'retry-after': '30' }), NOW);
    expect(f).toMatchObject({ kind: 'rate-limit', retryAfter: 30 });
    expect(failureWarning('create a Deployment', f, 'deployments: write').text).not.toContain('permissions:');
  });

  it('a 429, and a 403 with x-ratelimit-remaining 0, wait until x-ratelimit-reset', () => {
    const reset = String(NOW / 1000 + 42);
    expect(classifyFailure(err(429, 'API rate limit exceeded', { 'x-ratelimit-reset': reset }), NOW)).toMatchObject({
      kind: 'rate-limit',
      retryAfter: 42,
    });
    expect(classifyFailure(err(403, 'Forbidden', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), NOW).kind).toBe(
      'rate-limit',
    );
  });

  it('a 403 naming the accepted permissions asks for that permission', () => {
    const f = classifyFailure(
      err(403, 'Resource not accessible by integration', { 'x-accepted-github-permissions': 'deployments=write' }),
      NOW,
    );
    expect(f.kind).toBe('permission');
    const w = failureWarning('create a Deployment', f, 'deployments: write');
    expect(w.title).toBe('GitHub permission deployments: write');
    expect(w.text).toContain('`permissions: deployments: write`');
  });

  it('401 is a bad token and 404 a missing resource, each with its own advice', () => {
    expect(failureWarning('x', classifyFailure(err(401, 'Bad credentials'), NOW), 'p').title).toBe('GitHub token refused');
    expect(failureWarning('x', classifyFailure(err(404, 'Not Found'), NOW), 'p').title).toBe('GitHub resource not found');
  });

  it("reads GitHub's alternatives, preferring the documented one", () => {
    expect(permissionFromHeader('issues=write; pull_requests=write', 'pull-requests: write')).toBe('pull-requests: write');
    expect(permissionFromHeader('contents=read', 'pull-requests: write')).toBe('contents: read');
    expect(permissionFromHeader(undefined, 'x: y')).toBeUndefined();
  });

  it('retry-after wins over x-ratelimit-reset; junk gives no wait', () => {
    expect(waitSeconds('5', String(NOW / 1000 + 100), NOW)).toBe(5);
    expect(waitSeconds(undefined, undefined, NOW)).toBeUndefined();
    expect(waitSeconds('soon', undefined, NOW)).toBeUndefined();
  });

  it('waits only while the wait ends before the deadline, and a bounded number of times', () => {
    const limits = { deadline: NOW + 60_000, now: () => NOW };
    expect(shouldWait(30, 0, limits)).toBe(true);
    expect(shouldWait(61, 0, limits)).toBe(false);
    expect(shouldWait(1, 10, limits)).toBe(false);
  });
});
