// One simulated instance running the Elastic Beanstalk platform engine's `app-deploy` command on
// Amazon Linux 2/2023: it extracts the bundle into a staging directory and really runs, in the
// platform's order, `.ebextensions` `commands` (cfn-init, config set Infra-EmbeddedPreBuild),
// `.platform/hooks/prebuild`, `.ebextensions` `container_commands` (Infra-EmbeddedPostBuild, in
// the staging directory, `leader_only` honoured), `.platform/hooks/predeploy`, the app start
// (Procfile check), `.platform/hooks/postdeploy` — writing eb-engine.log, cfn-init.log,
// cfn-init-cmd.log and eb-hooks.log lines as the platform does.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../types.js';
import { type BundleEntry, type EbCommand, type EbConfig, extractBundle, procfileProblems } from './bundle.js';
import { InstanceLogs, cfnTraceback } from './logs.js';

export interface DeployRequest {
  instanceId: string;
  instanceDir: string;
  logs: InstanceLogs;
  clock: Clock;
  entries: BundleEntry[];
  configs: EbConfig[];
  applicationName: string;
  versionLabel: string;
  bundleLocation: string;
  stackArn: string;
  region: string;
  leader: boolean;
  al2023: boolean;
  envProperties: Record<string, string>;
  commandTimeoutSeconds: number;
  /** Simulated app start failure (fault failInstances). */
  failAppStart: boolean;
  signal: AbortSignal;
}

export interface DeployResult {
  ok: boolean;
  aborted: boolean;
  /** The instruction that failed, e.g. RunAppDeployPreDeployHooks. */
  instruction?: string;
  /** The eb-engine error text after "Error: ". */
  error?: string;
}

class StepFailure extends Error {
  constructor(
    readonly instruction: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

class Aborted extends Error {}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  spawnError?: NodeJS.ErrnoException;
  timedOut: boolean;
}

const OUTPUT_CAP = 64 * 1024;
const BASE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Run a program (shell or direct exec) in its own process group; stoppable by signal and timeout. */
function run(
  file: string,
  args: string[],
  opts: { cwd: string; env: Record<string, string>; timeoutMs: number; signal: AbortSignal },
): Promise<RunResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const kill = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(
      () => {
        timedOut = true;
        kill();
      },
      Math.max(1, opts.timeoutMs),
    );
    const onAbort = (): void => kill();
    opts.signal.addEventListener('abort', onAbort, { once: true });
    const done = (r: RunResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal.removeEventListener('abort', onAbort);
      resolve(r);
    };
    child.stdout?.on('data', (c: Buffer) => {
      if (stdout.length < OUTPUT_CAP) stdout += c.toString('utf8');
    });
    child.stderr?.on('data', (c: Buffer) => {
      if (stderr.length < OUTPUT_CAP) stderr += c.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) => done({ code: null, signal: null, stdout, stderr, spawnError: e, timedOut: false }));
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr, timedOut }));
  });
}

function outputLines(s: string): string[] {
  const lines = s.replace(/\r?\n$/, '').split(/\r?\n/);
  return lines.length === 1 && lines[0] === '' ? [] : lines;
}

function sanitizeName(s: string): string {
  return s.replace(/[^A-Za-z0-9]/g, '_');
}

export class InstanceEngine {
  private readonly log: InstanceLogs;
  private readonly staging: string;
  private readonly cfnCwd: string;
  private readonly pid: number;

  constructor(private readonly req: DeployRequest) {
    this.log = req.logs;
    this.staging = path.join(req.instanceDir, 'var/app/staging');
    this.cfnCwd = path.join(req.instanceDir, 'cfn-init');
    this.pid = 2000 + Math.floor(Math.random() * 30000);
  }

  private checkAbort(): void {
    if (this.req.signal.aborted) throw new Aborted('aborted');
  }

  private get timeoutMs(): number {
    return this.req.commandTimeoutSeconds * this.req.clock.timeScale * 1000;
  }

  private baseEnv(extra: Record<string, string> = {}): Record<string, string> {
    return { PATH: BASE_PATH, HOME: this.req.instanceDir, LANG: 'C.UTF-8', ...extra };
  }

