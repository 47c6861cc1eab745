// The flexible-checksum algorithms an SDK may put in an aws-chunked trailer
// (x-amz-checksum-<alg>: base64 of the big-endian digest).
import { createHash } from 'node:crypto';
import * as zlib from 'node:zlib';

function reflectedTable32(poly: number): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ poly : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

function crc32With(table: Uint32Array, data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (table[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const CRC32_TABLE = reflectedTable32(0xedb88320);
const CRC32C_TABLE = reflectedTable32(0x82f63b78);

/** CRC-64/NVME (reflected poly 0x9a6c9329ac4bc9b5), split in two 32-bit halves to avoid BigInt per byte. */
const CRC64_LO = new Uint32Array(256);
const CRC64_HI = new Uint32Array(256);
{
  const poly = 0x9a6c9329ac4bc9b5n;
  for (let n = 0; n < 256; n++) {
    let c = BigInt(n);
    for (let k = 0; k < 8; k++) c = c & 1n ? (c >> 1n) ^ poly : c >> 1n;
    CRC64_LO[n] = Number(c & 0xffffffffn);
    CRC64_HI[n] = Number(c >> 32n);
  }
}

function crc64nvme(data: Buffer): Buffer {
  let lo = 0xffffffff;
  let hi = 0xffffffff;
  for (const byte of data) {
    const i = (lo ^ byte) & 0xff;
    // (crc >> 8) ^ table[i]
    const nlo = ((lo >>> 8) | ((hi & 0xff) << 24)) >>> 0;
    const nhi = hi >>> 8;
    lo = (nlo ^ (CRC64_LO[i] as number)) >>> 0;
    hi = (nhi ^ (CRC64_HI[i] as number)) >>> 0;
  }
  const out = Buffer.alloc(8);
  out.writeUInt32BE((hi ^ 0xffffffff) >>> 0, 0);
  out.writeUInt32BE((lo ^ 0xffffffff) >>> 0, 4);
  return out;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0, 0);
  return b;
}

const nodeCrc32 = (zlib as unknown as { crc32?: (d: Buffer) => number }).crc32;

const ALGORITHMS: Record<string, (data: Buffer) => Buffer> = {
  crc32: (d) => u32(nodeCrc32 ? nodeCrc32(d) : crc32With(CRC32_TABLE, d)),
  crc32c: (d) => u32(crc32With(CRC32C_TABLE, d)),
  crc64nvme: crc64nvme,
  sha1: (d) => createHash('sha1').update(d).digest(),
  sha256: (d) => createHash('sha256').update(d).digest(),
};

/** Base64 checksum of `data` for a trailer/header name such as `x-amz-checksum-crc32`; undefined when unknown. */
export function checksumFor(headerName: string, data: Buffer): string | undefined {
  const alg = headerName.toLowerCase().replace(/^x-amz-checksum-/, '');
  const fn = ALGORITHMS[alg];
  return fn ? fn(data).toString('base64') : undefined;
}

/**
 * What S3 answers when an `x-amz-checksum-<alg>` field (header or trailer) does not match the bytes
 * it covers; null when it matches.
 */
export function checksumRefusal(
  field: string,
  value: string,
  data: Buffer,
): { code: 'InvalidRequest' | 'BadDigest'; message: string } | null {
  const actual = checksumFor(field, data);
  if (actual === undefined) return { code: 'InvalidRequest', message: `Unsupported checksum ${field}` };
  if (actual === value) return null;
  const alg = field.toLowerCase().replace('x-amz-checksum-', '').toUpperCase();
  return { code: 'BadDigest', message: `The ${alg} you specified did not match the calculated checksum.` };
}
