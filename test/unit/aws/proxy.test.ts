// HTTPS_PROXY / HTTP_PROXY / NO_PROXY: the rule (pure), and real requests through a local proxy —
// SDK calls to an http endpoint as absolute-URI requests, https through a CONNECT tunnel, fetch
// (Octokit's) through undici's ProxyAgent — or straight to the server when NO_PROXY says so.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ListApplicationsCommand } from '@aws-sdk/client-codedeploy';
import { createClient } from '../../../src/aws/clients.js';
import { bypasses, parseNoProxy, proxyFetchFor, proxyFor, readProxyConfig, redact, sdkProxyAgents } from '../../../src/aws/proxy.js';
import { startProxy, type TestProxy } from '../../e2e/proxy-server.js';

describe('the proxy rule', () => {
  test('lower case wins, an empty value is unset, a bare host:port is http://', () => {
    const c = readProxyConfig({
      https_proxy: 'proxy.corp:3128',
      HTTPS_PROXY: 'http://other:1',
      HTTP_PROXY: 'http://plain:8080',
      http_proxy: ' ',
    });
    expect(c.https?.href).toBe('http://proxy.corp:3128/');
    expect(c.http?.href).toBe('http://plain:8080/');
    expect(readProxyConfig({}).https).toBeUndefined();
  });

  test('a proxy that is not a URL fails with the variable named and no credentials shown', () => {
    expect(() => readProxyConfig({ HTTPS_PROXY: 'http://us:pw@ bad' })).toThrow(/^HTTPS_PROXY is not a proxy URL/);
    expect(() => readProxyConfig({ HTTPS_PROXY: 'socks5://h:1' })).toThrow('HTTPS_PROXY uses socks5');
    expect(redact(new URL('http://user:secret@proxy:3128'))).toBe('http://***@proxy:3128');
  });

  test('NO_PROXY: *, domains with their subdomains, ports, IP addresses; loopback is not special', () => {
    const e = parseNoProxy('.corp.example, *.internal ,s3.amazonaws.com:443 10.0.0.1 [::1]:8080');
    expect(bypasses(e, 'corp.example', 443)).toBe(true);
    expect(bypasses(e, 'api.corp.example', 443)).toBe(true);
    expect(bypasses(e, 'notcorp.example', 443)).toBe(false);
    expect(bypasses(e, 'x.internal', 80)).toBe(true);
    expect(bypasses(e, 'bucket.s3.amazonaws.com', 443)).toBe(true);
    expect(bypasses(e, 's3.amazonaws.com', 80)).toBe(false);
    expect(bypasses(e, '10.0.0.1', 80)).toBe(true);
    expect(bypasses(e, '10.0.0.10', 80)).toBe(false);
    expect(bypasses(e, '[::1]', 8080)).toBe(true);
    expect(bypasses(e, '127.0.0.1', 80)).toBe(false);
    expect(bypasses(parseNoProxy('*'), 'anything', 1)).toBe(true);
    expect(bypasses(parseNoProxy(''), 'localhost', 80)).toBe(false);
  });

  test('each scheme has its own proxy', () => {
    const c = readProxyConfig({ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'github.example' });
    expect(proxyFor(new URL('https://codedeploy.us-east-1.amazonaws.com/'), c)?.host).toBe('p:1');
    expect(proxyFor(new URL('http://codedeploy.us-east-1.amazonaws.com/'), c)).toBeUndefined();
    expect(proxyFor(new URL('https://api.github.example/'), c)).toBeUndefined();
  });
});

/** A tiny CodeDeploy-like endpoint: every POST answers `{"applications":[]}`. */
async function jsonServer(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = http.createServer((req, res) => {
    hits++;
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end('{"applications":[]}'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits: () => hits,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('requests through a local proxy', () => {
  let proxy: TestProxy;
  const saved = { ...process.env };
  beforeEach(async () => {
    proxy = await startProxy();
  });
  afterEach(async () => {
    process.env = { ...saved };
    await proxy.close();
  });

  test('SDK calls to an http endpoint go through HTTP_PROXY as absolute-URI requests, or direct under NO_PROXY', async () => {
    const target = await jsonServer();
    try {
      Object.assign(process.env, {
        AWS_ENDPOINT_URL_CODEDEPLOY: target.url,
        AWS_ACCESS_KEY_ID: 'AKIDTEST',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_EC2_METADATA_DISABLED: 'true',
        HTTP_PROXY: proxy.url,
        NO_PROXY: '',
      });
      const client = await createClient('codedeploy', { region: 'us-east-1' });
      await client.send(new ListApplicationsCommand({}));
      await client.send(new ListApplicationsCommand({}));
      client.destroy();
      expect(target.hits()).toBe(2);
      expect(proxy.calls).toEqual([
        { kind: 'request', target: `127.0.0.1:${new URL(target.url).port}`, method: 'POST', path: '/' },
        { kind: 'request', target: `127.0.0.1:${new URL(target.url).port}`, method: 'POST', path: '/' },
      ]);

      process.env.NO_PROXY = '127.0.0.1';
      const direct = await createClient('codedeploy', { region: 'us-east-1' });
      await direct.send(new ListApplicationsCommand({}));
      direct.destroy();
      expect(target.hits()).toBe(3);
      expect(proxy.calls).toHaveLength(2);
    } finally {
      await target.close();
    }
  });

  test('https goes through a CONNECT tunnel, TLS end to end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookline-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=localhost',
          '-addext',
          'subjectAltName=DNS:localhost',
          '-keyout',
          join(dir, 'k.pem'),
          '-out',
          join(dir, 'c.pem'),
        ],
        { stdio: 'ignore' },
      );
      const cert = readFileSync(join(dir, 'c.pem'));
      const server = https.createServer({ key: readFileSync(join(dir, 'k.pem')), cert }, (_req, res) => res.end('secret-ok'));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      const port = (server.address() as AddressInfo).port;
      try {
        const agents = await sdkProxyAgents({ HTTPS_PROXY: proxy.url });
        const body = await new Promise<string>((resolve, reject) => {
          https
            .get({ host: 'localhost', port, path: '/', agent: agents!.httpsAgent, ca: cert }, (res) => {
              let text = '';
              res.on('data', (d: Buffer) => (text += d.toString()));
              res.on('end', () => resolve(text));
            })
            .on('error', reject);
        });
        agents!.httpsAgent.destroy();
        agents!.httpAgent.destroy();
        expect(body).toBe('secret-ok');
        expect(proxy.calls).toEqual([{ kind: 'tunnel', target: `localhost:${port}` }]);
      } finally {
        server.closeAllConnections();
        await new Promise<void>((r) => server.close(() => r()));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fetch (Octokit) tunnels through the proxy, or is left alone without proxy variables', async () => {
    const target = await jsonServer();
    try {
      const viaProxy = await proxyFetchFor(target.url, { HTTP_PROXY: proxy.url });
      const res = await viaProxy!(`${target.url}/repos/o/r`, { method: 'POST', body: '{}' });
      expect(await res.text()).toBe('{"applications":[]}');
      expect(proxy.calls.map((c) => c.kind)).toEqual(['tunnel']);
      const bypassed = await proxyFetchFor(target.url, { HTTP_PROXY: proxy.url, no_proxy: '127.0.0.1' });
      await (await bypassed!(`${target.url}/x`)).text();
      expect(proxy.calls).toHaveLength(1);
      expect(target.hits()).toBe(2);
      expect(await proxyFetchFor(target.url, {})).toBeUndefined();
    } finally {
      await target.close();
    }
  });
});