  async deploy(): Promise<DeployResult> {
    const { log } = this;
    log.engine('INFO', 'Starting...');
    log.engine('INFO', 'Starting EBPlatform-PlatformEngine');
    log.engine('INFO', 'reading event message file');
    log.engine('INFO', 'Engine received EB command app-deploy');
    log.engine('INFO', 'Engine command: (app-deploy)');
    log.raw('/var/log/eb-engine.log', '');
    try {
      await this.stage();
      await this.ebExtensions('PreBuildEbExtension', 'Infra-EmbeddedPreBuild', 'prebuild', 'commands');
      await this.hooks('RunAppDeployPreBuildHooks', 'prebuild');
      await this.ebExtensions('PostBuildEbExtension', 'Infra-EmbeddedPostBuild', 'postbuild', 'container_commands');
      log.engine('INFO', 'Executing instruction: CleanEbExtensions');
      log.engine('INFO', 'Cleaned ebextensions subdirectories from app staging directory.');
      await this.hooks('RunAppDeployPreDeployHooks', 'predeploy');
      await this.flip();
      await this.hooks('RunAppDeployPostDeployHooks', 'postdeploy');
    } catch (e) {
      if (e instanceof Aborted || this.req.signal.aborted) {
        log.engine('WARN', 'Received signal to abort the command. Stop running the command.');
        log.engine('INFO', 'Executing cleanup logic');
        log.engine('INFO', 'Platform Engine finished execution on command: app-deploy');
        return { ok: false, aborted: true };
      }
      const f = e instanceof StepFailure ? e : new StepFailure('StageApplication', (e as Error).message);
      log.engine(
        'ERROR',
        `An error occurred during execution of command [app-deploy] - [${f.instruction}]. Stop running the command. Error: ${f.detail} `,
      );
      log.raw('/var/log/eb-engine.log', '');
      log.engine('INFO', 'Executing cleanup logic');
      log.engine(
        'INFO',
        `CommandService Response: ${JSON.stringify({
          status: 'FAILURE',
          api_version: '1.0',
          results: [
            {
              status: 'FAILURE',
              msg: 'Engine execution has encountered an error.',
              returncode: 1,
              events: [
                {
                  msg: "Instance deployment failed. For details, see 'eb-engine.log'.",
                  timestamp: Math.floor(this.req.clock.now() / 1000),
                  severity: 'ERROR',
                },
              ],
            },
          ],
        })}`,
      );
      log.raw('/var/log/eb-engine.log', '');
      log.engine('INFO', 'Platform Engine finished execution on command: app-deploy');
      log.raw('/var/log/eb-engine.log', '');
      return { ok: false, aborted: false, instruction: f.instruction, error: f.detail };
    }
    log.engine('INFO', 'Executing cleanup logic');
    log.engine(
      'INFO',
      `CommandService Response: ${JSON.stringify({
        status: 'SUCCESS',
        api_version: '1.0',
        results: [
          {
            status: 'SUCCESS',
            msg: 'Engine execution has succeeded.',
            returncode: 0,
            events: [
              {
                msg: 'Instance deployment completed successfully.',
                timestamp: Math.floor(this.req.clock.now() / 1000),
                severity: 'INFO',
              },
            ],
          },
        ],
      })}`,
    );
    log.raw('/var/log/eb-engine.log', '');
    log.engine('INFO', 'Platform Engine finished execution on command: app-deploy');
    log.raw('/var/log/eb-engine.log', '');
    return { ok: true, aborted: false };
  }

  private async stage(): Promise<void> {
    const { log } = this;
    log.engine('INFO', 'Executing instruction: StageApplication');
    log.engine('INFO', `Downloading application version ${this.req.versionLabel} from ${this.req.bundleLocation}`);
    log.engine('INFO', 'Recreating /var/app/staging/');
    await rm(this.staging, { recursive: true, force: true });
    await mkdir(this.staging, { recursive: true });
    await mkdir(this.cfnCwd, { recursive: true });
    log.engine('INFO', 'extracting /opt/elasticbeanstalk/deployment/app_source_bundle to /var/app/staging/');
    log.engine(
      'INFO',
      'Running command /bin/sh -c /usr/bin/unzip -q -o /opt/elasticbeanstalk/deployment/app_source_bundle -d /var/app/staging/',
    );
    try {
      await extractBundle(this.req.entries, this.staging);
    } catch (e) {
      throw new StepFailure('StageApplication', `failed to extract the source bundle: ${(e as Error).message}`);
    }
    log.engine('INFO', 'finished extracting /opt/elasticbeanstalk/deployment/app_source_bundle to /var/app/staging/ successfully');
    this.checkAbort();
  }

