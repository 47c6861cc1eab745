// The tree digest: a sha256 over the bundle's entries (path, mode, size, content hash) and the
// archive format. The archive is a pure function of exactly these, so the digest names the
// archive before it is written: the S3 key can be known (and found) without building anything.
//
// Content hashes are computed on the deflate pool's worker threads: each file is cut into 1 MiB
// blocks that a worker reads and sha256s (in batches, one scratch buffer per worker). A file of
// one block is named by the sha256 of its bytes; a larger one by the sha256 of its blocks'
// sha256s (the entry's size fixes how many there are, so the two forms cannot be confused).
//
// Memory does not grow with the tree: the files are hashed in archive order, a batch's tasks are
// made only when it is sent, at most two batches per worker are in flight, and each batch's
// hashes are folded into the digest as soon as the batches before it are. (Queuing a 100,000-file
// tree at once, as the walk found it, held its tasks three times — objects here, cloned messages
// in the workers' queues, their results on the way back — and 32 bytes a block until the end:
// peak RSS 235–278 MB, bench growth tree.)
import { createHash, type Hash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { inlineRunner, sharedWorkers, type BlockRunner, type HashBatch, type HashTask } from './deflate-pool.js';
import { BundleError } from './errors.js';
import type { BundleEntry } from './types.js';

/** Bytes per hashed block (also the zip writer's compression block). */
export const HASH_BLOCK = 1 << 20;
/** Below this many bytes to hash, hash on the calling thread: no worker start-up. */
const INLINE_BELOW = 4 * 1024 * 1024;
const BATCH_BYTES = 4 * 1024 * 1024;
const BATCH_TASKS = 256;
/** Batches in flight per worker: one being hashed, one waiting, so no worker idles between them. */
const IN_FLIGHT_PER_WORKER = 2;

/** The content hash of each file, by path (for `treeDigest`). */
export interface ContentHashes {
  get(path: string): string | undefined;
}

/** A file's content hash from its block hashes: the block's own for one block, else the hash of the list. */
export function contentHash(blocks: Uint8Array[]): string {
  if (blocks.length === 1) return Buffer.from(blocks[0]!).toString('hex');
  const h = createHash('sha256');
  for (const b of blocks) h.update(b);
  return h.digest('hex');
}

/**
 * The digest's lines: the format, then one line per entry of its path, mode, size and content (a
 * file's hash, a link's text; nothing for a folder), JSON-quoted so no path can imitate a line break.
 */
class DigestLines {
  private readonly h: Hash = createHash('sha256');
  constructor(format: string) {
    this.h.update(`hookline-tree/1 ${JSON.stringify(format)}\n`);
  }
  /** `content` is the file's content hash; ignored for folders and links. */
  add(e: BundleEntry, content?: string): void {
    const c = e.type === 'file' ? content : e.type === 'symlink' ? (e.linkTarget ?? '') : '';
    if (c === undefined) throw new BundleError(`${e.path} was not hashed.`, e.path);
    this.h.update(`${JSON.stringify([e.path, e.type, e.mode, e.size, c])}\n`);
  }
  digest(): string {
    return this.h.digest('hex');
  }
}

/** The digest of entries (in archive order) whose files' content hashes are known. */
export function treeDigest(entries: readonly BundleEntry[], hashes: ContentHashes, format: string): string {
  const lines = new DigestLines(format);
  for (const e of entries) lines.add(e, e.type === 'file' ? hashes.get(e.path) : undefined);
  return lines.digest();
}

function blocksOf(entry: BundleEntry): number {
  return Math.max(1, Math.ceil(entry.size / HASH_BLOCK));
}

/**
 * Hashes the files of `entries` (in archive order, under `root`) and folds them into the tree
 * digest in that order, a bounded number of batches at a time.
 */
class TreeHasher {
  private readonly lines: DigestLines;
  private readonly runner: BlockRunner;
  private readonly limit: number;
  /** The next block to send: entry `sendEntry`, its block `sendPart`. */
  private sendEntry = 0;
  private sendPart = 0;
  private sent = 0;
  /** Batches done but waiting for an earlier one, by number. */
  private readonly waiting = new Map<number, { tasks: HashTask[]; out: HashBatch }>();
  private folded = 0;
  /** The next entry to fold, and the block hashes of its file so far. */
  private foldEntry = 0;
  private foldBlocks: Uint8Array[] = [];
  private inFlight = 0;
  private failure: unknown = null;
  private readonly done: Promise<void>;
  private settle!: () => void;

  constructor(
    private readonly root: string,
    private readonly entries: readonly BundleEntry[],
    format: string,
    concurrency: number,
  ) {
    this.lines = new DigestLines(format);
    let bytes = 0;
    for (const e of entries) if (e.type === 'file') bytes += e.size;
    this.runner = bytes >= INLINE_BELOW ? sharedWorkers(concurrency) : inlineRunner();
    this.limit = IN_FLIGHT_PER_WORKER * concurrency;
    this.done = new Promise((resolve) => (this.settle = resolve));
  }

  async run(): Promise<string> {
    try {
      this.pump();
      await this.done;
    } finally {
      await this.runner.close();
    }
    if (this.failure !== null) throw this.failure;
    this.foldThrough(this.entries.length);
    return this.lines.digest();
  }

  /** Send batches while fewer than the limit are in flight; settle once all are folded (or one failed). */
  private pump(): void {
    while (this.inFlight < this.limit && this.failure === null && this.nextFile() < this.entries.length) this.send();
    if (this.inFlight === 0) this.settle();
  }

  /** The index of the next file entry to send (folders and links have nothing to hash). */
  private nextFile(): number {
    while (this.sendEntry < this.entries.length && this.entries[this.sendEntry]!.type !== 'file') this.sendEntry++;
    return this.sendEntry;
  }

  /** The next batch of blocks: its tasks are made now and dropped once folded. */
  private send(): void {
    const tasks: HashTask[] = [];
    let bytes = 0;
    while (tasks.length < BATCH_TASKS && bytes < BATCH_BYTES && this.nextFile() < this.entries.length) {
      const entry = this.entries[this.sendEntry]!;
      const count = blocksOf(entry);
      const offset = this.sendPart * HASH_BLOCK;
      const length = Math.min(HASH_BLOCK, entry.size - offset);
      tasks.push({ kind: 'hash', file: path.join(this.root, entry.path), offset, length, whole: count === 1 });
      bytes += length;
      if (++this.sendPart === count) {
        this.sendPart = 0;
        this.sendEntry++;
      }
    }
    const n = this.sent++;
    this.inFlight++;
    this.runner
      .hashes(tasks)
      .then(
        (out) => {
          this.waiting.set(n, { tasks, out });
          this.foldReady();
        },
        (err: unknown) => {
          this.failure ??= err;
        },
      )
      .finally(() => {
        this.inFlight--;
        this.pump();
      });
  }

  /** Fold the batches that are next in order. */
  private foldReady(): void {
    for (let b = this.waiting.get(this.folded); b && this.failure === null; b = this.waiting.get(this.folded)) {
      this.waiting.delete(this.folded++);
      try {
        b.tasks.forEach((task, i) => this.foldBlock(task, b.out, i));
      } catch (err) {
        this.failure ??= err;
      }
    }
  }

  /** Fold one block's hash into the current file; a file's line is written with its last block. */
  private foldBlock(task: HashTask, out: HashBatch, i: number): void {
    const r = out.results[i];
    let file = this.foldEntry;
    while (file < this.entries.length && this.entries[file]!.type !== 'file') file++;
    if (file === this.entries.length) throw new BundleError('More blocks were hashed than the files hold.', this.root);
    this.foldThrough(file);
    const entry = this.entries[file]!;
    if (!r || !r.ok) {
      const why = r?.code === 'ENOENT' ? 'it was removed while the tree was read' : (r?.message ?? 'no result');
      throw new BundleError(`Could not read ${entry.path} to hash it: ${why}.`, entry.path);
    }
    if (r.read !== task.length)
      throw new BundleError(`${entry.path} changed size while it was being read; bundle a tree nothing is writing to.`, entry.path);
    this.foldBlocks.push(out.digests.slice(32 * i, 32 * i + 32));
    if (this.foldBlocks.length === blocksOf(entry)) {
      this.lines.add(entry, contentHash(this.foldBlocks));
      this.foldBlocks = [];
      this.foldEntry = file + 1;
    }
  }

  /** Fold the folders and links before entry `end` (none of them has blocks). */
  private foldThrough(end: number): void {
    for (; this.foldEntry < end; this.foldEntry++) this.lines.add(this.entries[this.foldEntry]!);
  }
}

/**
 * The tree digest of `entries` (in archive order) of the folder `root`: its files are read and
 * hashed on `concurrency` worker threads (on this one below 4 MiB in all).
 */
export function hashTree(
  root: string,
  entries: readonly BundleEntry[],
  format: string,
  concurrency = Math.max(1, os.availableParallelism()),
): Promise<string> {
  return new TreeHasher(root, entries, format, concurrency).run();
}
