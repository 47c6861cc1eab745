// Blue/green by CNAME swap: of a pair of environments, the one holding the production CNAME is
// live, the other idle. The new version goes to the idle one (cloned from the live one when it
// does not exist yet); only when it is Ready, on the new version and healthy are the CNAMEs
// swapped, and the swap is verified through the API: the production CNAME now belongs to the
// environment that runs the new version. The production URL never points at an unhealthy
// environment because a failed idle deployment ends the run before the swap.
import {
  CreateEnvironmentCommand,
  DescribeConfigurationSettingsCommand,
  DescribeEnvironmentsCommand,
  SwapEnvironmentCNAMEsCommand,
  type ConfigurationOptionSetting,
  type ElasticBeanstalkClient,
  type EnvironmentDescription,
} from '@aws-sdk/client-elastic-beanstalk';
import { BeanstalkError, errorText } from './errors.js';
import { waitForReady, type WaitOptions } from './environment.js';
import { healthLevel, gateDecision, type HealthGate } from './watch.js';

/** `shop-prod.us-east-1.elasticbeanstalk.com` → `shop-prod` (pure). */
export function cnamePrefix(cname: string | undefined): string {
  return (cname ?? '').split('.')[0]?.toLowerCase() ?? '';
}

export type PairDecision =
  | { kind: 'ok'; live: EnvironmentDescription; idle: EnvironmentDescription | undefined; idleName: string }
  | { kind: 'fail'; message: string };

/**
 * Which of the two is live (pure): the one whose CNAME prefix is the production prefix. When only
 * one exists it must hold the production CNAME; the other gets cloned.
 */
export function identifyPair(envs: EnvironmentDescription[], names: [string, string], productionPrefix: string): PairDecision {
  const prod = productionPrefix.toLowerCase();
  const found = names.map((n) => envs.find((e) => e.EnvironmentName === n && e.Status !== 'Terminated' && e.Status !== 'Terminating'));
  const liveAt = found.findIndex((e) => e !== undefined && cnamePrefix(e.CNAME) === prod);
  if (liveAt < 0) {
    const held = found
      .filter((e): e is EnvironmentDescription => e !== undefined)
      .map((e) => `${e.EnvironmentName} has ${e.CNAME ?? 'no CNAME'}`);
    return {
      kind: 'fail',
      message:
        `Neither ${names[0]} nor ${names[1]} holds the production CNAME '${productionPrefix}' (${held.join('; ') || 'neither exists'}). ` +
        `Set production-cname to the CNAME prefix your traffic uses.`,
    };
  }
  const idleAt = 1 - liveAt;
  return { kind: 'ok', live: found[liveAt] as EnvironmentDescription, idle: found[idleAt], idleName: names[idleAt] as string };
}

export async function readPair(
  client: ElasticBeanstalkClient,
  application: string,
  names: [string, string],
  productionPrefix: string,
  signal?: AbortSignal,
): Promise<PairDecision> {
  const out = await client.send(
    new DescribeEnvironmentsCommand({ ApplicationName: application, EnvironmentNames: [...names], IncludeDeleted: false }),
    { abortSignal: signal },
  );
  return identifyPair(out.Environments ?? [], names, productionPrefix);
}

/** Settings a new environment can take: no CloudFormation parameters, no resource-bound options (pure). */
export function cloneableSettings(settings: ConfigurationOptionSetting[]): ConfigurationOptionSetting[] {
  return settings
    .filter((o) => o.Namespace && o.OptionName && o.Value !== undefined && !o.ResourceName)
    .filter((o) => !o.Namespace?.startsWith('aws:cloudformation:'))
    .map((o) => ({ Namespace: o.Namespace, OptionName: o.OptionName, Value: o.Value }));
}

/** Creates the idle environment as a copy of the live one, running the new version. */
export async function cloneEnvironment(
  client: ElasticBeanstalkClient,
  application: string,
  live: EnvironmentDescription,
  idleName: string,
  label: string,
  productionPrefix: string,
  signal?: AbortSignal,
): Promise<EnvironmentDescription> {
  let settings: ConfigurationOptionSetting[] = [];
  try {
    const cfg = await client.send(
      new DescribeConfigurationSettingsCommand({ ApplicationName: application, EnvironmentName: live.EnvironmentName }),
      { abortSignal: signal },
    );
    settings = cloneableSettings(cfg.ConfigurationSettings?.[0]?.OptionSettings ?? []);
  } catch (err) {
    throw new BeanstalkError(`Could not read the configuration of ${live.EnvironmentName} to clone it: ${errorText(err)}`);
  }
  try {
    return await client.send(
      new CreateEnvironmentCommand({
        ApplicationName: application,
        EnvironmentName: idleName,
        CNAMEPrefix: `${productionPrefix.slice(0, 58)}-idle`,
        VersionLabel: label,
        ...(live.PlatformArn ? { PlatformArn: live.PlatformArn } : { SolutionStackName: live.SolutionStackName }),
        Tier: live.Tier,
        OptionSettings: settings,
        Description: `Idle half of the blue/green pair with ${live.EnvironmentName} (created by hookline).`,
      }),
      { abortSignal: signal },
    );
  } catch (err) {
    throw new BeanstalkError(`Could not create the idle environment ${idleName} as a copy of ${live.EnvironmentName}: ${errorText(err)}`);
  }
}

/**
 * Re-checks the idle environment, swaps the CNAMEs, waits for both to be Ready, and verifies that
 * the production CNAME now points at the environment running `label`. Returns that environment.
 */
export async function swapAndVerify(
  client: ElasticBeanstalkClient,
  application: string,
  idleName: string,
  liveName: string,
  productionPrefix: string,
  label: string,
  gate: HealthGate,
  opts: WaitOptions,
): Promise<EnvironmentDescription> {
  const idle = await waitForReady(client, application, idleName, opts);
  const health = gateDecision(healthLevel(idle.Health, idle.HealthStatus), gate);
  if (idle.VersionLabel !== label || health === 'fail' || health === 'wait') {
    throw new BeanstalkError(
      `Not swapping: ${idleName} runs ${idle.VersionLabel ?? 'no version'} with health ${idle.Health ?? 'unknown'}${idle.HealthStatus ? ` (${idle.HealthStatus})` : ''} just before the swap; production stays on ${liveName}.`,
    );
  }
  opts.log(`Swapping CNAMEs: ${idleName} (${label}) takes '${productionPrefix}' from ${liveName}.`);
  try {
    await client.send(new SwapEnvironmentCNAMEsCommand({ SourceEnvironmentName: idleName, DestinationEnvironmentName: liveName }), {
      abortSignal: opts.signal,
    });
  } catch (err) {
    throw new BeanstalkError(`Could not swap the CNAMEs of ${idleName} and ${liveName}: ${errorText(err)}`);
  }
  const newLive = await waitForReady(client, application, idleName, opts);
  await waitForReady(client, application, liveName, opts);
  if (cnamePrefix(newLive.CNAME) !== productionPrefix.toLowerCase() || newLive.VersionLabel !== label) {
    throw new BeanstalkError(
      `The swap did not take: the production CNAME '${productionPrefix}' should point at ${idleName} running ${label}, but ${idleName} has ${newLive.CNAME ?? 'no CNAME'} and runs ${newLive.VersionLabel ?? 'no version'}.`,
    );
  }
  opts.log(`Verified: http://${newLive.CNAME} is served by ${idleName}, running ${label}; ${liveName} is now the idle environment.`);
  return newLive;
}