  private async ebExtensions(
    instruction: string,
    configSet: string,
    prefix: string,
    section: 'commands' | 'container_commands',
  ): Promise<void> {
    const { log, req } = this;
    log.engine('INFO', `Executing instruction: ${instruction}`);
    log.engine('INFO', `Starting executing the config set ${configSet}.`);
    log.engine(
      'INFO',
      `Running command /bin/sh -c /opt/aws/bin/cfn-init -s ${req.stackArn} -r AWSEBAutoScalingGroup --region ${req.region} --configsets ${configSet}`,
    );
    log.cfnInit('INFO', '-----------------------Starting build-----------------------');
    log.cfnInit('INFO', `Running configSets: ${configSet}`);
    log.cfnInit('INFO', `Running configSet ${configSet}`);
    log.cfnInitCmd(this.pid, 'INFO', '************************************************************');
    log.cfnInitCmd(this.pid, 'INFO', `ConfigSet ${configSet}`);
    const app = sanitizeName(req.applicationName);
    for (const [i, config] of req.configs.entries()) {
      const configName = `${prefix}_${i}_${app}`;
      log.cfnInit('INFO', `Running config ${configName}`);
      log.cfnInitCmd(this.pid, 'INFO', '++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++');
      log.cfnInitCmd(this.pid, 'INFO', `Config ${configName}`);
      const commands = section === 'commands' ? config.commands : config.containerCommands;
      for (const cmd of commands) {
        this.checkAbort();
        await this.cfnCommand(cmd, config, configName, instruction, section);
      }
    }
    log.cfnInit('INFO', 'ConfigSets completed');
    log.cfnInit('INFO', '-----------------------Build complete-----------------------');
    log.engine('INFO', `Finished executing the config set ${configSet}.`);
    log.raw('/var/log/eb-engine.log', '');
  }

  private async cfnCommand(
    cmd: EbCommand,
    config: EbConfig,
    configName: string,
    instruction: string,
    section: 'commands' | 'container_commands',
  ): Promise<void> {
    const { log, req } = this;
    const container = section === 'container_commands';
    const cwd = cmd.cwd ? path.join(req.instanceDir, cmd.cwd) : container ? this.staging : this.cfnCwd;
    await mkdir(cwd, { recursive: true });
    const env = this.baseEnv({
      ...(container ? req.envProperties : {}),
      ...(container ? { EB_IS_COMMAND_LEADER: String(req.leader) } : {}),
      ...cmd.env,
    });
    const opts = { cwd, env, timeoutMs: this.timeoutMs, signal: req.signal };
    // leader_only is turned by the platform into a test on EB_IS_COMMAND_LEADER.
    const test = cmd.leaderOnly ? `test "$EB_IS_COMMAND_LEADER" = "true"${cmd.test ? ` && { ${cmd.test}; }` : ''}` : cmd.test;
    if (test) {
      log.cfnInitCmd(this.pid, 'INFO', '============================================================');
      log.cfnInitCmd(this.pid, 'INFO', `Test for Command ${cmd.name}`);
      const t = await run('/bin/sh', ['-c', test], opts);
      this.checkAbort();
      if (t.code !== 0) {
        log.cfnInitCmd(this.pid, 'INFO', `Test failed with code ${t.code ?? 1}`);
        log.cfnInit('INFO', `Test failed with code ${t.code ?? 1}`);
        return;
      }
      log.cfnInitCmd(this.pid, 'INFO', 'Completed successfully.');
    }
    log.cfnInitCmd(this.pid, 'INFO', '============================================================');
    log.cfnInitCmd(this.pid, 'INFO', `Command ${cmd.name}`);
    const r = await run('/bin/sh', ['-c', cmd.command], opts);
    this.checkAbort();
    const out = [...outputLines(r.stdout), ...outputLines(r.stderr)];
    if (out.length > 0) {
      log.cfnInitCmd(this.pid, 'INFO', '-----------------------Command Output-----------------------');
      for (const line of out) log.cfnInitCmd(this.pid, 'INFO', `\t${line}`);
      log.cfnInitCmd(this.pid, 'INFO', '------------------------------------------------------------');
    }
    if (r.code === 0) {
      log.cfnInitCmd(this.pid, 'INFO', 'Completed successfully.');
      log.cfnInit('INFO', `Command ${cmd.name} succeeded`);
      return;
    }
    const code = r.code ?? (r.timedOut ? 124 : 1);
    log.cfnInitCmd(this.pid, 'ERROR', `Exited with error code ${code}`);
    log.cfnInit('ERROR', `Command ${cmd.name} (${cmd.command}) failed`);
    if (cmd.ignoreErrors) {
      log.cfnInit('INFO', 'ignoreErrors set to true, continuing build');
      return;
    }
    log.cfnInit('ERROR', `Error encountered during build of ${configName}: Command ${cmd.name} failed`);
    for (const l of cfnTraceback(cmd.name)) log.raw('/var/log/cfn-init.log', l);
    log.cfnInit('ERROR', '-----------------------BUILD FAILED!------------------------');
    log.cfnInit('ERROR', `Unhandled exception during build: Command ${cmd.name} failed`);
    for (const l of cfnTraceback(cmd.name)) log.raw('/var/log/cfn-init.log', l);
    log.engine('INFO', `Error occurred during build: Command ${cmd.name} failed`);
    const kind = container ? 'container_command' : 'command';
    if (req.al2023) {
      throw new StepFailure(instruction, `${kind} ${cmd.name} in ${config.file} failed. For more detail, check /var/log/eb-engine.log`);
    }
    throw new StepFailure(
      instruction,
      container
        ? 'Container commands build failed. Please refer to /var/log/cfn-init.log for more details.'
        : 'EbExtension build failed. Please refer to /var/log/cfn-init.log for more details.',
    );
  }

