// Runs the scripts of one lifecycle event the way the agent's HookExecutor does: resolve each
// `location` by joining it to the deployment-archive directory (a leading "/" is just joined),
// check it exists, make it executable if needed, exec the file itself with the agent's
// environment, kill its process group at the timeout, and keep the last ~2 KB of output.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { AppSpec, ScriptInfo } from './appspec.js';
import * as msg from './messages.js';
import type { Diagnostics } from '../codedeploy/model.js';
import type { ScriptHost } from './script-host.js';

/** The agent keeps whole log entries while they fit in 2048 characters, newest last. */
export class ScriptLog {
  private entries: string[] = [];
  append(entry: string): void {
    this.entries.push(entry);
    let budget = 2048;
    let keepFrom = this.entries.length;
    while (keepFrom > 0 && budget - (this.entries[keepFrom - 1] as string).length > 0) {
      budget -= (this.entries[keepFrom - 1] as string).length;
      keepFrom--;
    }
    if (keepFrom > 0) this.entries = this.entries.slice(keepFrom);
  }
  text(): string {
    return this.entries.join('');
  }
}

export interface HookRun {
  event: string;
  appSpec: AppSpec;
  /** Real directory holding the unpacked revision. */
  archiveDir: string;
  /** The same directory as the agent would name it (/opt/codedeploy-agent/deployment-root/…). */
  agentArchiveDir: string;
  cwd: string;
  env: Record<string, string>;
  timeScale: number;
  timeoutFloorMs: number;
  scripts: ScriptHost;
  /** Fault: scripts hang until their timeout. */
  hang?: boolean;
  /** Fault: chmod +x fails. */
  chmodFails?: boolean;
  signal?: AbortSignal;
}

export type HookOutcome = { ok: true; logTail: string; ran: number } | { ok: false; diagnostics: Diagnostics };

const fail = (errorCode: Diagnostics['errorCode'], scriptName: string, message: string, log: ScriptLog): HookOutcome => ({
  ok: false,
  diagnostics: { errorCode, scriptName, message, logTail: log.text() },
});

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

async function executable(p: string): Promise<boolean> {
  // As root, File.executable? is true when any execute bit is set; check the bits, not access(2).
  const st = await fs.stat(p);
  return (st.mode & 0o111) !== 0;
}

/** The interpreter named by a shebang line, with any trailing CR kept (that is the CRLF trap). */
async function shebang(p: string): Promise<string | undefined> {
  const fh = await fs.open(p, 'r');
  try {
    const buf = Buffer.alloc(256);
    const { bytesRead } = await fh.read(buf, 0, 256, 0);
    const head = buf.subarray(0, bytesRead).toString('latin1');
    if (!head.startsWith('#!')) return undefined;
    const line = head.slice(2).split('\n')[0] ?? '';
    return line.trimStart().split(/[ \t]/)[0];
  } finally {
    await fh.close();
  }
}

const ERRNO_TEXT: Record<string, [string, string]> = {
  ENOENT: ['Errno::ENOENT', 'No such file or directory'],
  EACCES: ['Errno::EACCES', 'Permission denied'],
  ENOEXEC: ['Errno::ENOEXEC', 'Exec format error'],
};

/** How the exec failure surfaces: via `su <runas> -c` a shell reports it; a direct Ruby spawn raises. */
async function spawnFailure(script: ScriptInfo, realPath: string, agentPath: string, errno: string, log: ScriptLog): Promise<HookOutcome> {
  if (script.runas || script.sudo) {
    const interp = errno === 'ENOENT' ? await shebang(realPath) : undefined;
    let line: string;
    let code: number;
    if (interp !== undefined) {
      // bash as on Amazon Linux: the CR shows as ^M in the interpreter name.
      line = `bash: ${agentPath}: ${interp.replace(/\r/g, '^M')}: bad interpreter: No such file or directory\n`;
      code = 126;
    } else if (errno === 'EACCES') {
      line = `bash: ${agentPath}: Permission denied\n`;
      code = 126;
    } else {
      line = `bash: ${agentPath}: No such file or directory\n`;
      code = 127;
    }
    log.append(`[stderr]${line}`);
    return fail('ScriptFailed', script.location, msg.scriptFailed(script.location, code, script.runas), log);
  }
  const [cls, text] = ERRNO_TEXT[errno] ?? [`Errno::${errno}`, errno];
  return fail('ScriptFailed', script.location, msg.scriptRaised(script.location, cls, `${text} - ${agentPath}`, script.runas), log);
}

/** Run every script of `run.event`; a no-op when the appspec has none. */
export async function runHooks(run: HookRun): Promise<HookOutcome> {
  const scripts = run.appSpec.hooks[run.event] ?? [];
  const log = new ScriptLog();
  if (scripts.length === 0) return { ok: true, logTail: '', ran: 0 };
  log.append(`LifecycleEvent - ${run.event}\n`);
  for (const script of scripts) {
    const realPath = path.join(run.archiveDir, script.location);
    const agentPath = path.posix.join(run.agentArchiveDir, script.location);
    if (!(await exists(realPath))) return fail('ScriptMissing', script.location, msg.scriptMissing(agentPath), log);
    if (!(await executable(realPath))) {
      if (run.chmodFails) return fail('ScriptNotExecutable', script.location, msg.unableToMakeExecutable(script.location), log);
      const st = await fs.stat(realPath);
      await fs.chmod(realPath, st.mode | 0o111);
    }
    log.append(`Script - ${script.location}\n`);
    const timeoutMs = Math.max(script.timeout * run.timeScale * 1000, run.timeoutFloorMs);
    if (run.hang) {
      await new Promise((r) => setTimeout(r, script.timeout * run.timeScale * 1000));
      return fail('ScriptTimedOut', script.location, msg.scriptTimedOut(script.location, script.timeout), log);
    }
    const r = await run.scripts.exec({ file: realPath, cwd: run.cwd, env: run.env, timeoutMs }, run.signal);
    for (const entry of r.entries) log.append(entry);
    if (r.kind === 'timeout') return fail('ScriptTimedOut', script.location, msg.scriptTimedOut(script.location, script.timeout), log);
    if (r.kind === 'outputsOpen')
      return fail('UnknownError', script.location, msg.outputsLeftOpen(script.location, r.stream ?? 'STDOUT'), log);
    if (r.kind === 'spawnError') return spawnFailure(script, realPath, agentPath, r.errno ?? 'UNKNOWN', log);
    if (r.code !== 0) return fail('ScriptFailed', script.location, msg.scriptFailed(script.location, r.code ?? 1, script.runas), log);
  }
  return { ok: true, logTail: log.text(), ran: scripts.length };
}
