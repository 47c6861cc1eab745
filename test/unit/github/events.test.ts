// The event payloads the e2e tests feed the action are payloads GitHub sends (its webhook schema).
import { pullRequestEvent, pushEvent, workflowDispatchEvent } from '../../github/events.js';
import { checkEvent } from '../../github/openapi.js';
import { parseEvent } from '../../../src/github/event.js';

const sha = (c: string) => c.repeat(40);

describe("test event payloads against GitHub's webhook schemas", () => {
  it.each(['opened', 'synchronize', 'reopened', 'closed'] as const)('pull_request %s', (action) => {
    const e = pullRequestEvent({ action, number: 42, headSha: sha('1'), merged: action === 'closed' });
    expect(checkEvent('pull_request', e)).toEqual([]);
    expect(parseEvent('pull_request', e, sha('0')).pullRequest).toMatchObject({ number: 42, action, headSha: sha('1'), fork: false });
  });

  it("a fork's pull request", () => {
    const fork = pullRequestEvent({
      action: 'opened',
      number: 7,
      headSha: sha('2'),
      headRepo: { full_name: 'mallory/shop', owner: 'mallory' },
    });
    expect(checkEvent('pull_request', fork)).toEqual([]);
    expect(parseEvent('pull_request', fork, '').pullRequest).toMatchObject({ fork: true, headRepo: 'mallory/shop' });
  });

  it('push and workflow_dispatch', () => {
    expect(checkEvent('push', pushEvent(sha('3')))).toEqual([]);
    expect(parseEvent('push', pushEvent(sha('3')), sha('0')).sha).toBe(sha('3'));
    expect(checkEvent('workflow_dispatch', workflowDispatchEvent({ revision: 'v1' }))).toEqual([]);
  });

  it('the check catches a payload GitHub would not send', () => {
    const wrong = { ...pullRequestEvent({ action: 'opened', number: 1, headSha: sha('4') }), number: '1' };
    expect(checkEvent('pull_request', wrong)).not.toEqual([]);
    expect(checkEvent('pull_request', { action: 'exploded' })).toEqual(['pull_request.exploded: no such webhook event']);
  });
});
