// A local GitHub REST API for tests (loopback only): the endpoints hookline uses — deployments,
// deployment statuses, issue comments — with GitHub's shapes and status codes, recording every
// call. Octokit reaches it through GITHUB_API_URL, exactly as on GitHub Enterprise Server.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown> | undefined;
  status: number;
  authorization: string | undefined;
}

export interface Deployment {
  id: number;
  ref: string;
  environment: string;
  transient_environment: boolean;
  production_environment: boolean;
  description: string | null;
  statuses: { id: number; state: string; environment_url: string; log_url: string; description: string }[];
}

export interface Comment {
  id: number;
  issue: number;
  body: string;
  /** How many times the comment was edited after creation. */
  edits: number;
}

/** Which calls to refuse with 403, as GitHub does when the token lacks a permission. */
export type Denied = 'deployments' | 'comments';

export interface GitHubServer {
  url: string;
  calls: RecordedCall[];
  deployments: Deployment[];
  comments: Comment[];
  deny: Set<Denied>;
  close(): Promise<void>;
}

export async function startGitHubServer(opts: { owner?: string; repo?: string; deny?: Denied[] } = {}): Promise<GitHubServer> {
  const repoPath = `/repos/${opts.owner ?? 'octo-org'}/${opts.repo ?? 'shop'}`;
  const deployments: Deployment[] = [];
  const comments: Comment[] = [];
  const calls: RecordedCall[] = [];
  const deny = new Set<Denied>(opts.deny ?? []);
  let nextId = 1000;
  let url = '';

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      const call: RecordedCall = {
        method: req.method ?? 'GET',
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        body,
        status: 0,
        authorization: req.headers.authorization,
      };
      calls.push(call);
      const send = (status: number, data: unknown) => {
        call.status = status;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(data));
      };
      route(call, u, body, send);
    });
  });

  function route(
    call: RecordedCall,
    u: URL,
    body: Record<string, unknown> | undefined,
    send: (status: number, data: unknown) => void,
  ): void {
    const p = u.pathname;
    const forbidden = () =>
      send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    if (!p.startsWith(repoPath + '/')) return send(404, { message: 'Not Found' });
    const rest = p.slice(repoPath.length);
    let m: RegExpExecArray | null;
    if (rest === '/deployments' && call.method === 'POST') {
      if (deny.has('deployments')) return forbidden();
      if (typeof body?.ref !== 'string') return send(422, { message: 'Invalid request.\n\n"ref" wasn\'t supplied.' });
      const d: Deployment = {
        id: nextId++,
        ref: body.ref,
        environment: typeof body.environment === 'string' ? body.environment : 'production',
        transient_environment: body.transient_environment === true,
        production_environment:
          body.production_environment === undefined ? body.environment === 'production' : body.production_environment === true,
        description: typeof body.description === 'string' ? body.description : null,
        statuses: [],
      };
      deployments.push(d);
      return send(201, deploymentJson(d));
    }
    if (rest === '/deployments' && call.method === 'GET') {
      if (deny.has('deployments')) return forbidden();
      const env = u.searchParams.get('environment');
      // Newest first, as GitHub lists them.
      return send(
        200,
        deployments
          .filter((d) => !env || d.environment === env)
          .reverse()
          .map(deploymentJson),
      );
    }
    if ((m = /^\/deployments\/(\d+)\/statuses$/.exec(rest)) && call.method === 'POST') {
      if (deny.has('deployments')) return forbidden();
      const d = deployments.find((x) => x.id === Number(m?.[1]));
      if (!d) return send(404, { message: 'Not Found' });
      const state = String(body?.state ?? '');
      if (!['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'].includes(state))
        return send(422, { message: 'Validation Failed' });
      const s = {
        id: nextId++,
        state,
        environment_url: String(body?.environment_url ?? ''),
        log_url: String(body?.log_url ?? ''),
        description: String(body?.description ?? ''),
      };
      d.statuses.push(s);
      return send(201, { ...s, url: `${url}${repoPath}/deployments/${d.id}/statuses/${s.id}` });
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      if (deny.has('comments')) return forbidden();
      const issue = Number(m[1]);
      if (call.method === 'GET') return send(200, comments.filter((c) => c.issue === issue).map(commentJson));
      if (call.method === 'POST') {
        if (typeof body?.body !== 'string') return send(422, { message: 'Validation Failed' });
        const c: Comment = { id: nextId++, issue, body: body.body, edits: 0 };
        comments.push(c);
        return send(201, commentJson(c));
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && call.method === 'PATCH') {
      if (deny.has('comments')) return forbidden();
      const c = comments.find((x) => x.id === Number(m?.[1]));
      if (!c) return send(404, { message: 'Not Found' });
      if (typeof body?.body !== 'string') return send(422, { message: 'Validation Failed' });
      c.body = body.body;
      c.edits++;
      return send(200, commentJson(c));
    }
    return send(404, { message: 'Not Found' });
  }

  function deploymentJson(d: Deployment) {
    return {
      id: d.id,
      url: `${url}${repoPath}/deployments/${d.id}`,
      ref: d.ref,
      sha: d.ref,
      environment: d.environment,
      transient_environment: d.transient_environment,
      production_environment: d.production_environment,
      description: d.description,
    };
  }
  function commentJson(c: Comment) {
    return {
      id: c.id,
      body: c.body,
      html_url: `https://github.com${repoPath}/pull/${c.issue}#issuecomment-${c.id}`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
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
