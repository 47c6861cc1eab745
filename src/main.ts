// run(): reads settings, runs pre-flight validation, then the release for the chosen target.
// It is the single place that fails the step: any thrown value becomes one setFailed.
import * as core from '@actions/core';
import { Outputs, States } from './constants.js';
import { readSettings, InputError, type Settings } from './settings/index.js';
import { runContext } from './github/context.js';
import { preflight, ValidationFailed } from './flows/preflight.js';
import { Timings } from './report/timings.js';
import { AbortedError, systemClock } from './util/time.js';

export async function run(): Promise<void> {
  // A cancelled job sends SIGINT (then SIGTERM): stop waiting promptly and let the post step
  // stop what is still in flight.
  const controller = new AbortController();
  const onSignal = (signal: string) => {
    core.info(`Received ${signal}: cancelling.`);
    controller.abort();
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  try {
    const settings = readSettings((name) => core.getInput(name), process.env);
    await release(settings, controller.signal);
  } catch (err) {
    core.setFailed(failureMessage(err));
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

async function release(settings: Settings, signal: AbortSignal): Promise<void> {
  const ctx = runContext(process.env);
  const timings = new Timings();
  if (settings.mode === 'validate') {
    const result = await timings.measure('Validate', () => preflight(settings.path, settings.workspace, settings.target, settings.validate === 'off' ? 'error' : settings.validate));
    core.setOutput(Outputs.Findings, JSON.stringify(result.findings));
    return;
  }
  core.saveState(States.OnCancel, settings.onCancel);
  core.saveState(States.Region, settings.region);
  core.saveState(States.PollInterval, String(settings.pollIntervalMs));
  await timings.measure('Validate', () => preflight(settings.path, settings.workspace, settings.target, settings.validate));
  const deps = { clock: systemClock, signal, timings };
  // Each target loads only its own SDK client (cold start).
  if (settings.target === 'codedeploy') {
    const { releaseCodeDeploy } = await import('./flows/codedeploy.js');
    await releaseCodeDeploy(settings, ctx, deps);
  } else {
    const { releaseBeanstalk } = await import('./flows/beanstalk.js');
    await releaseBeanstalk(settings, ctx, deps);
  }
}

/** One line a person can act on; never a stack trace (that goes to the debug log). */
export function failureMessage(err: unknown): string {
  if (err instanceof InputError || err instanceof ValidationFailed || err instanceof AbortedError) return err.message;
  if (err instanceof Error) {
    if (err.stack) core.debug(err.stack);
    const known = ['DeploymentFailed', 'ReleaseError', 'BundleError', 'UploadError', 'BeanstalkError'];
    if (known.includes(err.name)) return err.message;
    if (err.name === 'CredentialsProviderError') {
      return `No AWS credentials were found: add aws-actions/configure-aws-credentials before hookline (${err.message}).`;
    }
    return err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message;
  }
  return `hookline failed: ${String(err)}`;
}
