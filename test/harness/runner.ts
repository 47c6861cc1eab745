// Runs the built action the way GitHub's runner does: dist/index.js then (always) dist/post.js in
// child processes under Node 24, with INPUT_* variables, the GITHUB_* files and an event payload,
// then parses what the run wrote into records a test can assert on as a user would see them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { sourceStamp } from '../../scripts/source-stamp.mjs';
import { RunnerOutput, parseFileCommand, type WorkflowCommand } from './commands.js';

const require = createRequire(import.meta.url);
// import.meta.dirname is missing under jest's vm modules: derive it from the URL.
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The Node 24 binary shipped by the `node` package from the npm registry (pinned dev dependency). */
export const NODE24 = require.resolve('node/bin/node', { paths: [REPO_ROOT] });
/** The bundle under test: dist/ unless HOOKLINE_DIST points at another build (npm run bundle -- --out DIR). */
export const DIST = resolve(REPO_ROOT, process.env.HOOKLINE_DIST || 'dist');
assertDistCurrent();

/** Fail fast when dist/ was built from other sources than the working tree's (see scripts/source-stamp.mjs). */
function assertDistCurrent(): void {
  if (process.env.HOOKLINE_DIST) return; // another build, made on purpose (parallel work, the bench)
  const stampFile = join(DIST, 'sources.sha256');
  const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '(none)';
  const current = sourceStamp();
  if (built !== current) {
    throw new Error(
      `dist/ is stale: it was built from other sources than src/ (stamp ${built.slice(0, 12)}, sources ${current.slice(0, 12)}). Run \`npm run bundle\`, or set HOOKLINE_DIST to a build of your own.`,
    );
  }
}

export interface RunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  workspace?: string;
  eventName?: string;
  event?: unknown;
  /** Send SIGINT to the main step once this returns true for a stdout line (as a cancelled job does). */
  cancelWhen?: (line: string) => boolean;
  /** Send SIGINT to the main step when this settles: a cancel at a moment only the test can see (a request in flight). */
  cancelOn?: Promise<unknown>;
  /** The signal cancelWhen / cancelOn send (default SIGINT); SIGKILL is a main step the runner killed outright. */
  cancelSignal?: NodeJS.Signals;
  /** Run the post step as the runner does (default true: `post-if: always()`). */
  post?: boolean;
  timeoutMs?: number;
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Commands the runner executed from stdout and stderr (stop-commands honoured), and issues it raised. */
  commands: WorkflowCommand[];
  /** Lines a person reads in the log (workflow commands consumed, as the runner renders them). */
  log: string[];
  /** Values set by the deprecated `::set-output` / `::save-state` commands (the runner still honours them). */
  commandOutputs: Record<string, string>;
  commandState: Record<string, string>;
  /** Values hidden by `::add-mask::`. */
  masks: string[];
}

export interface RunResult {
  main: StepResult;
  post?: StepResult;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  exportedEnv: Record<string, string>;
  /** Annotations from both steps: error / warning / notice commands. */
  annotations: WorkflowCommand[];
  dir: string;
}

const ANNOTATION = new Set(['error', 'warning', 'notice']);

/** Environment a GitHub-hosted runner provides, minus anything of this machine's that could leak in. */
function baseEnv(dir: string, workspace: string, eventName: string, eventPath: string): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'SSL_CERT_FILE', 'NODE_EXTRA_CA_CERTS'];
  const env: Record<string, string> = {};
  for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k] as string;
  return {
    ...env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: '3f786850e387550fdab836ed7e6dc881de23001b',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_JOB: 'deploy',
    GITHUB_WORKFLOW: 'Deploy',
    GITHUB_ACTION: 'hookline',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9/',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: join(dir, 'runner-temp'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

/** INPUT_<NAME>: upper-cased, spaces to underscores, hyphens kept — exactly the runner's rule. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return env;
}

export async function runAction(opts: RunOptions = {}): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'hookline-run-'));
  const workspace = opts.workspace ?? join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(join(dir, 'runner-temp'), { recursive: true });
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.event ?? {}));
  for (const f of ['output', 'state', 'summary.md', 'env', 'path']) writeFileSync(join(dir, f), '');

  const env = { ...baseEnv(dir, workspace, opts.eventName ?? 'push', eventPath), ...inputEnv(opts.inputs ?? {}), ...(opts.env ?? {}) };
  const main = await runStep(join(DIST, 'index.js'), env, workspace, opts);
  // File commands are read when the step ends, after its stdout: they win over ::set-output.
  const state = { ...main.commandState, ...parseFileCommand(readFileSync(join(dir, 'state'), 'utf8')) };

  let post: StepResult | undefined;
  if (opts.post !== false && existsSync(join(DIST, 'post.js'))) {
    // The runner hands saved state to the post step as STATE_<name> variables.
    const stateEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(state)) stateEnv[`STATE_${k}`] = v;
    post = await runStep(join(DIST, 'post.js'), { ...env, ...stateEnv }, workspace, { timeoutMs: opts.timeoutMs });
  }
  const annotations = [...main.commands, ...(post?.commands ?? [])].filter((c) => ANNOTATION.has(c.command));
  return {
    main,
    post,
    outputs: { ...main.commandOutputs, ...parseFileCommand(readFileSync(join(dir, 'output'), 'utf8')) },
    state,
    summary: readFileSync(join(dir, 'summary.md'), 'utf8'),
    exportedEnv: parseFileCommand(readFileSync(join(dir, 'env'), 'utf8')),
    annotations,
    dir,
  };
}

function runStep(entry: string, env: Record<string, string>, cwd: string, opts: RunOptions): Promise<StepResult> {
  return new Promise((resolvePromise, reject) => {
    const child: ChildProcess = spawn(NODE24, [entry], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    let cancelled = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!opts.cancelWhen || cancelled) return;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      if (lines.some((l) => opts.cancelWhen?.(l))) {
        cancelled = true;
        child.kill(opts.cancelSignal ?? 'SIGINT');
      }
    });
    void opts.cancelOn?.then(() => {
      if (cancelled || child.exitCode !== null) return;
      cancelled = true;
      child.kill(opts.cancelSignal ?? 'SIGINT');
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      // The runner reads both streams through one command manager.
      const seen = new RunnerOutput(env).feed(stdout).feed(stderr).done();
      resolvePromise({
        exitCode,
        signal,
        stdout,
        stderr,
        commands: seen.commands,
        log: seen.log,
        commandOutputs: seen.outputs,
        commandState: seen.state,
        masks: seen.masks,
      });
    });
  });
}
