// Read + CRC + deflate of file blocks (and read + sha256 of blocks for the tree digest), off the
// main thread. A worker gets a batch of blocks (many small files, or one 1 MiB block of a large
// file) and does everything synchronously — read, CRC, deflateRawSync — so the per-file cost is a few microseconds of C, not the ~200 µs of
// JavaScript stream machinery that zlib's async API spends on every call (measured: async
// zlib.deflateRaw per file made the whole zip cost 4.4 s of CPU for 70 MB where the deflate
// itself is 2.2 s). Small bundles run the same code inline and start no worker.
//
// A batch's outputs come back in one buffer, which the caller releases once it has copied them
// out; the next batch carries it back to a worker. One ArrayBuffer per block instead made every
// thread hold tens of MB of buffers waiting for a collection (peak RSS, measured in the bench).
//
// The code below is plain JavaScript in a string so it runs unchanged as a worker
// (`eval: true`, no file to ship next to the ncc bundle) and inline.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** One block to read and (maybe) deflate. */
export interface BlockTask {
  kind?: 'block';
  file: string;
  /** Where the block starts in the file. */
  offset: number;
  length: number;
  /** Bytes before `offset` read as the deflate dictionary (0 for a first block). */
  dictLen: number;
  /** The file is one block: read it whole, keep the deflated form only if smaller. */
  whole: boolean;
  deflate: boolean;
  /** Last block of its file: end the deflate stream (Z_FINISH) rather than sync-flush. */
  last: boolean;
  level: number;
}

/** One block to read and sha256 (the tree digest's content hashes). */
export interface HashTask {
  kind: 'hash';
  file: string;
  offset: number;
  length: number;
  /** The file is one block: read one byte more, to notice a file that grew. */
  whole: boolean;
}

export type HashResult =
  | {
      ok: true;
      /** Bytes actually read (a mismatch with `length` means the file changed). */
      read: number;
    }
  | { ok: false; message: string; code?: string };

/** The hashes of a batch of hash tasks. */
export interface HashBatch {
  results: HashResult[];
  /** Task i's sha256 at bytes 32·i (zeros where it failed). */
  digests: Uint8Array;
}

export type BlockResult =
  | {
      ok: true;
      /** CRC-32 of the block's uncompressed bytes. */
      crc: number;
      /** Bytes of output in the batch's buffer (they follow the previous block's). */
      size: number;
      /** The output is deflated; else it is the raw block. */
      deflated: boolean;
      /** Bytes actually read (a mismatch with `length` means the file changed). */
      read: number;
    }
  | { ok: false; message: string; code?: string };

/** The outputs of a batch of block tasks. */
export interface BlockBatch {
  results: BlockResult[];
  /** Every ok result's output, back to back in task order. */
  data: Uint8Array;
  /** Hand the buffer back for a later batch: call it once `data` is no longer read. */
  release(): void;
}

