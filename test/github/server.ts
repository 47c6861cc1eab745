// A local GitHub REST API for tests (loopback only): the endpoints hookline uses — deployments,
// deployment statuses, issue comments, the authenticated user — answering as GitHub does,
// including what GitHub does to clients: pagination (`per_page` ≤ 100, `Link`), comments by other
// people, secondary rate limits (403 + retry-after) and 429s, the content-creation limit, 403 with
// X-Accepted-GitHub-Permissions for a token without the permission (a read-only token still
// reads), 401 for a bad token, 404, the 65,536-character body limit (422 with GitHub's error
// body), auto_inactive as GitHub applies it, Location on 201. Every exchange is recorded whole so
// a test can check it against GitHub's OpenAPI description (see openapi.ts).
// Octokit reaches it through GITHUB_API_URL, exactly as on GitHub Enterprise Server.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { botUser, humanUser, type GitHubUser } from './users.js';

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown> | undefined;
  status: number;
  authorization: string | undefined;
  /** What the server answered (headers lower-cased), for the OpenAPI check. */
  response: { headers: Record<string, string>; body: unknown };
}

export interface DeploymentStatus {
  id: number;
  state: string;
  environment_url: string;
  log_url: string;
  description: string;
  creator: GitHubUser;
  created_at: string;
}

export interface Deployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  transient_environment: boolean;
  production_environment: boolean;
  description: string | null;
  payload: Record<string, unknown>;
  creator: GitHubUser;
  created_at: string;
  statuses: DeploymentStatus[];
}

export interface Comment {
  id: number;
  issue: number;
  body: string;
  user: GitHubUser;
  /** How many times the comment was edited after creation. */
  edits: number;
}

/** Which calls to refuse with 403, as GitHub does when the token lacks a permission. */
export type Denied = 'deployments' | 'comments';

export interface TokenInfo {
  user: GitHubUser;
  /** Read-only tokens (a fork's pull_request run) read but never write. */
  readOnly?: boolean;
}

/** A fault injected on the next matching calls (then the call is served normally). */
export interface Fault {
  method: string;
  /** Matched against the path after /repos/<owner>/<repo> (or the whole path outside a repository). */
  path: RegExp;
  kind: 'secondary-403' | 'secondary-429' | 'primary-429' | 'server-error';
  /** Seconds asked to wait (retry-after, or x-ratelimit-reset from now). */
  retryAfter?: number;
  times: number;
}

export interface ServerOptions {
  owner?: string;
  repo?: string;
  deny?: Denied[];
  /** Known tokens; when given, any other token is answered 401 "Bad credentials". Default: every token is GITHUB_TOKEN (github-actions[bot], read and write). */
  tokens?: Record<string, TokenInfo>;
  /** GitHub's content-creation limit (secondary): at most `max` writes per `windowMs`, then 403 with retry-after. */
  contentLimit?: { max: number; windowMs: number };
}

export interface GitHubServer {
  url: string;
  calls: RecordedCall[];
  deployments: Deployment[];
  comments: Comment[];
  deny: Set<Denied>;
  faults: Fault[];
  /** A comment as someone else wrote it (a person quoting the marker, another bot). */
  addComment(issue: number, body: string, user?: GitHubUser): Comment;
  /** A deployment as someone else made it: GitHub Actions for a job with `environment:`, or an earlier run. */
  addDeployment(
    d: Partial<Omit<Deployment, 'id' | 'statuses'>> & { environment: string; statuses?: string[]; logUrl?: string },
  ): Deployment;
  close(): Promise<void>;
}

export const COMMENT_BODY_LIMIT = 65_536;
const DOCS = 'https://docs.github.com/rest';

