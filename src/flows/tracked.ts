// A release wrapped in a GitHub Deployment: in_progress before it starts, success or failure
// (with environment_url and log_url) after. Best-effort: without a token, or when GitHub
// refuses (403: the job lacks `deployments: write`), the release runs exactly the same.
import { Outputs } from '../constants.js';
import type { GitHubApi } from '../github/api.js';
import { GitHubDeployment } from '../github/deployments.js';
import { AbortedError } from '../util/time.js';
import type { Settings } from '../settings/index.js';
import type { RunContext } from '../github/context.js';
import type { EventInfo, PullRequestInfo } from '../github/event.js';
import { previewEnvironment } from '../github/preview-name.js';

export interface Tracking {
  environment: string;
  ref: string;
  transient: boolean;
  production?: boolean;
  description: string;
  logUrl: string;
}

export interface TrackedResult {
  deployment: GitHubDeployment | undefined;
  error: unknown;
  ok: boolean;
}

/** Runs `release`, recording it as a GitHub Deployment; never throws for GitHub's sake (the release's own error is returned). */
export async function tracked(
  api: GitHubApi | undefined,
  t: Tracking,
  release: () => Promise<void>,
  url: () => Promise<string | undefined>,
): Promise<TrackedResult> {
  const deployment = api
    ? await GitHubDeployment.start(
        api,
        { ref: t.ref, environment: t.environment, transient: t.transient, production: t.production, description: t.description },
        t.logUrl,
      )
    : undefined;
  if (deployment && api) api.report.setOutput(Outputs.GithubDeploymentId, String(deployment.id));
  let error: unknown;
  let ok = true;
  try {
    await release();
  } catch (err) {
    ok = false;
    error = err;
  }
  if (deployment) {
    const environmentUrl = await url().catch(() => undefined);
    const state = ok ? 'success' : error instanceof AbortedError ? 'error' : 'failure';
    await deployment.status({
      state,
      logUrl: t.logUrl,
      environmentUrl,
      description: ok ? 'Released by hookline' : 'Release failed; see the run',
    });
  }
  return { deployment, error, ok };
}

/** The GitHub Deployment a push or dispatch release records: named after the group or environment. */
export function trackingFor(settings: Exclude<Settings, { mode: 'validate' }>, ctx: RunContext, event: EventInfo): Tracking {
  const environment = settings.target === 'codedeploy' ? settings.deploymentGroup : settings.environment;
  return {
    environment,
    ref: event.sha || ctx.sha || ctx.ref,
    transient: false,
    description: `${settings.mode === 'redeploy' ? `Redeploy of ${settings.revision ?? '?'}` : 'Release'} to ${environment} by hookline`,
    logUrl: ctx.runUrl,
  };
}

/** The transient GitHub Deployment of a pull request's preview (`preview/pr-<n>`). */
export function previewTracking(pr: PullRequestInfo, ctx: RunContext, where: string): Tracking {
  return {
    environment: previewEnvironment(pr.number),
    ref: pr.headSha || ctx.sha,
    transient: true,
    production: false,
    description: `Preview of #${pr.number} on ${where}`,
    logUrl: ctx.runUrl,
  };
}
