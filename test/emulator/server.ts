// The front: one HTTP server on 127.0.0.1 that routes every request by the rules in types.ts,
// applies API-level faults (throttling, lost responses), logs each call, and proxies S3 to s3rver
// after decoding aws-chunked bodies.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { CallLog } from './calls.js';
import type { FaultRegistry, FaultSpec } from './faults.js';
import { ChunkedBodyError, decodeAndVerify, isAwsChunked } from './s3/aws-chunked.js';
import type { S3Backend } from './s3/backend.js';
import { unsign } from './s3/credentials.js';
import { echoHeadersAnswer, malformedAnswer, serveHostileTail, serverErrorAnswer, serviceError } from './hostile.js';
import type { ServiceModule, ServiceName, ServiceRequest, ServiceResponse } from './types.js';
import { CLOUDWATCH_TARGET_PREFIX } from './cloudwatch/service.js';
import { ECS_TARGET_PREFIX } from './ecs/service.js';
import { LAMBDA_PATH } from './lambda/service.js';

export interface FrontServices {
  codedeploy: ServiceModule;
  beanstalk: ServiceModule;
  cloudwatch: ServiceModule;
  ecs: ServiceModule;
  lambda: ServiceModule;
  /** Answers a request whose Host is an application's own URL (a Beanstalk CNAME), or null for AWS's APIs. */
  site?: (host: string) => Promise<ServiceResponse | null>;
}

export interface Front {
  port: number;
  baseUrl: string;
  /** Services are attached after listening, because they need the base URL. */
  attach(services: FrontServices): void;
  serveInternal(path: string, body: string | Buffer, contentType?: string): string;
  close(): Promise<void>;
}

export interface FrontOptions {
  port?: number;
  s3: S3Backend;
  calls: CallLog;
  faults: FaultRegistry;
  /** Extra JSON answered at GET /_hookline/state (inspection from the standalone CLI). */
  inspect?: () => unknown;
}

const CODEDEPLOY_PREFIX = 'CodeDeploy_20141006.';

interface Routed {
  service: ServiceName;
  operation: string;
}

