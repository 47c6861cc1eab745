// Injected time so waits are bounded, cancellable and testable without sleeping.

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export class AbortedError extends Error {
  constructor(message = 'The run was cancelled.') {
    super(message);
    this.name = 'AbortedError';
  }
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new AbortedError());
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new AbortedError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/**
 * Poll delay: the base interval (so the end of a deployment is noticed within one interval),
 * doubled per consecutive throttled poll up to 8×, with ±10% jitter so parallel runs do not
 * poll in lockstep.
 */
export function nextDelay(baseMs: number, throttledPolls: number, random: () => number = Math.random): number {
  const backoff = Math.min(8, 2 ** Math.max(0, throttledPolls));
  const jitter = 0.9 + random() * 0.2;
  return Math.max(1, Math.round(baseMs * backoff * jitter));
}
