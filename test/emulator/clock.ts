import type { Clock } from './types.js';

/** Real wall time for timestamps; scenario seconds × timeScale for every simulated wait. */
export function createClock(timeScale: number): Clock {
  return {
    timeScale,
    now: () => Date.now(),
    sleep(scenarioSeconds, signal) {
      const ms = Math.max(0, scenarioSeconds * timeScale * 1000);
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
        const timer = setTimeout(done, ms);
        function done(): void {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }
        function onAbort(): void {
          clearTimeout(timer);
          reject(signal?.reason ?? new Error('aborted'));
        }
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
