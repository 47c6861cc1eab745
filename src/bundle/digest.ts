// The tree digest: a sha256 over the bundle's entries (path, mode, size, content hash) and the
// archive format. The archive is a pure function of exactly these, so the digest names the
// archive before it is written: the S3 key can be known (and found) without building anything.
//
// Content hashes are computed while the walk runs: each file found is cut into 1 MiB blocks that
// the deflate pool's worker threads read and sha256 (in batches, one scratch buffer per worker),
// so hashing uses every core and never holds more than a block per worker. A file of one block
// is named by the sha256 of its bytes; a larger one by the sha256 of its blocks' sha256s (the
// entry's size fixes how many there are, so the two forms cannot be confused).
import { createHash } from 'node:crypto';
import os from 'node:os';
import { inlineRunner, sharedWorkers, type BlockRunner, type HashResult, type HashTask } from './deflate-pool.js';
import { BundleError } from './errors.js';
import type { BundleEntry } from './types.js';

/** Bytes per hashed block (also the zip writer's compression block). */
export const HASH_BLOCK = 1 << 20;
/** Below this many bytes to hash, hash on the calling thread at the end: no worker start-up. */
const INLINE_BELOW = 4 * 1024 * 1024;
const BATCH_BYTES = 4 * 1024 * 1024;
const BATCH_TASKS = 256;

/** Grows by doubling: one buffer for every block hash of the tree (32 bytes a block). */
class HashStore {
  private buf = Buffer.alloc(32 * 1024);
  set(block: number, digest: Uint8Array): void {
    if (32 * (block + 1) > this.buf.length) {
      const bigger = Buffer.alloc(Math.max(2 * this.buf.length, 32 * (block + 1)));
      this.buf.copy(bigger);
      this.buf = bigger;
    }
    this.buf.set(digest, 32 * block);
  }
  get(block: number): Buffer {
    return this.buf.subarray(32 * block, 32 * (block + 1));
  }
}

/** The content hash of each file, by path (what `TreeHasher.finish` gives). */
export interface ContentHashes {
  get(path: string): string | undefined;
}

/**
 * Hashes the files of a tree as the walk finds them. `add` never blocks the walk; `finish` waits
 * for the last block and names each file's content. A file costs a few bytes here (its entry, its
 * first block's number, 32 bytes a block): 100,000 files hold ≈ 5 MB.
 */
export class TreeHasher {
  private files: BundleEntry[] = [];
  /** The number of each file's first block; its last is the next file's first − 1. */
  private firstBlock: number[] = [];
  private blocks = 0;
  private store = new HashStore();
  private held: HashTask[] = [];
  private heldBlocks: number[] = [];
  private heldBytes = 0;
  private totalBytes = 0;
  private runner: BlockRunner | null = null;
  private readonly running: Promise<void>[] = [];
  private failure: unknown = null;

  constructor(private readonly concurrency = Math.max(1, os.availableParallelism())) {}

  /** Queue a file entry (found by the walk at `file`) for hashing. */
  add(entry: BundleEntry, file: string): void {
    if (entry.type !== 'file') return;
    const blocks = Math.max(1, Math.ceil(entry.size / HASH_BLOCK));
    this.files.push(entry);
    this.firstBlock.push(this.blocks);
    for (let block = 0; block < blocks; block++) {
      const offset = block * HASH_BLOCK;
      const length = Math.min(HASH_BLOCK, entry.size - offset);
      this.held.push({ kind: 'hash', file, offset, length, whole: blocks === 1 });
      this.heldBlocks.push(this.blocks + block);
      this.heldBytes += length;
      this.totalBytes += length;
    }
    this.blocks += blocks;
    if (this.totalBytes >= INLINE_BELOW && (this.heldBytes >= BATCH_BYTES || this.held.length >= BATCH_TASKS)) this.dispatch();
  }

  private dispatch(): void {
    if (this.held.length === 0) return;
    this.runner ??= this.totalBytes >= INLINE_BELOW ? sharedWorkers(this.concurrency) : inlineRunner();
    const tasks = this.held;
    const numbers = this.heldBlocks;
    this.held = [];
    this.heldBlocks = [];
    this.heldBytes = 0;
    const done = this.runner.hashes(tasks).then(
      (out) => tasks.forEach((t, i) => this.settle(t, numbers[i]!, out.results[i], out.digests.subarray(32 * i, 32 * i + 32))),
      (err: unknown) => {
        this.failure ??= err;
      },
    );
    this.running.push(done);
  }

  private settle(task: HashTask, block: number, r: HashResult | undefined, digest: Uint8Array): void {
    const rel = this.fileOf(block).path;
    if (!r || !r.ok) {
      const why = r?.code === 'ENOENT' ? 'it was removed while the tree was read' : (r?.message ?? 'no result');
      this.failure ??= new BundleError(`Could not read ${rel} to hash it: ${why}.`, rel);
      return;
    }
    if (r.read !== task.length) {
      this.failure ??= new BundleError(`${rel} changed size while it was being read; bundle a tree nothing is writing to.`, rel);
      return;
    }
    this.store.set(block, digest);
  }

  /** The file a block belongs to (binary search over the first blocks). */
  private fileOf(block: number): BundleEntry {
    let lo = 0;
    let hi = this.firstBlock.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.firstBlock[mid]! <= block) lo = mid;
      else hi = mid - 1;
    }
    return this.files[lo]!;
  }

  /** Every file's content hash, once all blocks are read; the workers are stopped and the hasher emptied. */
  async finish(): Promise<ContentHashes> {
    try {
      this.dispatch();
      // Batches may be added while earlier ones run: wait until none is left.
      for (let i = 0; i < this.running.length; i++) await this.running[i];
    } finally {
      await this.runner?.close();
    }
    if (this.failure) throw this.failure;
    const { files, firstBlock, store, blocks } = this;
    // What the hashes need moves to the result: a model that keeps this hasher keeps nothing.
    this.files = [];
    this.firstBlock = [];
    this.store = new HashStore();
    const index = new Map<string, number>();
    files.forEach((e, i) => index.set(e.path, i));
    return {
      get(rel: string): string | undefined {
        const i = index.get(rel);
        if (i === undefined) return undefined;
        const end = i + 1 < firstBlock.length ? firstBlock[i + 1]! : blocks;
        const list: Uint8Array[] = [];
        for (let b = firstBlock[i]!; b < end; b++) list.push(store.get(b));
        return contentHash(list);
      },
    };
  }
}

/** A file's content hash from its block hashes: the block's own for one block, else the hash of the list. */
export function contentHash(blocks: Uint8Array[]): string {
  if (blocks.length === 1) return Buffer.from(blocks[0]!).toString('hex');
  const h = createHash('sha256');
  for (const b of blocks) h.update(b);
  return h.digest('hex');
}

/**
 * The digest of a tree in archive order: the format, then one line per entry of its path, mode,
 * size and content (a file's hash, a link's text; nothing for a folder), JSON-quoted so no path
 * can imitate a line break.
 */
export function treeDigest(entries: readonly BundleEntry[], hashes: ContentHashes, format: string): string {
  const h = createHash('sha256');
  h.update(`hookline-tree/1 ${JSON.stringify(format)}\n`);
  for (const e of entries) {
    const content = e.type === 'file' ? hashes.get(e.path) : e.type === 'symlink' ? (e.linkTarget ?? '') : '';
    if (content === undefined) throw new BundleError(`${e.path} was not hashed.`, e.path);
    h.update(`${JSON.stringify([e.path, e.type, e.mode, e.size, content])}\n`);
  }
  return h.digest('hex');
}
