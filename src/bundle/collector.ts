// V8's collector, called on purpose where a long run of buffers would otherwise wait for V8's own
// heuristics (tens of MB above what is live). Taken as jest-leak-detector does: the `--expose-gc`
// flag is on only while one context is made, then off again (unless the process started with it).
import v8 from 'node:v8';
import vm from 'node:vm';

let cached: (() => void) | null | undefined;

/** The collector of this thread's heap, or null when V8 would not give it. */
export function collector(): (() => void) | null {
  if (cached !== undefined) return cached;
  const own = (globalThis as { gc?: () => void }).gc;
  if (typeof own === 'function') return (cached = own);
  try {
    v8.setFlagsFromString('--expose-gc');
    cached = vm.runInNewContext('gc') as () => void;
  } catch {
    cached = null;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
  return cached;
}
