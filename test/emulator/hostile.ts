// Answers of the hostile network faults (faults.ts): 5xx storms, malformed bodies, header-echoing
// errors and slow or endless tail logs, each in the wire format of the service that was called,
// so the SDK sees what it would see behind a failing load balancer or a tampering proxy.
import type * as http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Fault } from './faults.js';
import type { ServiceName, ServiceResponse } from './types.js';

const EB_NS = 'http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An error answer in the service's own format (JSON for CodeDeploy, awsQuery XML for Beanstalk, S3 XML). */
export function serviceError(service: ServiceName, status: number, code: string, message: string, method = 'POST'): ServiceResponse {
  const requestId = randomUUID();
  if (service === 'codedeploy' || service === 'cloudwatch' || service === 'ecs' || service === 'lambda') {
    return {
      status,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId, 'x-amzn-errortype': code },
      body: JSON.stringify({ __type: code, message }),
    };
  }
  if (service === 'beanstalk') {
    return {
      status,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: `<ErrorResponse xmlns="${EB_NS}"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
    };
  }
  // S3 answers HEAD errors without a body, as the real service does.
  return {
    status,
    headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId },
    body:
      method === 'HEAD'
        ? ''
        : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message><RequestId>${requestId}</RequestId></Error>`,
  };
}

/** The answer of a serverError fault: 500 InternalFailure or 503 ServiceUnavailable. */
export function serverErrorAnswer(service: ServiceName, status: 500 | 503, method: string): ServiceResponse {
  return status === 503
    ? serviceError(service, 503, service === 's3' ? 'ServiceUnavailable' : 'ServiceUnavailable', 'Service is unavailable', method)
    : serviceError(service, 500, service === 's3' ? 'InternalError' : 'InternalFailure', 'We encountered an internal error', method);
}

/** An error whose message carries every request header, the way a misconfigured proxy answers. */
export function echoHeadersAnswer(service: ServiceName, headers: Record<string, string>, method: string): ServiceResponse {
  const echoed = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  return serviceError(
    service,
    400,
    service === 'codedeploy' ? 'InvalidRequestException' : 'InvalidRequest',
    `Bad request (${echoed})`,
    method,
  );
}

/** The real answer cut in half: a 200 whose JSON or XML cannot be parsed. */
export function malformedAnswer(r: ServiceResponse): ServiceResponse {
  const body = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
  const half = body.subarray(0, Math.max(1, Math.floor(body.length / 2)));
  return { status: 200, headers: { ...r.headers }, body: half };
}

/**
 * Serves a tail log under a tailLog fault. slow: the real text one chunk per second at
 * `bytesPerSecond` (default 1). huge: a content-length of `declaredBytes` (default 500 MB) and
 * filler lines as fast as the client reads, until it hangs up or the emulator closes.
 */
export function serveHostileTail(res: http.ServerResponse, body: Buffer, fault: Extract<Fault, { type: 'tailLog' }>): void {
  let stopped = false;
  res.on('close', () => (stopped = true));
  if (fault.mode === 'slow') {
    const rate = Math.max(1, Math.floor(fault.bytesPerSecond ?? 1));
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(body.length) });
    let at = 0;
    const tick = (): void => {
      if (stopped) return;
      res.write(body.subarray(at, at + rate));
      at += rate;
      if (at >= body.length) res.end();
      else setTimeout(tick, 1000).unref();
    };
    tick();
    return;
  }
  const declared = Math.max(body.length, fault.declaredBytes ?? 500 * 1024 * 1024);
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(declared) });
  const line = Buffer.from("2026/12/01 12:00:00.000000 [INFO] filler line of an endless tail log, written to waste the reader's memory\n");
  const chunk = Buffer.concat(Array.from({ length: Math.ceil(65536 / line.length) }, () => line));
  let sent = 0;
  const pump = (): void => {
    while (!stopped && sent < declared) {
      const piece = chunk.subarray(0, Math.min(chunk.length, declared - sent));
      sent += piece.length;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!stopped) res.end();
  };
  pump();
}
