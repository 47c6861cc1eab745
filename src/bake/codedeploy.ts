// The CodeDeploy bake: after a deployment succeeded, watch the CloudWatch alarms its deployment
// group names (alarmConfiguration) for `bake`; the first alarm in ALARM fails the run, and with
// on-bake-failure: redeploy-previous the revision that ran before (the deployment's own
// previousRevision) is released again through the redeploy path.
import type { CodeDeployClient, DeploymentInfo } from '@aws-sdk/client-codedeploy';
import { createClient } from '../aws/clients.js';
import type { FlowDeps } from '../flows/codedeploy.js';
import type { RunContext } from '../github/context.js';
import type { CodeDeploySettings } from '../settings/index.js';
import { DeploymentFailed, errorText } from '../errors.js';
import { AbortedError } from '../util/time.js';
import { alarmBreach, groupAlarms, missingAlarms, readAlarms } from './alarms.js';
import { bake } from './gate.js';
import { concludeBake } from './outcome.js';

export async function bakeCodeDeploy(
  s: CodeDeploySettings,
  ctx: RunContext,
  deps: FlowDeps,
  client: CodeDeployClient,
  info: DeploymentInfo,
): Promise<void> {
  // Only a finished success bakes (not a blue/green deployment still waiting for its reroute).
  if (s.bakeMs <= 0 || info.status !== 'Succeeded') return;
  const { report, clock, signal, timings } = deps;
  const id = info.deploymentId ?? '?';
  const where = `${s.application}/${s.deploymentGroup}`;
  const alarms = await groupAlarms(client, s.application, s.deploymentGroup, signal).catch((err: unknown) => {
    if (err instanceof AbortedError || signal.aborted)
      throw new AbortedError(`Cancelled before the bake of ${id}; the deployment had succeeded and stays live.`);
    throw new DeploymentFailed(`Deployment ${id} succeeded, but the bake could not read the alarms of ${where}: ${errorText(err)}`);
  });
  if (alarms.names.length === 0 || alarms.disabled) {
    const why = alarms.names.length === 0 ? 'names no CloudWatch alarms (alarmConfiguration)' : 'has its alarm configuration turned off';
    report.notice(`Deployment group ${where} ${why}: the bake had nothing to watch and was skipped.`, { title: 'Bake' });
    report.summary.addRaw(`Bake: skipped · ${where} ${why}\n\n`);
    await report.summary.write();
    return;
  }
  const names = alarms.names;
  const cw = await createClient('cloudwatch', { region: s.region });
  let checkedNames = false;
  const result = await timings
    .measure('Bake', () =>
      report.group(`Bake ${id}`, () =>
        bake(
          async (bound) => {
            const states = await readAlarms(cw, names, bound);
            if (!checkedNames) {
              checkedNames = true;
              const missing = missingAlarms(names, states);
              if (missing.length)
                report.warning(
                  `Deployment group ${where} names alarms CloudWatch does not have: ${missing.join(', ')}. They cannot fail the bake.`,
                  {
                    title: 'Bake',
                  },
                );
            }
            return alarmBreach(states, where);
          },
          {
            durationMs: s.bakeMs,
            pollMs: s.pollIntervalMs,
            clock,
            signal,
            log: report.log,
            what: `${names.length} alarm${names.length > 1 ? 's' : ''} of ${where} (${names.join(', ')})`,
          },
        ),
      ),
    )
    .catch((err: unknown) => {
      if (err instanceof AbortedError)
        throw new AbortedError(`Cancelled during the bake of ${id}; the deployment had succeeded and stays live.`);
      throw err;
    })
    .finally(() => cw.destroy());

  const previous = info.previousRevision;
  const wantsRestore = s.onBakeFailure === 'redeploy-previous';
  await concludeBake(result, {
    report,
    durationMs: s.bakeMs,
    subject: `deployment ${id} (${where})`,
    fix: wantsRestore
      ? `Find what this revision changed that the alarm measures; the previous revision was released again.`
      : `Find what this revision changed that the alarm measures, then release a fix (or the previous revision with mode: redeploy, or on-bake-failure: redeploy-previous).`,
    ...(wantsRestore && previous
      ? {
          restore: async () => {
            const { redeployPreviousCodeDeploy } = await import('../flows/redeploy.js');
            return redeployPreviousCodeDeploy(s, ctx, deps, previous);
          },
        }
      : {}),
    ...(wantsRestore && !previous ? { noRestore: `Deployment ${id} records no previous revision to release again; it stays live.` } : {}),
  });
}
