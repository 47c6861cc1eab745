// The Beanstalk bake: after the environment passed the `health` gate, keep reading its health
// for `bake`; health the gate does not allow (Red/Degraded/Severe, or Yellow under `green`)
// fails the run with Elastic Beanstalk's own causes, and with on-bake-failure: redeploy-previous
// the version that ran before is released again through the redeploy path.
import {
  DescribeEnvironmentHealthCommand,
  type ElasticBeanstalkClient,
  type EnvironmentDescription,
} from '@aws-sdk/client-elastic-beanstalk';
import { describeEnvironment } from '../beanstalk/environment.js';
import { healthLevel, type HealthGate } from '../beanstalk/watch.js';
import type { FlowDeps } from '../flows/codedeploy.js';
import type { RunContext } from '../github/context.js';
import type { BeanstalkSettings } from '../settings/index.js';
import { AbortedError } from '../util/time.js';
import { bake, type Breach } from './gate.js';
import { concludeBake } from './outcome.js';

/** A breach of the gate by one health read (pure); grey (no data) is not a breach, nor is `any`. */
export function healthBreach(env: EnvironmentDescription | undefined, gate: HealthGate, causes: string[] = []): Breach | undefined {
  if (!env) return { title: 'Environment gone during the bake', message: 'The environment no longer exists.', evidence: [] };
  const level = healthLevel(env.Health, env.HealthStatus);
  const breached = gate !== 'any' && (level === 'red' || (gate === 'green' && level === 'yellow'));
  if (!breached) return undefined;
  const health = `${env.Health ?? 'unknown'}${env.HealthStatus ? ` (${env.HealthStatus})` : ''}`;
  return {
    title: `Health dropped to ${health} during the bake`,
    message:
      `Environment ${env.EnvironmentName ?? '?'} went to health ${health} during the bake; the gate '${gate}' does not allow it` +
      `${causes.length ? `. Elastic Beanstalk says: ${causes.join(' ')}` : '.'}`,
    evidence: causes,
  };
}

export interface BeanstalkBakeTarget {
  client: ElasticBeanstalkClient;
  /** The environment that now runs `label` (blue/green: the one holding production after the swap). */
  environment: string;
  label: string;
  /** The version it ran before the release, released again on a breach with redeploy-previous. */
  previousLabel: string | undefined;
}

export async function bakeBeanstalk(s: BeanstalkSettings, ctx: RunContext, deps: FlowDeps, t: BeanstalkBakeTarget): Promise<void> {
  if (s.bakeMs <= 0) return;
  const { report, clock, signal, timings } = deps;
  const result = await timings
    .measure('Bake', () =>
      report.group(`Bake ${t.environment}`, () =>
        bake(
          async (bound) => {
            const env = await describeEnvironment(t.client, s.application, t.environment, bound);
            if (!healthBreach(env, s.health)) return undefined;
            return healthBreach(env, s.health, await causes(t.client, t.environment, bound));
          },
          { durationMs: s.bakeMs, pollMs: s.pollIntervalMs, clock, signal, log: report.log, what: `the health of ${t.environment}` },
        ),
      ),
    )
    .catch((err: unknown) => {
      if (err instanceof AbortedError)
        throw new AbortedError(`Cancelled during the bake of ${t.label} on ${t.environment}; the release had succeeded and stays live.`);
      throw err;
    });
  const previous = t.previousLabel && t.previousLabel !== t.label ? t.previousLabel : undefined;
  const wantsRestore = s.onBakeFailure === 'redeploy-previous';
  await concludeBake(result, {
    report,
    durationMs: s.bakeMs,
    subject: `version ${t.label} on ${t.environment}`,
    fix: wantsRestore
      ? `Read the causes and the instance logs of ${t.environment}; the previous version was released again.`
      : `Read the causes and the instance logs of ${t.environment}, then release a fix (or the previous version with mode: redeploy).`,
    ...(wantsRestore && previous
      ? {
          restore: async () => {
            const { redeployBeanstalk } = await import('../flows/redeploy.js');
            await redeployBeanstalk(
              { ...s, mode: 'redeploy', revision: previous, environment: t.environment, strategy: 'in-place', bakeMs: 0 },
              ctx,
              deps,
            );
            return `Version ${previous} was released again to ${t.environment} and is live.`;
          },
        }
      : {}),
    ...(wantsRestore && !previous ? { noRestore: `${t.environment} ran no other version before ${t.label}; it stays live.` } : {}),
  });
}

/** Enhanced health's causes; none with basic health or without the permission (best effort). */
async function causes(client: ElasticBeanstalkClient, environment: string, signal: AbortSignal): Promise<string[]> {
  try {
    const out = await client.send(new DescribeEnvironmentHealthCommand({ EnvironmentName: environment, AttributeNames: ['Causes'] }), {
      abortSignal: signal,
    });
    return out.Causes ?? [];
  } catch {
    return [];
  }
}
