// Deterministic, streaming zip writer with parallel deflate.
//
// Why not yazl (measured, see the commit that added this file): yazl compresses one entry at a
// time from a stream, or — through addBuffer — in parallel but without backpressure, with a
// JavaScript CRC on the main thread and an O(n²) scan over its entries on every write (20,000
// entries: 1.3 s of overhead before any compression). It cannot take pre-compressed data, so
// parallel compression needs a writer of its own. This one is small and only writes: local
// header, data, central directory, end record (ZIP64 where sizes need it).
//
// How it goes fast with bounded memory: every file is cut into blocks (1 MiB). Blocks are read
// and deflated as independent jobs on worker threads (deflate-pool.ts), in batches of about
// 1 MiB, at most 4 MiB ahead of the writer; a batch's output comes back in one recycled buffer.
// A block after the first is compressed with the previous 32 KiB as its preset dictionary and
// ends on a sync flush, the last block on Z_FINISH, so the blocks concatenate into one valid
// deflate stream that compresses as well as a single pass (pigz's method). The writer takes
// batches in archive order, combines the blocks' CRCs, and copies records and data into a few
// recycled 1 MiB chunks for the sink (staged-writer.ts), hashing (sha256) as it writes. The
// central directory is encoded as entries complete (zip-records.ts).
//
// Deterministic: entries in the given (sorted) order, one fixed timestamp (1980-01-01 00:00,
// DOS format, no extra timestamp fields), no extra fields except ZIP64 where required, and
// compression decided by the content's name and size alone.
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { crc32Combine } from './crc32-combine.js';
import { inlineRunner, sharedWorkers, type BlockBatch, type BlockResult, type BlockTask } from './deflate-pool.js';
import { BundleError } from './errors.js';
import { StagedWriter } from './staged-writer.js';
import { holdYoungGeneration } from './young-generation.js';
import { collectWhen } from './collector.js';
import {
  CentralDirectory,
  dataDescriptor,
  endRecords,
  FLAG_DESCRIPTOR,
  FLAG_UTF8,
  localHeader,
  type CentralRecord,
} from './zip-records.js';
import type { BundleEntry } from './types.js';

export interface ZipOptions {
  /** Directory the entries' paths are relative to. */
  root: string;
  /** Entries in archive order (walk() sorts them). */
  entries: BundleEntry[];
  /** Where the archive bytes go; ended when the archive is complete. */
  sink: Writable;
  /** Worker threads that read and deflate; default the available parallelism. */
  concurrency?: number;
  /** Deflate level, 1–9; default 6 (Info-ZIP's default). */
  level?: number;
  /** Bytes per compression block; default 1 MiB. */
  blockSize?: number;
  /** Most uncompressed bytes held by jobs ahead of the writer; default 4 MiB. */
  maxBytesAhead?: number;
  signal?: AbortSignal;
}

export interface ZipResult {
  /** Hex sha256 of the archive bytes. */
  sha256: string;
  /** Archive size in bytes. */
  size: number;
  entries: number;
}

/** Extensions whose content is already compressed: stored, not deflated again. */
export const STORED_EXTENSIONS: ReadonlySet<string> = new Set([
  'zip',
  'jar',
  'war',
  'ear',
  'apk',
  'aar',
  'whl',
  'egg',
  'nupkg',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'gz',
  'tgz',
  'bz2',
  'tbz2',
  'xz',
  'txz',
  'lz',
  'lzma',
  'lz4',
  'zst',
  'br',
  '7z',
  'rar',
  'z',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'avif',
  'heic',
  'ico',
  'jp2',
  'mp3',
  'mp4',
  'm4a',
  'm4v',
  'aac',
  'ogg',
  'oga',
  'ogv',
  'opus',
  'webm',
  'mkv',
  'mov',
  'avi',
  'flac',
  'woff',
  'woff2',
  'pdf',
  'swf',
]);

const DEFAULT_BLOCK = 1 << 20;
const DEFAULT_LEVEL = 6;

/**
 * Version of the bytes this writer produces for given entries. Bump it with any change that
 * alters them (headers, flags, the stored list, block or dictionary handling, descriptor use):
 * the tree digest includes it, so an S3 key never names two different archives.
 */
export const ZIP_FORMAT_VERSION = 1;

/**
 * What the archive's bytes depend on besides the entries: this writer's version, its level and
 * block size, and zlib's version (another deflate implementation may encode the same block
 * differently). Part of the tree digest (digest.ts).
 */
export function zipFormat(level = DEFAULT_LEVEL, blockSize = DEFAULT_BLOCK, version = ZIP_FORMAT_VERSION): string {
  return `zip/${version} level=${level} block=${blockSize} zlib=${process.versions.zlib}`;
}

