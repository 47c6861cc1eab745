// The post step for a CodeDeploy deployment recorded in flight: find it (by id, or by the token
// recorded before CreateDeployment was sent), then stop it or say why it is left running.
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { createClient } from '../aws/clients.js';
import { consoleUrl } from '../codedeploy/console.js';
import { findByToken, getDeployment } from '../codedeploy/release.js';
import { TERMINAL } from '../codedeploy/watch.js';
import type { CodeDeployInFlight, PostDecision } from '../in-flight.js';
import type { Budget } from './budget.js';
import type { Reporter } from '../report/reporter.js';

/** Status of the deployment, or undefined when CodeDeploy could not be read within the budget. */
async function statusOf(client: CodeDeployClient, id: string, budget: Budget): Promise<string | undefined> {
  try {
    return (await getDeployment(client, id, budget.signal())).status;
  } catch {
    return undefined;
  }
}

async function resolveId(client: CodeDeployClient, f: CodeDeployInFlight, budget: Budget, report: Reporter): Promise<string | undefined> {
  if (f.id) return f.id;
  if (!f.token || !f.application || !f.group) return undefined;
  const id = await findByToken(
    client,
    { application: f.application, deploymentGroup: f.group },
    f.token,
    (f.since ?? Date.now()) - 60_000,
    budget.signal(),
  );
  if (id) report.info(`The run was cancelled while CreateDeployment was in flight; found the deployment it started by its token: ${id}.`);
  return id;
}

export async function settleCodeDeploy(
  f: CodeDeployInFlight,
  decision: PostDecision,
  budget: Budget,
  report: Reporter,
  pollMs = 1000,
): Promise<void> {
  const client = await createClient('codedeploy', { region: f.region, maxAttempts: 2 });
  const id = await resolveId(client, f, budget, report);
  if (!id) {
    report.info(`No deployment carries this run's token (${f.token ?? '?'}): none was started; nothing to stop.`);
    return;
  }
  const status = await statusOf(client, id, budget);
  if (status && TERMINAL.has(status)) {
    report.info(`Deployment ${id} already ended (${status}); nothing to stop.`);
    return;
  }
  const now = status ? ` (${status})` : '';
  if (decision.act === 'leave') {
    report.warning(
      decision.why === 'on-cancel'
        ? `The run ended while deployment ${id} was still running${now}; on-cancel: leave keeps it running: ${consoleUrl(f.region, id)}`
        : `hookline stopped following deployment ${id} because of its own error (see the main step), not because the run was cancelled: ` +
            `the deployment is left running${now}. Follow it at ${consoleUrl(f.region, id)}`,
      { title: 'Deployment left running' },
    );
    return;
  }
  await stop(client, id, decision.why, budget, report, Math.min(2000, Math.max(10, pollMs)));
}

async function stop(
  client: CodeDeployClient,
  id: string,
  why: 'cancelled' | 'timed-out',
  budget: Budget,
  report: Reporter,
  pollMs: number,
): Promise<void> {
  const { StopDeploymentCommand } = await import('@aws-sdk/client-codedeploy');
  try {
    await client.send(new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: true }), { abortSignal: budget.signal() });
  } catch (err) {
    if ((err as { name?: string }).name === 'DeploymentAlreadyCompletedException') {
      report.info(`Deployment ${id} completed before it could be stopped.`);
      return;
    }
    throw err;
  }
  // Stopping takes a moment; wait (within the budget) so the line below tells the truth.
  let status: string | undefined;
  while (budget.remaining() > pollMs) {
    await new Promise((r) => setTimeout(r, pollMs));
    status = await statusOf(client, id, budget);
    if (status && TERMINAL.has(status)) break;
  }
  const reason = why === 'cancelled' ? 'The run was cancelled' : 'The deployment did not finish within the timeout (on-cancel: stop)';
  report.warning(
    status === 'Stopped'
      ? `${reason}: stopped deployment ${id}, with auto-rollback.`
      : `${reason}: asked CodeDeploy to stop deployment ${id}; it is ${status ?? 'in an unknown state (CodeDeploy did not answer)'}.`,
    { title: 'Deployment stopped' },
  );
}
