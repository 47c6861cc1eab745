// The sticky PR comment after a preview release, for either target: outcome, where, and on
// failure the diagnoses this run reported.
import type { RunContext } from '../github/context.js';
import type { PullRequestInfo } from '../github/event.js';
import type { GitHubApi } from '../github/api.js';
import { renderPreviewComment, upsertComment, type PreviewComment } from '../github/comment.js';
import type { TrackedResult } from './tracked.js';

export async function commentOnPreview(
  api: GitHubApi,
  pr: PullRequestInfo,
  ctx: RunContext,
  result: TrackedResult,
  where: Pick<PreviewComment, 'target' | 'name' | 'url' | 'version'>,
): Promise<void> {
  const body = renderPreviewComment({
    ...where,
    state: result.ok ? 'success' : 'failure',
    commit: pr.headSha || ctx.sha,
    runUrl: ctx.runUrl,
    message: result.ok ? undefined : result.error instanceof Error ? result.error.message : String(result.error),
    diagnoses: [...api.report.reported],
  });
  const c = await upsertComment(api, pr.number, body);
  if (c) api.report.info(`${c.created ? 'Posted' : 'Updated'} the preview comment on #${pr.number}.`);
}