/** The format the action and the CLI write (the defaults). */
export const ZIP_FORMAT = zipFormat();
/** Below this many bytes to deflate, compress on the calling thread: no worker start-up. */
const INLINE_BELOW = 4 * 1024 * 1024;
const BATCH_BYTES = 1024 * 1024;
const BATCH_UNITS = 256;
const MAX_UNITS_AHEAD = 1024;
const DICT = 32 * 1024;
/**
 * The main thread collects after every 16 MiB of archive that came from at least 256 entries or
 * grew its heap by 8 MiB (collector.ts): V8 let the garbage of a long bundle (results, views,
 * records, upload requests) grow the heap to 2–3× what is live. Web-app tree, bundle + upload:
 * peak RSS 182–210 MB without, 181 MB with; 100,000 files: 255 → 195 MB. A collection of this
 * heap takes ≈ 10–20 ms, a dozen per 200 MB archive. The 1 GB tree of eight stored files got 64
 * on bytes alone, now at most three (--trace-gc): bundling it took 7.1–7.5 s of CPU and 4.9–5.2
 * s, now 3.4 s and 2.7–2.8 s (bench/child/revision.ts, two runs each).
 */
const COLLECT = { bytes: 16 * 1024 * 1024, entries: 256, growth: 8 * 1024 * 1024 };
/** Entries smaller than this are stored: deflate cannot gain on them. */
const MIN_DEFLATE = 32;
/** A streamed entry at least this large gets ZIP64 sizes in its local header and data descriptor. */
const ZIP64_STREAMED = 0xf0000000;

/** Whether an entry of this path and size is deflated (otherwise stored). */
export function shouldDeflate(p: string, size: number): boolean {
  if (size < MIN_DEFLATE) return false;
  const ext = path.posix.extname(p).slice(1).toLowerCase();
  return !STORED_EXTENSIONS.has(ext);
}

interface Unit {
  entry: BundleEntry;
  block: number;
  blocks: number;
  offset: number;
  length: number;
  deflate: boolean;
}

interface Done {
  crc: number;
  data: Uint8Array;
  deflated: boolean;
}

function* unitsOf(entries: BundleEntry[], blockSize: number): Generator<Unit> {
  for (const entry of entries) {
    if (entry.type !== 'file' || entry.size <= blockSize) {
      yield {
        entry,
        block: 0,
        blocks: 1,
        offset: 0,
        length: entry.size,
        deflate: entry.type === 'file' && shouldDeflate(entry.path, entry.size),
      };
      continue;
    }
    const blocks = Math.ceil(entry.size / blockSize);
    const deflate = shouldDeflate(entry.path, entry.size);
    for (let block = 0; block < blocks; block++) {
      const offset = block * blockSize;
      yield { entry, block, blocks, offset, length: Math.min(blockSize, entry.size - offset), deflate };
    }
  }
}

function changed(entry: BundleEntry): BundleError {
  return new BundleError(`${entry.path} changed size while it was being bundled; bundle a tree nothing is writing to.`, entry.path);
}

function taskOf(root: string, u: Unit, level: number): BlockTask {
  return {
    file: path.join(root, u.entry.path),
    offset: u.offset,
    length: u.length,
    dictLen: Math.min(DICT, u.offset),
    whole: u.blocks === 1,
    deflate: u.deflate,
    last: u.block === u.blocks - 1,
    level,
  };
}

function isAscii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

/** Units read and deflated together by one worker; folders and links ride along with no task. */
interface Batch {
  units: Unit[];
  /** Bytes of file content in the batch. */
  bytes: number;
  /** The file units' outputs; null when the batch has no file unit. */
  done: Promise<BlockBatch | null>;
}

/** Cuts the units into batches and keeps a bounded number of bytes of them in flight. */
class BatchQueue {
  private readonly ahead: Batch[] = [];
  private bytesAhead = 0;
  private unitsAhead = 0;
  private next: IteratorResult<Unit>;

  constructor(
    private readonly units: Iterator<Unit>,
    private readonly run: (units: Unit[]) => Promise<BlockBatch | null>,
    private readonly maxBytesAhead: number,
  ) {
    this.next = units.next();
    this.fill();
  }

  /** The next batch in archive order, once its blocks are done; null after the last. */
  async take(): Promise<{ units: Unit[]; out: BlockBatch | null } | null> {
    const batch = this.ahead.shift();
    if (!batch) return null;
    const out = await batch.done;
    this.bytesAhead -= batch.bytes;
    this.unitsAhead -= batch.units.length;
    this.fill();
    return { units: batch.units, out };
  }

  /** Stop: nothing more is dispatched, and the batches in flight are released when they end. */
  drop(): void {
    for (const b of this.ahead.splice(0))
      b.done.then(
        (out) => out?.release(),
        () => undefined,
      );
  }

  private fill(): void {
    // Refill in large steps (below half the budget) so batches stay large.
    if (this.ahead.length > 0 && this.bytesAhead > this.maxBytesAhead / 2) return;
    while (!this.next.done && (this.ahead.length === 0 || (this.bytesAhead < this.maxBytesAhead && this.unitsAhead < MAX_UNITS_AHEAD))) {
      const units: Unit[] = [];
      let bytes = 0;
      while (!this.next.done && bytes < BATCH_BYTES && units.length < BATCH_UNITS) {
        units.push(this.next.value);
        if (this.next.value.entry.type === 'file') bytes += this.next.value.length;
        this.next = this.units.next();
      }
      const done = this.run(units);
      done.catch(() => undefined); // taken in order; not unhandled meanwhile
      this.ahead.push({ units, bytes, done });
      this.bytesAhead += bytes;
      this.unitsAhead += units.length;
    }
  }
}

