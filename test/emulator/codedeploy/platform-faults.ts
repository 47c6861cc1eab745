// The platformError fault: CodeDeploy itself fails a deployment (INTERNAL_ERROR, THROTTLED) before
// any instance is touched, for the first `count` deployments of a group — the transient failures a
// retry is for. Counted per fault, so a retry after the count has passed runs normally.
import type { Fault, FaultRegistry } from '../faults.js';
import type { DeploymentState } from './model.js';

export const PLATFORM_MESSAGES = {
  INTERNAL_ERROR: 'An internal error occurred while processing the deployment. Try again later. (InternalFailure)',
  THROTTLED: 'The deployment failed because CodeDeploy throttled a call it made on your behalf: Rate exceeded.',
} as const;

const used = new WeakMap<Fault, number>();

/** The errorInformation this deployment fails with, when a platformError fault still applies to it. */
export function platformFailure(faults: FaultRegistry, d: DeploymentState): { code: string; message: string } | undefined {
  for (const f of faults.of('platformError')) {
    if (f.group && f.group !== d.groupName) continue;
    const n = used.get(f) ?? 0;
    if (n >= (f.count ?? 1)) continue;
    used.set(f, n + 1);
    const code = f.code ?? 'INTERNAL_ERROR';
    return { code, message: f.message ?? PLATFORM_MESSAGES[code] };
  }
  return undefined;
}
