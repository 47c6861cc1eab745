// Post step (post-if: always()): when the main step did not see its release end — the job was
// cancelled or timed out — stop what it started (on-cancel: stop) or say it is still running.
import * as core from '@actions/core';
import { States } from './constants.js';
import { createClient } from './aws/clients.js';
import { Reporter } from './report/reporter.js';

export interface InFlight {
  service: 'codedeploy' | 'beanstalk';
  /** Deployment id (CodeDeploy) or environment name (Beanstalk). */
  id: string;
  region: string;
}

export function parseInFlight(raw: string): InFlight | undefined {
  if (!raw.trim()) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<InFlight>;
    if ((v.service === 'codedeploy' || v.service === 'beanstalk') && typeof v.id === 'string' && typeof v.region === 'string')
      return v as InFlight;
  } catch {
    // Not ours or truncated: nothing we can act on safely.
  }
  return undefined;
}

export async function runPost(): Promise<void> {
  // The post step's own Reporter: AWS messages are foreign text here too.
  const report = new Reporter();
  try {
    const inFlight = parseInFlight(core.getState(States.InFlight));
    if (!inFlight) return;
    const onCancel = core.getState(States.OnCancel) || 'stop';
    if (onCancel === 'leave') {
      report.warning(`The run ended while ${describe(inFlight)} was still in progress; on-cancel: leave keeps it running.`, {
        title: 'Release left running',
      });
      return;
    }
    if (inFlight.service === 'codedeploy') await stopCodeDeploy(inFlight, report);
    else await abortBeanstalk(inFlight, report);
  } catch (err) {
    // The post step reports but never turns a finished job red on its own.
    report.warning(`hookline post step could not clean up: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await report.finish();
  }
}

function describe(f: InFlight): string {
  return f.service === 'codedeploy' ? `CodeDeploy deployment ${f.id}` : `the update of Elastic Beanstalk environment ${f.id}`;
}

async function stopCodeDeploy(f: InFlight, report: Reporter): Promise<void> {
  const { GetDeploymentCommand, StopDeploymentCommand } = await import('@aws-sdk/client-codedeploy');
  const client = await createClient('codedeploy', { region: f.region });
  const info = (await client.send(new GetDeploymentCommand({ deploymentId: f.id }))).deploymentInfo;
  if (!info || ['Succeeded', 'Failed', 'Stopped'].includes(info.status ?? '')) {
    report.info(`Deployment ${f.id} already ended (${info?.status ?? 'unknown'}); nothing to stop.`);
    return;
  }
  try {
    await client.send(new StopDeploymentCommand({ deploymentId: f.id, autoRollbackEnabled: true }));
    // Stopping takes a moment; wait (bounded) so the line below tells the truth.
    const pollMs = Math.min(2000, Math.max(10, Number(core.getState(States.PollInterval)) || 1000));
    let status = info.status ?? 'Unknown';
    for (const deadline = Date.now() + 60_000; !['Succeeded', 'Failed', 'Stopped'].includes(status) && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, pollMs));
      status = (await client.send(new GetDeploymentCommand({ deploymentId: f.id }))).deploymentInfo?.status ?? 'Unknown';
    }
    report.warning(
      status === 'Stopped'
        ? `The run was cancelled: stopped deployment ${f.id}, with auto-rollback.`
        : `The run was cancelled: asked CodeDeploy to stop deployment ${f.id}; it is ${status}.`,
      { title: 'Deployment stopped' },
    );
  } catch (err) {
    if ((err as { name?: string }).name === 'DeploymentAlreadyCompletedException') {
      report.info(`Deployment ${f.id} completed before it could be stopped.`);
      return;
    }
    throw err;
  }
}

async function abortBeanstalk(f: InFlight, report: Reporter): Promise<void> {
  const { AbortEnvironmentUpdateCommand } = await import('@aws-sdk/client-elastic-beanstalk');
  const client = await createClient('beanstalk', { region: f.region });
  try {
    await client.send(new AbortEnvironmentUpdateCommand({ EnvironmentName: f.id }));
    report.warning(`The run was cancelled: aborted the update of environment ${f.id}; it returns to its previous version.`, {
      title: 'Environment update aborted',
    });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    report.info(`Nothing to abort for environment ${f.id}: ${text}`);
  }
}
