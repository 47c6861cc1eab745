// Facts about a failed update for the diagnosis engine: the events since the update and each
// instance's tail logs (RequestEnvironmentInfo tail → RetrieveEnvironmentInfo → fetch each
// presigned URL). Beanstalk's events never name the failed command or hook; the logs do.
import {
  DescribeEventsCommand,
  RequestEnvironmentInfoCommand,
  RetrieveEnvironmentInfoCommand,
  type ElasticBeanstalkClient,
  type EnvironmentInfoDescription,
  type EventDescription,
} from '@aws-sdk/client-elastic-beanstalk';
import type { FailureFacts } from '../types.js';
import { AbortedError, systemClock, type Clock } from '../util/time.js';
import { errorText } from './errors.js';
import { TAIL_LOG_MAX_BYTES, TAIL_LOG_MAX_MS, fetchBoundedText } from '../aws/bounded-fetch.js';

const INSTANCE_IN_EVENT = /\[Instance: (i-[0-9a-zA-Z]+)\]/g;

/** Instance ids named in events ("[Instance: i-…] Command failed on instance…"), in order (pure). */
export function instancesInEvents(events: EventDescription[]): string[] {
  const ids = new Set<string>();
  for (const e of events) for (const m of (e.Message ?? '').matchAll(INSTANCE_IN_EVENT)) ids.add(m[1] as string);
  return [...ids];
}

function entryKey(e: EnvironmentInfoDescription): string {
  return `${e.Ec2InstanceId ?? ''}|${e.SampleTimestamp?.getTime() ?? ''}|${e.Message ?? ''}`;
}

/**
 * Entries that appeared after the request, newest per instance (pure). Comparing with the list
 * read before the request avoids trusting the runner's clock against AWS's.
 */
export function newTailEntries(
  before: EnvironmentInfoDescription[],
  after: EnvironmentInfoDescription[],
): Map<string, EnvironmentInfoDescription> {
  const old = new Set(before.map(entryKey));
  const latest = new Map<string, EnvironmentInfoDescription>();
  for (const e of after) {
    if (e.InfoType && e.InfoType !== 'tail') continue;
    if (old.has(entryKey(e)) || !e.Ec2InstanceId || !e.Message) continue;
    const prev = latest.get(e.Ec2InstanceId);
    if (!prev || (e.SampleTimestamp?.getTime() ?? 0) > (prev.SampleTimestamp?.getTime() ?? 0)) latest.set(e.Ec2InstanceId, e);
  }
  return latest;
}

export interface TailOptions {
  pollMs: number;
  /** Longest wait for the instances to publish their logs. */
  maxWaitMs: number;
  /** Instances expected to answer (stop waiting once all did); empty: the first answers do. */
  instances: string[];
  log: (line: string) => void;
  clock: Clock;
  signal?: AbortSignal;
  /** The step's deadline (clock ms): downloads get what is left of it (at least 5 s, at most 30 s). */
  deadline?: number;
}

/** Instance id → tail log text. Never throws for a missing log: it reports and returns what it has. */
export async function collectTailLogs(
  client: ElasticBeanstalkClient,
  environment: string,
  opts: TailOptions,
): Promise<Record<string, string>> {
  const logs: Record<string, string> = {};
  const retrieve = async () =>
    (
      await client.send(new RetrieveEnvironmentInfoCommand({ EnvironmentName: environment, InfoType: 'tail' }), {
        abortSignal: opts.signal,
      })
    ).EnvironmentInfo ?? [];
  let entries = new Map<string, EnvironmentInfoDescription>();
  try {
    const before = await retrieve();
    await client.send(new RequestEnvironmentInfoCommand({ EnvironmentName: environment, InfoType: 'tail' }), { abortSignal: opts.signal });
    opts.log(`Requested the tail logs of ${environment}'s instances.`);
    const until = opts.clock.now() + opts.maxWaitMs;
    for (;;) {
      await opts.clock.sleep(Math.max(100, Math.min(opts.pollMs, 2000)), opts.signal);
      entries = newTailEntries(before, await retrieve());
      const complete = opts.instances.length > 0 ? opts.instances.every((id) => entries.has(id)) : entries.size > 0;
      if (complete || opts.clock.now() >= until) break;
    }
  } catch (err) {
    if (opts.signal?.aborted) throw new AbortedError();
    opts.log(`Could not get the instances' tail logs: ${errorText(err)}. The diagnosis uses the events only.`);
    return logs;
  }
  if (entries.size === 0) {
    opts.log('No instance published its tail logs in time; the diagnosis uses the events only.');
    return logs;
  }
  await Promise.all(
    [...entries].map(async ([id, e]) => {
      try {
        // Bounded in time and bytes: a presigned URL that trickles or never ends must not hold the run.
        const got = await fetchBoundedText(e.Message as string, {
          maxBytes: TAIL_LOG_MAX_BYTES,
          timeoutMs: Math.min(TAIL_LOG_MAX_MS, Math.max(5_000, opts.deadline ? opts.deadline - opts.clock.now() : TAIL_LOG_MAX_MS)),
          signal: opts.signal,
        });
        logs[id] = got.text;
        if (got.cut)
          opts.log(
            `The tail log of ${id} was cut after ${got.cut === 'bytes' ? `${got.bytes} bytes (the limit)` : `the time limit (${got.bytes} bytes read)`}; the diagnosis uses what arrived.`,
          );
      } catch (err) {
        if (opts.signal?.aborted) return;
        opts.log(`Could not download the tail log of ${id}: ${errorText(err)}`);
      }
    }),
  );
  const got = Object.keys(logs);
  opts.log(`Read the tail logs of ${got.length} instance${got.length === 1 ? '' : 's'}${got.length ? ` (${got.join(', ')})` : ''}.`);
  return logs;
}

export function failureFacts(events: EventDescription[], logs: Record<string, string>): FailureFacts {
  return { service: 'beanstalk', events: events as unknown as Record<string, unknown>[], logs };
}

/**
 * `hookline explain --environment`: the environment's recent events (newest 100) and its
 * instances' tail logs, fetched live.
 */
export async function beanstalkFacts(
  where: { application: string; environment: string; region: string },
  opts: { signal?: AbortSignal; log?: (line: string) => void } = {},
): Promise<FailureFacts> {
  // Loaded here so the pure helpers above import no client factory.
  const { createClient } = await import('../aws/clients.js');
  const client = await createClient('beanstalk', { region: where.region });
  const out = await client.send(
    new DescribeEventsCommand({ ApplicationName: where.application, EnvironmentName: where.environment, MaxRecords: 100 }),
    { abortSignal: opts.signal },
  );
  const events = [...(out.Events ?? [])].reverse();
  const logs = await collectTailLogs(client, where.environment, {
    pollMs: 2000,
    maxWaitMs: 60_000,
    instances: instancesInEvents(events),
    log: opts.log ?? (() => undefined),
    clock: systemClock,
    signal: opts.signal,
  });
  return failureFacts(events, logs);
}