const TASK_SOURCE = String.raw`
const fs = require('node:fs');
const zlib = require('node:zlib');
const crypto = require('node:crypto');
// One reusable read buffer per thread: reading into fresh buffers left tens of MB of garbage
// per worker between collections (peak RSS +50 MB per worker, measured).
let scratch = Buffer.allocUnsafeSlow(0);
// Reads up to length + 1 bytes at start (one more than expected, to notice a file that grew).
function readInto(file, start, length) {
  if (scratch.length < length + 1) scratch = Buffer.allocUnsafeSlow(Math.max(length + 1, 1088 * 1024));
  const fd = fs.openSync(file, 'r');
  let got = 0;
  try {
    while (got < length + 1) { const n = fs.readSync(fd, scratch, got, length + 1 - got, start + got); if (n === 0) break; got += n; }
  } finally { fs.closeSync(fd); }
  return scratch.subarray(0, got);
}
function runHash(t, digests, i) {
  try {
    const buf = readInto(t.file, t.offset, t.length);
    const read = Math.min(buf.length, t.length + (t.whole ? 1 : 0));
    // One-shot: no hash object (and its native context) left per file for the collector.
    crypto.hash('sha256', buf.subarray(0, Math.min(read, t.length)), 'buffer').copy(digests, 32 * i);
    return { ok: true, read };
  } catch (err) {
    return { ok: false, message: String(err && err.message || err), code: err && err.code };
  }
}
// A batch's hashes in one buffer, not an array per task.
function runHashes(tasks) {
  const digests = Buffer.alloc(32 * tasks.length);
  return { results: tasks.map((t, i) => runHash(t, digests, i)), digests: new Uint8Array(digests.buffer, digests.byteOffset, digests.length) };
}
// A block's output is at most its length plus deflate's worst-case growth (zlib's deflateBound).
function bound(t) { return t.length + (t.length >>> 10) + 64; }
function runBlock(t, out, at) {
  try {
    const dictLen = t.deflate && !t.whole ? t.dictLen : 0;
    const buf = readInto(t.file, t.offset - dictLen, t.length + dictLen);
    const read = Math.min(buf.length - dictLen, t.length + (t.whole ? 1 : 0));
    const raw = buf.subarray(dictLen, dictLen + Math.min(read, t.length));
    const crc = zlib.crc32(raw) >>> 0;
    if (read !== t.length) return { ok: true, crc, size: 0, deflated: false, read };
    if (t.deflate) {
      // One output chunk the size of the bound: no 16 KiB default chunk, no concatenation.
      const opts = { level: t.level, chunkSize: Math.max(64, bound(t)) };
      if (!t.whole) opts.finishFlush = t.last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
      if (dictLen > 0) opts.dictionary = buf.subarray(0, dictLen);
      const packed = zlib.deflateRawSync(raw, opts);
      if (packed.length > bound(t)) throw new Error('deflate wrote more than its bound');
      if (!t.whole || packed.length < raw.length) return { ok: true, crc, size: packed.copy(out, at), deflated: true, read };
    }
    return { ok: true, crc, size: raw.copy(out, at), deflated: false, read };
  } catch (err) {
    return { ok: false, message: String(err && err.message || err), code: err && err.code };
  }
}
// Runs a batch into the given (released) buffer when it is large enough, else into a new one.
function runBlocks(tasks, given) {
  let need = 0;
  for (const t of tasks) need += bound(t);
  const out = given && given.byteLength >= need ? Buffer.from(given) : Buffer.allocUnsafeSlow(Math.max(need, 1088 * 1024));
  let at = 0;
  const results = tasks.map((t) => { const r = runBlock(t, out, at); if (r.ok) at += r.size; return r; });
  return { results, buffer: out.buffer, used: at };
}
`;

/**
 * Takes the worker's collector into `collect` (null if V8 would not give it). deflateRawSync
 * leaves an output buffer per call, freed only by a collection, and V8 lets a thread's buffers grow
 * by tens of MB before it collects: the worker collects its own (a heap of a few MB, ≈ 3 ms) after
 * every 4 MiB it read. Taken as collector.ts takes the main thread's, tried again when another
 * thread turned the flag off in between (this code runs from a string: it cannot import that module).
 */
export const COLLECTOR_SOURCE = String.raw`
let collect = typeof globalThis.gc === 'function' ? globalThis.gc : null;
if (!collect) {
  const v8 = require('node:v8');
  const vm = require('node:vm');
  for (let i = 0; i < 20 && !collect; i++) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc');
    } catch {}
  }
  v8.setFlagsFromString('--no-expose-gc');
}
`;

const WORKER_SOURCE = `${TASK_SOURCE}
${COLLECTOR_SOURCE}
const { parentPort } = require('node:worker_threads');
let sinceCollect = 0;
// A block batch's buffer is moved to the main thread, not cloned; it comes back with a later batch.
parentPort.on('message', (m) => {
  if (m.kind === 'hashes') return parentPort.postMessage({ id: m.id, ...runHashes(m.tasks) });
  const r = runBlocks(m.tasks, m.out);
  parentPort.postMessage({ id: m.id, ...r }, [r.buffer]);
  for (const t of m.tasks) sinceCollect += t.length;
  if (collect && sinceCollect >= 4 * 1024 * 1024) {
    sinceCollect = 0;
    collect();
  }
});
`;

export interface BlockRunner {
  /** Read and deflate a batch of blocks. */
  blocks(tasks: BlockTask[]): Promise<BlockBatch>;
  /** Read and sha256 a batch of blocks. */
  hashes(tasks: HashTask[]): Promise<HashBatch>;
  close(): Promise<void>;
}

type RawBlocks = { results: BlockResult[]; buffer: ArrayBuffer; used: number };

/**
 * Idle batch buffers kept for reuse: more than the batches a writer keeps in flight (4 MiB ahead
 * in batches of about 1 MiB), so none is dropped to wait for a collection.
 */
const POOL_KEEP = 8;

