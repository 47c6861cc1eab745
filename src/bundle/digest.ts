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
import { inlineRunner, workerRunner, type BlockRunner, type HashResult, type HashTask } from './deflate-pool.js';
import { BundleError } from './errors.js';
import type { BundleEntry } from './types.js';

/** Bytes per hashed block (also the zip writer's compression block). */
export const HASH_BLOCK = 1 << 20;
/** Below this many bytes to hash, hash on the calling thread at the end: no worker start-up. */
const INLINE_BELOW = 4 * 1024 * 1024;
const BATCH_BYTES = 4 * 1024 * 1024;
const BATCH_TASKS = 256;

interface Pending {
  entry: BundleEntry;
  /** Block hashes, by block number. */
  blocks: (Uint8Array | undefined)[];
}

/**
 * Hashes the files of a tree as the walk finds them. `add` never blocks the walk; `finish` waits
 * for the last block and names each file's content.
 */
export class TreeHasher {
  private readonly files = new Map<string, Pending>();
  private held: { task: HashTask; pending: Pending; block: number }[] = [];
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
    const pending: Pending = { entry, blocks: new Array<Uint8Array | undefined>(blocks) };
    this.files.set(entry.path, pending);
    for (let block = 0; block < blocks; block++) {
      const offset = block * HASH_BLOCK;
      const length = Math.min(HASH_BLOCK, entry.size - offset);
      this.held.push({ task: { kind: 'hash', file, offset, length, whole: blocks === 1 }, pending, block });
      this.heldBytes += length;
      this.totalBytes += length;
    }
    if (this.totalBytes >= INLINE_BELOW && (this.heldBytes >= BATCH_BYTES || this.held.length >= BATCH_TASKS)) this.dispatch();
  }

  private dispatch(): void {
    if (this.held.length === 0) return;
    this.runner ??= this.totalBytes >= INLINE_BELOW ? workerRunner(this.concurrency) : inlineRunner();
    const batch = this.held;
    this.held = [];
    this.heldBytes = 0;
    const done = this.runner.run(batch.map((b) => b.task)).then(
      (results) => batch.forEach((b, i) => this.settle(b.pending, b.block, b.task, results[i])),
      (err: unknown) => {
        this.failure ??= err;
      },
    );
    this.running.push(done);
  }

  private settle(p: Pending, block: number, task: HashTask, r: HashResult | undefined): void {
    const rel = p.entry.path;
    if (!r || !r.ok) {
      const why = r?.code === 'ENOENT' ? 'it was removed while the tree was read' : (r?.message ?? 'no result');
      this.failure ??= new BundleError(`Could not read ${rel} to hash it: ${why}.`, rel);
      return;
    }
    if (r.read !== task.length) {
      this.failure ??= new BundleError(`${rel} changed size while it was being read; bundle a tree nothing is writing to.`, rel);
      return;
    }
    p.blocks[block] = r.hash;
  }

  /** Every file's content hash (hex), once all blocks are read; the workers are stopped. */
  async finish(): Promise<Map<string, string>> {
    try {
      this.dispatch();
      // Batches may be added while earlier ones run: wait until none is left.
      for (let i = 0; i < this.running.length; i++) await this.running[i];
    } finally {
      await this.runner?.close();
    }
    if (this.failure) throw this.failure;
    const out = new Map<string, string>();
    for (const [rel, p] of this.files) out.set(rel, contentHash(p.blocks as Uint8Array[]));
    return out;
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
export function treeDigest(entries: readonly BundleEntry[], hashes: ReadonlyMap<string, string>, format: string): string {
  const h = createHash('sha256');
  h.update(`hookline-tree/1 ${JSON.stringify(format)}\n`);
  for (const e of entries) {
    const content = e.type === 'file' ? hashes.get(e.path) : e.type === 'symlink' ? (e.linkTarget ?? '') : '';
    if (content === undefined) throw new BundleError(`${e.path} was not hashed.`, e.path);
    h.update(`${JSON.stringify([e.path, e.type, e.mode, e.size, content])}\n`);
  }
  return h.digest('hex');
}
