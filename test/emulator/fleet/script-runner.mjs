// Child process that execs hook scripts for the fleet. fork() costs grow with the parent's memory,
// and a jest worker is large: spawning from this small process is about twice as fast.
// Plain JavaScript so it runs under plain `node`. Protocol (IPC, JSON):
//   → { id, file, cwd, env, timeoutMs }   ← { id, kind: 'exit'|'timeout'|'spawnError'|'outputsOpen', code?, errno?, stream?, entries }
//   → { kill: id }  (emulator shutdown: kill that script's process group now)
import { spawn } from 'node:child_process';

const running = new Map();

function lines(prefix, entries) {
  let pending = '';
  return {
    push(chunk) {
      pending += chunk.toString('utf8');
      let nl;
      while ((nl = pending.indexOf('\n')) >= 0) {
        entries.push(prefix + pending.slice(0, nl + 1));
        pending = pending.slice(nl + 1);
      }
    },
    flush() {
      if (pending) entries.push(prefix + pending);
      pending = '';
    },
  };
}

function run({ id, file, cwd, env, timeoutMs }) {
  const entries = [];
  let settled = false;
  let exitCode;
  let outClosed = false;
  let errClosed = false;
  const child = spawn(file, [], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const finish = (r) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    running.delete(id);
    process.send({ id, entries, ...r });
  };
  running.set(id, () => {
    killGroup();
    finish({ kind: 'timeout' });
  });
  const timer = setTimeout(() => {
    killGroup();
    // Exited but a background child still holds the pipes: the agent's "failed to close STDOUT".
    finish(exitCode === undefined ? { kind: 'timeout' } : { kind: 'outputsOpen', stream: outClosed ? 'STDERR' : 'STDOUT' });
  }, timeoutMs);
  const out = lines('[stdout]', entries);
  const err = lines('[stderr]', entries);
  const maybeDone = () => {
    if (exitCode !== undefined && outClosed && errClosed) finish({ kind: 'exit', code: exitCode });
  };
  child.stdout.on('data', (c) => out.push(c));
  child.stderr.on('data', (c) => err.push(c));
  child.stdout.on('close', () => {
    out.flush();
    outClosed = true;
    maybeDone();
  });
  child.stderr.on('close', () => {
    err.flush();
    errClosed = true;
    maybeDone();
  });
  child.on('error', (e) => finish({ kind: 'spawnError', errno: e.code ?? 'UNKNOWN' }));
  child.on('exit', (code, signal) => {
    exitCode = code ?? (signal ? 143 : 1);
    maybeDone();
  });
}

process.on('message', (m) => {
  if (m && typeof m.kill === 'number') running.get(m.kill)?.();
  else run(m);
});
process.on('disconnect', () => {
  for (const kill of running.values()) kill();
  process.exit(0);
});
