import { createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { StagedWriter } from '../../../src/bundle/staged-writer.js';

/**
 * A sink that reads each chunk only when it calls back, a while after it was handed over (as a
 * slow upload copies a part late): a chunk reused before its callback would arrive overwritten.
 */
function lazySink(): { sink: Writable; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _enc, cb) {
      setTimeout(() => {
        chunks.push(Buffer.from(chunk));
        cb();
      }, 2);
    },
  });
  return { sink, chunks };
}

describe('StagedWriter', () => {
  it('turns many small writes into a few full chunks, bytes and sha256 intact', async () => {
    const { sink, chunks } = lazySink();
    const out = new StagedWriter(sink, undefined, 64 * 1024, 2);
    const pieces = Array.from({ length: 500 }, (_, i) => randomBytes(1 + ((i * 7919) % 3000)));
    for (const p of pieces) await out.write(p);
    const sha256 = await out.end();
    const all = Buffer.concat(pieces);
    expect(Buffer.concat(chunks).equals(all)).toBe(true);
    expect(sha256).toBe(createHash('sha256').update(all).digest('hex'));
    expect(out.written).toBe(all.length);
    expect(chunks.length).toBe(Math.ceil(all.length / (64 * 1024)));
  });

  it('frees the caller’s buffer on return: later changes to it do not reach the archive', async () => {
    const { sink, chunks } = lazySink();
    const out = new StagedWriter(sink, undefined, 1024, 2);
    const buf = Buffer.alloc(3000, 1);
    await out.write(buf);
    buf.fill(9);
    await out.end();
    expect(Buffer.concat(chunks).equals(Buffer.alloc(3000, 1))).toBe(true);
  });

  it('fails a write with the sink’s own error', async () => {
    const sink = new Writable({
      write(_chunk, _enc, cb) {
        cb(new Error('S3 said no'));
      },
    });
    sink.on('error', () => undefined);
    const out = new StagedWriter(sink, undefined, 1024, 1);
    const write = (async () => {
      for (let i = 0; i < 10; i++) await out.write(Buffer.alloc(1024));
    })();
    await expect(write).rejects.toThrow('S3 said no');
    expect(out.error?.message).toBe('S3 said no');
  });

  it('stops waiting for a chunk when the run is cancelled', async () => {
    const sink = new Writable({ write: () => undefined }); // never calls back
    const controller = new AbortController();
    const out = new StagedWriter(sink, controller.signal, 1024, 1);
    const write = out.write(Buffer.alloc(4096));
    setTimeout(() => controller.abort(new Error('cancelled')), 10);
    await expect(write).rejects.toThrow('cancelled');
  });
});
