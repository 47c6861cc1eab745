// S3 is a real third-party server (s3rver) on its own loopback port behind the front; this
// module starts it, forwards requests to it, and gives the services an ObjectStore over it.
import * as http from 'node:http';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ObjectStore } from '../types.js';
import type { S3rverStore } from './multipart-complete.js';
import { MultipartUploads } from './multipart-uploads.js';

interface S3rverInstance {
  store: S3rverStore;
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverCtor = new (opts: Record<string, unknown>) => S3rverInstance;

const require = createRequire(import.meta.url);

export interface S3Backend {
  host: string;
  port: number;
  store: ObjectStore;
  /** Forward one request (already buffered and decoded) to s3rver and stream its answer back. */
  forward(method: string, pathAndQuery: string, headers: Record<string, string>, body: Buffer, res: http.ServerResponse): Promise<void>;
  close(): Promise<void>;
}

export async function startS3Backend(workDir: string, buckets: string[]): Promise<S3Backend> {
  const S3rver = require('s3rver') as S3rverCtor;
  const directory = path.join(workDir, 's3');
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: buckets.map((name) => ({ name, configs: [] })),
  });
  const addr = await server.run();
  const host = '127.0.0.1';
  const port = addr.port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const uploads = new MultipartUploads(server.store);

  function request(method: string, pathAndQuery: string, headers: Record<string, string>, body?: Buffer): Promise<http.IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host, port, method, path: pathAndQuery, headers, agent }, resolve);
      req.on('error', reject);
      req.end(body);
    });
  }

  async function readAll(res: http.IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of res) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  // s3rver checks only the access key of a SigV4 header, so internal calls carry a well-formed unsigned one.
  function internalHeaders(): Record<string, string> {
    const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    return {
      authorization: `AWS4-HMAC-SHA256 Credential=S3RVER/${amzDate.slice(0, 8)}/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=0`,
      'x-amz-date': amzDate,
      'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
    };
  }

  const objectPath = (bucket: string, key: string): string =>
    `/${encodeURIComponent(bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`;

  const store: ObjectStore = {
    async getObject(bucket, key, versionId) {
      const q = versionId ? `?versionId=${encodeURIComponent(versionId)}` : '';
      const res = await request('GET', objectPath(bucket, key) + q, internalHeaders());
      const body = await readAll(res);
      if (res.statusCode === 404) return null;
      if ((res.statusCode ?? 500) >= 300)
        throw new Error(`s3rver GET ${bucket}/${key}: HTTP ${res.statusCode}: ${body.toString('utf8').slice(0, 200)}`);
      const etag = String(res.headers.etag ?? '');
      const v = res.headers['x-amz-version-id'];
      return { body, etag, ...(typeof v === 'string' ? { versionId: v } : {}) };
    },
    async putObject(bucket, key, body) {
      const res = await request('PUT', objectPath(bucket, key), { ...internalHeaders(), 'content-length': String(body.length) }, body);
      const text = await readAll(res);
      if ((res.statusCode ?? 500) >= 300)
        throw new Error(`s3rver PUT ${bucket}/${key}: HTTP ${res.statusCode}: ${text.toString('utf8').slice(0, 200)}`);
      return { etag: String(res.headers.etag ?? '') };
    },
    async ensureBucket(bucket) {
      const res = await request('PUT', `/${encodeURIComponent(bucket)}`, { ...internalHeaders(), 'content-length': '0' }, Buffer.alloc(0));
      await readAll(res);
      if ((res.statusCode ?? 500) >= 300 && res.statusCode !== 409)
        throw new Error(`s3rver CreateBucket ${bucket}: HTTP ${res.statusCode}`);
    },
  };

  return {
    host,
    port,
    store,
    async forward(method, pathAndQuery, headers, body, res) {
      const url = new URL(pathAndQuery, 'http://s3');
      if (await uploads.answer(method, url, headers, body, res)) return;
      const send = () => request(method, pathAndQuery, { ...headers, host: `${host}:${port}` }, body);
      const upstream = await send();
      if (method === 'POST' && url.searchParams.has('uploads') && upstream.statusCode === 200) {
        const answer = await readAll(upstream);
        uploads.created(url, answer);
        res.writeHead(200, upstream.headers);
        res.end(answer);
        return;
      }
      res.writeHead(upstream.statusCode ?? 502, upstream.headers);
      for await (const chunk of upstream) res.write(chunk);
      res.end();
    },
    async close() {
      agent.destroy();
      await server.close();
    },
  };
}
