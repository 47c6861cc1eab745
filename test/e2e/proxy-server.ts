// A forward proxy for tests, on 127.0.0.1: CONNECT tunnels (https, and undici's fetch for any
// scheme) and absolute-URI requests (http through HTTP_PROXY), each recorded with its target, so a
// test can say which calls went through it. It forwards; it does not look inside a tunnel.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ProxiedCall {
  kind: 'tunnel' | 'request';
  /** host:port of the target. */
  target: string;
  /** For an absolute-URI request: method and path. */
  method?: string;
  path?: string;
}

export interface TestProxy {
  url: string;
  calls: ProxiedCall[];
  tunnels(): number;
  requests(): number;
  close(): Promise<void>;
}

/**
 * `hosts`: names only this proxy resolves (name → address). A client that sends such a name
 * anywhere but through the proxy fails to resolve it, so a call that bypassed the proxy shows.
 */
export async function startProxy(opts: { hosts?: Record<string, string> } = {}): Promise<TestProxy> {
  const lookup = (host: string): string => opts.hosts?.[host.toLowerCase()] ?? host;
  const calls: ProxiedCall[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute URI expected');
      return;
    }
    const port = Number(target.port) || 80;
    calls.push({ kind: 'request', target: `${target.hostname}:${port}`, method: req.method ?? '', path: target.pathname + target.search });
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    delete headers['proxy-authorization'];
    const upstream = http.request(
      { host: lookup(target.hostname), port, method: req.method, path: target.pathname + target.search, headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const [host = '', portText = '443'] = (req.url ?? '').split(/:(?=\d+$)/);
    calls.push({ kind: 'tunnel', target: `${host.replace(/^\[|\]$/g, '')}:${portText}` });
    const upstream = net.connect(Number(portText), lookup(host.replace(/^\[|\]$/g, '')), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    tunnels: () => calls.filter((c) => c.kind === 'tunnel').length,
    requests: () => calls.filter((c) => c.kind === 'request').length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
