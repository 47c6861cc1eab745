import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEvent, readEvent, hasAwsCredentialSource } from '../../../src/github/event.js';

const pr = (head: string | null, extra: Record<string, unknown> = {}) => ({
  action: 'opened',
  number: 42,
  pull_request: {
    number: 42,
    html_url: 'https://github.com/octo-org/shop/pull/42',
    merged: false,
    head: { sha: 'a'.repeat(40), ref: 'feature/login', repo: head === null ? null : { full_name: head } },
    base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'octo-org/shop' } },
    ...extra,
  },
});

describe('parseEvent', () => {
  it('reads the pull request: number, head sha and ref, action', () => {
    const e = parseEvent('pull_request', pr('octo-org/shop'), 'c'.repeat(40));
    expect(e.pullRequest).toMatchObject({
      number: 42,
      action: 'opened',
      headSha: 'a'.repeat(40),
      headRef: 'feature/login',
      fork: false,
      merged: false,
    });
    expect(e.sha).toBe('a'.repeat(40));
  });

  it('detects forks, a deleted fork included', () => {
    expect(parseEvent('pull_request', pr('someone/shop'), '').pullRequest?.fork).toBe(true);
    expect(parseEvent('pull_request', pr(null), '').pullRequest?.fork).toBe(true);
    expect(parseEvent('pull_request', pr('Octo-Org/Shop'), '').pullRequest?.fork).toBe(false);
    // GitHub's own flag counts even when the names look alike (a fork renamed to the base's name).
    const flagged = pr('octo-org/shop');
    (flagged.pull_request.head.repo as Record<string, unknown>).fork = true;
    expect(parseEvent('pull_request', flagged, '').pullRequest?.fork).toBe(true);
  });

  it('reads merged from a closed event', () => {
    expect(parseEvent('pull_request', { ...pr('octo-org/shop', { merged: true }), action: 'closed' }, '').pullRequest).toMatchObject({
      action: 'closed',
      merged: true,
    });
  });

  it("takes a push event's after, not a branch deletion's zeros", () => {
    expect(parseEvent('push', { after: 'd'.repeat(40) }, 'c'.repeat(40)).sha).toBe('d'.repeat(40));
    expect(parseEvent('push', { after: '0'.repeat(40) }, 'c'.repeat(40)).sha).toBe('c'.repeat(40));
  });

  it('has no pull request for workflow_dispatch or junk', () => {
    expect(parseEvent('workflow_dispatch', { inputs: { revision: 'v1' } }, 'c'.repeat(40)).pullRequest).toBeUndefined();
    expect(parseEvent('x', 'junk', '').pullRequest).toBeUndefined();
    expect(parseEvent('x', { pull_request: { number: -1 } }, '').pullRequest).toBeUndefined();
  });

  it('reads the payload from GITHUB_EVENT_PATH; an unreadable file is an empty payload', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookline-event-'));
    writeFileSync(join(dir, 'e.json'), JSON.stringify(pr('octo-org/shop')));
    writeFileSync(join(dir, 'bad.json'), '{');
    expect(readEvent({ GITHUB_EVENT_PATH: join(dir, 'e.json'), GITHUB_EVENT_NAME: 'pull_request' }).pullRequest?.number).toBe(42);
    expect(readEvent({ GITHUB_EVENT_PATH: join(dir, 'bad.json'), GITHUB_SHA: 'c'.repeat(40) })).toEqual({
      name: '',
      pullRequest: undefined,
      sha: 'c'.repeat(40),
    });
  });
});

describe('hasAwsCredentialSource', () => {
  it('sees static keys, web identity files and the OIDC request URL', () => {
    expect(hasAwsCredentialSource({})).toBe(false);
    expect(hasAwsCredentialSource({ AWS_ACCESS_KEY_ID: 'x' })).toBe(true);
    expect(hasAwsCredentialSource({ AWS_WEB_IDENTITY_TOKEN_FILE: '/t' })).toBe(true);
    expect(hasAwsCredentialSource({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x' })).toBe(true);
  });
});
