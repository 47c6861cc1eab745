// Facts about a failed deployment for the diagnosis engine: the deployment and its failed targets.
import type { FailureFacts } from '../types.js';
import { createClient } from '../aws/clients.js';
import { getDeployment } from './release.js';
import { readTargets } from './watch.js';

export async function codeDeployFacts(deploymentId: string, region: string, signal?: AbortSignal): Promise<FailureFacts> {
  const client = await createClient('codedeploy', { region });
  const info = await getDeployment(client, deploymentId, signal);
  const targets = await readTargets(client, deploymentId, () => undefined, signal, ['Failed']);
  return { service: 'codedeploy', deployment: info as Record<string, unknown>, targets: targets as Record<string, unknown>[] };
}
