// Parent side of script-runner.mjs: one small helper process per emulator runs every hook script.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ExecRequest {
  file: string;
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
}

export interface ExecResult {
  kind: 'exit' | 'timeout' | 'spawnError' | 'outputsOpen';
  code?: number;
  errno?: string;
  stream?: 'STDOUT' | 'STDERR';
  /** Output lines in arrival order, each prefixed "[stdout]" or "[stderr]" as the agent logs them. */
  entries: string[];
}

const RUNNER = fileURLToPath(new URL('./script-runner.mjs', import.meta.url));

export class ScriptHost {
  private child?: ChildProcess;
  private nextId = 1;
  private readonly pending = new Map<number, (r: ExecResult) => void>();

  private ensure(): ChildProcess {
    if (this.child) return this.child;
    // Plain node, without the test runner's loaders or flags: the point is a small process.
    const child = fork(RUNNER, [], {
      execArgv: [],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'json',
    });
    child.on('message', (m: ExecResult & { id: number }) => {
      const resolve = this.pending.get(m.id);
      this.pending.delete(m.id);
      resolve?.(m);
    });
    child.on('exit', () => {
      for (const resolve of this.pending.values()) resolve({ kind: 'spawnError', errno: 'ECHILD', entries: [] });
      this.pending.clear();
      this.child = undefined;
    });
    this.child = child;
    return child;
  }

  exec(req: ExecRequest, signal?: AbortSignal): Promise<ExecResult> {
    const child = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve) => {
      const onAbort = (): void => {
        child.send({ kill: id });
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, (r) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(r);
      });
      child.send({ id, ...req });
    });
  }

  close(): Promise<void> {
    const child = this.child;
    if (!child) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.disconnect();
    });
  }
}
