// run(): reads settings, runs pre-flight validation, then the release for the chosen target.
// It is the single place that fails the step: any thrown value becomes one setFailed.
import * as core from '@actions/core';
import { Inputs, States } from './constants.js';
import { readSettings, InputError, type Settings } from './settings/index.js';
import { runContext, type RunContext } from './github/context.js';
import { readEvent, hasAwsCredentialSource, forkNotice, type PullRequestInfo } from './github/event.js';
import { githubApi } from './github/api.js';
import type { FlowDeps } from './flows/codedeploy.js';
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
    // preflight sets the findings output itself, also when it fails.
    await timings.measure('Validate', () => preflight(settings, settings.validate === 'off' ? 'error' : settings.validate));
    return;
  }
  const event = readEvent(process.env);
  let pr: PullRequestInfo | undefined;
  if (settings.mode === 'preview' || settings.mode === 'cleanup') {
    pr = event.pullRequest;
    if (!pr) {
      throw new InputError(
        Inputs.Mode,
        `mode: ${settings.mode} runs on pull_request events (it needs the pull request number); this run is a '${ctx.eventName}' event.`,
      );
    }
    // A fork's pull_request run gets no secrets and no OIDC token: say so once and stop green.
    if (pr.fork && !hasAwsCredentialSource(process.env)) {
      if (settings.mode === 'preview') await timings.measure('Validate', () => preflight(settings, settings.validate));
      core.notice(forkNotice(pr, settings.mode), { title: 'No preview for a pull request from a fork' });
      return;
    }
  }
  core.saveState(States.OnCancel, settings.onCancel);
  core.saveState(States.Region, settings.region);
  core.saveState(States.PollInterval, String(settings.pollIntervalMs));
  if (settings.mode === 'deploy' || settings.mode === 'preview') {
    await timings.measure('Validate', () => preflight(settings, settings.validate));
  }
  const deps = { clock: systemClock, signal, timings };
  const api = await githubApi(settings.githubToken, process.env);
  // Each target loads only its own SDK client (cold start).
  if (pr && (settings.mode === 'preview' || settings.mode === 'cleanup')) {
    if (settings.target === 'codedeploy') {
      const { previewCodeDeploy, cleanupCodeDeploy } = await import('./flows/preview-codedeploy.js');
      return settings.mode === 'preview'
        ? previewCodeDeploy(settings, ctx, deps, pr, api)
        : cleanupCodeDeploy(settings, ctx, deps, pr, api);
    }
    if (settings.mode === 'preview') {
      const { previewBeanstalk } = await import('./flows/preview.js');
      return previewBeanstalk(settings, ctx, deps, pr, api);
    }
    const { cleanupBeanstalk } = await import('./flows/cleanup.js');
    return cleanupBeanstalk(settings, ctx, deps, pr, api);
  }
  // deploy and redeploy: a GitHub Deployment per environment when a token is given (best effort).
  const { tracked, trackingFor } = await import('./flows/tracked.js');
  const url = async () =>
    settings.target === 'beanstalk' ? (await import('./flows/beanstalk.js')).releasedUrl(settings, signal) : undefined;
  const result = await tracked(api, trackingFor(settings, ctx, event), () => releaseTo(settings, ctx, deps), url);
  if (!result.ok) throw result.error;
}

async function releaseTo(settings: Exclude<Settings, { mode: 'validate' }>, ctx: RunContext, deps: FlowDeps): Promise<void> {
  if (settings.target === 'codedeploy') {
    if (settings.mode === 'redeploy') {
      const { redeployCodeDeploy } = await import('./flows/redeploy.js');
      return redeployCodeDeploy(settings, ctx, deps);
    }
    const { releaseCodeDeploy } = await import('./flows/codedeploy.js');
    return releaseCodeDeploy(settings, ctx, deps);
  }
  if (settings.mode === 'redeploy') {
    const { redeployBeanstalk } = await import('./flows/redeploy.js');
    return redeployBeanstalk(settings, ctx, deps);
  }
  const { releaseBeanstalk } = await import('./flows/beanstalk.js');
  return releaseBeanstalk(settings, ctx, deps);
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
