// The zip format's records: local header, data descriptor, central directory record and the end
// records (ZIP64 where sizes or counts need it). Fixed time and attributes: the same entries
// always give the same bytes.
const U32 = 0xffffffff;
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const MADE_BY_UNIX = (3 << 8) | 30;
export const FLAG_DESCRIPTOR = 0x0008;
export const FLAG_UTF8 = 0x0800;

/** One entry as the central directory records it. */
export interface CentralRecord {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
  external: number;
}

function zip64Extra(values: number[]): Buffer {
  const b = Buffer.alloc(4 + 8 * values.length);
  b.writeUInt16LE(0x0001, 0);
  b.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return b;
}

export function localHeader(r: CentralRecord, streamedZip64: boolean): Buffer {
  const extra = streamedZip64 ? zip64Extra([0, 0]) : Buffer.alloc(0);
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(streamedZip64 ? 45 : 20, 4);
  h.writeUInt16LE(r.flags, 6);
  h.writeUInt16LE(r.method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  const streamed = (r.flags & FLAG_DESCRIPTOR) !== 0;
  h.writeUInt32LE(streamed ? 0 : r.crc, 14);
  h.writeUInt32LE(streamedZip64 ? U32 : streamed ? 0 : r.csize, 18);
  h.writeUInt32LE(streamedZip64 ? U32 : streamed ? 0 : r.usize, 22);
  h.writeUInt16LE(r.name.length, 26);
  h.writeUInt16LE(extra.length, 28);
  return Buffer.concat([h, r.name, extra]);
}

export function dataDescriptor(r: CentralRecord, zip64: boolean): Buffer {
  const b = Buffer.alloc(zip64 ? 24 : 16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(r.crc, 4);
  if (zip64) {
    b.writeBigUInt64LE(BigInt(r.csize), 8);
    b.writeBigUInt64LE(BigInt(r.usize), 16);
  } else {
    b.writeUInt32LE(r.csize, 8);
    b.writeUInt32LE(r.usize, 12);
  }
  return b;
}

export function centralRecord(r: CentralRecord): Buffer {
  const big: number[] = [];
  if (r.usize >= U32) big.push(r.usize);
  if (r.csize >= U32) big.push(r.csize);
  if (r.offset >= U32) big.push(r.offset);
  const extra = big.length > 0 ? zip64Extra(big) : Buffer.alloc(0);
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(MADE_BY_UNIX, 4);
  h.writeUInt16LE(big.length > 0 ? 45 : 20, 6);
  h.writeUInt16LE(r.flags, 8);
  h.writeUInt16LE(r.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(r.crc, 16);
  h.writeUInt32LE(Math.min(r.csize, U32), 20);
  h.writeUInt32LE(Math.min(r.usize, U32), 24);
  h.writeUInt16LE(r.name.length, 28);
  h.writeUInt16LE(extra.length, 30);
  // comment length, disk number start, internal attributes: 0
  h.writeUInt32LE(r.external >>> 0, 38);
  h.writeUInt32LE(Math.min(r.offset, U32), 42);
  return Buffer.concat([h, r.name, extra]);
}

export function endRecords(count: number, cdOffset: number, cdSize: number): Buffer {
  const parts: Buffer[] = [];
  const zip64 = count >= 0xffff || cdOffset >= U32 || cdSize >= U32;
  if (zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(MADE_BY_UNIX, 12);
    rec.writeUInt16LE(45, 14);
    // disk numbers: 0
    rec.writeBigUInt64LE(BigInt(count), 24);
    rec.writeBigUInt64LE(BigInt(count), 32);
    rec.writeBigUInt64LE(BigInt(cdSize), 40);
    rec.writeBigUInt64LE(BigInt(cdOffset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
    loc.writeUInt32LE(1, 16);
    parts.push(rec, loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(count, 0xffff), 8);
  end.writeUInt16LE(Math.min(count, 0xffff), 10);
  end.writeUInt32LE(Math.min(cdSize, U32), 12);
  end.writeUInt32LE(Math.min(cdOffset, U32), 16);
  parts.push(end);
  return Buffer.concat(parts);
}

/**
 * The central directory, encoded as each entry completes into shared 64 KiB chunks: a few bytes
 * per entry rather than an object and a buffer each (100,000 entries: ≈ 9 MB).
 */
export class CentralDirectory {
  private readonly chunks: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(64 * 1024);
  private used = 0;
  /** Entries recorded. */
  count = 0;

  add(r: CentralRecord): void {
    const rec = centralRecord(r);
    if (this.used + rec.length > this.chunk.length) {
      this.chunks.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(64 * 1024, rec.length));
      this.used = 0;
    }
    this.used += rec.copy(this.chunk, this.used);
    this.count++;
  }

  /** The encoded records, in the order they were added. */
  *parts(): Generator<Buffer> {
    yield* this.chunks;
    yield this.chunk.subarray(0, this.used);
  }
}
