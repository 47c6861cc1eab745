// Reading a recorded sequence of CodeDeploy calls (pure): did the watcher read the targets only
// after the deployment overview changed?

export const TERMINAL: ReadonlySet<string> = new Set(['Succeeded', 'Failed', 'Stopped']);

export interface PollCall {
  operation: string;
  /** GetDeployment only: the status and the overview (JSON) it answered. */
  status?: string;
  overview?: string;
}

/** Reads of the targets that followed a GetDeployment whose overview had not changed (should be none). */
export function needlessTargetReads(calls: readonly PollCall[]): { reads: number; needless: number; polls: number } {
  let lastOverview = '';
  let lastStatus = '';
  let changed = false;
  let reads = 0;
  let needless = 0;
  let polls = 0;
  let readThisPoll = false;
  for (const c of calls) {
    if (c.operation === 'GetDeployment') {
      polls++;
      changed = c.overview !== lastOverview || (TERMINAL.has(c.status ?? '') && c.status !== lastStatus);
      lastOverview = c.overview ?? '';
      lastStatus = c.status ?? '';
      readThisPoll = false;
    } else if (c.operation === 'ListDeploymentTargets' && !readThisPoll) {
      readThisPoll = true;
      reads++;
      if (!changed) needless++;
    }
  }
  return { reads, needless, polls };
}
