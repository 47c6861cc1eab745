// The post step for a Beanstalk update recorded in flight: abort it only while the environment
// is still applying *this run's* update. Another client's update, started after ours ended, is
// never touched: the newest event carrying a request id says whose operation is running.
import {
  AbortEnvironmentUpdateCommand,
  DescribeEnvironmentsCommand,
  DescribeEventsCommand,
  type ElasticBeanstalkClient,
  type EnvironmentDescription,
  type EventDescription,
} from '@aws-sdk/client-elastic-beanstalk';
import { createClient } from '../aws/clients.js';
import type { BeanstalkInFlight, PostDecision } from '../in-flight.js';
import type { Budget } from './budget.js';
import type { Reporter } from '../report/reporter.js';

/** Whether the environment's running operation is the update this run started (pure). */
export function appliesOurUpdate(f: BeanstalkInFlight, env: EnvironmentDescription, newestFirst: EventDescription[]): boolean {
  const latest = newestFirst.find((e) => e.RequestId);
  if (latest && f.requestId) return latest.RequestId === f.requestId;
  // No request id to compare (the cancel came during UpdateEnvironment, or no tagged events): the label must match.
  return env.VersionLabel === f.versionLabel;
}

async function readEnvironment(client: ElasticBeanstalkClient, name: string, budget: Budget): Promise<EnvironmentDescription | undefined> {
  const out = await client.send(new DescribeEnvironmentsCommand({ EnvironmentNames: [name], IncludeDeleted: false }), {
    abortSignal: budget.signal(),
  });
  return (out.Environments ?? []).find((e) => e.EnvironmentName === name && e.Status !== 'Terminated');
}

async function recentEvents(client: ElasticBeanstalkClient, f: BeanstalkInFlight, budget: Budget): Promise<EventDescription[]> {
  const out = await client.send(
    new DescribeEventsCommand({
      EnvironmentName: f.id,
      ...(f.startedAt ? { StartTime: new Date(f.startedAt - 60_000) } : {}),
      MaxRecords: 100,
    }),
    { abortSignal: budget.signal() },
  );
  return [...(out.Events ?? [])].sort((a, b) => (b.EventDate?.getTime() ?? 0) - (a.EventDate?.getTime() ?? 0));
}

export async function settleBeanstalk(f: BeanstalkInFlight, decision: PostDecision, budget: Budget, report: Reporter): Promise<void> {
  const client = await createClient('beanstalk', { region: f.region, maxAttempts: 2 });
  const env = await readEnvironment(client, f.id, budget);
  if (!env || env.Status !== 'Updating') {
    report.info(`Environment ${f.id} is ${env?.Status ?? 'gone'}: the update this run started has ended; nothing to abort.`);
    return;
  }
  const ours = appliesOurUpdate(f, env, await recentEvents(client, f, budget));
  if (!ours) {
    report.info(
      `Environment ${f.id} is Updating, but not with this run's update (version ${f.versionLabel ?? '?'}): another update is running; it is left alone.`,
    );
    return;
  }
  if (decision.act === 'leave') {
    report.warning(
      decision.why === 'on-cancel'
        ? `The run ended while environment ${f.id} was still being updated to ${f.versionLabel ?? 'the new version'}; on-cancel: leave keeps it running.`
        : `hookline stopped following the update of environment ${f.id} because of its own error (see the main step), not because the run was cancelled: the update is left running.`,
      { title: 'Release left running' },
    );
    return;
  }
  try {
    await client.send(new AbortEnvironmentUpdateCommand({ EnvironmentName: f.id }), { abortSignal: budget.signal() });
  } catch (err) {
    report.info(`Nothing to abort for environment ${f.id}: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  const reason = decision.why === 'cancelled' ? 'The run was cancelled' : 'The update did not finish within the timeout (on-cancel: stop)';
  report.warning(
    `${reason}: aborted the update of environment ${f.id} to ${f.versionLabel ?? 'the new version'}; it returns to its previous version.`,
    {
      title: 'Environment update aborted',
    },
  );
}
