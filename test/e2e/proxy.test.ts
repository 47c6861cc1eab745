// Behind a proxy, end to end: with HTTP_PROXY / HTTPS_PROXY set, every AWS call of a whole
// release (S3 upload, Beanstalk API) reaches the emulator through the local proxy, and every
// GitHub call too; with NO_PROXY covering the hosts, none does.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../harness/runner.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { startGitHubServer, type GitHubServer } from '../github/server.js';
import { pushEvent } from '../github/events.js';
import { errorsOf } from './helpers.js';
import { startProxy, type TestProxy } from './proxy-server.js';

import { jest } from '@jest/globals';

jest.setTimeout(120_000);

const APP = {
  Procfile: 'web: node app.js\n',
  'app.js': "require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 8080);\n",
  'package.json': '{"name":"shop","version":"1.0.0"}\n',
};
const SHA = 'a'.repeat(40);
/** Resolved only by the proxy: a GitHub call that bypassed it could not reach the server. */
const GITHUB_HOST = 'api.github.proxy-test';

function workspace(greeting: string): string {
  const ws = mkdtempSync(join(tmpdir(), 'hookline-proxy-ws-'));
  for (const [rel, content] of Object.entries({ ...APP, 'app.js': APP['app.js'].replace("'ok'", `'${greeting}'`) })) {
    const full = join(ws, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    chmodSync(full, 0o644);
  }
  return ws;
}

describe('behind a proxy', () => {
  let em: Emulator;
  let gh: GitHubServer;
  let proxy: TestProxy;
  beforeEach(async () => {
    em = await startEmulator({
      scenario: {
        timeScale: 0.01,
        beanstalk: {
          applications: [{ name: 'shop', versions: [{ label: 'v1', files: APP }] }],
          environments: [{ name: 'shop-prod', application: 'shop', cname: 'shop-prod', instances: 1, versionLabel: 'v1' }],
        },
      },
    });
    gh = await startGitHubServer();
    proxy = await startProxy({ hosts: { [GITHUB_HOST]: '127.0.0.1' } });
  });
  afterEach(async () => {
    await proxy.close();
    await gh.close();
    await em.close();
  });

  const release = (env: Record<string, string>, greeting: string) =>
    runAction({
      workspace: workspace(greeting),
      inputs: {
        application: 'shop',
        environment: 'shop-prod',
        region: 'us-east-1',
        'poll-interval': '50ms',
        timeout: '2m',
        'github-token': 'ghs_proxyTestTokenThatMustNeverBePrinted0001',
      },
      eventName: 'push',
      event: pushEvent(SHA),
      env: { ...em.env, GITHUB_SHA: SHA, ...env },
    });

  it('sends every AWS and GitHub call of a release through the proxy', async () => {
    const ghPort = new URL(gh.url).port;
    const r = await release(
      { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '', GITHUB_API_URL: `http://${GITHUB_HOST}:${ghPort}` },
      'through the proxy',
    );
    expect({ exit: r.main.exitCode, errors: errorsOf(r), warnings: r.annotations.filter((a) => a.command === 'warning') }).toEqual({
      exit: 0,
      errors: [],
      warnings: [],
    });
    const emulatorHost = new URL(em.url).host;
    const awsCalls = em.calls.records.filter((c) => c.service !== 'internal');
    const proxied = proxy.calls.filter((c) => c.target === emulatorHost);
    // The emulator speaks http: each SDK call is one absolute-URI request through the proxy.
    expect(proxied.every((c) => c.kind === 'request')).toBe(true);
    expect(proxied.length).toBe(awsCalls.length);
    expect(new Set(awsCalls.map((c) => c.service))).toEqual(new Set(['s3', 'beanstalk']));
    expect(awsCalls.map((c) => c.operation)).toEqual(
      expect.arrayContaining(['PutObject', 'CreateApplicationVersion', 'UpdateEnvironment']),
    );
    // GitHub: undici tunnels (CONNECT) to a name only the proxy resolves; the Deployment was recorded.
    expect(gh.calls.length).toBeGreaterThan(0);
    expect(proxy.calls.filter((c) => c.target === `${GITHUB_HOST}:${ghPort}`).every((c) => c.kind === 'tunnel')).toBe(true);
    expect(proxy.tunnels()).toBeGreaterThan(0);
    expect(gh.deployments.find((d) => d.sha === SHA)?.statuses.at(-1)?.state).toBe('success');
  });

  it('sends nothing through the proxy when NO_PROXY covers the hosts', async () => {
    const r = await release({ http_proxy: proxy.url, https_proxy: proxy.url, no_proxy: '127.0.0.1', GITHUB_API_URL: gh.url }, 'direct');
    expect({ exit: r.main.exitCode, errors: errorsOf(r) }).toEqual({ exit: 0, errors: [] });
    expect(em.calls.count()).toBeGreaterThan(0);
    expect(gh.calls.length).toBeGreaterThan(0);
    expect(proxy.calls).toEqual([]);
  });
});
