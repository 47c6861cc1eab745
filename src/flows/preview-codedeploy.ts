// PR deploy previews for CodeDeploy: the pull request's own deployment group (named from a
// template, `{group}-pr-{number}` by default; created with a template group's settings when
// missing), released to with the ordinary CodeDeploy release, recorded as a GitHub Deployment
// (preview/pr-<n>) and summed up in the sticky PR comment; cleanup deletes the group.
import { requireServerPlatform } from '../compute/platform.js';
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { Outputs } from '../constants.js';
import type { CodeDeploySettings } from '../settings/index.js';
import type { RunContext } from '../github/context.js';
import type { PullRequestInfo } from '../github/event.js';
import type { GitHubApi } from '../github/api.js';
import { previewEnvironment, previewName, CODEDEPLOY_GROUP_NAME } from '../github/preview-name.js';
import { deactivateEnvironment } from '../github/deployments.js';
import { renderPreviewComment, upsertComment } from '../github/comment.js';
import { createClient } from '../aws/clients.js';
import { consoleUrl } from '../codedeploy/console.js';
import { deletePreviewGroup, ensurePreviewGroup, stopActiveDeployments } from '../codedeploy/preview-group.js';
import { GetDeploymentGroupCommand } from '@aws-sdk/client-codedeploy';
import { tracked, previewTracking } from './tracked.js';
import { commentOnPreview } from './preview-comment.js';
import type { FlowDeps } from './codedeploy.js';

export function codeDeployPreviewName(s: CodeDeploySettings, pr: PullRequestInfo): string {
  return previewName(
    s.preview.nameTemplate,
    { number: pr.number, application: s.application, group: s.deploymentGroup, branch: pr.headRef },
    CODEDEPLOY_GROUP_NAME,
  );
}

/** The deployment the group last attempted (this run's, once released), and its console page. */
async function lastDeployment(
  client: CodeDeployClient,
  s: CodeDeploySettings,
  group: string,
  signal: AbortSignal,
): Promise<{ id: string; url: string } | undefined> {
  try {
    const out = await client.send(new GetDeploymentGroupCommand({ applicationName: s.application, deploymentGroupName: group }), {
      abortSignal: signal,
    });
    const id = out.deploymentGroupInfo?.lastAttemptedDeployment?.deploymentId;
    return id ? { id, url: consoleUrl(s.region, id) } : undefined;
  } catch {
    return undefined;
  }
}

export async function previewCodeDeploy(
  s: CodeDeploySettings,
  ctx: RunContext,
  deps: FlowDeps,
  pr: PullRequestInfo,
  api: GitHubApi | undefined,
): Promise<void> {
  const { report } = deps;
  const name = codeDeployPreviewName(s, pr);
  const template = s.preview.templateGroup;
  report.setOutput(Outputs.PreviewEnvironment, name);
  report.info(`Pull request #${pr.number}: preview deployment group ${name} (GitHub environment ${previewEnvironment(pr.number)}).`);
  const client = await createClient('codedeploy', { region: s.region, userAgent: 'pr-preview' });
  await requireServerPlatform(client, s.application, 'preview', deps.signal);
  // Revisions are keyed by the pull request (pr-<n>), as Beanstalk preview versions are.
  const prCtx: RunContext = { ...ctx, ref: `pr-${pr.number}` };
  const started = deps.clock.now();
  const result = await tracked(
    api,
    previewTracking(pr, ctx, `deployment group ${name}`),
    async () => {
      const made = await deps.timings.measure('Preview deployment group', () =>
        report.group(`Preview deployment group ${name}`, () =>
          ensurePreviewGroup(client, s.application, name, {
            template,
            production: s.deploymentGroup,
            instanceTags: s.preview.instanceTags.map((t) => ({ key: t.key, value: t.value.replaceAll('{number}', String(pr.number)) })),
            log: report.log,
            signal: deps.signal,
          }),
        ),
      );
      report.info(made.created ? `Created ${name} from ${template}.` : `${name} exists; deploying to it.`);
      const { releaseCodeDeploy } = await import('./codedeploy.js');
      await releaseCodeDeploy(
        { ...s, deploymentGroup: name, timeoutMs: Math.max(1000, s.timeoutMs - (deps.clock.now() - started)) },
        prCtx,
        deps,
      );
    },
    async () => (await lastDeployment(client, s, name, deps.signal))?.url,
  );

  if (api) {
    const last = await lastDeployment(client, s, name, deps.signal);
    await commentOnPreview(api, pr, ctx, result, { target: 'codedeploy', name, url: last?.url, version: last?.id });
  }
  if (!result.ok) throw result.error;
}

export async function cleanupCodeDeploy(
  s: CodeDeploySettings,
  ctx: RunContext,
  deps: FlowDeps,
  pr: PullRequestInfo,
  api: GitHubApi | undefined,
): Promise<void> {
  const { report } = deps;
  const name = codeDeployPreviewName(s, pr);
  report.setOutput(Outputs.PreviewEnvironment, name);
  const client = await createClient('codedeploy', { region: s.region, userAgent: 'pr-preview' });
  const deadline = deps.clock.now() + s.timeoutMs;
  const outcome = await deps.timings.measure('Delete deployment group', () =>
    report.group(`Delete ${name}`, async () => {
      // A deployment still running on the group would go on after the group is gone: stop it first.
      await stopActiveDeployments(client, s.application, name, {
        deadline,
        pollMs: s.pollIntervalMs,
        clock: deps.clock,
        log: report.log,
        signal: deps.signal,
      }).catch((err: unknown) => {
        if ((err as { name?: string }).name === 'DeploymentGroupDoesNotExistException') return [];
        throw err;
      });
      return deletePreviewGroup(client, s.application, name, deps.signal);
    }),
  );
  report.info(
    outcome === 'gone'
      ? `Preview deployment group ${name} does not exist (already removed); nothing to delete.`
      : `Deleted the preview deployment group ${name}.`,
  );
  report.setOutput(Outputs.Status, 'Deleted');

  if (api) {
    const n = await deactivateEnvironment(api, previewEnvironment(pr.number), ctx.runUrl);
    if (n) report.info(`Marked ${n} GitHub Deployment${n > 1 ? 's' : ''} of ${previewEnvironment(pr.number)} inactive.`);
    await upsertComment(
      api,
      pr.number,
      renderPreviewComment({
        state: 'removed',
        target: 'codedeploy',
        name,
        commit: pr.headSha,
        runUrl: ctx.runUrl,
        message: `The pull request was ${pr.merged ? 'merged' : 'closed'}: ${outcome === 'gone' ? 'the deployment group was already gone' : `deleted deployment group ${name}`}.`,
      }),
    );
  }
  const summary = report.summary.addHeading(`hookline · preview of #${pr.number} removed`, 2);
  summary.addRaw(`Deployment group \`${name}\`: ${outcome === 'gone' ? 'already gone' : 'deleted'}\n\n`);
  summary.addRaw(deps.timings.markdown() + '\n\n');
  await summary.write();
}
