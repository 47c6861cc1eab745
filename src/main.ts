// run(): reads settings, runs pre-flight validation, then the release for the chosen target.
// It is the single place that fails the step: any thrown value becomes one setFailed.
import { relative } from 'node:path';
import { Inputs, States } from './constants.js';
import { getInput } from './runner-io.js';
import { readSettings, InputError, type Settings } from './settings/index.js';
import { runContext, type RunContext } from './github/context.js';
import { readEvent, forkNotice, type PullRequestInfo } from './github/event.js';
import { maskAwsSecrets } from './aws/secrets.js';
import { awsErrorKind, describeAwsError } from './aws/errors.js';
import { outcomeOf, saveOutcome } from './in-flight.js';
import { githubApi } from './github/api.js';
import type { FlowDeps } from './flows/codedeploy.js';
import { preflight, ValidationFailed, type PreflightResult } from './flows/preflight.js';
import { endingSection, preflightSection } from './report/endings.js';
import { Timings } from './report/timings.js';
import { Reporter } from './report/reporter.js';
import { AbortedError, systemClock } from './util/time.js';

export async function run(): Promise<void> {
  // One Reporter for the whole step: every line, annotation, output and summary goes through it.
  const report = new Reporter();
  // A cancelled job sends SIGINT (then SIGTERM): stop waiting promptly and let the post step
  // stop what is still in flight.
  const controller = new AbortController();
  const onSignal = (signal: string) => {
    report.info(`Received ${signal}: cancelling.`);
    controller.abort();
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  // Before any request: an endpoint or proxy that echoes headers must not print them.
  maskAwsSecrets(process.env, (value) => report.setSecret(value));
  let settings: Settings | undefined;
  const seen: Seen = {};
  try {
    settings = readSettings((name) => getInput(name), process.env);
    await release(settings, controller.signal, report, seen);
    summarizeFindings(report, settings, seen);
    saveOutcome(report, 'succeeded');
  } catch (err) {
    // Why the step ended decides what the post step may stop (in-flight.ts).
    saveOutcome(report, outcomeOf(err));
    const message = failureMessage(err, report);
    report.fail(message);
    summarizeEnding(report, settings, err, message);
    if (!(err instanceof ValidationFailed) && settings) summarizeFindings(report, settings, seen);
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    await report.finish();
  }
}

/** What the run learnt on the way that its summary reports at the end. */
interface Seen {
  preflight?: PreflightResult;
}

/** Every ending writes a summary: a heading when the flow wrote none, then what ended the run. */
function summarizeEnding(report: Reporter, settings: Settings | undefined, err: unknown, message: string): void {
  const summary = report.summary;
  if (summary.empty) summary.addHeading(settings ? runTitle(settings) : 'hookline');
  if (err instanceof ValidationFailed && settings) {
    const root = relative(settings.workspace, settings.path);
    summary.addRaw(preflightSection({ findings: err.findings, root, stopped: true, omitted: report.omitted }) + '\n\n');
    return;
  }
  const kind = err instanceof AbortedError ? 'cancelled' : err instanceof InputError ? 'input' : 'failed';
  summary.addRaw(endingSection(kind, message, kind === 'input' ? 'nothing was bundled, uploaded or deployed.' : undefined) + '\n\n');
}

/** Findings of a release that went ahead anyway (validate: warn, or notices) close its summary. */
function summarizeFindings(report: Reporter, settings: Settings, seen: Seen): void {
  const p = seen.preflight;
  if (!p || (p.findings.length === 0 && settings.mode !== 'validate')) return;
  if (report.summary.empty) report.summary.addHeading(runTitle(settings));
  const root = relative(settings.workspace, settings.path);
  report.summary.addRaw(preflightSection({ findings: p.findings, root, stopped: false, omitted: report.omitted }) + '\n\n');
}

/** The summary's heading when no flow wrote one. */
function runTitle(s: Settings): string {
  if (s.mode === 'validate') return `hookline · pre-flight validation (${s.target === 'codedeploy' ? 'CodeDeploy' : 'Elastic Beanstalk'})`;
  const where =
    s.target === 'codedeploy' ? `CodeDeploy ${s.application}/${s.deploymentGroup}` : `Elastic Beanstalk ${s.application}/${s.environment}`;
  return `hookline · ${where}${s.mode === 'deploy' ? '' : ` · ${s.mode}`}`;
}

async function release(settings: Settings, signal: AbortSignal, report: Reporter, seen: Seen): Promise<void> {
  const ctx = runContext(process.env);
  const timings = new Timings();
  if (settings.mode === 'validate') {
    const result = await timings.measure('Validate', () =>
      preflight(settings, settings.validate === 'off' ? 'error' : settings.validate, report),
    );
    seen.preflight = result;
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
  }
  // A fork's code is never released unless the workflow opts in (allow-forks), whatever
  // credentials this runner happens to have: decided from the event payload alone.
  const fork = event.pullRequest;
  if (fork?.fork && !settings.allowForks) {
    if (settings.mode !== 'cleanup')
      seen.preflight = await timings.measure('Validate', () => preflight(settings, settings.validate, report));
    report.notice(forkNotice(fork, settings.mode), { title: 'Not deployed: pull request from a fork' });
    report.summary.addHeading(runTitle(settings)).addRaw(endingSection('fork', forkNotice(fork, settings.mode)) + '\n\n');
    return;
  }
  report.saveState(States.OnCancel, settings.onCancel);
  report.saveState(States.Region, settings.region);
  report.saveState(States.PollInterval, String(settings.pollIntervalMs));
  if (settings.mode === 'deploy' || settings.mode === 'preview') {
    seen.preflight = await timings.measure('Validate', () => preflight(settings, settings.validate, report));
  }
  const deps = { clock: systemClock, signal, timings, report };
  const api = await githubApi(settings.githubToken, process.env, report, { deadline: Date.now() + settings.timeoutMs });
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
export function failureMessage(err: unknown, report?: Reporter): string {
  if (err instanceof InputError || err instanceof ValidationFailed || err instanceof AbortedError) return err.message;
  if (err instanceof Error) {
    if (err.stack) report?.debug(err.stack);
    const known = ['DeploymentFailed', 'ReleaseError', 'BundleError', 'UploadError', 'BeanstalkError'];
    if (known.includes(err.name)) return err.message;
    const aws = awsErrorKind(err);
    if (aws !== 'refused' && aws !== 'aborted') return describeAwsError(err) ?? err.message;
    if (err.name === 'CredentialsProviderError') {
      return `No AWS credentials were found: add aws-actions/configure-aws-credentials before hookline (${err.message}).`;
    }
    return err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message;
  }
  return `hookline failed: ${String(err)}`;
}
