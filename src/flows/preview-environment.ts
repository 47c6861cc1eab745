// A pull request's Beanstalk environment: created when missing — from a saved configuration, or
// with a template environment's settings — waited for until Ready; terminated on cleanup and
// waited for until gone. Builds on src/beanstalk/ (describe, wait, cloneable settings).
import {
  CreateEnvironmentCommand,
  DescribeConfigurationSettingsCommand,
  DescribeEnvironmentsCommand,
  TerminateEnvironmentCommand,
  type ConfigurationOptionSetting,
  type CreateEnvironmentCommandInput,
  type ElasticBeanstalkClient,
  type EnvironmentDescription,
} from '@aws-sdk/client-elastic-beanstalk';
import { BeanstalkError, errorName, errorText, isTransient } from '../beanstalk/errors.js';
import { describeEnvironment, waitForReady, type WaitOptions } from '../beanstalk/environment.js';
import { cloneableSettings } from '../beanstalk/bluegreen.js';
import { AbortedError, nextDelay } from '../util/time.js';

export interface PreviewSource {
  savedConfiguration: string | undefined;
  templateEnvironment: string | undefined;
}

const gone = (e: EnvironmentDescription | undefined) => !e || e.Status === 'Terminated';

/** Whether `name` exists (Terminating counts as gone-to-be: it is waited out first). */
export async function ensurePreviewEnvironment(
  client: ElasticBeanstalkClient,
  application: string,
  name: string,
  source: PreviewSource,
  description: string,
  opts: WaitOptions,
): Promise<{ created: boolean; env: EnvironmentDescription }> {
  let env = await describeEnvironment(client, application, name, opts.signal);
  if (env?.Status === 'Terminating') {
    opts.log(`Environment ${name} is still being terminated (a previous close of this pull request); waiting until it is gone.`);
    await waitUntilGone(client, application, name, opts);
    env = undefined;
  }
  if (!gone(env)) return { created: false, env: env as EnvironmentDescription };

  const input = await creationInput(client, application, name, source, description, opts.signal);
  opts.log(
    `Creating preview environment ${name} ${source.savedConfiguration ? `from saved configuration ${source.savedConfiguration}` : `with the settings of ${source.templateEnvironment}`}.`,
  );
  try {
    await client.send(new CreateEnvironmentCommand(input), { abortSignal: opts.signal });
  } catch (err) {
    if (opts.signal?.aborted) throw new AbortedError();
    throw new BeanstalkError(`Could not create the preview environment ${name}: ${errorText(err)}`);
  }
  return { created: true, env: await waitForReady(client, application, name, opts) };
}

async function creationInput(
  client: ElasticBeanstalkClient,
  application: string,
  name: string,
  source: PreviewSource,
  description: string,
  signal?: AbortSignal,
): Promise<CreateEnvironmentCommandInput> {
  const base = { ApplicationName: application, EnvironmentName: name, Description: description.slice(0, 200) };
  if (source.savedConfiguration) return { ...base, TemplateName: source.savedConfiguration };
  const template = source.templateEnvironment;
  if (!template) {
    throw new BeanstalkError(
      `Preview environment ${name} does not exist and there is nothing to create it from: set preview-saved-configuration or preview-template-environment.`,
    );
  }
  const tpl = await describeEnvironment(client, application, template, signal);
  if (gone(tpl)) throw new BeanstalkError(`The preview template environment '${template}' was not found in application '${application}'.`);
  let settings: ConfigurationOptionSetting[];
  try {
    const cfg = await client.send(new DescribeConfigurationSettingsCommand({ ApplicationName: application, EnvironmentName: template }), {
      abortSignal: signal,
    });
    settings = cloneableSettings(cfg.ConfigurationSettings?.[0]?.OptionSettings ?? []);
  } catch (err) {
    throw new BeanstalkError(`Could not read the configuration of ${template} to copy it: ${errorText(err)}`);
  }
  const t = tpl as EnvironmentDescription;
  // No CNAMEPrefix: Beanstalk then picks a free one (<name>.<random>.<region>.elasticbeanstalk.com).
  return {
    ...base,
    ...(t.PlatformArn ? { PlatformArn: t.PlatformArn } : { SolutionStackName: t.SolutionStackName }),
    Tier: t.Tier,
    OptionSettings: settings,
  };
}

/** Terminates `name`; 'gone' when there was nothing to terminate. Waits until it is Terminated. */
export async function terminatePreviewEnvironment(
  client: ElasticBeanstalkClient,
  application: string,
  name: string,
  opts: WaitOptions,
): Promise<'terminated' | 'gone'> {
  const env = await describeEnvironment(client, application, name, opts.signal);
  if (gone(env)) return 'gone';
  if (env?.Status !== 'Terminating') {
    // An update in progress would refuse the termination: wait for it first.
    if (env?.Status !== 'Ready') await waitForReady(client, application, name, opts).catch(() => undefined);
    try {
      await client.send(new TerminateEnvironmentCommand({ EnvironmentName: name, TerminateResources: true }), { abortSignal: opts.signal });
    } catch (err) {
      if (opts.signal?.aborted) throw new AbortedError();
      // Gone between the read and the call: what cleanup wanted.
      if (errorName(err) === 'InvalidParameterValue' && /No Environment found/i.test(errorText(err))) return 'gone';
      throw new BeanstalkError(`Could not terminate the preview environment ${name}: ${errorText(err)}`);
    }
    opts.log(`Terminating ${name} (${env?.EnvironmentId ?? '?'}).`);
  }
  await waitUntilGone(client, application, name, opts);
  return 'terminated';
}

async function waitUntilGone(client: ElasticBeanstalkClient, application: string, name: string, opts: WaitOptions): Promise<void> {
  let throttled = 0;
  for (;;) {
    if (opts.signal?.aborted) throw new AbortedError();
    try {
      const out = await client.send(
        new DescribeEnvironmentsCommand({ ApplicationName: application, EnvironmentNames: [name], IncludeDeleted: false }),
        { abortSignal: opts.signal },
      );
      if ((out.Environments ?? []).every((e) => e.Status === 'Terminated')) return;
      throttled = 0;
    } catch (err) {
      if (opts.signal?.aborted) throw new AbortedError();
      if (!isTransient(err)) throw new BeanstalkError(`Could not read environment '${name}': ${errorText(err)}`);
      throttled++;
    }
    if (opts.clock.now() >= opts.deadline)
      throw new BeanstalkError(`Environment '${name}' was still being terminated when the timeout was reached.`);
    await opts.clock.sleep(Math.min(nextDelay(opts.pollMs, throttled), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
  }
}