/** A unit's bytes: a block's output from its batch, a link's target, nothing for a folder. */
function unitData(u: Unit, r: BlockResult | undefined, out: BlockBatch | null, at: number): Done {
  const { entry } = u;
  if (entry.type !== 'file') {
    const data = entry.type === 'symlink' ? Buffer.from(entry.linkTarget ?? '', 'utf8') : Buffer.alloc(0);
    return { crc: crc32(data) >>> 0, data, deflated: false };
  }
  if (!r || !out) throw new BundleError(`No result for ${entry.path}.`, entry.path);
  if (!r.ok) {
    const why = r.code === 'ENOENT' ? 'it was removed while being bundled' : r.message;
    throw new BundleError(`Could not read ${entry.path} for the bundle: ${why}.`, entry.path);
  }
  if (r.read !== u.length) throw changed(entry);
  return { crc: r.crc, data: out.data.subarray(at, at + r.size), deflated: r.deflated };
}

/** Writes the units' records and data in archive order, and records each entry for the central directory. */
class EntryWriter {
  private current: CentralRecord | null = null;
  private currentZip64 = false;
  readonly central = new CentralDirectory();

  constructor(private readonly out: StagedWriter) {}

  async unit(unit: Unit, done: Done): Promise<void> {
    const { entry } = unit;
    const streamed = unit.blocks > 1;
    if (unit.block === 0) {
      this.current = {
        name: Buffer.from(entry.path, 'utf8'),
        flags: (streamed ? FLAG_DESCRIPTOR : 0) | (isAscii(entry.path) ? 0 : FLAG_UTF8),
        method: done.deflated ? 8 : 0,
        crc: streamed ? 0 : done.crc,
        csize: streamed ? 0 : done.data.length,
        usize: streamed ? 0 : unit.length,
        offset: this.out.written,
        external: ((entry.mode << 16) | (entry.type === 'dir' ? 0x10 : 0)) >>> 0,
      };
      this.currentZip64 = streamed && entry.size >= ZIP64_STREAMED;
      await this.out.write(localHeader(this.current, this.currentZip64));
    }
    const rec = this.current!;
    if (streamed) {
      rec.crc = unit.block === 0 ? done.crc : crc32Combine(rec.crc, done.crc, unit.length);
      rec.usize += unit.length;
      rec.csize += done.data.length;
    }
    await this.out.write(done.data);
    if (unit.block === unit.blocks - 1) {
      if (streamed) await this.out.write(dataDescriptor(rec, this.currentZip64));
      this.central.add(rec, entry.path);
    }
  }

  /** The central directory and the end records. */
  async finish(): Promise<void> {
    const cdOffset = this.out.written;
    for (const part of this.central.parts()) await this.out.write(part);
    await this.out.write(endRecords(this.central.count, cdOffset, this.out.written - cdOffset));
  }
}

/** Write `entries` (files read from `root`) as a zip archive to `sink`. */
export async function writeZip(opts: ZipOptions): Promise<ZipResult> {
  const { root, entries, sink, signal } = opts;
  const level = opts.level ?? DEFAULT_LEVEL;
  const blockSize = opts.blockSize ?? DEFAULT_BLOCK;
  let deflateBytes = 0;
  for (const e of entries) if (e.type === 'file' && shouldDeflate(e.path, e.size)) deflateBytes += e.size;
  const runner = deflateBytes < INLINE_BELOW ? inlineRunner() : sharedWorkers(opts.concurrency ?? Math.max(1, os.availableParallelism()));
  const run = (units: Unit[]): Promise<BlockBatch | null> => {
    const tasks = units.filter((u) => u.entry.type === 'file').map((u) => taskOf(root, u, level));
    return tasks.length > 0 ? runner.blocks(tasks) : Promise.resolve(null);
  };

  const releaseYoung = holdYoungGeneration();
  const out = new StagedWriter(sink, signal);
  const queue = new BatchQueue(unitsOf(entries, blockSize), run, opts.maxBytesAhead ?? 4 * 1024 * 1024);
  const writer = new EntryWriter(out);
  const collectIfDue = collectWhen(COLLECT);
  try {
    for (let batch = await queue.take(); batch; batch = await queue.take()) {
      signal?.throwIfAborted();
      const { units, out: done } = batch;
      try {
        let task = 0;
        let at = 0;
        for (const unit of units) {
          const r = unit.entry.type === 'file' ? done?.results[task++] : undefined;
          await writer.unit(unit, unitData(unit, r, done, at));
          if (r?.ok) at += r.size;
        }
        collectIfDue(out.written, writer.central.count);
      } finally {
        done?.release(); // its bytes are copied out: the buffer serves a later batch
      }
    }
    await writer.finish();
    const sha256 = await out.end();
    return { sha256, size: out.written, entries: writer.central.count };
  } catch (err) {
    queue.drop();
    sink.destroy();
    throw out.error && !(err instanceof BundleError) ? out.error : err;
  } finally {
    releaseYoung();
    await runner.close();
  }
}