/** Released batch buffers, handed to the next batches (at most POOL_KEEP are kept). */
class BufferPool {
  private readonly free: ArrayBuffer[] = [];
  take(): ArrayBuffer | undefined {
    return this.free.pop();
  }
  batch(raw: RawBlocks): BlockBatch {
    let released = false;
    return {
      results: raw.results,
      data: new Uint8Array(raw.buffer, 0, raw.used),
      release: () => {
        if (released) return;
        released = true;
        if (this.free.length < POOL_KEEP) this.free.push(raw.buffer);
      },
    };
  }
}

/** Runs blocks on the calling thread (small bundles: no worker start-up). */
export function inlineRunner(): BlockRunner {
  const require = createRequire(import.meta.url);
  const task = new Function('require', `${TASK_SOURCE}\nreturn { runHashes, runBlocks };`)(require) as {
    runHashes: (t: HashTask[]) => HashBatch;
    runBlocks: (t: BlockTask[], given?: ArrayBuffer) => RawBlocks;
  };
  const pool = new BufferPool();
  return {
    blocks: async (tasks) => pool.batch(task.runBlocks(tasks, pool.take())),
    hashes: async (tasks) => task.runHashes(tasks),
    close: async () => undefined,
  };
}

/**
 * A worker holds one scratch buffer (off the heap) and a batch's results at a time: V8's default
 * young generation (16 MiB semi-spaces) only inflated each worker's resident size.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };

/** Runs blocks on `size` worker threads; each batch goes to the worker with the least queued. */
export function workerRunner(size: number): BlockRunner & { readonly failed: boolean } {
  interface Slot {
    worker: Worker;
    queued: number;
  }
  const pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void; slot: Slot }>();
  let nextId = 0;
  let failed: Error | null = null;
  const slots: Slot[] = [];
  for (let i = 0; i < Math.max(1, size); i++) {
    const slot: Slot = { worker: new Worker(WORKER_SOURCE, { eval: true, resourceLimits: WORKER_LIMITS }), queued: 0 };
    slot.worker.unref(); // an idle worker never keeps the process alive; a busy one does (post)
    slot.worker.on('message', (m: { id: number }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      slot.queued--;
      if (slot.queued === 0) slot.worker.unref();
      p.resolve(m);
    });
    slot.worker.on('error', (err: Error) => {
      failed = err;
      for (const [id, p] of pending) {
        if (p.slot === slot) {
          pending.delete(id);
          p.reject(err);
        }
      }
    });
    slots.push(slot);
  }
  const pool = new BufferPool();
  const post = <R>(message: { kind: 'blocks' | 'hashes'; tasks: unknown[]; out?: ArrayBuffer }): Promise<R> => {
    if (failed) return Promise.reject(failed);
    const slot = slots.reduce((a, b) => (b.queued < a.queued ? b : a));
    const id = nextId++;
    if (slot.queued++ === 0) slot.worker.ref();
    return new Promise<R>((resolve, reject) => {
      pending.set(id, { resolve: (r) => resolve(r as R), reject, slot });
      slot.worker.postMessage({ id, ...message }, message.out ? [message.out] : []);
    });
  };
  return {
    get failed() {
      return failed !== null;
    },
    async blocks(tasks) {
      const out = pool.take();
      return pool.batch(await post<RawBlocks>({ kind: 'blocks', tasks, ...(out ? { out } : {}) }));
    },
    hashes: (tasks) => post<HashBatch>({ kind: 'hashes', tasks }),
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** How long shared workers stay after their last user: the digest's and the zip's share them. */
const SHARED_IDLE_MS = 5_000;
let shared: { size: number; runner: ReturnType<typeof workerRunner>; users: number; idle?: NodeJS.Timeout } | null = null;

/**
 * Workers shared by the tree digest and the zip writer of a run: the threads that hashed the
 * tree then deflate it, instead of a second set whose memory would add to the peak. `close()`
 * releases this use; the threads stop when unused for a few seconds (never keeping the process
 * alive meanwhile), or at once after a worker failed.
 */
export function sharedWorkers(size: number): BlockRunner {
  if (!shared || shared.size !== size || shared.runner.failed) shared = { size, runner: workerRunner(size), users: 0 };
  const s = shared;
  clearTimeout(s.idle);
  s.users++;
  let closed = false;
  return {
    blocks: (tasks) => s.runner.blocks(tasks),
    hashes: (tasks) => s.runner.hashes(tasks),
    async close() {
      if (closed) return;
      closed = true;
      if (--s.users > 0) return;
      if (s.runner.failed || shared !== s) {
        if (shared === s) shared = null;
        return s.runner.close();
      }
      s.idle = setTimeout(() => {
        if (shared === s && s.users === 0) shared = null;
        void s.runner.close();
      }, SHARED_IDLE_MS);
      s.idle.unref();
    },
  };
}