export async function startGitHubServer(opts: ServerOptions = {}): Promise<GitHubServer> {
  const owner = opts.owner ?? 'octo-org';
  const repoName = opts.repo ?? 'shop';
  const repoPath = `/repos/${owner}/${repoName}`;
  const deployments: Deployment[] = [];
  const comments: Comment[] = [];
  const calls: RecordedCall[] = [];
  const faults: Fault[] = [];
  const deny = new Set<Denied>(opts.deny ?? []);
  const writes: number[] = [];
  let nextId = 1000;
  let url = '';
  const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => handle(req, res, raw));
  });

  function handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: Record<string, unknown> | undefined;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    } catch {
      body = undefined;
    }
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: u.pathname,
      query: Object.fromEntries(u.searchParams),
      body,
      status: 0,
      authorization: req.headers.authorization,
      response: { headers: {}, body: undefined },
    };
    calls.push(call);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      const all: Record<string, string> = {
        'content-type': 'application/json; charset=utf-8',
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers,
      };
      call.response = { headers: all, body: data };
      res.writeHead(status, all);
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    if (raw && body === undefined) return send(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
    route(call, u, body, send);
  }

  type Send = (status: number, data: unknown, headers?: Record<string, string>) => void;

  function route(call: RecordedCall, u: URL, body: Record<string, unknown> | undefined, send: Send): void {
    const p = u.pathname;
    const rest = p.startsWith(repoPath + '/') ? p.slice(repoPath.length) : p;
    const token = /^(?:token|bearer) (.+)$/i.exec(call.authorization ?? '')?.[1];
    const who = token === undefined ? undefined : opts.tokens ? opts.tokens[token] : { user: botUser() };
    if (!who) return send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    const write = call.method !== 'GET' && call.method !== 'HEAD';

    const fault = faults.find((f) => f.times > 0 && f.method === call.method && f.path.test(rest));
    if (fault) {
      fault.times--;
      return sendFault(fault, send);
    }
    if (write && opts.contentLimit && overContentLimit(opts.contentLimit)) {
      const wait = Math.max(1, Math.ceil((writes[0]! + opts.contentLimit.windowMs - Date.now()) / 1000));
      return send(403, secondaryBody('403'), { 'retry-after': String(wait) });
    }
    if (p === '/user' && call.method === 'GET') {
      // An installation token (GITHUB_TOKEN, an app) is no user.
      if (who.user.type === 'Bot')
        return send(403, { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' });
      return send(200, who.user);
    }
    if (!p.startsWith(repoPath + '/')) return notFound(send);

    const area: Denied | undefined = rest.startsWith('/deployments') ? 'deployments' : rest.startsWith('/issues') ? 'comments' : undefined;
    if (area && (deny.has(area) || (write && who.readOnly))) {
      const level = write ? 'write' : 'read';
      // GitHub lists the alternatives it accepts, separated by semicolons.
      const accepted = area === 'deployments' ? `deployments=${level}` : `issues=${level}; pull_requests=${level}`;
      return send(
        403,
        { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
        {
          'x-accepted-github-permissions': accepted,
        },
      );
    }
    if (write) writes.push(Date.now());
    let m: RegExpExecArray | null;
    if (rest === '/deployments' && call.method === 'POST') return createDeployment(body, who.user, send);
    if (rest === '/deployments' && call.method === 'GET') {
      const q = u.searchParams;
      const list = deployments
        .filter((d) => (!q.get('environment') || d.environment === q.get('environment')) && (!q.get('sha') || d.sha === q.get('sha')))
        .filter((d) => !q.get('ref') || d.ref === q.get('ref'))
        .reverse(); // newest first, as GitHub lists them
      return page(u, list.map(deploymentJson), send);
    }
    if ((m = /^\/deployments\/(\d+)\/statuses$/.exec(rest))) {
      const d = deployments.find((x) => x.id === Number(m?.[1]));
      if (!d) return notFound(send);
      if (call.method === 'GET')
        return page(
          u,
          [...d.statuses].reverse().map((s) => statusJson(d, s)),
          send,
        );
      if (call.method === 'POST') return createStatus(d, body, who.user, send);
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (call.method === 'GET') return page(u, comments.filter((c) => c.issue === issue).map(commentJson), send);
      if (call.method === 'POST') {
        const invalid = invalidBody(body, 'create-an-issue-comment');
        if (invalid) return send(422, invalid);
        const c: Comment = { id: nextId++, issue, body: String(body?.body), user: who.user, edits: 0 };
        comments.push(c);
        return send(201, commentJson(c), { location: `${url}${repoPath}/issues/comments/${c.id}` });
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && call.method === 'PATCH') {
      const c = comments.find((x) => x.id === Number(m?.[1]));
      if (!c) return notFound(send);
      // Only the author (or a maintainer, which a workflow token is not) edits a comment.
      if (c.user.login !== who.user.login) {
        return send(403, { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' });
      }
      const invalid = invalidBody(body, 'update-an-issue-comment');
      if (invalid) return send(422, invalid);
      c.body = String(body?.body);
      c.edits++;
      return send(200, commentJson(c));
    }
    return notFound(send);
  }

  function overContentLimit(limit: { max: number; windowMs: number }): boolean {
    while (writes.length && writes[0]! <= Date.now() - limit.windowMs) writes.shift();
    return writes.length >= limit.max;
  }

  function sendFault(f: Fault, send: Send): void {
    const wait = f.retryAfter ?? 1;
    if (f.kind === 'server-error') return send(502, { message: 'Server Error', documentation_url: DOCS, status: '502' });
    if (f.kind === 'primary-429') {
      return send(
        429,
        { message: 'API rate limit exceeded for installation ID 1.', documentation_url: DOCS, status: '429' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + wait) },
      );
    }
    const status = f.kind === 'secondary-403' ? '403' : '429';
    return send(Number(status), secondaryBody(status), { 'retry-after': String(wait) });
  }

  function secondaryBody(status: string) {
    return {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status,
    };
  }

  function notFound(send: Send): void {
    send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
  }

  /** One page of `items` per `per_page` (default 30, at most 100) and `page`, with GitHub's Link header. */
  function page(u: URL, items: unknown[], send: Send): void {
    const perPage = Math.min(100, Math.max(1, Number(u.searchParams.get('per_page')) || 30));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const n = Math.max(1, Number(u.searchParams.get('page')) || 1);
    const linkTo = (k: number) => {
      const q = new URL(u.toString());
      q.searchParams.set('per_page', String(perPage));
      q.searchParams.set('page', String(k));
      return `${url}${q.pathname}?${q.searchParams}`;
    };
    const rels: string[] = [];
    if (n > 1) rels.push(`<${linkTo(n - 1)}>; rel="prev"`, `<${linkTo(1)}>; rel="first"`);
    if (n < last) rels.push(`<${linkTo(n + 1)}>; rel="next"`, `<${linkTo(last)}>; rel="last"`);
    send(200, items.slice((n - 1) * perPage, n * perPage), rels.length ? { link: rels.join(', ') } : {});
  }

  function createDeployment(body: Record<string, unknown> | undefined, creator: GitHubUser, send: Send): void {
    if (typeof body?.ref !== 'string') {
      return send(422, {
        message: 'Invalid request.\n\n"ref" wasn\'t supplied.',
        documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
        status: '422',
      });
    }
    const d = newDeployment({
      ref: body.ref,
      sha: /^[0-9a-f]{40}$/.test(body.ref) ? body.ref : '0'.repeat(40),
      environment: typeof body.environment === 'string' ? body.environment : 'production',
      transient_environment: body.transient_environment === true,
      production_environment:
        body.production_environment === undefined ? body.environment === 'production' : body.production_environment === true,
      description: typeof body.description === 'string' ? body.description : null,
      payload: body.payload && typeof body.payload === 'object' ? (body.payload as Record<string, unknown>) : {},
      creator,
    });
    send(201, deploymentJson(d), { location: `${url}${repoPath}/deployments/${d.id}` });
  }

  function newDeployment(d: Omit<Deployment, 'id' | 'statuses' | 'created_at'>): Deployment {
    const full: Deployment = { ...d, id: nextId++, created_at: now(), statuses: [] };
    deployments.push(full);
    return full;
  }

  function createStatus(d: Deployment, body: Record<string, unknown> | undefined, creator: GitHubUser, send: Send): void {
    const state = String(body?.state ?? '');
    if (!['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'].includes(state)) {
      return send(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'DeploymentStatus', code: 'custom', field: 'state', message: `state is not included in the list` }],
        documentation_url: 'https://docs.github.com/rest/deployments/statuses#create-a-deployment-status',
        status: '422',
      });
    }
    const s = addStatus(d, {
      state,
      environment_url: String(body?.environment_url ?? ''),
      log_url: String(body?.log_url ?? ''),
      description: String(body?.description ?? ''),
      creator,
    });
    // auto_inactive (default true): on success, GitHub marks the older *non-transient,
    // non-production* deployments of the same environment inactive — only those whose latest state is success.
    if (state === 'success' && body?.auto_inactive !== false) {
      for (const o of deployments) {
        if (o === d || o.environment !== d.environment || o.transient_environment || o.production_environment) continue;
        if (o.statuses.at(-1)?.state === 'success') addStatus(o, { ...s, state: 'inactive', description: '' });
      }
    }
    send(201, statusJson(d, s), { location: `${url}${repoPath}/deployments/${d.id}/statuses/${s.id}` });
  }

  function addStatus(d: Deployment, s: Omit<DeploymentStatus, 'id' | 'created_at'>): DeploymentStatus {
    const full = { ...s, id: nextId++, created_at: now() };
    d.statuses.push(full);
    return full;
  }

  /** GitHub's 422 for a comment body: missing, or longer than 65,536 characters. */
  function invalidBody(body: Record<string, unknown> | undefined, op: string) {
    const text = body?.body;
    const error = (message: string, code: string) => ({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code, field: 'body', ...(message ? { message } : {}) }],
      documentation_url: `https://docs.github.com/rest/issues/comments#${op}`,
      status: '422',
    });
    if (typeof text !== 'string') return error('', 'missing_field');
    // GitHub counts characters (code points), not UTF-16 units.
    if ([...text].length > COMMENT_BODY_LIMIT) return error(`body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)`, 'custom');
    return undefined;
  }

  function deploymentJson(d: Deployment) {
    const self = `${url}${repoPath}/deployments/${d.id}`;
    return {
      url: self,
      id: d.id,
      node_id: nodeId('DE', d.id),
      sha: d.sha,
      ref: d.ref,
      task: 'deploy',
      payload: d.payload,
      original_environment: d.environment,
      environment: d.environment,
      description: d.description,
      creator: d.creator,
      created_at: d.created_at,
      updated_at: d.statuses.at(-1)?.created_at ?? d.created_at,
      statuses_url: `${self}/statuses`,
      repository_url: `${url}${repoPath}`,
      transient_environment: d.transient_environment,
      production_environment: d.production_environment,
    };
  }
  function statusJson(d: Deployment, s: DeploymentStatus) {
    return {
      url: `${url}${repoPath}/deployments/${d.id}/statuses/${s.id}`,
      id: s.id,
      node_id: nodeId('DES', s.id),
      state: s.state,
      creator: s.creator,
      description: s.description,
      environment: d.environment,
      created_at: s.created_at,
      updated_at: s.created_at,
      deployment_url: `${url}${repoPath}/deployments/${d.id}`,
      repository_url: `${url}${repoPath}`,
      // URLs are `format: uri`: an unset one is left out, never "".
      target_url: s.log_url,
      ...(s.log_url ? { log_url: s.log_url } : {}),
      ...(s.environment_url ? { environment_url: s.environment_url } : {}),
    };
  }
  function commentJson(c: Comment) {
    return {
      id: c.id,
      node_id: nodeId('IC', c.id),
      url: `${url}${repoPath}/issues/comments/${c.id}`,
      body: c.body,
      html_url: `https://github.com/${owner}/${repoName}/pull/${c.issue}#issuecomment-${c.id}`,
      user: c.user,
      created_at: now(),
      updated_at: now(),
      issue_url: `${url}${repoPath}/issues/${c.issue}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    deployments,
    comments,
    deny,
    faults,
    addComment(issue, body, user = humanUser('octocat')) {
      const c: Comment = { id: nextId++, issue, body, user, edits: 0 };
      comments.push(c);
      return c;
    },
    addDeployment(d) {
      const sha = d.sha ?? '0'.repeat(40);
      const made = newDeployment({
        ref: d.ref ?? sha,
        sha,
        environment: d.environment,
        transient_environment: d.transient_environment ?? false,
        production_environment: d.production_environment ?? d.environment === 'production',
        description: d.description ?? null,
        payload: d.payload ?? {},
        creator: d.creator ?? botUser(),
      });
      for (const state of d.statuses ?? []) {
        addStatus(made, {
          state,
          environment_url: '',
          log_url: d.logUrl ?? `https://github.com/${owner}/${repoName}/actions/runs/1`,
          description: '',
          creator: made.creator,
        });
      }
      return made;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64').replace(/=+$/, '')}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req
      .setEncoding('utf8')
      .on('data', (c: string) => (data += c))
      .on('end', () => resolve(data));
  });
}