function headerRecord(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function route(method: string, path: string, query: URLSearchParams, headers: Record<string, string>, body: Buffer): Routed {
  if (path.startsWith('/_hookline/')) return { service: 'internal', operation: path };
  const target = headers['x-amz-target'];
  if (target?.startsWith(CODEDEPLOY_PREFIX)) return { service: 'codedeploy', operation: target.slice(CODEDEPLOY_PREFIX.length) };
  if (target?.startsWith(CLOUDWATCH_TARGET_PREFIX))
    return { service: 'cloudwatch', operation: target.slice(CLOUDWATCH_TARGET_PREFIX.length) };
  if (target?.startsWith(ECS_TARGET_PREFIX)) return { service: 'ecs', operation: target.slice(ECS_TARGET_PREFIX.length) };
  if (path.startsWith(LAMBDA_PATH))
    return { service: 'lambda', operation: `${method} ${path.split('/').slice(4).join('/') || 'function'}` };
  if (method === 'POST' && (headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(body.toString('utf8'));
    if (form.get('Version') === '2010-12-01') return { service: 'beanstalk', operation: form.get('Action') ?? '' };
  }
  return { service: 's3', operation: s3Operation(method, path, query, headers) };
}

/** A readable name for an S3 request, for the call log only. */
function s3Operation(method: string, path: string, q: URLSearchParams, headers: Record<string, string>): string {
  const isObject = path.replace(/^\/+/, '').includes('/') && !path.endsWith('/');
  if (!isObject) {
    if (path === '/' || path === '') return 'ListBuckets';
    return (
      {
        PUT: 'CreateBucket',
        GET: q.has('uploads') ? 'ListMultipartUploads' : q.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects',
        HEAD: 'HeadBucket',
        DELETE: 'DeleteBucket',
        POST: q.has('delete') ? 'DeleteObjects' : 'PostBucket',
      }[method] ?? method
    );
  }
  if (q.has('uploads')) return 'CreateMultipartUpload';
  if (q.has('uploadId')) {
    if (method === 'PUT') return 'UploadPart';
    if (method === 'POST') return 'CompleteMultipartUpload';
    if (method === 'DELETE') return 'AbortMultipartUpload';
    return 'ListParts';
  }
  return (
    { PUT: headers['x-amz-copy-source'] ? 'CopyObject' : 'PutObject', GET: 'GetObject', HEAD: 'HeadObject', DELETE: 'DeleteObject' }[
      method
    ] ?? method
  );
}

function throttled(service: ServiceName): ServiceResponse {
  const requestId = randomUUID();
  if (service === 'cloudwatch') return jsonError(400, 'Throttling', 'Rate exceeded', requestId);
  if (service === 'codedeploy' || service === 'ecs' || service === 'lambda') {
    return jsonError(
      service === 'lambda' ? 429 : 400,
      service === 'lambda' ? 'TooManyRequestsException' : 'ThrottlingException',
      'Rate exceeded',
      requestId,
    );
  }
  if (service === 'beanstalk') {
    return {
      status: 400,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: `<ErrorResponse xmlns="http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
    };
  }
  return s3Error(503, 'SlowDown', 'Please reduce your request rate.');
}

function jsonError(status: number, type: string, message: string, requestId = randomUUID()): ServiceResponse {
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId, 'x-amzn-errortype': type },
    body: JSON.stringify({ __type: type, message }),
  };
}

function s3Error(status: number, code: string, message: string): ServiceResponse {
  return {
    status,
    headers: { 'content-type': 'application/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</Message><RequestId>${randomUUID()}</RequestId></Error>`,
  };
}

/** Headers for s3rver once an aws-chunked body has been decoded: plain body, plain length. */
function decodedHeaders(headers: Record<string, string>, length: number): Record<string, string> {
  const out = { ...headers };
  const enc = (out['content-encoding'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((e) => e && e !== 'aws-chunked');
  if (enc.length) out['content-encoding'] = enc.join(', ');
  else delete out['content-encoding'];
  delete out['x-amz-decoded-content-length'];
  delete out['x-amz-trailer'];
  delete out['transfer-encoding'];
  out['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
  out['content-length'] = String(length);
  return out;
}

/** A declared length is trusted for one allocation only up to this (a lying client cannot make it huge). */
const PREALLOCATE_AT_MOST = 256 * 1024 * 1024;

/**
 * Buffers for UploadPart bodies, used again once the part is stored. A fresh multi-MiB buffer is
 * new memory the kernel maps page by page as it is filled: about 2.8 s per GB here, against 20 ms
 * for a buffer already in use, and more than any other cost of a 1 GB upload to the emulator.
 */
class BodyBuffers {
  private readonly free: Buffer[] = [];
  take(size: number): Buffer {
    const i = this.free.findIndex((b) => b.length >= size);
    return i >= 0 ? (this.free.splice(i, 1)[0] as Buffer) : Buffer.allocUnsafeSlow(size);
  }
  give(b: Buffer): void {
    if (this.free.length < 16) this.free.push(b);
  }
}

/**
 * The whole request body. With a declared length it is read straight into one buffer (from
 * `buffers` when given) instead of joining the socket's chunks, which copied every upload twice.
 * Node's parser never delivers more than the declared length. `whole`: the buffer the body is a
 * view of, for `buffers.give`.
 */
async function readBody(req: http.IncomingMessage, buffers?: BodyBuffers): Promise<{ body: Buffer; whole?: Buffer }> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isSafeInteger(declared) && declared >= 0 && declared <= PREALLOCATE_AT_MOST) {
    const whole = buffers ? buffers.take(declared) : Buffer.allocUnsafe(declared);
    let at = 0;
    for await (const c of req) at += (c as Buffer).copy(whole, at);
    return { body: whole.subarray(0, at), ...(buffers ? { whole } : {}) };
  }
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return { body: Buffer.concat(chunks) };
}

function send(res: http.ServerResponse, r: ServiceResponse): void {
  const body = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
  res.writeHead(r.status, { ...r.headers, 'content-length': String(body.length) });
  res.end(body);
}

export async function startFront(opts: FrontOptions): Promise<Front> {
  let services: FrontServices | undefined;
  const internal = new Map<string, { body: Buffer; contentType: string }>();
  const partBodies = new BodyBuffers();
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      if (!res.headersSent) send(res, jsonError(500, 'InternalFailure', message));
      else res.destroy();
    });
  });
  // Idle connections are kept well past any client's reuse, as AWS endpoints do: a 1 s timeout
  // raced the SDK's keep-alive reuse ("socket hang up" on a client without retries, seen in CI).
  // close() ends every connection, so a kept socket never holds a test.
  server.keepAliveTimeout = 30_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // An UploadPart's body is not kept once the part is stored (multipart-part.ts writes it).
    const part = method === 'PUT' && url.searchParams.has('uploadId') && url.searchParams.has('partNumber');
    const { body, whole } = await readBody(req, part ? partBodies : undefined);
    try {
      await answer(req, res, method, url, body);
    } finally {
      if (whole) partBodies.give(whole);
    }
  }

  async function answer(req: http.IncomingMessage, res: http.ServerResponse, method: string, url: URL, body: Buffer): Promise<void> {
    const headers = headerRecord(req);
    const site = await services?.site?.(headers.host ?? '');
    if (site) return send(res, site);
    const { service, operation } = route(method, url.pathname, url.searchParams, headers, body);

    if (service === 'internal') {
      const tail = method === 'GET' ? opts.faults.tailLog(url.pathname) : undefined;
      const answer = handleInternal(method, url.pathname, body);
      if (tail && answer.status === 200) return serveHostileTail(res, Buffer.from(answer.body), tail);
      return send(res, answer);
    }

    if (opts.faults.shouldThrottle(service, operation)) {
      const r = throttled(service);
      opts.calls.add({ service, operation, status: r.status, at: Date.now(), fault: 'throttle' });
      return send(res, r);
    }

    // Hostile network faults that answer before the call is applied.
    const storm = opts.faults.hit('serverError', service, operation);
    if (storm) {
      const r = serverErrorAnswer(service, storm.status ?? 503, method);
      opts.calls.add({ service, operation, status: r.status, at: Date.now(), fault: 'serverError' });
      return send(res, r);
    }
    const refuse = opts.faults.hit('refuse', service, operation);
    if (refuse) {
      const r = serviceError(service, refuse.status, refuse.code, refuse.message ?? `Refused by a fault (${refuse.code})`, method);
      opts.calls.add({ service, operation, status: r.status, at: Date.now(), fault: 'refuse' });
      return send(res, r);
    }
    const echo = opts.faults.hit('echoHeaders', service, operation);
    if (echo) {
      const r = echoHeadersAnswer(service, headers, method);
      opts.calls.add({ service, operation, status: r.status, at: Date.now(), fault: 'echoHeaders' });
      return send(res, r);
    }
    const hang = opts.faults.hit('hang', service, operation);
    if (hang && !hang.apply) {
      opts.calls.add({ service, operation, status: 0, at: Date.now(), fault: 'hang' });
      return; // accepted, never answered: the socket stays open until the client gives up or the emulator closes
    }
    const malformed = opts.faults.hit('malformed', service, operation);

    const lose = (): boolean => opts.faults.shouldLoseResponse(service, operation);

    if (service === 's3') {
      const unsigned = unsign(url.pathname, url.searchParams, headers);
      if (!unsigned.ok) {
        const r = s3Error(400, unsigned.code, unsigned.message);
        opts.calls.add({ service, operation, status: r.status, at: Date.now() });
        return send(res, r);
      }
      const target = unsigned.pathAndQuery;
      let forwardHeaders = unsigned.headers;
      let forwardBody = body;
      if (isAwsChunked(headers)) {
        try {
          const decoded = decodeAndVerify(body, headers);
          forwardBody = decoded.body;
          forwardHeaders = decodedHeaders(unsigned.headers, forwardBody.length);
        } catch (err) {
          if (!(err instanceof ChunkedBodyError)) throw err;
          const r = s3Error(400, err.code, err.message);
          opts.calls.add({ service, operation, status: r.status, at: Date.now() });
          return send(res, r);
        }
      }
      if (lose()) {
        // Apply the write, then drop the connection without an answer.
        await opts.s3.forward(method, target, forwardHeaders, forwardBody, new DiscardResponse(req));
        opts.calls.add({ service, operation, status: 0, at: Date.now(), fault: 'lostResponse' });
        req.socket.destroy();
        return;
      }
      if (hang || malformed) {
        const captured = new CaptureResponse(req);
        await opts.s3.forward(method, target, forwardHeaders, forwardBody, captured);
        opts.calls.add({ service, operation, status: hang ? 0 : 200, at: Date.now(), fault: hang ? 'hang' : 'malformed' });
        if (!hang) send(res, malformedAnswer(captured.answer()));
        return;
      }
      await opts.s3.forward(method, target, forwardHeaders, forwardBody, res);
      opts.calls.add({ service, operation, status: res.statusCode, at: Date.now() });
      return;
    }

    if (!services) return send(res, jsonError(503, 'ServiceUnavailable', 'emulator is starting'));
    const sreq: ServiceRequest = { method, path: url.pathname, query: url.searchParams, headers, body };
    const r = await services[service].handle(sreq);
    if (lose()) {
      opts.calls.add({ service, operation, status: 0, at: Date.now(), fault: 'lostResponse' });
      req.socket.destroy();
      return;
    }
    if (hang) {
      opts.calls.add({ service, operation, status: 0, at: Date.now(), fault: 'hang' });
      return; // applied, never answered
    }
    if (malformed) {
      opts.calls.add({ service, operation, status: 200, at: Date.now(), fault: 'malformed' });
      return send(res, malformedAnswer(r));
    }
    opts.calls.add({ service, operation, status: r.status, at: Date.now() });
    send(res, r);
  }

  function handleInternal(method: string, path: string, body: Buffer): ServiceResponse {
    const ok = (data: unknown): ServiceResponse => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
    });
    if (path === '/_hookline/state' && method === 'GET') return ok(opts.inspect?.() ?? {});
    if (path === '/_hookline/calls' && method === 'GET') return ok({ counts: opts.calls.counts(), records: opts.calls.records });
    if (path === '/_hookline/faults') {
      if (method === 'GET') return ok({ faults: opts.faults.list() });
      if (method === 'POST') return ok({ id: opts.faults.add(JSON.parse(body.toString('utf8')) as FaultSpec) });
      if (method === 'DELETE') {
        opts.faults.clear();
        return ok({});
      }
    }
    const faultId = /^\/_hookline\/faults\/([^/]+)$/.exec(path)?.[1];
    if (faultId && method === 'DELETE') return ok({ removed: opts.faults.remove(faultId) });
    const entry = internal.get(path);
    if (entry && (method === 'GET' || method === 'HEAD'))
      return { status: 200, headers: { 'content-type': entry.contentType }, body: method === 'HEAD' ? Buffer.alloc(0) : entry.body };
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    port,
    baseUrl,
    attach(s) {
      services = s;
    },
    serveInternal(path, body, contentType = 'text/plain; charset=utf-8') {
      const p = path.startsWith('/_hookline/') ? path : `/_hookline/${path.replace(/^\/+/, '')}`;
      internal.set(p, { body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body, contentType });
      return baseUrl + p;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** A sink that swallows s3rver's answer when the response is to be "lost". */
class DiscardResponse extends http.ServerResponse {
  override writeHead(): this {
    return this;
  }
  override write(): boolean {
    return true;
  }
  override end(): this {
    return this;
  }
}

/** Keeps s3rver's answer in memory so a fault can reshape it (malformed) or withhold it (hang). */
class CaptureResponse extends http.ServerResponse {
  private status = 200;
  private captured: Record<string, string> = {};
  private readonly chunks: Buffer[] = [];
  override writeHead(status: number, ...rest: unknown[]): this {
    this.status = status;
    const headers = rest.find((r) => typeof r === 'object') as http.OutgoingHttpHeaders | undefined;
    if (headers && !Array.isArray(headers))
      for (const [k, v] of Object.entries(headers)) if (v !== undefined) this.captured[k] = Array.isArray(v) ? v.join(', ') : String(v);
    return this;
  }
  override write(chunk: unknown): boolean {
    this.chunks.push(Buffer.from(chunk as Buffer));
    return true;
  }
  override end(chunk?: unknown): this {
    if (chunk) this.chunks.push(Buffer.from(chunk as Buffer));
    return this;
  }
  answer(): ServiceResponse {
    const headers = { ...this.captured };
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    return { status: this.status, headers, body: Buffer.concat(this.chunks) };
  }
}
