// mode: cleanup, on pull_request closed: terminate the PR's preview environment, delete the
// application versions made for the PR that nothing else runs, mark its GitHub Deployments
// inactive and say so in the sticky comment. A preview that is already gone is not an error.
import {
  DeleteApplicationVersionCommand,
  DescribeApplicationVersionsCommand,
  DescribeEnvironmentsCommand,
  type ApplicationVersionDescription,
  type ElasticBeanstalkClient,
} from '@aws-sdk/client-elastic-beanstalk';
import { Outputs } from '../constants.js';
import type { BeanstalkSettings } from '../settings/index.js';
import type { RunContext } from '../github/context.js';
import type { PullRequestInfo } from '../github/event.js';
import type { GitHubApi } from '../github/api.js';
import { previewEnvironment } from '../github/preview-name.js';
import { deactivateDeployments } from '../github/deployments.js';
import { renderPreviewComment, upsertComment } from '../github/comment.js';
import { createClient } from '../aws/clients.js';
import { errorText } from '../beanstalk/errors.js';
import { beanstalkPreviewName, isPreviewLabel } from './preview.js';
import { terminatePreviewEnvironment } from './preview-environment.js';
import type { FlowDeps } from './codedeploy.js';
import type { Reporter } from '../report/reporter.js';

export async function cleanupBeanstalk(
  s: BeanstalkSettings,
  ctx: RunContext,
  deps: FlowDeps,
  pr: PullRequestInfo,
  api: GitHubApi | undefined,
): Promise<void> {
  const { report } = deps;
  const name = beanstalkPreviewName(s, pr);
  report.setOutput(Outputs.PreviewEnvironment, name);
  const client = await createClient('beanstalk', { region: s.region, userAgent: 'pr-preview' });
  const deadline = deps.clock.now() + s.timeoutMs;
  const log = report.log;

  const outcome = await deps.timings.measure('Terminate environment', () =>
    report.group(`Terminate ${name}`, () =>
      terminatePreviewEnvironment(client, s.application, name, {
        pollMs: s.pollIntervalMs,
        deadline,
        log,
        clock: deps.clock,
        signal: deps.signal,
      }),
    ),
  );
  report.info(
    outcome === 'gone'
      ? `Preview environment ${name} does not exist (already removed); nothing to terminate.`
      : `Preview environment ${name} is terminated.`,
  );
  report.setOutput(Outputs.Status, 'Terminated');

  const removed = await deps.timings.measure('Application versions', () =>
    report.group(`Application versions of #${pr.number}`, () =>
      deletePreviewVersions(client, s.application, pr.number, deps.signal, report),
    ),
  );

  if (api) {
    const environment = previewEnvironment(pr.number);
    const d = await deactivateDeployments(api, environment, { logUrl: ctx.runUrl, description: 'Preview removed', target: name });
    report.info(
      `GitHub Deployments of ${environment}: ${d.deactivated} marked inactive, ${d.skipped} already inactive` +
        `${d.failed ? `, ${d.failed} refused by GitHub (re-run the job to finish)` : ''}.`,
    );
    const versions = removed.deleted.length
      ? `deleted application version${removed.deleted.length > 1 ? 's' : ''} ${removed.deleted.join(', ')}`
      : 'no application versions to delete';
    const kept = removed.kept.length ? `; kept ${removed.kept.join(', ')} (still in use by another environment)` : '';
    await upsertComment(
      api,
      pr.number,
      renderPreviewComment({
        state: 'removed',
        target: 'beanstalk',
        name,
        commit: pr.headSha,
        runUrl: ctx.runUrl,
        message: `The pull request was ${pr.merged ? 'merged' : 'closed'}: ${outcome === 'gone' ? 'the environment was already gone' : `terminated ${name}`}, ${versions}${kept}.`,
      }),
    );
  }
  const summary = report.summary.addHeading(`hookline · preview of #${pr.number} removed`, 2);
  summary.addRaw(
    `Environment \`${name}\`: ${outcome === 'gone' ? 'already gone' : 'terminated'} · ` +
      `application versions deleted: ${removed.deleted.map((l) => `\`${l}\``).join(', ') || 'none'}` +
      `${removed.kept.length ? ` · kept (in use elsewhere): ${removed.kept.map((l) => `\`${l}\``).join(', ')}` : ''}\n\n`,
  );
  summary.addRaw(deps.timings.markdown() + '\n\n');
  await summary.write();
}

/** The versions to delete (pure): made for this PR, and run by no environment. */
export function pickPreviewVersions(
  versions: ApplicationVersionDescription[],
  inUse: ReadonlySet<string>,
  number: number,
): { doomed: string[]; kept: string[] } {
  const mine = versions.map((v) => v.VersionLabel ?? '').filter((l) => isPreviewLabel(l, number));
  return { doomed: mine.filter((l) => !inUse.has(l)), kept: mine.filter((l) => inUse.has(l)) };
}

async function deletePreviewVersions(
  client: ElasticBeanstalkClient,
  application: string,
  number: number,
  signal: AbortSignal,
  report: Reporter,
): Promise<{ deleted: string[]; kept: string[] }> {
  const versions: ApplicationVersionDescription[] = [];
  let NextToken: string | undefined;
  do {
    const out = await client.send(new DescribeApplicationVersionsCommand({ ApplicationName: application, NextToken, MaxRecords: 1000 }), {
      abortSignal: signal,
    });
    versions.push(...(out.ApplicationVersions ?? []));
    NextToken = out.NextToken;
  } while (NextToken);
  const envs = await client.send(new DescribeEnvironmentsCommand({ ApplicationName: application, IncludeDeleted: false }), {
    abortSignal: signal,
  });
  const inUse = new Set(
    (envs.Environments ?? [])
      .filter((e) => e.Status !== 'Terminated')
      .map((e) => e.VersionLabel ?? '')
      .filter(Boolean),
  );
  const { doomed, kept } = pickPreviewVersions(versions, inUse, number);
  const deleted: string[] = [];
  for (const label of doomed) {
    try {
      // The S3 bundle stays: it is content-addressed and may back another version (the merge's).
      await client.send(
        new DeleteApplicationVersionCommand({ ApplicationName: application, VersionLabel: label, DeleteSourceBundle: false }),
        { abortSignal: signal },
      );
      deleted.push(label);
    } catch (err) {
      report.warning(`Could not delete application version '${label}': ${errorText(err)}`, { title: 'Preview cleanup' });
    }
  }
  report.info(
    deleted.length
      ? `Deleted ${deleted.length} application version${deleted.length > 1 ? 's' : ''}: ${deleted.join(', ')}`
      : 'No application versions of this pull request to delete.',
  );
  if (kept.length) report.info(`Kept ${kept.join(', ')}: another environment runs ${kept.length > 1 ? 'them' : 'it'}.`);
  return { deleted, kept };
}
