// HTTPS_PROXY / HTTP_PROXY / NO_PROXY for every call hookline makes: the AWS SDK v3 reads none of
// them, and Octokit's fetch is given the same decision so both follow one rule.
//
// The rule (documented in the README, "Behind a proxy"):
// - https:// URLs use https_proxy, else HTTPS_PROXY; http:// URLs use http_proxy, else HTTP_PROXY
//   (lower case first, as curl, wget and undici read them). An empty value is unset. A value
//   without a scheme is taken as http://host:port.
// - no_proxy, else NO_PROXY: entries separated by commas or spaces. `*` bypasses every host;
//   `example.com`, `.example.com` and `*.example.com` bypass that host and its subdomains; an IP
//   address bypasses that address; `host:port` only that port. No CIDR ranges.
// - Loopback is not bypassed by itself (neither undici nor curl does): put `localhost,127.0.0.1`
//   in NO_PROXY for local endpoints.
//
// How: for the SDK, NodeHttpHandler takes http(s).Agent instances; ours hand each request to a
// CONNECT tunnel (https-proxy-agent) for https, an absolute-URI request (http-proxy-agent) for
// http, or a direct keep-alive agent when NO_PROXY matches. For fetch,
// undici's fetch with its ProxyAgent as the dispatcher.
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

export interface ProxyConfig {
  http?: URL;
  https?: URL;
  /** Parsed no_proxy entries. */
  noProxy: NoProxyEntry[];
}

export interface NoProxyEntry {
  /** Lower-case host without a leading '.' or '*.'; '*' matches every host. */
  host: string;
  port?: number;
}

/** A proxy URL without its credentials, for messages. */
export function redact(u: URL): string {
  return `${u.protocol}//${u.username || u.password ? '***@' : ''}${u.host}`;
}

function env1(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name.toLowerCase()]?.trim() || env[name.toUpperCase()]?.trim();
  return v || undefined;
}

function parseProxyUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    throw new Error(`${name} is not a proxy URL (expected http://host:port or https://host:port).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} uses ${url.protocol.slice(0, -1)}: hookline speaks to http:// and https:// proxies only.`);
  }
  return url;
}

/** Strip brackets and a trailing dot; lower case. */
function normalizeHost(h: string): string {
  return h
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
}

export function parseNoProxy(raw: string | undefined): NoProxyEntry[] {
  const out: NoProxyEntry[] = [];
  for (const item of (raw ?? '').split(/[\s,]+/)) {
    if (!item) continue;
    if (item === '*') {
      out.push({ host: '*' });
      continue;
    }
    // host:port, [v6]:port; a bare IPv6 address has colons but no port.
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(item);
    const host = m && isIP(item) === 0 ? m[1]! : item;
    const port = m && isIP(item) === 0 ? Number(m[2]) : undefined;
    out.push({ host: normalizeHost(host.replace(/^\*?\./, '')), ...(port !== undefined ? { port } : {}) });
  }
  return out;
}

/** The proxy settings in `env`; throws when a proxy variable is not a URL. */
export function readProxyConfig(env: NodeJS.ProcessEnv): ProxyConfig {
  const h = env1(env, 'http_proxy');
  const s = env1(env, 'https_proxy');
  return {
    ...(h ? { http: parseProxyUrl('HTTP_PROXY', h) } : {}),
    ...(s ? { https: parseProxyUrl('HTTPS_PROXY', s) } : {}),
    noProxy: parseNoProxy(env1(env, 'no_proxy')),
  };
}

export function hasProxy(c: ProxyConfig): boolean {
  return c.http !== undefined || c.https !== undefined;
}

function defaultPort(protocol: string): number {
  return protocol === 'https:' ? 443 : 80;
}

/** Whether NO_PROXY sends `host:port` direct. */
export function bypasses(entries: NoProxyEntry[], host: string, port: number): boolean {
  const h = normalizeHost(host);
  return entries.some((e) => {
    if (e.port !== undefined && e.port !== port) return false;
    if (e.host === '*') return true;
    if (isIP(h) !== 0 || isIP(e.host) !== 0) return h === e.host;
    return h === e.host || h.endsWith(`.${e.host}`);
  });
}

/** The proxy for `url`, or undefined when it goes direct. */
export function proxyFor(url: URL, c: ProxyConfig): URL | undefined {
  const proxy = url.protocol === 'https:' ? c.https : url.protocol === 'http:' ? c.http : undefined;
  if (!proxy) return undefined;
  return bypasses(c.noProxy, url.hostname, Number(url.port) || defaultPort(url.protocol)) ? undefined : proxy;
}

