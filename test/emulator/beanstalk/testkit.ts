// Test harness for the Beanstalk service on its own: a real loopback HTTP server that feeds requests
// into handle(), serves /_hookline/* paths registered with serveInternal and routes requests for an
// environment's CNAME (by Host header) to its live page; a real in-memory object store; the
// emulator's real scaled clock; the real SDK client pointed at it.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { createClock } from '../clock.js';
import type { EmulatorContext, ObjectStore } from '../types.js';
import { createBeanstalkService, type BeanstalkModule, type BeanstalkScenario } from './index.js';

export class MemoryStore implements ObjectStore {
  readonly buckets = new Map<string, Map<string, { body: Buffer; etag: string }>>();

  async ensureBucket(bucket: string): Promise<void> {
    if (!this.buckets.has(bucket)) this.buckets.set(bucket, new Map());
  }

  async putObject(bucket: string, key: string, body: Buffer): Promise<{ etag: string }> {
    await this.ensureBucket(bucket);
    const etag = `"${createHash('md5').update(body).digest('hex')}"`;
    this.buckets.get(bucket)?.set(key, { body, etag });
    return { etag };
  }

  async getObject(bucket: string, key: string): Promise<{ body: Buffer; etag: string } | null> {
    return this.buckets.get(bucket)?.get(key) ?? null;
  }

  async deleteObject(bucket: string, key: string): Promise<void> {
    this.buckets.get(bucket)?.delete(key);
  }
}

export interface Harness {
  service: BeanstalkModule;
  store: MemoryStore;
  client: ElasticBeanstalkClient;
  baseUrl: string;
  workDir: string;
  /** GET a URL (absolute, or a path on the harness), optionally with a Host header. */
  get(url: string, host?: string): Promise<{ status: number; headers: Record<string, string>; text: string }>;
  close(): Promise<void>;
}

export async function startHarness(scenario?: BeanstalkScenario, timeScale = 0.001): Promise<Harness> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'hookline-eb-'));
  const store = new MemoryStore();
  const internal = new Map<string, { body: Buffer; contentType: string }>();
  const ref: { service?: BeanstalkModule } = {};
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const host = req.headers.host ?? '';
        const live = ref.service ? await ref.service.liveResponse(host) : null;
        if (live) {
          res.writeHead(live.status, live.headers);
          res.end(live.body);
          return;
        }
        if (req.method === 'GET' && url.pathname.startsWith('/_hookline/')) {
          const e = internal.get(url.pathname);
          res.writeHead(e ? 200 : 404, { 'content-type': e?.contentType ?? 'text/plain' });
          res.end(e?.body ?? 'not found');
          return;
        }
        const service = ref.service;
        if (!service) {
          res.writeHead(503);
          res.end();
          return;
        }
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
        const r = await service.handle({
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers,
          body: Buffer.concat(chunks),
        });
        res.writeHead(r.status, r.headers);
        res.end(r.body);
      })().catch((e: unknown) => {
        res.writeHead(500);
        res.end(String(e));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ctx: EmulatorContext = {
    baseUrl,
    clock: createClock(timeScale),
    store,
    workDir,
    serveInternal(p, body, contentType = 'text/plain; charset=utf-8') {
      internal.set(p, { body: typeof body === 'string' ? Buffer.from(body) : body, contentType });
      return baseUrl + p;
    },
  };
  const service = createBeanstalkService(ctx, scenario);
  ref.service = service;
  const client = ebClient(baseUrl);
  return {
    service,
    store,
    client,
    baseUrl,
    workDir,
    get(url, host) {
      const target = new URL(url.startsWith('http') ? url : baseUrl + url);
      return new Promise((resolve, reject) => {
        const req = request(target, { headers: host ? { host } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const h: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h[k] = v;
            resolve({ status: res.statusCode ?? 0, headers: h, text: Buffer.concat(chunks).toString('utf8') });
          });
        });
        req.on('error', reject);
        req.end();
      });
    },
    async close() {
      client.destroy();
      await service.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

export function ebClient(endpoint: string): ElasticBeanstalkClient {
  return new ElasticBeanstalkClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 3,
  });
}

/** Poll `check` until it returns a value (not undefined), or fail after `ms` real milliseconds. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
