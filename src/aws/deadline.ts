// Every AWS call made while waiting is bounded by the step's deadline, not only by the client's
// request timeout: a call started 2 s before the deadline may take at most 2 s. Whether a cut-off
// call was a cancel or the deadline is told by the caller (its own signal, its own clock).

/**
 * A signal that aborts when `signal` does (a cancelled run) or `remainingMs` from now (the
 * deadline), whichever is first. AbortSignal.timeout's timer never keeps the process alive.
 */
export function deadlineSignal(signal: AbortSignal | undefined, remainingMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(Math.max(1, Math.ceil(remainingMs)));
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}
