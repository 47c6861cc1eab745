// The environment before the update: found, belongs to the application, and Ready — waited for
// (bounded) when another update or a launch is still running, instead of failing — then one
// UpdateEnvironment to the new version label.
import {
  DescribeEnvironmentsCommand,
  UpdateEnvironmentCommand,
  type ElasticBeanstalkClient,
  type EnvironmentDescription,
} from '@aws-sdk/client-elastic-beanstalk';
import { AbortedError, nextDelay, type Clock } from '../util/time.js';
import { BeanstalkError, errorName, errorText, isTransient } from './errors.js';

export type ReadyDecision = { kind: 'ready' } | { kind: 'wait'; reason: string } | { kind: 'fail'; message: string };

/** Whether an update can start now, must wait, or cannot happen (pure). */
export function readyDecision(env: EnvironmentDescription | undefined, application: string, name: string): ReadyDecision {
  if (!env || env.Status === 'Terminated') {
    return {
      kind: 'fail',
      message: `Elastic Beanstalk environment '${name}' was not found in application '${application}' (or it is terminated). Check the environment and region inputs.`,
    };
  }
  if (env.ApplicationName && env.ApplicationName !== application) {
    return { kind: 'fail', message: `Environment '${name}' belongs to application '${env.ApplicationName}', not '${application}'.` };
  }
  switch (env.Status) {
    case 'Ready':
      return { kind: 'ready' };
    case 'Terminating':
      return { kind: 'fail', message: `Environment '${name}' is being terminated; it cannot be updated.` };
    case 'Launching':
    case 'Updating':
    case 'Aborting':
    case 'LinkingFrom':
    case 'LinkingTo':
      return { kind: 'wait', reason: `${env.Status}${env.VersionLabel ? ` (version ${env.VersionLabel})` : ''}` };
    default:
      return { kind: 'wait', reason: env.Status ?? 'status unknown' };
  }
}

export function environmentUrl(env: EnvironmentDescription | undefined): string {
  if (env?.CNAME) return `http://${env.CNAME}`;
  if (env?.EndpointURL) return /^https?:\/\//.test(env.EndpointURL) ? env.EndpointURL : `http://${env.EndpointURL}`;
  return '';
}

export function consoleUrl(region: string, env: EnvironmentDescription | undefined): string {
  const id = env?.EnvironmentId ?? '';
  return `https://${region}.console.aws.amazon.com/elasticbeanstalk/home?region=${region}#/environment/dashboard?environmentId=${id}`;
}

export async function describeEnvironment(
  client: ElasticBeanstalkClient,
  application: string,
  name: string,
  signal?: AbortSignal,
): Promise<EnvironmentDescription | undefined> {
  const out = await client.send(
    new DescribeEnvironmentsCommand({ ApplicationName: application, EnvironmentNames: [name], IncludeDeleted: false }),
    { abortSignal: signal },
  );
  const envs = (out.Environments ?? []).filter((e) => e.EnvironmentName === name);
  return envs.find((e) => e.Status !== 'Terminated') ?? envs[0];
}

export interface WaitOptions {
  pollMs: number;
  deadline: number;
  log: (line: string) => void;
  clock: Clock;
  signal?: AbortSignal;
}

/** Waits until the environment is Ready (bounded by the deadline); says what it waits for, once per change. */
export async function waitForReady(
  client: ElasticBeanstalkClient,
  application: string,
  name: string,
  opts: WaitOptions,
): Promise<EnvironmentDescription> {
  let said = '';
  let throttled = 0;
  for (;;) {
    if (opts.signal?.aborted) throw new AbortedError();
    let env: EnvironmentDescription | undefined;
    try {
      env = await describeEnvironment(client, application, name, opts.signal);
      throttled = 0;
    } catch (err) {
      if (opts.signal?.aborted) throw new AbortedError();
      if (!isTransient(err)) throw new BeanstalkError(`Could not read environment '${name}': ${errorText(err)}`);
      await opts.clock.sleep(nextDelay(opts.pollMs, ++throttled), opts.signal);
      continue;
    }
    const d = readyDecision(env, application, name);
    if (d.kind === 'ready') {
      if (said) opts.log(`Environment '${name}' is Ready now.`);
      return env as EnvironmentDescription;
    }
    if (d.kind === 'fail') throw new BeanstalkError(d.message);
    if (d.reason !== said) {
      opts.log(`Environment '${name}' is ${d.reason}; waiting for it to be Ready before updating it.`);
      said = d.reason;
    }
    if (opts.clock.now() >= opts.deadline) {
      throw new BeanstalkError(
        `Environment '${name}' was still ${d.reason} when the timeout was reached; another update is holding it. Retry once it is Ready.`,
      );
    }
    await opts.clock.sleep(Math.min(nextDelay(opts.pollMs, 0), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
  }
}

/**
 * Waits for Ready, then updates the environment to the label. An update that loses the race to
 * another one (OperationInProgress) waits again instead of failing.
 */
export async function updateToVersion(
  client: ElasticBeanstalkClient,
  application: string,
  name: string,
  label: string,
  opts: WaitOptions & {
    /** Runs once the environment is Ready, just before UpdateEnvironment (baseline events, post-step state). */
    beforeUpdate?: () => Promise<void>;
    /** Runs when UpdateEnvironment was refused (nothing is in flight after all). */
    onUpdateFailed?: () => void;
  },
): Promise<{ before: EnvironmentDescription; after: EnvironmentDescription }> {
  for (;;) {
    const before = await waitForReady(client, application, name, opts);
    await opts.beforeUpdate?.();
    try {
      const after = await client.send(
        new UpdateEnvironmentCommand({ ApplicationName: application, EnvironmentName: name, VersionLabel: label }),
        { abortSignal: opts.signal },
      );
      return { before, after };
    } catch (err) {
      if (opts.signal?.aborted) throw new AbortedError();
      opts.onUpdateFailed?.();
      const text = errorText(err);
      if (
        (errorName(err) === 'OperationInProgressException' || /OperationInProgress|invalid state/i.test(text)) &&
        opts.clock.now() < opts.deadline
      ) {
        opts.log(`Environment '${name}' got busy before the update could start (${text}); waiting again.`);
        await opts.clock.sleep(nextDelay(opts.pollMs, 0), opts.signal);
        continue;
      }
      if (errorName(err) === 'InsufficientPrivilegesException') {
        throw new BeanstalkError(
          `Not allowed to update environment '${name}': ${text}. The role needs elasticbeanstalk:UpdateEnvironment plus the EC2, Auto Scaling, CloudFormation and S3 permissions Beanstalk uses on your behalf.`,
        );
      }
      throw new BeanstalkError(`Could not update environment '${name}' to version '${label}': ${text}`);
    }
  }
}
