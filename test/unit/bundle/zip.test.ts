import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { crc32Combine } from '../../../src/bundle/crc32-combine.js';
import { inlineRunner, workerRunner, type BlockTask } from '../../../src/bundle/deflate-pool.js';
import { walk } from '../../../src/bundle/walk.js';
import { shouldDeflate, writeZip } from '../../../src/bundle/zip.js';
import { cleanup, makeTree, readZip, tempDir } from './helpers.js';

/** Compressible but not trivially repetitive text, deterministic. */
function text(bytes: number, seed: number): Buffer {
  const words = ['deploy', 'hook', 'instance', 'revision', 'bundle', 'script', 'appspec', 'lifecycle', 'event', 'agent'];
  const parts: string[] = [];
  let n = 0;
  let s = seed;
  while (n < bytes) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const w = `${words[s % words.length]}${s % 97} `;
    parts.push(s % 13 === 0 ? `${w}\n` : w);
    n += w.length;
  }
  return Buffer.from(parts.join('').slice(0, bytes));
}

const crc32 = (d: Uint8Array): number => zlib.crc32(d) >>> 0;

describe('crc32Combine', () => {
  it('combines the CRCs of two blocks into the CRC of both', () => {
    const a = randomBytes(70_001);
    const b = randomBytes(1 << 20);
    expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])));
    expect(crc32Combine(crc32(a), crc32(Buffer.alloc(0)), 0)).toBe(crc32(a));
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('shouldDeflate', () => {
  it('stores already-compressed formats and tiny files', () => {
    for (const p of ['a.jpg', 'b.PNG', 'c.zip', 'd.jar', 'e.war', 'f.tgz', 'g.gz', 'h.woff2', 'i.mp4', 'j.webp', 'k.xz', 'l.bz2'])
      expect(shouldDeflate(p, 10_000)).toBe(false);
    expect(shouldDeflate('app.js', 10_000)).toBe(true);
    expect(shouldDeflate('app.js', 10)).toBe(false);
  });
});

describe('block runners', () => {
  let dirs: string[] = [];
  afterEach(() => {
    cleanup(...dirs);
    dirs = [];
  });

  it('give the same bytes inline and on workers, and report a file that changed size', async () => {
    const d = tempDir();
    dirs.push(d);
    const big = text(300_000, 7);
    writeFileSync(path.join(d, 'big.txt'), big);
    writeFileSync(path.join(d, 'small.txt'), 'hello hello hello hello hello hello hello');
    const tasks: BlockTask[] = [
      { file: path.join(d, 'small.txt'), offset: 0, length: 41, dictLen: 0, whole: true, deflate: true, last: true, level: 6 },
      { file: path.join(d, 'big.txt'), offset: 0, length: 100_000, dictLen: 0, whole: false, deflate: true, last: false, level: 6 },
      {
        file: path.join(d, 'big.txt'),
        offset: 100_000,
        length: 200_000,
        dictLen: 32_768,
        whole: false,
        deflate: true,
        last: true,
        level: 6,
      },
      { file: path.join(d, 'small.txt'), offset: 0, length: 40, dictLen: 0, whole: true, deflate: true, last: true, level: 6 },
      { file: path.join(d, 'missing'), offset: 0, length: 4, dictLen: 0, whole: true, deflate: false, last: true, level: 6 },
    ];
    const workers = workerRunner(2);
    try {
      const [inline, onWorkers] = await Promise.all([inlineRunner().blocks(tasks), workers.blocks(tasks)]);
      // Each ok result's bytes, cut from its batch's buffer.
      const outputs = (batch: typeof inline) => {
        let at = 0;
        return batch.results.map((r) => {
          if (!r.ok) return { ok: false, code: r.code };
          const data = Buffer.from(batch.data.subarray(at, at + r.size));
          at += r.size;
          return { ...r, data };
        });
      };
      const a = outputs(inline);
      const b = outputs(onWorkers);
      expect(b).toEqual(a);
      // The two blocks form one deflate stream.
      const r1 = a[1]!;
      const r2 = a[2]!;
      if (!('data' in r1) || !('data' in r2)) throw new Error('blocks failed');
      expect(zlib.inflateRawSync(Buffer.concat([r1.data, r2.data])).equals(big)).toBe(true);
      expect(crc32Combine(r1.crc, r2.crc, 200_000)).toBe(crc32(big));
      expect(a[3]).toMatchObject({ ok: true, read: 41 }); // grew: one byte more than expected
      expect(a[4]).toMatchObject({ ok: false, code: 'ENOENT' });
    } finally {
      await workers.close();
    }
  });
});

// Large trees on a shared machine: a generous per-test limit. Nothing here asserts on time.
const SLOW = 120_000;

