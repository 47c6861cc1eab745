// A download that cannot hold the step: bounded in time and in bytes. Presigned log URLs are
// foreign endpoints; one that trickles a byte a second or declares hundreds of megabytes must
// neither hang the run nor fill its memory. What arrived in time is kept.
import { proxyFetchFor } from './proxy.js';

export const TAIL_LOG_MAX_BYTES = 2 * 1024 * 1024;
export const TAIL_LOG_MAX_MS = 30_000;

export interface BoundedText {
  text: string;
  bytes: number;
  /** Why the text is incomplete: the byte limit or the time limit was reached. */
  cut?: 'bytes' | 'time';
}

export async function fetchBoundedText(
  url: string,
  o: { maxBytes: number; timeoutMs: number; signal?: AbortSignal },
): Promise<BoundedText> {
  const timer = AbortSignal.timeout(Math.max(1, o.timeoutMs));
  const signal = o.signal ? AbortSignal.any([o.signal, timer]) : timer;
  // Presigned URLs are AWS traffic too: the proxy rule applies (proxy.ts).
  const viaProxy = await proxyFetchFor(url, process.env);
  const res = await (viaProxy ?? fetch)(url, { signal });
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => undefined);
    throw new Error(`HTTP ${res.status}`);
  }
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let cut: BoundedText['cut'];
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = o.maxBytes - bytes;
      chunks.push(value.length > room ? value.subarray(0, room) : value);
      bytes += Math.min(value.length, room);
      if (bytes >= o.maxBytes) {
        cut = 'bytes';
        break;
      }
    }
  } catch (err) {
    // The run's own cancel ends the download; the time limit keeps what arrived.
    if (o.signal?.aborted || !timer.aborted) throw err;
    cut = 'time';
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), bytes, ...(cut ? { cut } : {}) };
}