// --- the SDK's agents ---------------------------------------------------------------------------

export interface SdkAgents {
  httpAgent: http.Agent;
  httpsAgent: https.Agent;
}

/** The options Node gives an agent for one request (its target among them). */
interface RequestTarget {
  host?: string | null;
  port?: number | string | null;
}
/** `addRequest` is how Node hands a request to its agent (agent-base relies on it too; @types/node omits it). */
type Delegate = http.Agent & { addRequest(req: http.ClientRequest, opts: RequestTarget): void };

/**
 * Agents for the SDK's NodeHttpHandler that route each request per the rule above; undefined when
 * no proxy variable is set (the SDK then builds its own agents as always).
 *
 * The choice is made in `addRequest`, synchronously, before Node writes the request head: the
 * http proxy agent must turn the path into an absolute URI before that, and each agent keeps its
 * own pool of kept-alive sockets (a tunnel is reused only for its own target).
 */
export async function sdkProxyAgents(env: NodeJS.ProcessEnv): Promise<SdkAgents | undefined> {
  const c = readProxyConfig(env);
  if (!hasProxy(c)) return undefined;
  // One after the other: they share agent-base (and jest's ESM linker races on parallel imports).
  const { HttpsProxyAgent } = await import('https-proxy-agent');
  const { HttpProxyAgent } = await import('http-proxy-agent');
  const options: http.AgentOptions = { keepAlive: true, maxSockets: 50 };
  const direct = { 'http:': new http.Agent(options), 'https:': new https.Agent(options) };
  const viaProxy = new Map<string, http.Agent>();
  const pick = (scheme: 'http:' | 'https:', opts: RequestTarget): Delegate => {
    const host = opts.host || 'localhost';
    const url = new URL(`${scheme}//${isIP(host) === 6 ? `[${host}]` : host}:${opts.port || defaultPort(scheme)}`);
    const proxy = proxyFor(url, c);
    if (!proxy) return direct[scheme] as Delegate;
    const key = `${scheme}${proxy.href}`;
    let agent = viaProxy.get(key);
    if (!agent) {
      // https: a CONNECT tunnel, TLS end to end; http: requests with the absolute URI.
      agent = scheme === 'https:' ? new HttpsProxyAgent(proxy, options) : new HttpProxyAgent(proxy, options);
      viaProxy.set(key, agent);
    }
    return agent as Delegate;
  };
  const destroyAll = (): void => {
    for (const a of [...viaProxy.values(), direct['http:'], direct['https:']]) a.destroy();
  };
  class HttpSelector extends http.Agent {
    addRequest(req: http.ClientRequest, opts: RequestTarget): void {
      pick('http:', opts).addRequest(req, opts);
    }
    override destroy(): void {
      destroyAll();
      super.destroy();
    }
  }
  class HttpsSelector extends https.Agent {
    addRequest(req: http.ClientRequest, opts: RequestTarget): void {
      pick('https:', opts).addRequest(req, opts);
    }
    override destroy(): void {
      destroyAll();
      super.destroy();
    }
  }
  return { httpAgent: new HttpSelector(options), httpsAgent: new HttpsSelector(options) };
}

// --- fetch (Octokit, presigned log URLs) --------------------------------------------------------

export type Fetch = typeof globalThis.fetch;

/**
 * A fetch that follows the rule for `base` (the one origin a client talks to), or undefined when
 * no proxy variable is set. undici's own fetch takes undici's ProxyAgent as its dispatcher.
 */
export async function proxyFetchFor(base: string, env: NodeJS.ProcessEnv): Promise<Fetch | undefined> {
  const c = readProxyConfig(env);
  if (!hasProxy(c)) return undefined;
  const { fetch, ProxyAgent } = await import('undici');
  const proxy = proxyFor(new URL(base), c);
  const dispatcher = proxy ? new ProxyAgent(proxy.href) : undefined;
  return ((input: Parameters<Fetch>[0], init?: Parameters<Fetch>[1]) =>
    fetch(input as Parameters<typeof fetch>[0], {
      ...(init as Parameters<typeof fetch>[1]),
      ...(dispatcher ? { dispatcher } : {}),
    })) as unknown as Fetch;
}
