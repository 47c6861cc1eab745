// One sticky pull-request comment per preview target: found again by a hidden marker that names
// the target (two previews on one PR keep one comment each) *and* by its author being this token's
// identity (a person who pastes the marker into a comment never has it edited), then edited in
// place. The body is rendered by a pure function, foreign text made inert and the whole kept under
// GitHub's 65,536-character limit; the upsert is best-effort (permission `pull-requests: write`).
import type { Diagnosis } from '../types.js';
import { bestEffort, type GitHubApi } from './api.js';
import { renderCommentDiagnoses } from './comment-diagnoses.js';
import { code, inline, link } from './markdown.js';

/** What hookline's comments carried before markers named their target: adopted once, then rewritten. */
export const LEGACY_MARKER = '<!-- hookline:preview -->';
export const COMMENT_PERMISSION = 'pull-requests: write';
/** GitHub refuses longer bodies (422 "body is too long (maximum is 65536 characters)"). */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Kept below the limit: GitHub counts characters, JavaScript UTF-16 units (never fewer). */
export const COMMENT_BUDGET = 60_000;

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

/** The hidden marker of one preview target; names are DNS-safe, anything else is dropped. */
export function markerFor(target: string, name: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._/-]/g, '').replace(/-{2,}/g, '-');
  return `<!-- hookline:preview ${safe(target)}/${safe(name)} -->`;
}

export function renderPreviewComment(c: PreviewComment): string {
  const what = c.target === 'beanstalk' ? 'Environment' : 'Deployment group';
  const rows: string[] = [];
  // A pipe ends a table cell even inside a code span.
  const cell = (s: string) => code(s).replace(/\|/g, '\\|');
  rows.push(`| ${what} | ${cell(c.name)} |`);
  if (c.url && c.state !== 'removed') rows.push(`| URL | ${link(c.url).replace(/\|/g, '\\|')} |`);
  if (c.commit) rows.push(`| Commit | ${cell(c.commit.slice(0, 7))} |`);
  if (c.version) rows.push(`| Version | ${cell(c.version)} |`);
  rows.push(`| Status | ${c.state} |`);
  rows.push(`| Run | [logs](${c.runUrl}) |`);
  const head = [markerFor(c.target, c.name), `### ${HEADLINE[c.state]}`, '', '| | |', '|---|---|', ...rows];
  const foot = `<sub>Updated by hookline on every push; removed with the environment when the pull request closes.</sub>`;
  // The message is one line of mostly foreign text (an AWS error): kept whole up to a bound.
  const message = c.message ? inline(c.message.length > 4000 ? `${c.message.slice(0, 4000)}…` : c.message) : '';
  const parts = [...head];
  if (message) parts.push('', `**Why:** ${message}`);
  const fixed = parts.join('\n').length + foot.length + 4;
  if (c.state === 'failure' && c.diagnoses?.length) {
    const section = renderCommentDiagnoses(c.diagnoses, c.runUrl, COMMENT_BUDGET - fixed);
    if (section) parts.push('', section);
  }
  parts.push('', foot);
  return capBody(parts.join('\n'), c.runUrl);
}

/** Last guard: a body over budget is cut at a line and says where the rest is. */
export function capBody(body: string, runUrl: string): string {
  if (body.length <= COMMENT_BUDGET) return body;
  const note = `\n\n_Cut to fit GitHub's comment limit: the [job summary](${runUrl}) has everything._`;
  const cut = body.slice(0, COMMENT_BUDGET - note.length);
  return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}

export interface CommentLike {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

/** Who the token is: a user's login (`GET /user`), or an app installation (GITHUB_TOKEN: github-actions[bot]) whose comments are by a Bot. */
export type TokenIdentity = { login: string } | { bot: true };

export function authoredBy(c: CommentLike, who: TokenIdentity): boolean {
  return 'login' in who ? c.user?.login === who.login : c.user?.type === 'Bot';
}

/** The sticky comment (pure): by this token, starting with the target's marker — else an old one with the legacy marker. */
export function findSticky(comments: CommentLike[], marker: string, who: TokenIdentity): CommentLike | undefined {
  const own = comments.filter((c) => authoredBy(c, who));
  const starts = (c: CommentLike, m: string) => (c.body ?? '').trimStart().startsWith(m);
  return own.find((c) => starts(c, marker)) ?? own.find((c) => starts(c, LEGACY_MARKER));
}

/** The token's identity: `GET /user` answers for user tokens; installation tokens (GITHUB_TOKEN) get 403 there. */
async function tokenIdentity(api: GitHubApi): Promise<TokenIdentity> {
  try {
    const { data } = await api.octokit.rest.users.getAuthenticated();
    return typeof data.login === 'string' ? { login: data.login } : { bot: true };
  } catch {
    return { bot: true };
  }
}

/** Edits this target's sticky comment, or creates it when there is none; returns its id (undefined when GitHub refused). */
export async function upsertComment(
  api: GitHubApi,
  issueNumber: number,
  body: string,
): Promise<{ id: number; created: boolean } | undefined> {
  const marker = body.split('\n', 1)[0] ?? '';
  return bestEffort(api.report, `update the preview comment on #${issueNumber}`, COMMENT_PERMISSION, async () => {
    const who = await tokenIdentity(api);
    const comments = await api.octokit.paginate(api.octokit.rest.issues.listComments, {
      owner: api.owner,
      repo: api.repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const found = findSticky(comments, marker, who);
    if (found) {
      await api.octokit.rest.issues.updateComment({ owner: api.owner, repo: api.repo, comment_id: found.id, body });
      return { id: found.id, created: false };
    }
    const res = await api.octokit.rest.issues.createComment({ owner: api.owner, repo: api.repo, issue_number: issueNumber, body });
    return { id: res.data.id, created: true };
  });
}