  private async hooks(instruction: string, stage: 'prebuild' | 'predeploy' | 'postdeploy'): Promise<void> {
    const { log, req } = this;
    const dirRel = `.platform/hooks/${stage}/`;
    log.engine('INFO', `Executing instruction: ${instruction}`);
    const dir = path.join(this.staging, dirRel);
    let names: string[];
    try {
      const st = await stat(dir);
      if (!st.isDirectory()) throw new Error('not a directory');
      names = (await readdir(dir, { withFileTypes: true }))
        .filter((d) => d.isFile() || d.isSymbolicLink())
        .map((d) => d.name)
        .sort();
    } catch {
      log.engine('INFO', `The dir ${dirRel} does not exist in the application. Skipping this step...`);
      return;
    }
    log.engine('INFO', `Executing platform hooks in ${dirRel}`);
    log.engine('INFO', `Following platform hooks will be executed in order: [${names.join(' ')}]`);
    for (const name of names) {
      this.checkAbort();
      const rel = `${dirRel}${name}`;
      log.engine('INFO', `Running platform hook: ${rel}`);
      log.hooks('INFO', `Running command ${rel}`);
      const r = await run(path.join(this.staging, rel), [], {
        cwd: this.staging,
        env: this.baseEnv(req.envProperties),
        timeoutMs: this.timeoutMs,
        signal: req.signal,
      });
      this.checkAbort();
      for (const line of outputLines(r.stdout)) log.hooks('INFO', line);
      for (const line of outputLines(r.stderr)) log.hooks('ERROR', line);
      if (r.spawnError) {
        const why =
          r.spawnError.code === 'EACCES'
            ? 'permission denied'
            : r.spawnError.code === 'ENOENT'
              ? 'no such file or directory'
              : r.spawnError.code === 'ENOEXEC'
                ? 'exec format error'
                : r.spawnError.message;
        throw new StepFailure(instruction, `Command ${rel} failed with error fork/exec ${rel}: ${why}`);
      }
      if (r.timedOut || r.signal) {
        throw new StepFailure(instruction, `Command ${rel} failed with error signal: killed`);
      }
      if (r.code !== 0) {
        throw new StepFailure(instruction, `Command ${rel} failed with error exit status ${r.code}. Stderr:${r.stderr.replace(/\n$/, '')}`);
      }
    }
    log.engine('INFO', `Finished running the platform hooks in ${dirRel}`);
  }

  private async flip(): Promise<void> {
    const { log, req } = this;
    log.engine('INFO', 'Executing instruction: FlipApplication');
    log.engine('INFO', 'Fetching environment variables...');
    log.engine('INFO', 'setting default port 8080 to application');
    let procfile: string | undefined;
    try {
      procfile = await readFile(path.join(this.staging, 'Procfile'), 'utf8');
    } catch {
      procfile = undefined;
    }
    if (procfile !== undefined) {
      log.engine('INFO', 'Using customer provided Procfile');
      const bad = procfileProblems(procfile);
      if (bad.length > 0) {
        throw new StepFailure('FlipApplication', `failed to parse Procfile: invalid line "${bad[0]}"`);
      }
    }
    log.engine('INFO', 'Purge old process...');
    log.engine('INFO', 'Register application processes...');
    log.engine('INFO', 'Registering the proc: web');
    log.engine('INFO', 'Running command /bin/sh -c systemctl start web.service');
    const stamp = new Date(req.clock.now()).toUTCString().slice(5, 25);
    if (req.failAppStart) {
      log.raw('/var/log/web.stdout.log', `${stamp} ${req.instanceId} web[4242]: Error: listen EADDRINUSE: address already in use :::8080`);
      log.raw('/var/log/web.stdout.log', `${stamp} ${req.instanceId} web[4242]: process exited with code 1`);
      throw new StepFailure('FlipApplication', 'start process web failed: process exited with status 1');
    }
    log.raw(
      '/var/log/web.stdout.log',
      `${stamp} ${req.instanceId} web[4242]: application version ${req.versionLabel} listening on port 8080`,
    );
    log.engine('INFO', 'Executing instruction: start proxy with new configuration');
    log.engine('INFO', 'Running command /bin/sh -c systemctl start nginx.service');
  }
}
