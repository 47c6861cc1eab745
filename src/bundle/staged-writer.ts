// The zip writer's way out: many small writes (headers, small files' data) are copied into a few
// recycled chunks, and each full chunk is written to the sink as one write. A chunk is reused only
// once the sink has called back for it, so memory stays at `chunks` × `chunkSize` whatever the
// sink buffers, and a caller's buffer is free again as soon as write() returns. The archive's
// sha256 and size are taken on the way.
import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

export class StagedWriter {
  private readonly hash = createHash('sha256');
  private readonly free: Buffer[] = [];
  private allocated = 0;
  private chunk: Buffer | null = null;
  private used = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  /** Bytes written so far (the next byte's offset in the archive). */
  written = 0;

  constructor(
    private readonly sink: Writable,
    private readonly signal?: AbortSignal,
    private readonly chunkSize = 1024 * 1024,
    private readonly chunks = 4,
  ) {
    const stop = (err?: Error): void => {
      this.failure ??= err ?? new Error('the archive sink closed before the archive was complete');
      this.wake?.();
    };
    sink.on('error', stop);
    sink.on('close', () => {
      if (!sink.writableFinished) stop();
    });
    signal?.addEventListener('abort', () => this.wake?.(), { once: true });
  }

  /** The sink's own error, when it failed (rather than the writer). */
  get error(): Error | null {
    return this.failure;
  }

  async write(data: Uint8Array): Promise<void> {
    this.hash.update(data);
    this.written += data.length;
    let at = 0;
    while (at < data.length) {
      const chunk = this.chunk ?? (this.chunk = await this.take());
      const n = Math.min(data.length - at, chunk.length - this.used);
      chunk.set(data.subarray(at, at + n), this.used);
      this.used += n;
      at += n;
      if (this.used === chunk.length) this.flush();
    }
  }

  /** Write what is staged, end the sink and wait until it has finished; the archive's sha256. */
  async end(): Promise<string> {
    if (this.used > 0) this.flush();
    this.sink.end();
    await finished(this.sink);
    return this.hash.digest('hex');
  }

  private flush(): void {
    const chunk = this.chunk!;
    this.sink.write(chunk.subarray(0, this.used), (err?: Error | null) => {
      if (err) this.failure ??= err;
      else this.free.push(chunk);
      this.wake?.();
    });
    this.chunk = null;
    this.used = 0;
  }

  /** A free chunk: a recycled one, a new one while fewer than `chunks` exist, else wait for the sink. */
  private async take(): Promise<Buffer> {
    for (;;) {
      if (this.failure) throw this.failure;
      this.signal?.throwIfAborted();
      const chunk = this.free.pop();
      if (chunk) return chunk;
      if (this.allocated < this.chunks) {
        this.allocated++;
        return Buffer.allocUnsafeSlow(this.chunkSize);
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}
