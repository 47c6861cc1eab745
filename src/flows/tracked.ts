// A release wrapped in a GitHub Deployment: in_progress before it starts, then the final state
// for how it ended (success, failure, error; inactive for a cancelled preview — endingState), with
// environment_url and log_url. A run killed before that leaves it to the post step. Best-effort: without a token, or when GitHub
// refuses (403: the job lacks `deployments: write`), the release runs exactly the same.
// A push or dispatch job with `environment:` records into the Deployment GitHub Actions made for
// it; a preview's success marks its older deployments inactive (GitHub never does for transient
// environments).
import { Outputs } from '../constants.js';
import type { GitHubApi } from '../github/api.js';
import { GitHubDeployment, deactivateDeployments, type RunIdentity } from '../github/deployments.js';
import { outcomeOf } from '../in-flight.js';
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
  /** The group or environment released to: previews of two targets share one GitHub environment. */
  target: string;
  /** Set when the job's own Deployment (made by GitHub Actions for `environment:`) may be used. */
  run?: RunIdentity;
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
        {
          ref: t.ref,
          environment: t.environment,
          transient: t.transient,
          production: t.production,
          description: t.description,
          target: t.target,
        },
        t.run ?? { sha: '', runId: '' },
        t.logUrl,
      )
    : undefined;
  if (api && deployment) {
    api.report.setOutput(Outputs.GithubDeploymentId, String(deployment.id));
    if (deployment.adopted)
      api.report.info(
        `Recording the release in Deployment ${deployment.id}, the one GitHub Actions made for this job's environment ${deployment.environment}.`,
      );
  }
  let error: unknown;
  let ok = true;
  try {
    await release();
  } catch (err) {
    ok = false;
    error = err;
  }
  if (api && deployment) {
    const environmentUrl = await url().catch(() => undefined);
    const outcome = outcomeOf(ok ? undefined : error);
    await deployment.end(outcome, {
      logUrl: t.logUrl,
      environmentUrl,
      description: ok ? 'Released by hookline' : outcome === 'cancelled' ? 'Release cancelled; see the run' : 'Release failed; see the run',
    });
    if (ok && t.transient) await supersede(api, t, deployment.id);
  }
  return { deployment, error, ok };
}

/** Older deployments of this preview target inactive: the newest push is the preview. */
async function supersede(api: GitHubApi, t: Tracking, current: number): Promise<void> {
  const r = await deactivateDeployments(api, t.environment, {
    logUrl: t.logUrl,
    description: 'Superseded by a newer push',
    target: t.target,
    except: current,
  });
  if (r.deactivated)
    api.report.info(`Marked ${r.deactivated} older Deployment${r.deactivated > 1 ? 's' : ''} of ${t.environment} inactive.`);
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
    target: environment,
    run: { sha: ctx.sha, runId: ctx.runId },
  };
}

/** The transient GitHub Deployment of a pull request's preview (`preview/pr-<n>`); `where` names its target. */
export function previewTracking(pr: PullRequestInfo, ctx: RunContext, where: string): Tracking {
  return {
    environment: previewEnvironment(pr.number),
    ref: pr.headSha || ctx.sha,
    transient: true,
    production: false,
    description: `Preview of #${pr.number} on ${where}`,
    logUrl: ctx.runUrl,
    target: where,
  };
}
