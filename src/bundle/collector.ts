// V8's collector, called on purpose where a long run of buffers would otherwise wait for V8's own
// heuristics (tens of MB above what is live). Taken as jest-leak-detector does: the `--expose-gc`
// flag is on only while one context is made, then off again (unless the process started with it).
import v8 from 'node:v8';
import vm from 'node:vm';

let cached: (() => void) | null | undefined;

/** The collector of this thread's heap, or null when V8 would not give it. */
export function collector(): (() => void) | null {
  if (cached === undefined) cached = takeCollector();
  return cached;
}

/** Takes this thread's collector afresh (collector() keeps the one it took). */
export function takeCollector(): (() => void) | null {
  const own = (globalThis as { gc?: () => void }).gc;
  if (typeof own === 'function') return own;
  // The flag is the process's: a worker taking its own collector may turn it off between this
  // thread turning it on and making its context. Without a retry, one of two workers started
  // together went without a collector in 3 of 6 bundles of the web-app tree (+25 MB peak RSS).
  let taken: (() => void) | null = null;
  for (let attempt = 0; attempt < 20 && !taken; attempt++) {
    try {
      v8.setFlagsFromString('--expose-gc');
      taken = vm.runInNewContext('gc') as () => void;
    } catch {
      // turned off by another thread in between: try again
    }
  }
  v8.setFlagsFromString('--no-expose-gc');
  return taken;
}

/** What this thread's heap holds: live and dead objects, and the buffers V8 tracks for it. */
function heldBytes(): number {
  const h = v8.getHeapStatistics();
  return h.used_heap_size + h.external_memory;
}

/** When collectWhen collects: every `bytes` of output, if `entries` came or the heap grew `growth`. */
export interface CollectPolicy {
  bytes: number;
  entries: number;
  growth: number;
}

/**
 * A check to call as an archive is written: every `bytes` of output it collects, but only when
 * what came since could have left garbage worth it — `entries` entries (each leaves results,
 * views, records) or `growth` bytes more in the heap than the last collection left. A 1 GB archive
 * of a few stored files leaves ≈ 1.2 MB per 16 MiB: collecting on bytes alone cost its main thread
 * 64 collections of ≈ 20 ms that freed almost nothing.
 */
export function collectWhen(
  policy: CollectPolicy,
  heap: { collect: (() => void) | null; held: () => number } = { collect: collector(), held: heldBytes },
): (written: number, entries: number) => void {
  const { collect, held } = heap;
  if (!collect) return () => {};
  let at = policy.bytes;
  let entriesAt = policy.entries;
  let limit = held() + policy.growth;
  return (written, entries) => {
    if (written < at) return;
    at = written + policy.bytes;
    if (entries < entriesAt && held() < limit) return;
    collect();
    entriesAt = entries + policy.entries;
    limit = held() + policy.growth;
  };
}
