// The post step for a GitHub Deployment the main step left without a final status (it was killed
// by the runner's cancel or timeout-minutes, or GitHub refused the last write): close it for how
// the run ended — error, failure, or inactive for a cancelled preview. Best effort, like every
// GitHub call: a refusal is one warning, never a red post step.
import { githubApi } from '../github/api.js';
import { closeOpenDeployment, type OpenDeployment } from '../github/deployments.js';
import type { Outcome } from '../in-flight.js';
import type { Reporter } from '../report/reporter.js';
import type { Budget } from './budget.js';

const OUTCOMES: readonly string[] = ['succeeded', 'failed', 'timed-out', 'cancelled', 'crashed'] satisfies Outcome[];

/** The saved outcome, or '' when the main step never saved one (killed before it could). */
export function savedOutcome(raw: string): Outcome | '' {
  return OUTCOMES.includes(raw) ? (raw as Outcome) : '';
}

function describe(outcome: Outcome | ''): string {
  if (outcome === '' || outcome === 'cancelled') return 'The run was cancelled before the release ended';
  if (outcome === 'timed-out') return 'The release did not finish within the timeout';
  return outcome === 'succeeded' ? 'Released by hookline' : 'Release failed; see the run';
}

export async function closeGitHubDeployment(
  open: OpenDeployment,
  outcome: Outcome | '',
  token: string | undefined,
  budget: Budget,
  report: Reporter,
): Promise<void> {
  const api = await githubApi(token, process.env, report, { deadline: Date.now() + budget.remaining() });
  if (!api) {
    report.info(`GitHub Deployment ${open.id} keeps its last status: the post step has no github-token.`);
    return;
  }
  // The post step's bound holds for GitHub too: a request that hangs is cut off with the budget.
  const signal = AbortSignal.timeout(Math.max(1, budget.remaining()));
  const state = await closeOpenDeployment(api, open, outcome, describe(outcome), signal);
  if (state) report.info(`Marked GitHub Deployment ${open.id} (${open.environment}) ${state}: the main step ended before it could.`);
}
