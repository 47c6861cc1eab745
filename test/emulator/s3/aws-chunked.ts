// aws-chunked request bodies (SigV4 streaming): `<hex-size>[;chunk-signature=…]\r\n<data>\r\n` …
// `0[;…]\r\n` then optional trailer lines `name:value\r\n` and a final `\r\n`. s3rver would
// store the framing as the object's bytes, so the front decodes and checks the trailer first.
import { checksumRefusal } from './checksums.js';

export class ChunkedBodyError extends Error {
  constructor(
    readonly code: 'IncompleteBody' | 'InvalidRequest' | 'BadDigest',
    message: string,
  ) {
    super(message);
  }
}

export interface DecodedBody {
  body: Buffer;
  trailers: Record<string, string>;
}

export function isAwsChunked(headers: Record<string, string>): boolean {
  const enc = (headers['content-encoding'] ?? '').toLowerCase();
  const sha = headers['x-amz-content-sha256'] ?? '';
  return enc.split(',').some((e) => e.trim() === 'aws-chunked') || sha.startsWith('STREAMING-');
}

function readLine(buf: Buffer, from: number): { line: string; next: number } {
  const end = buf.indexOf('\r\n', from, 'latin1');
  if (end < 0) throw new ChunkedBodyError('IncompleteBody', 'The request body terminated unexpectedly');
  return { line: buf.toString('latin1', from, end), next: end + 2 };
}

export function decodeAwsChunked(raw: Buffer): DecodedBody {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const { line, next } = readLine(raw, pos);
    const sizeHex = line.split(';')[0]?.trim() ?? '';
    if (!/^[0-9a-fA-F]+$/.test(sizeHex))
      throw new ChunkedBodyError('InvalidRequest', `Invalid chunk size line: ${JSON.stringify(line.slice(0, 40))}`);
    const size = parseInt(sizeHex, 16);
    pos = next;
    if (size === 0) break;
    if (pos + size + 2 > raw.length) throw new ChunkedBodyError('IncompleteBody', 'The request body terminated unexpectedly');
    parts.push(raw.subarray(pos, pos + size));
    pos += size;
    if (raw.toString('latin1', pos, pos + 2) !== '\r\n') throw new ChunkedBodyError('InvalidRequest', 'Chunk data is not followed by CRLF');
    pos += 2;
  }
  const trailers: Record<string, string> = {};
  while (pos < raw.length) {
    const { line, next } = readLine(raw, pos);
    pos = next;
    if (line === '') break;
    const colon = line.indexOf(':');
    if (colon < 0) throw new ChunkedBodyError('InvalidRequest', `Malformed trailer: ${JSON.stringify(line.slice(0, 40))}`);
    trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { body: Buffer.concat(parts), trailers };
}

/**
 * Decode and verify an aws-chunked request as S3 would: the declared decoded length must match,
 * and every x-amz-checksum-* trailer must match the decoded bytes.
 */
export function decodeAndVerify(raw: Buffer, headers: Record<string, string>): DecodedBody {
  const decoded = decodeAwsChunked(raw);
  const declared = headers['x-amz-decoded-content-length'];
  if (declared !== undefined && Number(declared) !== decoded.body.length) {
    throw new ChunkedBodyError(
      'IncompleteBody',
      `You did not provide the number of bytes specified by the x-amz-decoded-content-length HTTP header (${declared}, got ${decoded.body.length})`,
    );
  }
  const expected = (headers['x-amz-trailer'] ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const name of expected) {
    if (!(name in decoded.trailers))
      throw new ChunkedBodyError('InvalidRequest', `The trailer ${name} was declared in x-amz-trailer but not sent`);
  }
  for (const [name, value] of Object.entries(decoded.trailers)) {
    if (!name.startsWith('x-amz-checksum-')) continue;
    const refused = checksumRefusal(name, value, decoded.body);
    if (refused) throw new ChunkedBodyError(refused.code, refused.message);
  }
  return decoded;
}
