// One sticky pull-request comment per preview: found again by a hidden marker and edited in
// place, never posted twice. The body is rendered by a pure function; the upsert is best-effort
// (permission `pull-requests: write`).
import type { Diagnosis } from '../types.js';
import { escapeMarkdown, renderDiagnosesMarkdown } from '../report/summary.js';
import { bestEffort, type GitHubApi } from './api.js';

export const MARKER = '<!-- hookline:preview -->';
export const COMMENT_PERMISSION = 'pull-requests: write';

export type PreviewState = 'deploying' | 'success' | 'failure' | 'removed';

export interface PreviewComment {
  state: PreviewState;
  /** Where the preview runs: a Beanstalk environment or a CodeDeploy group. */
  target: 'beanstalk' | 'codedeploy';
  name: string;
  url?: string;
  /** Commit deployed (the PR head) and the version or revision released. */
  commit: string;
  version?: string;
  runUrl: string;
  /** One line: why it failed, or what cleanup did. */
  message?: string;
  diagnoses?: Diagnosis[];
}

const HEADLINE: Record<PreviewState, string> = {
  deploying: '⏳ Deploying the preview…',
  success: '✅ Preview deployed',
  failure: '❌ Preview deployment failed',
  removed: '🧹 Preview removed',
};

export function renderPreviewComment(c: PreviewComment): string {
  const what = c.target === 'beanstalk' ? 'Environment' : 'Deployment group';
  const rows: string[] = [];
  rows.push(`| ${what} | \`${c.name}\` |`);
  if (c.url && c.state !== 'removed') rows.push(`| URL | ${c.url} |`);
  if (c.commit) rows.push(`| Commit | \`${c.commit.slice(0, 7)}\` |`);
  if (c.version) rows.push(`| Version | \`${c.version}\` |`);
  rows.push(`| Status | ${c.state} |`);
  rows.push(`| Run | [logs](${c.runUrl}) |`);
  const parts = [MARKER, `### ${HEADLINE[c.state]}`, '', '| | |', '|---|---|', ...rows];
  if (c.message) parts.push('', escapeMarkdown(c.message));
  if (c.state === 'failure' && c.diagnoses?.length) parts.push('', renderDiagnosesMarkdown(c.diagnoses));
  parts.push('', `<sub>Updated by hookline on every push; removed with the environment when the pull request closes.</sub>`);
  return parts.join('\n');
}

export interface CommentLike {
  id: number;
  body?: string | null;
}

/** The sticky comment: the first one whose body starts with the marker (pure). */
export function findSticky(comments: CommentLike[]): CommentLike | undefined {
  return comments.find((c) => (c.body ?? '').trimStart().startsWith(MARKER));
}

/** Edits the sticky comment, or creates it when there is none; returns its id (undefined when GitHub refused). */
export async function upsertComment(
  api: GitHubApi,
  issueNumber: number,
  body: string,
): Promise<{ id: number; created: boolean } | undefined> {
  return bestEffort(api.report, `update the preview comment on #${issueNumber}`, COMMENT_PERMISSION, async () => {
    const comments = await api.octokit.paginate(api.octokit.rest.issues.listComments, {
      owner: api.owner,
      repo: api.repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const found = findSticky(comments);
    if (found) {
      await api.octokit.rest.issues.updateComment({ owner: api.owner, repo: api.repo, comment_id: found.id, body });
      return { id: found.id, created: false };
    }
    const res = await api.octokit.rest.issues.createComment({ owner: api.owner, repo: api.repo, issue_number: issueNumber, body });
    return { id: res.data.id, created: true };
  });
}
