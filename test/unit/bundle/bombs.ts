// Archive bombs built byte by byte for the tests: small on disk, huge once expanded.
import { writeFileSync } from 'node:fs';
import { crc32 as zlibCrc32, deflateRawSync, gzipSync } from 'node:zlib';

const crc32 = (d: Uint8Array): number => zlibCrc32(d) >>> 0;

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

interface ZipItem {
  name: string;
  /** Raw deflate data. */
  data: Buffer;
  crc: number;
  /** The expanded size the headers declare. */
  declared: number;
}

function localHeader(it: ZipItem): Buffer {
  const name = Buffer.from(it.name);
  return Buffer.concat([
    u32(0x04034b50),
    u16(20),
    u16(0x0800),
    u16(8),
    u16(0),
    u16(0x21),
    u32(it.crc),
    u32(it.data.length),
    u32(it.declared),
    u16(name.length),
    u16(0),
    name,
  ]);
}

function centralHeader(it: ZipItem, offset: number): Buffer {
  const name = Buffer.from(it.name);
  return Buffer.concat([
    u32(0x02014b50),
    u16((3 << 8) | 20),
    u16(20),
    u16(0x0800),
    u16(8),
    u16(0),
    u16(0x21),
    u32(it.crc),
    u32(it.data.length),
    u32(it.declared),
    u16(name.length),
    u16(0),
    u16(0),
    u16(0),
    u16(0),
    u32((0o100644 << 16) >>> 0),
    u32(offset),
    name,
  ]);
}

function endRecord(count: number, cdSize: number, cdOffset: number): Buffer {
  return Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(cdSize), u32(cdOffset), u16(0)]);
}

/**
 * Many central-directory entries sharing one deflated run of zeros (the overlapping-file zip
 * bomb): `entries` × `entrySize` bytes expanded, about entrySize/1000 bytes on disk. A text
 * `fill` ('a') makes every entry look like a small text file.
 */
export function writeZipBomb(file: string, entries: number, entrySize: number, fill = 0): number {
  const zeros = Buffer.alloc(entrySize, fill);
  const data = deflateRawSync(zeros, { level: 9 });
  const first: ZipItem = { name: 'payload/0000.bin', data, crc: crc32(zeros), declared: entrySize };
  const local = Buffer.concat([localHeader(first), data]);
  const central: Buffer[] = [];
  for (let i = 0; i < entries; i++) {
    central.push(centralHeader({ ...first, name: `payload/${String(i).padStart(4, '0')}.bin` }, 0));
  }
  const cd = Buffer.concat(central);
  const out = Buffer.concat([local, cd, endRecord(entries, cd.length, local.length)]);
  writeFileSync(file, out);
  return out.length;
}

/** A zip whose appspec.yml declares `declared` bytes but inflates to `actual` zeros. */
export function writeLyingZip(file: string, declared: number, actual: number): void {
  const zeros = Buffer.alloc(actual);
  const item: ZipItem = { name: 'appspec.yml', data: deflateRawSync(zeros, { level: 9 }), crc: crc32(zeros), declared };
  const local = Buffer.concat([localHeader(item), item.data]);
  const cd = centralHeader(item, 0);
  writeFileSync(file, Buffer.concat([local, cd, endRecord(1, cd.length, local.length)]));
}

function tarHeader(name: string, size: number): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 'utf8');
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(size.toString(8).padStart(11, '0') + '\0', 124);
  h.write('00000000000\0', 136);
  h.write('        ', 148);
  h.write('0', 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}

/**
 * A .tgz holding one file of `size` zeros, written as concatenated gzip members (one member of
 * `chunk` zeros repeated), so a multi-gigabyte tar takes a few megabytes on disk.
 */
export function writeTarBomb(file: string, size: number, chunk = 64 * 1024 ** 2): number {
  const member = gzipSync(Buffer.alloc(chunk), { level: 9 });
  const parts: Buffer[] = [
    gzipSync(Buffer.concat([tarHeader('appspec.yml', 20), Buffer.from('version: 0.0\nos: linux').subarray(0, 20), Buffer.alloc(492)])),
  ];
  parts.push(gzipSync(tarHeader('payload.bin', size)));
  for (let done = 0; done < size; done += chunk) parts.push(member);
  const out = Buffer.concat(parts);
  writeFileSync(file, out);
  return out.length;
}
