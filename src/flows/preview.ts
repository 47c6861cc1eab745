// PR deploy previews for Elastic Beanstalk: the pull request's own environment (named from a
// template, created when missing), released to with the ordinary Beanstalk release, recorded as
// a GitHub Deployment (preview/pr-<n>) and summed up in one sticky PR comment.
import { Outputs } from '../constants.js';
import type { BeanstalkSettings } from '../settings/index.js';
import type { RunContext } from '../github/context.js';
import type { PullRequestInfo } from '../github/event.js';
import type { GitHubApi } from '../github/api.js';
import { previewEnvironment, previewName, BEANSTALK_ENV_NAME } from '../github/preview-name.js';
import { createClient } from '../aws/clients.js';
import { describeEnvironment, environmentUrl } from '../beanstalk/environment.js';
import { DescribeApplicationVersionsCommand, type ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { ensurePreviewEnvironment } from './preview-environment.js';
import { tracked, previewTracking } from './tracked.js';
import { commentOnPreview } from './preview-comment.js';
import type { FlowDeps } from './codedeploy.js';

/** The ref a preview's versions are named after: labels `pr-<n>-<sha256[:12]>`, which cleanup recognises. */
export function previewRef(pr: PullRequestInfo): string {
  return `pr-${pr.number}`;
}

export function beanstalkPreviewName(s: BeanstalkSettings, pr: PullRequestInfo): string {
  return previewName(
    s.preview.nameTemplate,
    { number: pr.number, application: s.application, environment: s.environment, branch: pr.headRef },
    BEANSTALK_ENV_NAME,
  );
}

export async function previewBeanstalk(
  s: BeanstalkSettings,
  ctx: RunContext,
  deps: FlowDeps,
  pr: PullRequestInfo,
  api: GitHubApi | undefined,
): Promise<void> {
  const { report } = deps;
  const name = beanstalkPreviewName(s, pr);
  report.setOutput(Outputs.PreviewEnvironment, name);
  report.info(`Pull request #${pr.number}: preview environment ${name} (GitHub environment ${previewEnvironment(pr.number)}).`);
  const client = await createClient('beanstalk', { region: s.region, userAgent: 'pr-preview' });
  const prCtx: RunContext = { ...ctx, ref: previewRef(pr) };
  const result = await tracked(
    api,
    previewTracking(pr, ctx, name),
    async () => {
      const deadline = deps.clock.now() + s.timeoutMs;
      const created = await deps.timings.measure('Preview environment', () =>
        report.group(`Preview environment ${name}`, () =>
          ensurePreviewEnvironment(
            client,
            s.application,
            name,
            {
              savedConfiguration: s.preview.savedConfiguration,
              templateEnvironment: s.preview.templateEnvironment ?? (s.environment || undefined),
            },
            `Preview of ${ctx.repository}#${pr.number} (created by hookline; terminated when the pull request closes).`,
            { pollMs: s.pollIntervalMs, deadline, log: report.log, clock: deps.clock, signal: deps.signal },
          ),
        ),
      );
      report.info(created.created ? `Created ${name}: it is Ready.` : `${name} exists (${created.env.Status}); deploying to it.`);
      const { releaseBeanstalk } = await import('./beanstalk.js');
      await releaseBeanstalk(
        {
          ...s,
          environment: name,
          strategy: 'in-place',
          versionLabel: undefined,
          reuseVersion: false,
          pruneVersions: 0,
          timeoutMs: Math.max(1000, deadline - deps.clock.now()),
        },
        prCtx,
        { ...deps },
      );
    },
    async () => environmentUrl(await describeEnvironment(client, s.application, name, deps.signal)),
  );

  const env = await describeEnvironment(client, s.application, name, deps.signal).catch(() => undefined);
  // What this run released: the environment's version on success, else the newest one made for the PR.
  const label = result.ok ? env?.VersionLabel : await newestPreviewVersion(client, s.application, pr, deps.signal);
  if (api) {
    await commentOnPreview(api, pr, ctx, result, { target: 'beanstalk', name, url: environmentUrl(env), version: label || undefined });
  }
  if (!result.ok) throw result.error;
}

/** Labels hookline made for this pull request's previews (pure): `pr-<n>-<sha256[:12]>`. */
export function isPreviewLabel(label: string, number: number): boolean {
  return new RegExp(`^pr-${number}-[0-9a-f]{12}$`).test(label);
}

async function newestPreviewVersion(
  client: ElasticBeanstalkClient,
  application: string,
  pr: PullRequestInfo,
  signal: AbortSignal,
): Promise<string | undefined> {
  try {
    const out = await client.send(new DescribeApplicationVersionsCommand({ ApplicationName: application }), { abortSignal: signal });
    const mine = (out.ApplicationVersions ?? []).filter((v) => isPreviewLabel(v.VersionLabel ?? '', pr.number));
    mine.sort((a, b) => (b.DateCreated?.getTime() ?? 0) - (a.DateCreated?.getTime() ?? 0));
    return mine[0]?.VersionLabel;
  } catch {
    return undefined;
  }
}
