// Event payloads as the runner writes them to GITHUB_EVENT_PATH, for the e2e tests: the fields
// hookline reads and their usual neighbours.

const REPO = {
  id: 1296269,
  node_id: 'R_kgDOAT9rDQ',
  name: 'shop',
  full_name: 'octo-org/shop',
  private: false,
  owner: { login: 'octo-org', type: 'Organization' },
  fork: false,
};

export function pullRequestEvent(o: { action: string; number: number; headSha: string; merged?: boolean }) {
  return {
    action: o.action,
    number: o.number,
    pull_request: {
      number: o.number,
      state: o.action === 'closed' ? 'closed' : 'open',
      title: 'Add the login form',
      html_url: `https://github.com/octo-org/shop/pull/${o.number}`,
      merged: o.merged ?? false,
      head: { label: 'octo-org:feature/login', ref: 'feature/login', sha: o.headSha, repo: REPO },
      base: { label: 'octo-org:main', ref: 'main', sha: 'b'.repeat(40), repo: REPO },
      user: { login: 'octocat', type: 'User' },
    },
    repository: REPO,
    sender: { login: 'octocat', type: 'User' },
  };
}

export function pushEvent(after: string) {
  return {
    ref: 'refs/heads/main',
    before: '0'.repeat(40),
    after,
    created: false,
    deleted: false,
    forced: false,
    repository: REPO,
    pusher: { name: 'octocat' },
  };
}