describe('writeZip', () => {
  let dirs: string[] = [];
  const dir = (): string => {
    const d = tempDir();
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    cleanup(...dirs);
    dirs = [];
  });

  it(
    'splits large files into blocks that Info-ZIP and yauzl read back intact, on workers',
    async () => {
      const big = text(5 * 1024 * 1024 + 12_345, 3);
      const random = randomBytes(2 * 1024 * 1024 + 7);
      const root = makeTree(dir(), {
        'big.log': big,
        'random.bin': random,
        'photo.jpg': random.subarray(0, 1_500_000),
        'small.txt': 'small small small small small small',
      });
      const { entries } = await walk({ root });
      const out = path.join(dir(), 'x.zip');
      const res = await writeZip({ root, entries, sink: createWriteStream(out), blockSize: 256 * 1024 });
      const bytes = readFileSync(out);
      expect(res.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(res.size).toBe(bytes.length);
      expect(execFileSync('unzip', ['-tq', out]).toString()).toMatch(/No errors detected/);
      const byName = new Map((await readZip(out)).map((e) => [e.name, e]));
      expect(byName.get('big.log')!.data.equals(big)).toBe(true);
      expect(byName.get('big.log')!.method).toBe(8);
      expect(byName.get('random.bin')!.data.equals(random)).toBe(true);
      expect(byName.get('photo.jpg')!.method).toBe(0);
      // Block-parallel deflate compresses about as well as one pass.
      const csize = Number(
        execFileSync('unzip', ['-Zl', out])
          .toString()
          .match(/^\S+\s+\S+\s+\S+\s+\d+\s+\S+\s+(\d+)\s+defN.*big\.log$/m)?.[1],
      );
      expect(csize).toBeLessThan(zlib.deflateRawSync(big, { level: 6 }).length * 1.01);
    },
    SLOW,
  );

  it(
    'gives the same archive whatever the block size of parallel work or the look-ahead',
    async () => {
      const root = makeTree(dir(), { 'a.txt': text(3_000_000, 1), 'b/c.txt': text(1000, 2), 'b/d.txt': '' });
      const { entries } = await walk({ root });
      const hashes = new Set<string>();
      for (const [concurrency, maxBytesAhead] of [
        [1, 1],
        [2, 64 * 1024],
        [3, 32 * 1024 * 1024],
      ] as const) {
        const res = await writeZip({ root, entries, sink: createWriteStream(path.join(dir(), 'z.zip')), concurrency, maxBytesAhead });
        hashes.add(res.sha256);
      }
      expect(hashes.size).toBe(1);
    },
    SLOW,
  );

  it(
    'holds a bounded number of bytes however large the tree (64 MB through a slow sink)',
    async () => {
      const root = dir();
      const spec: Record<string, Buffer> = {};
      const pieces = Array.from({ length: 8 }, (_, i) => text(256 * 1024, i + 10));
      for (let i = 0; i < 16; i++)
        spec[`f${String(i).padStart(2, '0')}.txt`] = Buffer.concat(Array.from({ length: 16 }, (_, j) => pieces[(i * 3 + j) % 8]!));
      makeTree(root, spec);
      const { entries } = await walk({ root });
      let peak = 0;
      let received = 0;
      const base = process.memoryUsage().arrayBuffers;
      const sink = new Writable({
        highWaterMark: 1024 * 1024,
        write(chunk: Buffer, _enc, cb) {
          received += chunk.length;
          peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
          setImmediate(cb);
        },
      });
      const res = await writeZip({ root, entries, sink, maxBytesAhead: 8 * 1024 * 1024 });
      expect(received).toBe(res.size);
      // Main-thread buffers stay near the look-ahead (8 MiB raw → less compressed), far below 64 MB.
      expect(peak).toBeLessThan(24 * 1024 * 1024);
    },
    SLOW,
  );

  it(
    'switches to ZIP64 end records past 65,534 entries, and readers agree',
    async () => {
      const root = dir();
      const entries = Array.from({ length: 70_000 }, (_, i) => ({
        path: `d${String(i).padStart(5, '0')}/`,
        type: 'dir' as const,
        mode: 0o40755,
        size: 0,
      }));
      const out = path.join(dir(), 'many.zip');
      const res = await writeZip({ root, entries, sink: createWriteStream(out) });
      expect(res.entries).toBe(70_000);
      expect(execFileSync('unzip', ['-tq', out]).toString()).toMatch(/No errors detected/);
      expect((await readZip(out)).length).toBe(70_000);
    },
    SLOW,
  );

  it('rejects when a file disappears mid-bundle, naming it', async () => {
    const root = makeTree(dir(), { 'a.txt': 'aaaa', 'b.txt': 'bbbb' });
    const { entries } = await walk({ root });
    cleanup(path.join(root, 'b.txt'));
    await expect(writeZip({ root, entries, sink: createWriteStream(path.join(dir(), 'z.zip')) })).rejects.toThrow(/b\.txt.*removed/);
  });
});
