// Who and what this run is, from the runner's environment (pure).

export interface RunContext {
  repository: string;
  ref: string;
  sha: string;
  runId: string;
  runAttempt: string;
  runUrl: string;
  eventName: string;
  eventPath: string | undefined;
  actor: string;
  apiUrl: string;
}

export function runContext(env: NodeJS.ProcessEnv): RunContext {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY || 'local/repository';
  const runId = env.GITHUB_RUN_ID || String(process.pid);
  return {
    repository,
    ref: env.GITHUB_REF_NAME || env.GITHUB_REF || 'local',
    sha: env.GITHUB_SHA || '',
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    runUrl: `${server}/${repository}/actions/runs/${runId}`,
    eventName: env.GITHUB_EVENT_NAME || 'local',
    eventPath: env.GITHUB_EVENT_PATH,
    actor: env.GITHUB_ACTOR || '',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
  };
}

/** What a deployment or version says about where it came from. */
export function releaseDescription(ctx: RunContext, extra: string): string {
  const sha = ctx.sha ? ` ${ctx.sha.slice(0, 7)}` : '';
  const base = `${ctx.repository}@${ctx.ref}${sha} by hookline, ${ctx.runUrl}`;
  return extra ? `${extra} — ${base}` : base;
}
